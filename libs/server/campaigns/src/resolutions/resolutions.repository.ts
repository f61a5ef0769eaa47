import { Injectable } from '@nestjs/common';
import { foldedContains, sql } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { MaterialFileRecord, Resolution, ResolutionMaterial } from './resolution.types';

const RESOLUTION_COLUMNS = `r.id, r.code, r.title, r.issuer, r.issued_on AS "issuedOn", r.type, r.summary, r.updated_at AS "updatedAt"`;
const MATERIAL_COLUMNS = `m.id, m.resolution_id AS "resolutionId", m.kind, m.title, m.url, m.file_name AS "fileName",
  m.content_type AS "contentType", m.size_bytes::int AS "sizeBytes",
  CASE WHEN m.storage_key IS NOT NULL THEN '/api/v1/materials/' || m.id || '/file' END AS "downloadPath", m.created_at AS "createdAt"`;

const UPDATABLE: Record<string, string> = {
  code: 'code', title: 'title', issuer: 'issuer', issuedOn: 'issued_on', type: 'type', summary: 'summary',
};

export interface NewMaterial {
  resolutionId: string;
  kind: string;
  title: string;
  url: string | null;
  storageKey: string | null;
  fileName: string | null;
  contentType: string | null;
  sizeBytes: number | null;
  sha256: string | null;
  createdBy: string;
}

/** The only place that queries resolutions and their materials. */
@Injectable()
export class ResolutionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async findById(id: string, manager?: EntityManager): Promise<Omit<Resolution, 'materials'> | undefined> {
    const [row] = await sql<Omit<Resolution, 'materials'>>(this.m(manager), `SELECT ${RESOLUTION_COLUMNS} FROM resolutions r WHERE r.id = $1`, [id]);
    return row;
  }

  /** Newest first (issued date, then id), keyset-paginated. */
  async list(f: { search?: string; type?: string; after?: [string, string]; limit: number }): Promise<Omit<Resolution, 'materials'>[]> {
    const params: unknown[] = [];
    const where = ['true'];
    if (f.search) where.push(`r.search_text LIKE ${foldedContains(`$${params.push(f.search)}`)}`);
    if (f.type) where.push(`r.type = $${params.push(f.type)}`);
    if (f.after) where.push(`(r.issued_on, r.id) < ($${params.push(f.after[0])}::date, $${params.push(f.after[1])}::uuid)`);
    return sql(
      this.m(),
      `SELECT ${RESOLUTION_COLUMNS} FROM resolutions r WHERE ${where.join(' AND ')}
        ORDER BY r.issued_on DESC, r.id DESC LIMIT ${f.limit}`,
      params,
    );
  }

  /** Existing ids among `ids`. */
  async existing(manager: EntityManager, ids: readonly string[]): Promise<string[]> {
    const rows = await sql<{ id: string }>(manager, `SELECT id FROM resolutions WHERE id = ANY($1::uuid[]) FOR SHARE`, [ids]);
    return rows.map((r) => r.id);
  }

  async insert(manager: EntityManager, r: { code: string; title: string; issuer: string; issuedOn: string; type: string; summary: string | null }) {
    const [row] = await manager.query(
      `INSERT INTO resolutions (code, title, issuer, issued_on, type, summary) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [r.code, r.title, r.issuer, r.issuedOn, r.type, r.summary],
    );
    return row.id as string;
  }

  async update(manager: EntityManager, id: string, changes: Record<string, unknown>): Promise<void> {
    const params: unknown[] = [id];
    const sets = Object.entries(UPDATABLE)
      .filter(([key]) => changes[key] !== undefined)
      .map(([key, column]) => `${column} = $${params.push(changes[key])}`);
    if (sets.length === 0) return;
    await manager.query(`UPDATE resolutions SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, params);
  }

  /** Materials of several resolutions at once (one query per page), by kind then title. */
  async materialsOf(resolutionIds: readonly string[]): Promise<ResolutionMaterial[]> {
    return sql(
      this.m(),
      `SELECT ${MATERIAL_COLUMNS} FROM resolution_materials m WHERE m.resolution_id = ANY($1::uuid[])
        ORDER BY m.resolution_id, array_position(ARRAY['RESEARCH','STUDY','QA']::varchar[], m.kind), m.title, m.id`,
      [resolutionIds],
    );
  }

  async insertMaterial(manager: EntityManager, m: NewMaterial): Promise<ResolutionMaterial> {
    const [row] = await sql<ResolutionMaterial>(
      manager,
      `WITH m AS (
         INSERT INTO resolution_materials (resolution_id, kind, title, url, storage_key, file_name, content_type, size_bytes, sha256, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *)
       SELECT ${MATERIAL_COLUMNS} FROM m`,
      [m.resolutionId, m.kind, m.title, m.url, m.storageKey, m.fileName, m.contentType, m.sizeBytes, m.sha256, m.createdBy],
    );
    return row;
  }

  async materialFile(id: string): Promise<MaterialFileRecord | undefined> {
    const [row] = await sql<MaterialFileRecord>(
      this.m(),
      `SELECT id, storage_key AS "storageKey", file_name AS "fileName", content_type AS "contentType", size_bytes::int AS "sizeBytes"
         FROM resolution_materials WHERE id = $1`,
      [id],
    );
    return row;
  }
}
