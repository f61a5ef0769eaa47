import { Injectable } from '@nestjs/common';
import { AccessScope, sql, subtreePredicate } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { holdsMeetings } from '../shared/org-refs.repository';
import { CellCheck, UncheckedCell } from './cell-check.types';
import { RecordCellCheckInput } from './cell-check.dto';

const COLUMNS = `k.id, k.organisation_id AS "organisationId", k.checking_organisation_id AS "checkingOrganisationId", k.year::int AS year,
  k.half::int AS half, k.checked_on::text AS "checkedOn", k.findings, k.conclusion, k.created_at AS "createdAt"`;

/** The only place that queries cell_checks. */
@Injectable()
export class CellChecksRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findById(id: string): Promise<CellCheck | undefined> {
    const [row] = await sql<CellCheck>(this.dataSource.manager, `SELECT ${COLUMNS} FROM cell_checks k WHERE k.id = $1`, [id]);
    return row;
  }

  /** Inserts; undefined when the cell already has a check for that half-year. */
  async insert(manager: EntityManager, input: RecordCellCheckInput, createdBy: string): Promise<string | undefined> {
    const [row] = await manager.query(
      `INSERT INTO cell_checks (organisation_id, checking_organisation_id, year, half, checked_on, findings, conclusion, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (organisation_id, year, half) DO NOTHING RETURNING id`,
      [input.organisationId, input.checkingOrganisationId, input.year, input.half, input.checkedOn, input.findings, input.conclusion, createdBy],
    );
    return row?.id as string | undefined;
  }

  /** Checks of cells in scope, newest first. */
  async list(f: { scope: AccessScope; within?: string; year?: number; half?: number; after?: [string, string]; limit: number }): Promise<CellCheck[]> {
    const params: unknown[] = [];
    const where = [f.scope.pathPredicate('o.path', params)];
    if (f.within) where.push(subtreePredicate('o.path', `$${params.push(f.within)}::text`));
    if (f.year) where.push(`k.year = $${params.push(f.year)}`);
    if (f.half) where.push(`k.half = $${params.push(f.half)}`);
    if (f.after) where.push(`(k.checked_on, k.id) < ($${params.push(f.after[0])}::date, $${params.push(f.after[1])}::uuid)`);
    return sql<CellCheck>(
      this.dataSource.manager,
      `SELECT ${COLUMNS} FROM cell_checks k JOIN organisations o ON o.id = k.organisation_id
        WHERE ${where.join(' AND ')} ORDER BY k.checked_on DESC, k.id DESC LIMIT ${f.limit}`,
      params,
    );
  }

  /** Cells in scope that existed during the half-year and have no check for it, by name. */
  async unchecked(f: { scope: AccessScope; within?: string; year: number; half: number; after?: [string, string]; limit: number }): Promise<UncheckedCell[]> {
    const params: unknown[] = [f.year, f.half];
    const where = [f.scope.pathPredicate('o.path', params), holdsMeetings('o')];
    if (f.within) where.push(subtreePredicate('o.path', `$${params.push(f.within)}::text`));
    where.push(
      `o.active_from < make_date($1::int, 6 * $2::int - 5, 1) + interval '6 months'`,
      `(o.dissolved_on IS NULL OR o.dissolved_on >= make_date($1::int, 6 * $2::int - 5, 1) + interval '6 months')`,
      `NOT EXISTS (SELECT 1 FROM cell_checks k WHERE k.organisation_id = o.id AND k.year = $1 AND k.half = $2)`,
    );
    if (f.after) where.push(`(o.name, o.id) > ($${params.push(f.after[0])}, $${params.push(f.after[1])}::uuid)`);
    return sql<UncheckedCell>(
      this.dataSource.manager,
      `SELECT o.id AS "organisationId", o.code, o.name, o.parent_id AS "parentId" FROM organisations o
        WHERE ${where.join(' AND ')} ORDER BY o.name, o.id LIMIT ${f.limit}`,
      params,
    );
  }
}
