import { Injectable } from '@nestjs/common';
import { AccessScope, foldedContains, sql, subtreePredicate, SyncQuery, syncSql } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { CommitteeOfficeHolding, Organisation } from './organisation.types';

export const ORG_COLUMNS = `o.id, o.code, o.name, o.kind, o.parent_id AS "parentId", o.depth, o.agency,
  o.term_start AS "termStart", o.term_end AS "termEnd", o.active_from AS "activeFrom",
  o.dissolved_on AS "dissolvedOn", o.updated_at AS "updatedAt", o.path`;

const OFFICE_COLUMNS = `c.id, c.organisation_id AS "organisationId", c.member_id AS "memberId", m.full_name AS "memberName",
  c.office, c.start_date AS "startDate", c.end_date AS "endDate"`;

/** The only place that queries the organisations and committee_offices tables. */
@Injectable()
export class OrganisationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async findById(id: string, manager?: EntityManager, lock?: 'FOR UPDATE' | 'FOR SHARE'): Promise<Organisation | undefined> {
    const [row] = await sql<Organisation>(this.m(manager), `SELECT ${ORG_COLUMNS} FROM organisations o WHERE o.id = $1 ${lock ?? ''}`, [id]);
    return row;
  }

  async findByIds(ids: readonly string[]): Promise<Organisation[]> {
    return sql<Organisation>(this.m(), `SELECT ${ORG_COLUMNS} FROM organisations o WHERE o.id = ANY($1::uuid[])`, [ids]);
  }

  async findByCodes(codes: readonly string[], manager?: EntityManager, lock?: 'FOR SHARE'): Promise<Organisation[]> {
    return sql<Organisation>(
      this.m(manager),
      `SELECT ${ORG_COLUMNS} FROM organisations o WHERE o.code = ANY($1::text[]) ORDER BY o.code ${lock ?? ''}`,
      [codes],
    );
  }

  async findByPaths(paths: readonly string[]): Promise<Organisation[]> {
    return sql<Organisation>(this.m(), `SELECT ${ORG_COLUMNS} FROM organisations o WHERE o.path = ANY($1::text[]) ORDER BY o.name`, [paths]);
  }

  /** Generic filtered, keyset-paginated list (ordered by name, id, or by (updated_at, id) to sync). */
  async list(filter: {
    scope: AccessScope;
    within?: string;
    parentId?: string;
    kind?: string;
    search?: string;
    includeDissolved?: boolean;
    after?: [string, string];
    sync?: SyncQuery;
    limit: number;
  }): Promise<Organisation[]> {
    const params: unknown[] = [];
    const where = [filter.scope.pathPredicate('o.path', params)];
    if (filter.within) where.push(subtreePredicate('o.path', `$${params.push(filter.within)}::text`));
    if (filter.parentId) where.push(`o.parent_id = $${params.push(filter.parentId)}`);
    if (filter.kind) where.push(`o.kind = $${params.push(filter.kind)}`);
    if (filter.search) where.push(`o.search_text LIKE ${foldedContains(`$${params.push(filter.search)}`)}`);
    if (!filter.includeDissolved) where.push('o.dissolved_on IS NULL');
    if (filter.after) where.push(`(o.name, o.id) > ($${params.push(filter.after[0])}, $${params.push(filter.after[1])}::uuid)`);
    let orderBy = 'o.name, o.id';
    if (filter.sync) {
      const sync = syncSql(filter.sync, { updatedAt: 'o.updated_at', id: 'o.id' }, params);
      where.push(...sync.where);
      orderBy = sync.orderBy;
    }
    return sql<Organisation>(
      this.m(),
      `SELECT ${ORG_COLUMNS} FROM organisations o WHERE ${where.join(' AND ')} ORDER BY ${orderBy} LIMIT ${filter.limit}`,
      params,
    );
  }

  /** Children of several parents at once, at most `limit` per parent (DataLoader batch). */
  async childrenOf(parentIds: readonly string[], limit: number, includeDissolved: boolean, after?: [string, string]) {
    const params: unknown[] = [parentIds];
    const where = ['o.parent_id = ANY($1::uuid[])'];
    if (!includeDissolved) where.push('o.dissolved_on IS NULL');
    if (after) where.push(`(o.name, o.id) > ($${params.push(after[0])}, $${params.push(after[1])}::uuid)`);
    return sql<Organisation & { rn: number }>(
      this.m(),
      `SELECT * FROM (
         SELECT ${ORG_COLUMNS}, row_number() OVER (PARTITION BY o.parent_id ORDER BY o.name, o.id) AS rn
           FROM organisations o WHERE ${where.join(' AND ')}) t
        WHERE t.rn <= ${limit} ORDER BY t."parentId", t.rn`,
      params,
    );
  }

  async childCounts(parentIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await sql<{ id: string; n: number }>(
      this.m(),
      `SELECT parent_id AS id, count(*)::int AS n FROM organisations WHERE parent_id = ANY($1::uuid[]) GROUP BY parent_id`,
      [parentIds],
    );
    return new Map(rows.map((r) => [r.id, r.n]));
  }

  /** Organisations in each subtree (the node included), excluding dissolved ones. */
  async descendantCounts(ids: readonly string[]): Promise<Map<string, number>> {
    const rows = await sql<{ id: string; n: number }>(
      this.m(),
      `SELECT r.id, count(o.id)::int AS n
         FROM organisations r JOIN organisations o ON ${subtreePredicate('o.path', 'r.path')} AND o.dissolved_on IS NULL
        WHERE r.id = ANY($1::uuid[]) GROUP BY r.id`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.n]));
  }

  /** Members taking part in party life in each subtree on a date (effective-dated). */
  async memberCounts(ids: readonly string[], onDate: string): Promise<Map<string, number>> {
    const rows = await sql<{ id: string; n: number }>(
      this.m(),
      `SELECT r.id, count(ms.member_id)::int AS n
         FROM organisations r
         JOIN organisations o ON ${subtreePredicate('o.path', 'r.path')}
         JOIN memberships ms ON ms.organisation_id = o.id
              AND ms.valid_from <= $2::date AND (ms.valid_to IS NULL OR ms.valid_to > $2::date)
        WHERE r.id = ANY($1::uuid[]) GROUP BY r.id`,
      [ids, onDate],
    );
    return new Map(rows.map((r) => [r.id, r.n]));
  }

  async insert(
    manager: EntityManager,
    row: { id: string; code: string; name: string; kind: string; parentId: string | null; path: string; depth: number;
      agency?: string | null; termStart?: string | null; termEnd?: string | null; activeFrom?: string | null },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO organisations (id, code, name, kind, parent_id, path, depth, agency, term_start, term_end, active_from)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, coalesce($11::date, CURRENT_DATE))`,
      [row.id, row.code, row.name, row.kind, row.parentId, row.path, row.depth, row.agency ?? null,
        row.termStart ?? null, row.termEnd ?? null, row.activeFrom ?? null],
    );
  }

  /** Multi-row insert (imports, demo data): one statement per chunk. */
  async insertMany(
    manager: EntityManager,
    rows: { id: string; code: string; name: string; kind: string; parentId: string | null; path: string; depth: number;
      agency: string | null; termStart: string | null; termEnd: string | null; activeFrom: string | null }[],
  ): Promise<void> {
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000);
      await manager.query(
        `INSERT INTO organisations (id, code, name, kind, parent_id, path, depth, agency, term_start, term_end, active_from)
         SELECT id, code, name, kind, parent_id, path, depth, agency, term_start, term_end, coalesce(active_from, CURRENT_DATE)
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::int[], $8::text[],
                       $9::date[], $10::date[], $11::date[])
             AS t(id, code, name, kind, parent_id, path, depth, agency, term_start, term_end, active_from)`,
        [chunk.map((r) => r.id), chunk.map((r) => r.code), chunk.map((r) => r.name), chunk.map((r) => r.kind),
          chunk.map((r) => r.parentId), chunk.map((r) => r.path), chunk.map((r) => r.depth), chunk.map((r) => r.agency),
          chunk.map((r) => r.termStart), chunk.map((r) => r.termEnd), chunk.map((r) => r.activeFrom)],
      );
    }
  }

  async update(manager: EntityManager, id: string, changes: Record<string, unknown>): Promise<void> {
    const columns: Record<string, string> = {
      name: 'name', code: 'code', kind: 'kind', agency: 'agency', termStart: 'term_start', termEnd: 'term_end',
    };
    const sets: string[] = [];
    const params: unknown[] = [id];
    for (const [key, column] of Object.entries(columns)) {
      if (changes[key] !== undefined) sets.push(`${column} = $${params.push(changes[key])}`);
    }
    if (sets.length === 0) return;
    await manager.query(`UPDATE organisations SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, params);
  }

  /** Locks every row of a subtree so no child can be created under it meanwhile. */
  async lockSubtree(manager: EntityManager, path: string): Promise<number> {
    const rows = await manager.query(
      `SELECT id FROM organisations WHERE ${subtreePredicate('path', '$1::text')} FOR UPDATE`,
      [path],
    );
    return rows.length;
  }

  /** Rewrites the paths and depths of a whole subtree in one statement, then re-parents its root. */
  async moveSubtree(manager: EntityManager, node: Organisation, newParent: Organisation): Promise<void> {
    const newPath = `${newParent.path}${node.id}/`;
    await manager.query(
      `UPDATE organisations
          SET path = $2 || substr(path, length($1) + 1), depth = depth + $3, updated_at = now()
        WHERE ${subtreePredicate('path', '$1::text')}`,
      [node.path, newPath, newParent.depth + 1 - node.depth],
    );
    await manager.query(`UPDATE organisations SET parent_id = $2 WHERE id = $1`, [node.id, newParent.id]);
  }

  /** What stops a dissolution: active children, current members, open offices, and the last date anything happened there. */
  async dissolutionBlockers(
    manager: EntityManager,
    id: string,
  ): Promise<{ children: number; members: number; openOffices: number; lastActivity: string | null }> {
    const [row] = await manager.query(
      `SELECT (SELECT count(*) FROM organisations WHERE parent_id = $1 AND dissolved_on IS NULL)::int AS children,
              (SELECT count(*) FROM members WHERE organisation_id = $1)::int AS members,
              (SELECT count(*) FROM committee_offices WHERE organisation_id = $1 AND end_date IS NULL)::int AS "openOffices",
              greatest((SELECT max(valid_to) FROM memberships WHERE organisation_id = $1),
                       (SELECT max(end_date) FROM committee_offices WHERE organisation_id = $1),
                       (SELECT max(dissolved_on) FROM organisations WHERE parent_id = $1)) AS "lastActivity"`,
      [id],
    );
    return row;
  }

  async dissolve(manager: EntityManager, id: string, on: string): Promise<void> {
    await manager.query(`UPDATE organisations SET dissolved_on = $2, updated_at = now() WHERE id = $1`, [id, on]);
  }

  // --- committee offices -------------------------------------------------

  async officesOf(orgIds: readonly string[], onDate: string | null): Promise<CommitteeOfficeHolding[]> {
    return sql<CommitteeOfficeHolding>(
      this.m(),
      `SELECT ${OFFICE_COLUMNS} FROM committee_offices c JOIN members m ON m.id = c.member_id
        WHERE c.organisation_id = ANY($1::uuid[])
          AND ($2::date IS NULL OR (c.start_date <= $2::date AND (c.end_date IS NULL OR c.end_date >= $2::date)))
        ORDER BY c.organisation_id, array_position(ARRAY['SECRETARY','DEPUTY_SECRETARY','STANDING_COMMITTEE','COMMITTEE_MEMBER']::text[], c.office::text), m.full_name`,
      [orgIds, onDate],
    );
  }

  async findOffice(manager: EntityManager, id: string): Promise<CommitteeOfficeHolding | undefined> {
    const [row] = await sql<CommitteeOfficeHolding>(
      manager,
      `SELECT ${OFFICE_COLUMNS} FROM committee_offices c JOIN members m ON m.id = c.member_id WHERE c.id = $1 FOR UPDATE OF c`,
      [id],
    );
    return row;
  }

  async insertOffice(manager: EntityManager, orgId: string, memberId: string, office: string, start: string, end: string | null) {
    const [row] = await manager.query(
      `INSERT INTO committee_offices (organisation_id, member_id, office, start_date, end_date) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [orgId, memberId, office, start, end],
    );
    return row.id as string;
  }

  async endOffice(manager: EntityManager, id: string, endDate: string): Promise<void> {
    await manager.query(`UPDATE committee_offices SET end_date = $2 WHERE id = $1`, [id, endDate]);
  }

  async memberPath(manager: EntityManager, memberId: string): Promise<string | undefined> {
    const [row] = await manager.query(
      `SELECT o.path FROM members m JOIN organisations o ON o.id = m.organisation_id WHERE m.id = $1`,
      [memberId],
    );
    return row?.path;
  }
}
