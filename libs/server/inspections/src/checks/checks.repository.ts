import { Injectable } from '@nestjs/common';
import { AccessScope, sql, subtreePredicate } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { CellCheckSlot, MemberCheck } from './checks.types';

/** A deterministic integer in [0, 2^28) from text: the spread needs no randomness, only a stable shuffle. */
const hashInt = (expr: string) => `(('x' || substr(md5(${expr}), 1, 7))::bit(28)::int)`;
/** Organisations holding cell life: cells, and grassroots organisations without active children (chi bộ cơ sở). */
const holdsMeetings = (o: string) =>
  `(${o}.kind = 'CELL' OR (${o}.kind = 'GRASSROOTS' AND NOT EXISTS (
     SELECT 1 FROM organisations ch WHERE ch.parent_id = ${o}.id AND ch.dissolved_on IS NULL)))`;

/** The only place that queries member_check_schedule and cell_check_schedule. */
@Injectable()
export class ChecksRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Schedules every member of the subtree (membership on the reference date: 1 January, or today within the year)
   * once for the year at their organisation. Months: members of a cell in a stable hash order, round-robin over the
   * 12 months from a per-cell offset, so a cell's months differ by at most one check. Members already scheduled keep
   * their month; newcomers continue the round.
   */
  async scheduleMembers(manager: EntityManager, rootPath: string, year: number): Promise<number> {
    const rows = await manager.query(
      `WITH ref AS (SELECT greatest(make_date($2, 1, 1), least((now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, make_date($2, 12, 31))) AS d),
       m AS (
         SELECT ms.member_id, ms.organisation_id FROM memberships ms JOIN organisations o ON o.id = ms.organisation_id CROSS JOIN ref
          WHERE ${subtreePredicate('o.path', '$1::text')} AND ms.valid_from <= ref.d AND (ms.valid_to IS NULL OR ms.valid_to > ref.d)
            AND NOT EXISTS (SELECT 1 FROM member_check_schedule s WHERE s.year = $2 AND s.member_id = ms.member_id)),
       existing AS (
         SELECT s.organisation_id, count(*)::int AS n FROM member_check_schedule s
          WHERE s.year = $2 AND s.organisation_id IN (SELECT organisation_id FROM m) GROUP BY s.organisation_id),
       ranked AS (
         SELECT m.member_id, m.organisation_id,
                row_number() OVER (PARTITION BY m.organisation_id ORDER BY md5(m.member_id::text || ':' || $2), m.member_id) - 1
                  + coalesce(e.n, 0) AS rn
           FROM m LEFT JOIN existing e ON e.organisation_id = m.organisation_id)
       INSERT INTO member_check_schedule (year, member_id, organisation_id, month)
       SELECT $2, member_id, organisation_id, ((rn + ${hashInt(`organisation_id::text || ':' || $2`)}) % 12) + 1 FROM ranked
       ON CONFLICT (year, member_id) DO NOTHING RETURNING member_id`,
      [rootPath, year],
    );
    return rows.length;
  }

  /**
   * Schedules the two six-monthly checks of every cell of the subtree active in the year, by its parent committee
   * (seed 002): the cells of one committee spread round-robin over the six months of each half.
   */
  async scheduleCells(manager: EntityManager, rootPath: string, year: number): Promise<number> {
    const rows = await manager.query(
      `WITH cells AS (
         SELECT o.id, o.parent_id,
                row_number() OVER (PARTITION BY o.parent_id ORDER BY md5(o.id::text || ':' || $2), o.id) - 1 AS rn
           FROM organisations o
          WHERE ${subtreePredicate('o.path', '$1::text')} AND o.parent_id IS NOT NULL AND ${holdsMeetings('o')}
            AND o.active_from <= make_date($2, 12, 31) AND (o.dissolved_on IS NULL OR o.dissolved_on >= make_date($2, 1, 1)))
       INSERT INTO cell_check_schedule (organisation_id, year, half, checking_organisation_id, month)
       SELECT c.id, $2, h.half, c.parent_id, (h.half - 1) * 6 + 1 + ((c.rn + ${hashInt(`c.parent_id::text || ':' || $2`)}) % 6)
         FROM cells c CROSS JOIN (VALUES (1), (2)) AS h(half)
       ON CONFLICT (organisation_id, year, half) DO NOTHING RETURNING organisation_id`,
      [rootPath, year],
    );
    return rows.length;
  }

  private readonly memberCheckSelect = `SELECT s.year::int AS year, s.member_id AS "memberId", m.full_name AS "fullName",
      s.organisation_id AS "organisationId", o.name AS "organisationName", s.month::int AS month, s.checked_on::text AS "checkedOn", s.result
    FROM member_check_schedule s JOIN members m ON m.id = s.member_id JOIN organisations o ON o.id = s.organisation_id`;

  async memberCheck(year: number, memberId: string): Promise<MemberCheck | undefined> {
    const [row] = await sql<MemberCheck>(this.dataSource.manager, `${this.memberCheckSelect} WHERE s.year = $1 AND s.member_id = $2`, [year, memberId]);
    return row;
  }

  async memberChecks(f: { scope: AccessScope; year: number; within?: string; month?: number; after?: [number, string, string]; limit: number }): Promise<MemberCheck[]> {
    const params: unknown[] = [f.year];
    const where = ['s.year = $1', f.scope.pathPredicate('o.path', params)];
    if (f.within) where.push(subtreePredicate('o.path', `$${params.push(f.within)}::text`));
    if (f.month) where.push(`s.month = $${params.push(f.month)}`);
    if (f.after) where.push(`(s.month, m.full_name, s.member_id) > ($${params.push(f.after[0])}::int, $${params.push(f.after[1])}, $${params.push(f.after[2])}::uuid)`);
    return sql<MemberCheck>(
      this.dataSource.manager,
      `${this.memberCheckSelect} WHERE ${where.join(' AND ')} ORDER BY s.month, m.full_name, s.member_id LIMIT ${f.limit}`,
      params,
    );
  }

  async cellSlots(f: { scope: AccessScope; year: number; within?: string; half?: number; after?: [number, string, string]; limit: number }): Promise<CellCheckSlot[]> {
    const params: unknown[] = [f.year];
    const where = ['s.year = $1', f.scope.pathPredicate('o.path', params)];
    if (f.within) where.push(subtreePredicate('o.path', `$${params.push(f.within)}::text`));
    if (f.half) where.push(`s.half = $${params.push(f.half)}`);
    if (f.after) where.push(`(s.month, o.name, s.organisation_id) > ($${params.push(f.after[0])}::int, $${params.push(f.after[1])}, $${params.push(f.after[2])}::uuid)`);
    return sql<CellCheckSlot>(
      this.dataSource.manager,
      `SELECT s.organisation_id AS "organisationId", o.name AS "organisationName", s.year::int AS year, s.half::int AS half,
              s.checking_organisation_id AS "checkingOrganisationId", s.month::int AS month, k.id AS "checkId", k.checked_on::text AS "checkedOn"
         FROM cell_check_schedule s JOIN organisations o ON o.id = s.organisation_id
         LEFT JOIN cell_checks k ON k.organisation_id = s.organisation_id AND k.year = s.year AND k.half = s.half
        WHERE ${where.join(' AND ')} ORDER BY s.month, o.name, s.organisation_id LIMIT ${f.limit}`,
      params,
    );
  }

  async memberCheckPath(manager: EntityManager, year: number, memberId: string): Promise<string | undefined> {
    const [row] = await manager.query(
      `SELECT o.path FROM member_check_schedule s JOIN organisations o ON o.id = s.organisation_id
        WHERE s.year = $1 AND s.member_id = $2 FOR UPDATE OF s`,
      [year, memberId],
    );
    return row?.path as string | undefined;
  }

  async recordMemberCheck(manager: EntityManager, year: number, memberId: string, checkedOn: string, result: string): Promise<void> {
    await manager.query(`UPDATE member_check_schedule SET checked_on = $3, result = $4 WHERE year = $1 AND member_id = $2`, [year, memberId, checkedOn, result]);
  }
}
