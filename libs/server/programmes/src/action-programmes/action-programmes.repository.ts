import { Injectable } from '@nestjs/common';
import { AccessScope, sql, subtreePredicate } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { ActionProgrammeStatus, ItemProgressStatus } from '../common/programme-enums';
import {
  ActionProgrammeItem,
  ActionProgrammeRecord,
  ItemProgressReport,
  MissingActionProgramme,
  ProgrammeMilestone,
} from './action-programme.types';

const PROGRAMME_COLUMNS = `p.id, p.campaign_id AS "campaignId", p.organisation_id AS "organisationId", o.name AS "organisationName",
  o.path AS "organisationPath", p.title, p.status, p.discussion_record AS "discussionRecord", p.discussed_on AS "discussedOn",
  p.document_number AS "documentNumber", p.issued_on AS "issuedOn", p.evaluation, p.evaluation_result AS "evaluationResult",
  p.evaluated_on AS "evaluatedOn", p.updated_at AS "updatedAt"`;

const ITEM_COLUMNS = `i.id, i.programme_id AS "programmeId", i.position, i.title, i.target, i.solutions,
  i.owner_organisation_id AS "ownerOrganisationId", oo.name AS "ownerOrganisationName",
  i.owner_member_id AS "ownerMemberId", om.full_name AS "ownerMemberName", i.deadline, i.status, i.evidence,
  i.progress_on AS "progressOn"`;

export interface ItemRow {
  title: string;
  target: string | null;
  solutions: string | null;
  ownerOrganisationId: string | null;
  ownerMemberId: string | null;
  deadline: string | null;
}

export interface ItemRecord extends Omit<ActionProgrammeItem, 'milestones' | 'progress'> {
  programmeStatus: ActionProgrammeStatus;
  organisationPath: string;
  issuedOn: string | null;
}

export interface ProgrammeListFilter {
  scope: AccessScope;
  within?: string;
  campaignId?: string;
  status?: ActionProgrammeStatus;
  after?: [string, string];
  limit: number;
}

/** The only place that queries action programmes, their items, milestones and progress. */
@Injectable()
export class ActionProgrammesRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async findById(id: string, manager?: EntityManager, lock = false): Promise<ActionProgrammeRecord | undefined> {
    if (lock) await this.m(manager).query(`SELECT 1 FROM action_programmes WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = await sql<ActionProgrammeRecord>(
      this.m(manager),
      `SELECT ${PROGRAMME_COLUMNS} FROM action_programmes p JOIN organisations o ON o.id = p.organisation_id WHERE p.id = $1`,
      [id],
    );
    return row;
  }

  async findItem(id: string, manager?: EntityManager): Promise<ItemRecord | undefined> {
    const [row] = await sql<ItemRecord>(
      this.m(manager),
      `SELECT ${ITEM_COLUMNS}, p.status AS "programmeStatus", o.path AS "organisationPath", p.issued_on AS "issuedOn"
         FROM action_programme_items i
         JOIN action_programmes p ON p.id = i.programme_id
         JOIN organisations o ON o.id = p.organisation_id
         LEFT JOIN organisations oo ON oo.id = i.owner_organisation_id
         LEFT JOIN members om ON om.id = i.owner_member_id
        WHERE i.id = $1`,
      [id],
    );
    return row;
  }

  async programmeOfMilestone(milestoneId: string): Promise<{ programmeId: string; itemId: string } | undefined> {
    const [row] = await sql<{ programmeId: string; itemId: string }>(
      this.m(),
      `SELECT i.programme_id AS "programmeId", i.id AS "itemId"
         FROM action_programme_milestones ms JOIN action_programme_items i ON i.id = ms.item_id WHERE ms.id = $1`,
      [milestoneId],
    );
    return row;
  }

  /** Programmes of committees in the scope, keyset-paginated by (committee path, id). */
  async list(f: ProgrammeListFilter): Promise<(ActionProgrammeRecord & { cursorPath: string })[]> {
    const params: unknown[] = [];
    const where = [f.scope.pathPredicate('o.path', params)];
    if (f.within) where.push(subtreePredicate('o.path', `$${params.push(f.within)}::text`));
    if (f.campaignId) where.push(`p.campaign_id = $${params.push(f.campaignId)}`);
    if (f.status) where.push(`p.status = $${params.push(f.status)}`);
    if (f.after) where.push(`(o.path, p.id) > ($${params.push(f.after[0])}::text COLLATE "C", $${params.push(f.after[1])}::uuid)`);
    return sql(
      this.m(),
      `SELECT ${PROGRAMME_COLUMNS}, o.path AS "cursorPath"
         FROM action_programmes p JOIN organisations o ON o.id = p.organisation_id
        WHERE ${where.join(' AND ')}
        ORDER BY o.path, p.id LIMIT ${f.limit}`,
      params,
    );
  }

  async itemsOf(programmeIds: readonly string[], manager?: EntityManager): Promise<Omit<ActionProgrammeItem, 'milestones' | 'progress'>[]> {
    return sql(
      this.m(manager),
      `SELECT ${ITEM_COLUMNS}
         FROM action_programme_items i
         LEFT JOIN organisations oo ON oo.id = i.owner_organisation_id
         LEFT JOIN members om ON om.id = i.owner_member_id
        WHERE i.programme_id = ANY($1::uuid[])
        ORDER BY i.programme_id, i.position`,
      [programmeIds],
    );
  }

  async milestonesOf(programmeIds: readonly string[], manager?: EntityManager): Promise<ProgrammeMilestone[]> {
    return sql(
      this.m(manager),
      `SELECT ms.id, ms.item_id AS "itemId", ms.due_on AS "dueOn", ms.description, ms.done_on AS "doneOn"
         FROM action_programme_milestones ms JOIN action_programme_items i ON i.id = ms.item_id
        WHERE i.programme_id = ANY($1::uuid[])
        ORDER BY ms.item_id, ms.due_on, ms.id`,
      [programmeIds],
    );
  }

  async progressOf(programmeIds: readonly string[], manager?: EntityManager): Promise<(ItemProgressReport & { itemId: string })[]> {
    return sql(
      this.m(manager),
      `SELECT pr.id::text AS id, pr.item_id AS "itemId", pr.status, pr.evidence, pr.reported_on AS "reportedOn",
              pr.reported_by AS "reportedBy"
         FROM action_programme_item_progress pr JOIN action_programme_items i ON i.id = pr.item_id
        WHERE i.programme_id = ANY($1::uuid[])
        ORDER BY pr.item_id, pr.id`,
      [programmeIds],
    );
  }

  // --- writes --------------------------------------------------------------------

  async insertProgramme(manager: EntityManager, campaignId: string, organisationId: string, title: string, userId: string) {
    const [row] = await manager.query(
      `INSERT INTO action_programmes (campaign_id, organisation_id, title, created_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT action_programmes_one_per_committee DO NOTHING RETURNING id`,
      [campaignId, organisationId, title, userId],
    );
    return row?.id as string | undefined;
  }

  async updateProgramme(manager: EntityManager, id: string, changes: Record<string, unknown>): Promise<void> {
    const columns: Record<string, string> = {
      title: 'title', status: 'status', discussionRecord: 'discussion_record', discussedOn: 'discussed_on',
      documentNumber: 'document_number', issuedOn: 'issued_on', evaluation: 'evaluation',
      evaluationResult: 'evaluation_result', evaluatedOn: 'evaluated_on',
    };
    const params: unknown[] = [id];
    const sets = Object.entries(changes)
      .filter(([k, v]) => v !== undefined && columns[k])
      .map(([k, v]) => `${columns[k]} = $${params.push(v)}`);
    if (sets.length === 0) return;
    await manager.query(`UPDATE action_programmes SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, params);
  }

  async touch(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE action_programmes SET updated_at = now() WHERE id = $1`, [id]);
  }

  /** Appends items after the last position; returns their ids in order. */
  async insertItems(manager: EntityManager, programmeId: string, items: ItemRow[]): Promise<string[]> {
    if (items.length === 0) return [];
    const col = <T>(f: (r: ItemRow) => T) => items.map(f);
    const rows = await manager.query(
      `INSERT INTO action_programme_items (programme_id, position, title, target, solutions, owner_organisation_id, owner_member_id, deadline)
       SELECT $1, COALESCE((SELECT max(position) FROM action_programme_items WHERE programme_id = $1), 0) + t.ord,
              t.title, t.target, t.solutions, t.org, t.member, t.deadline
         FROM unnest($2::text[], $3::text[], $4::text[], $5::uuid[], $6::uuid[], $7::date[]) WITH ORDINALITY
              AS t(title, target, solutions, org, member, deadline, ord)
        ORDER BY t.ord
       RETURNING id, position`,
      [programmeId, col((r) => r.title), col((r) => r.target), col((r) => r.solutions), col((r) => r.ownerOrganisationId),
        col((r) => r.ownerMemberId), col((r) => r.deadline)],
    );
    return (rows as { id: string; position: number }[]).sort((a, b) => a.position - b.position).map((r) => r.id);
  }

  async updateItem(manager: EntityManager, id: string, row: ItemRow): Promise<void> {
    await manager.query(
      `UPDATE action_programme_items SET title = $2, target = $3, solutions = $4, owner_organisation_id = $5,
              owner_member_id = $6, deadline = $7, updated_at = now() WHERE id = $1`,
      [id, row.title, row.target, row.solutions, row.ownerOrganisationId, row.ownerMemberId, row.deadline],
    );
  }

  /** Removes an item and renumbers the ones after it (one statement each; the position key is checked per statement). */
  async deleteItem(manager: EntityManager, programmeId: string, itemId: string, position: number): Promise<void> {
    await manager.query(`DELETE FROM action_programme_items WHERE id = $1`, [itemId]);
    await manager.query(
      `UPDATE action_programme_items SET position = position - 1 WHERE programme_id = $1 AND position > $2`,
      [programmeId, position],
    );
  }

  /** Replaces the milestones of items: `byItem` maps item id → steps. */
  async replaceMilestones(manager: EntityManager, byItem: { itemId: string; dueOn: string; description: string }[], itemIds: string[]) {
    if (itemIds.length === 0) return;
    await manager.query(`DELETE FROM action_programme_milestones WHERE item_id = ANY($1::uuid[])`, [itemIds]);
    if (byItem.length === 0) return;
    await manager.query(
      `INSERT INTO action_programme_milestones (item_id, due_on, description)
       SELECT * FROM unnest($1::uuid[], $2::date[], $3::text[])`,
      [byItem.map((m) => m.itemId), byItem.map((m) => m.dueOn), byItem.map((m) => m.description)],
    );
  }

  async setMilestoneDone(manager: EntityManager, milestoneId: string, doneOn: string | null): Promise<void> {
    await manager.query(`UPDATE action_programme_milestones SET done_on = $2 WHERE id = $1`, [milestoneId, doneOn]);
  }

  async recordProgress(
    manager: EntityManager,
    itemId: string,
    p: { status: ItemProgressStatus; evidence: string | null; reportedOn: string },
    userId: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO action_programme_item_progress (item_id, status, evidence, reported_on, reported_by) VALUES ($1, $2, $3, $4, $5)`,
      [itemId, p.status, p.evidence, p.reportedOn, userId],
    );
    // The item shows the latest report by date (a late entry for an earlier day does not hide a newer one).
    await manager.query(
      `UPDATE action_programme_items i SET status = l.status, evidence = l.evidence, progress_on = l.reported_on, updated_at = now()
         FROM (SELECT status, evidence, reported_on FROM action_programme_item_progress
                WHERE item_id = $1 ORDER BY reported_on DESC, id DESC LIMIT 1) l
        WHERE i.id = $1`,
      [itemId],
    );
  }

  // --- rules' reads -------------------------------------------------------------------

  /** An organisation by id (share-locked), for committee and owner checks. */
  async organisation(manager: EntityManager, id: string) {
    const [row] = await sql<{ id: string; path: string; kind: string; dissolvedOn: string | null; name: string }>(
      manager,
      `SELECT id, path, kind, dissolved_on AS "dissolvedOn", name FROM organisations WHERE id = $1 FOR SHARE`,
      [id],
    );
    return row;
  }

  /** Members among `ids` who take part in party life on `onDate` in the subtree `path`. */
  async membersInSubtree(manager: EntityManager, ids: string[], path: string, onDate: string): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await sql<{ id: string }>(
      manager,
      `SELECT ms.member_id AS id
         FROM memberships ms JOIN organisations o ON o.id = ms.organisation_id
        WHERE ms.member_id = ANY($1::uuid[]) AND ms.valid_from <= $3::date AND (ms.valid_to IS NULL OR ms.valid_to > $3::date)
          AND ${subtreePredicate('o.path', '$2::text')}`,
      [ids, path, onDate],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Organisations among `ids` in the subtree `path`, not dissolved. */
  async orgsInSubtree(manager: EntityManager, ids: string[], path: string): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await sql<{ id: string }>(
      manager,
      `SELECT id FROM organisations o WHERE id = ANY($1::uuid[]) AND dissolved_on IS NULL AND ${subtreePredicate('o.path', '$2::text')} FOR SHARE`,
      [ids, path],
    );
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Committees strictly below `path` that owe a programme for the campaign (kind in programme_levels, in the
   * issuer's subtree, existing on the due date) and have none issued by programme_due_on: one set-based query,
   * keyset-paginated by path.
   */
  async missing(
    campaignId: string,
    path: string,
    today: string,
    after: string | undefined,
    limit: number,
  ): Promise<(MissingActionProgramme & { path: string })[]> {
    const params: unknown[] = [campaignId, path, today];
    const afterSql = after ? `AND o.path > $${params.push(after)}::text COLLATE "C"` : '';
    return sql(
      this.m(),
      `WITH c AS (
         SELECT c.id, c.programme_due_on AS due, c.programme_levels AS levels, io.path AS issuer_path
           FROM campaigns c JOIN organisations io ON io.id = c.issuer_organisation_id
          WHERE c.id = $1 AND c.programme_required
       )
       SELECT o.id AS "organisationId", o.code AS "organisationCode", o.name AS "organisationName", o.kind AS "organisationKind",
              o.parent_id AS "parentId", o.path,
              CASE WHEN p.id IS NULL THEN 'NONE'
                   WHEN p.status IN ('DRAFT','DISCUSSED') THEN p.status
                   ELSE 'ISSUED_LATE' END AS state,
              p.id AS "programmeId", p.issued_on AS "issuedOn", c.due AS "dueOn", (c.due < $3::date) AS overdue
         FROM c
         JOIN organisations o ON o.kind = ANY(c.levels)
                             AND ${subtreePredicate('o.path', 'c.issuer_path')}
                             AND o.path > $2::text COLLATE "C" AND o.path < left($2::text, -1) || '0'
                             AND o.active_from <= c.due AND (o.dissolved_on IS NULL OR o.dissolved_on > c.due)
         LEFT JOIN action_programmes p ON p.campaign_id = c.id AND p.organisation_id = o.id
        WHERE (p.id IS NULL OR p.issued_on IS NULL OR p.issued_on > c.due) ${afterSql}
        ORDER BY o.path
        LIMIT ${limit}`,
      params,
    );
  }
}
