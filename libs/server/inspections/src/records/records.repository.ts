import { Injectable } from '@nestjs/common';
import { AccessScope, sql, subtreePredicate } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { AddFollowUpInput, AddViolationInput, CreateInspectionRecordInput, UpdateFollowUpInput } from './record.dto';
import { InspectionFollowUp, InspectionViolation, RecordRow } from './record.types';

const RECORD_COLUMNS = `r.id, r.inspecting_organisation_id AS "inspectingOrganisationId", io.name AS "inspectingOrganisationName",
  io.path AS "inspectingPath", r.organisation_id AS "organisationId", o.name AS "organisationName", o.path AS "organisationPath",
  r.plan_id AS "planId", r.title, r.scope, r.started_on::text AS "startedOn", r.ended_on::text AS "endedOn", r.team, r.findings,
  r.conclusion, r.recommendations, r.updated_at AS "updatedAt"`;
const RECORD_FROM = `inspection_records r JOIN organisations o ON o.id = r.organisation_id JOIN organisations io ON io.id = r.inspecting_organisation_id`;

/** OVERDUE is derived: due date passed (calendar date in Asia/Ho_Chi_Minh) and not DONE. */
const FOLLOW_UP_COLUMNS = `f.id, f.record_id AS "recordId", f.description, f.responsible, f.due_on::text AS "dueOn",
  CASE WHEN f.status <> 'DONE' AND f.due_on < (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date THEN 'OVERDUE' ELSE f.status END AS status,
  f.done_on::text AS "doneOn", f.note`;

export interface RecordContent {
  scope?: string;
  endedOn?: string | null;
  team?: unknown[];
  findings?: string | null;
  conclusion?: string | null;
  recommendations?: string | null;
}

/** The only place that queries inspection_records, inspection_violations and inspection_follow_ups. */
@Injectable()
export class RecordsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findById(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<RecordRow | undefined> {
    const [row] = await sql<RecordRow>(manager, `SELECT ${RECORD_COLUMNS} FROM ${RECORD_FROM} WHERE r.id = $1 ${lock ? 'FOR UPDATE OF r' : ''}`, [id]);
    return row;
  }

  async insert(manager: EntityManager, input: CreateInspectionRecordInput, createdBy: string): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO inspection_records (inspecting_organisation_id, organisation_id, plan_id, title, scope, started_on, ended_on,
                                       team, findings, conclusion, recommendations, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12) RETURNING id`,
      [input.inspectingOrganisationId, input.organisationId, input.planId ?? null, input.title, input.scope, input.startedOn,
        input.endedOn ?? null, JSON.stringify(input.team.map((m) => ({ fullName: m.fullName, role: m.role, memberId: m.memberId ?? null }))),
        input.findings ?? null, input.conclusion ?? null, input.recommendations ?? null, createdBy],
    );
    return row.id as string;
  }

  async update(manager: EntityManager, id: string, c: RecordContent): Promise<void> {
    await manager.query(
      `UPDATE inspection_records SET scope = $2, ended_on = $3, team = $4::jsonb, findings = $5, conclusion = $6, recommendations = $7,
              updated_at = now() WHERE id = $1`,
      [id, c.scope, c.endedOn ?? null, JSON.stringify(c.team), c.findings ?? null, c.conclusion ?? null, c.recommendations ?? null],
    );
  }

  async list(f: { scope: AccessScope; within?: string; year?: number; planId?: string; after?: [string, string]; limit: number }): Promise<RecordRow[]> {
    const params: unknown[] = [];
    const where = [f.scope.pathPredicate('o.path', params)];
    if (f.within) where.push(subtreePredicate('o.path', `$${params.push(f.within)}::text`));
    if (f.year) where.push(`r.started_on >= make_date($${params.push(f.year)}::int, 1, 1) AND r.started_on < make_date($${params.length}::int + 1, 1, 1)`);
    if (f.planId) where.push(`r.plan_id = $${params.push(f.planId)}::uuid`);
    if (f.after) where.push(`(r.started_on, r.id) < ($${params.push(f.after[0])}::date, $${params.push(f.after[1])}::uuid)`);
    return sql<RecordRow>(
      this.dataSource.manager,
      `SELECT ${RECORD_COLUMNS} FROM ${RECORD_FROM} WHERE ${where.join(' AND ')} ORDER BY r.started_on DESC, r.id DESC LIMIT ${f.limit}`,
      params,
    );
  }

  /** Violations of the records, by record (one query for a page). */
  async violations(recordIds: string[]): Promise<(InspectionViolation & { recordId: string })[]> {
    return sql(
      this.dataSource.manager,
      `SELECT v.id, v.record_id AS "recordId", v.subject_kind AS "subjectKind", v.member_id AS "memberId", m.full_name AS "memberName",
              v.organisation_id AS "organisationId", o.name AS "organisationName", v.description, v.discipline,
              v.decided_on::text AS "decidedOn", v.basis
         FROM inspection_violations v LEFT JOIN members m ON m.id = v.member_id LEFT JOIN organisations o ON o.id = v.organisation_id
        WHERE v.record_id = ANY($1::uuid[]) ORDER BY v.created_at, v.id`,
      [recordIds],
    );
  }

  async followUps(recordIds: string[]): Promise<InspectionFollowUp[]> {
    return sql(
      this.dataSource.manager,
      `SELECT ${FOLLOW_UP_COLUMNS} FROM inspection_follow_ups f WHERE f.record_id = ANY($1::uuid[]) ORDER BY f.due_on, f.id`,
      [recordIds],
    );
  }

  async insertViolation(manager: EntityManager, recordId: string, v: AddViolationInput): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO inspection_violations (record_id, subject_kind, member_id, organisation_id, description, discipline, decided_on, basis)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [recordId, v.subjectKind, v.memberId ?? null, v.organisationId ?? null, v.description, v.discipline ?? null, v.decidedOn ?? null, v.basis ?? null],
    );
    return row.id as string;
  }

  async insertFollowUp(manager: EntityManager, recordId: string, f: AddFollowUpInput): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO inspection_follow_ups (record_id, description, responsible, due_on) VALUES ($1, $2, $3, $4) RETURNING id`,
      [recordId, f.description, f.responsible ?? null, f.dueOn],
    );
    return row.id as string;
  }

  async followUpRecordId(id: string, manager: EntityManager): Promise<string | undefined> {
    const [row] = await manager.query(`SELECT record_id AS "recordId" FROM inspection_follow_ups WHERE id = $1 FOR UPDATE`, [id]);
    return row?.recordId as string | undefined;
  }

  async updateFollowUp(manager: EntityManager, id: string, f: UpdateFollowUpInput, doneOn: string | null): Promise<void> {
    await manager.query(
      `UPDATE inspection_follow_ups SET status = $2, done_on = $3, note = coalesce($4, note), updated_at = now() WHERE id = $1`,
      [id, f.status, doneOn, f.note ?? null],
    );
  }

  async listFollowUps(f: { scope: AccessScope; within?: string; status?: string; after?: [string, string]; limit: number }): Promise<InspectionFollowUp[]> {
    const params: unknown[] = [];
    const inner = [f.scope.pathPredicate('o.path', params)];
    if (f.within) inner.push(subtreePredicate('o.path', `$${params.push(f.within)}::text`));
    const outer = ['true'];
    if (f.status) outer.push(`x.status = $${params.push(f.status)}`);
    if (f.after) outer.push(`(x."dueOn", x.id) > ($${params.push(f.after[0])}::text, $${params.push(f.after[1])}::uuid)`);
    return sql(
      this.dataSource.manager,
      `SELECT * FROM (
         SELECT ${FOLLOW_UP_COLUMNS} FROM inspection_follow_ups f JOIN inspection_records r ON r.id = f.record_id
           JOIN organisations o ON o.id = r.organisation_id WHERE ${inner.join(' AND ')}) x
        WHERE ${outer.join(' AND ')} ORDER BY x."dueOn", x.id LIMIT ${f.limit}`,
      params,
    );
  }

  /** The organisation with its path (violations' subjects, plan targets). */
  async orgPath(id: string, manager: EntityManager): Promise<{ path: string; parentId: string | null } | undefined> {
    const [row] = await manager.query(`SELECT path, parent_id AS "parentId" FROM organisations WHERE id = $1`, [id]);
    return row;
  }

  /** Where a member takes part in party life today (path), for violations. */
  async memberPath(id: string, manager: EntityManager): Promise<string | undefined> {
    const [row] = await manager.query(
      `SELECT o.path FROM members m JOIN organisations o ON o.id = m.organisation_id WHERE m.id = $1`,
      [id],
    );
    return row?.path as string | undefined;
  }

  async planCommittee(planId: string, manager: EntityManager): Promise<string | undefined> {
    const [row] = await manager.query(`SELECT organisation_id AS id FROM inspection_plans WHERE id = $1`, [planId]);
    return row?.id as string | undefined;
  }
}
