import { Injectable } from '@nestjs/common';
import { AccessScope, sql, subtreePredicate } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { ExemptionRecord } from './exemption.types';

const COLUMNS = `e.id, e.member_id AS "memberId", mb.full_name AS "memberName", mb.organisation_id AS "organisationId",
  o.path AS "organisationPath", e.reason, e.basis, e.valid_from AS "validFrom", e.valid_to AS "validTo",
  u.display_name AS "approvedBy", e.approved_at AS "approvedAt"`;
const FROM = `member_exemptions e JOIN members mb ON mb.id = e.member_id JOIN organisations o ON o.id = mb.organisation_id
  LEFT JOIN users u ON u.id = e.approved_by_user_id`;

/** The only place that queries member_exemptions. */
@Injectable()
export class ExemptionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async findById(id: string, manager?: EntityManager, lock = false): Promise<ExemptionRecord | undefined> {
    if (lock) await this.m(manager).query(`SELECT 1 FROM member_exemptions WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = await sql<ExemptionRecord>(this.m(manager), `SELECT ${COLUMNS} FROM ${FROM} WHERE e.id = $1`, [id]);
    return row;
  }

  /** Newest first (validFrom, id), keyset-paginated; scoped by the member's current organisation. */
  async list(f: { scope: AccessScope; within?: string; memberId?: string; activeOn?: string; after?: [string, string]; limit: number }) {
    const params: unknown[] = [];
    const where = [f.scope.pathPredicate('o.path', params)];
    if (f.within) where.push(subtreePredicate('o.path', `$${params.push(f.within)}::text`));
    if (f.memberId) where.push(`e.member_id = $${params.push(f.memberId)}`);
    if (f.activeOn) {
      const d = `$${params.push(f.activeOn)}::date`;
      where.push(`e.valid_from <= ${d} AND (e.valid_to IS NULL OR e.valid_to >= ${d})`);
    }
    if (f.after) where.push(`(e.valid_from, e.id) < ($${params.push(f.after[0])}::date, $${params.push(f.after[1])}::uuid)`);
    return sql<ExemptionRecord>(
      this.m(),
      `SELECT ${COLUMNS} FROM ${FROM} WHERE ${where.join(' AND ')} ORDER BY e.valid_from DESC, e.id DESC LIMIT ${f.limit}`,
      params,
    );
  }

  async insert(
    manager: EntityManager,
    e: { memberId: string; reason: string; basis: string; validFrom: string; validTo: string | null; approvedBy: string },
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO member_exemptions (member_id, reason, basis, valid_from, valid_to, approved_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [e.memberId, e.reason, e.basis, e.validFrom, e.validTo, e.approvedBy],
    );
    return row.id as string;
  }

  async end(manager: EntityManager, id: string, validTo: string): Promise<void> {
    await manager.query(`UPDATE member_exemptions SET valid_to = $2 WHERE id = $1`, [id, validTo]);
  }
}
