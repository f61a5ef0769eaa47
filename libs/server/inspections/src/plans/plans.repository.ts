import { Injectable } from '@nestjs/common';
import { AccessScope, sql, subtreePredicate } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { InspectionPick, PlanRecord, SamplingRun } from './plan.types';

const PLAN_COLUMNS = `p.id, p.organisation_id AS "organisationId", o.name AS "organisationName", o.path AS "organisationPath",
  p.year::int AS year, p.theme, p.period_from::text AS "periodFrom", p.period_to::text AS "periodTo", p.basis,
  p.share_percent::float8 AS "sharePercent", p.term_start_year::int AS "termStartYear", p.term_end_year::int AS "termEndYear",
  p.status, p.current_run_id AS "currentRunId", p.published_at AS "publishedAt", p.updated_at AS "updatedAt"`;

const RUN_COLUMNS = `r.id, r.plan_id AS "planId", r.batch_id AS "batchId", r.seed::float8 AS seed, r.status, r.summary, r.error,
  r.requested_at AS "requestedAt", r.finished_at AS "finishedAt"`;

/** An organisation as the plan rules need it. */
export interface OrgRef {
  id: string;
  name: string;
  kind: string;
  path: string;
  parentId: string | null;
  termStart: string | null;
  termEnd: string | null;
  dissolvedOn: string | null;
  children: number;
}

export interface PlanRow {
  organisationId: string;
  year: number;
  theme: string;
  periodFrom: string;
  periodTo: string;
  basis: string;
  sharePercent: number;
  termStartYear: number;
  termEndYear: number;
}

/** The only place that queries inspection_plans, inspection_sampling_runs and inspection_picks for the API. */
@Injectable()
export class PlansRepository {
  constructor(private readonly dataSource: DataSource) {}

  async org(id: string, manager: EntityManager = this.dataSource.manager): Promise<OrgRef | undefined> {
    const [row] = await sql<OrgRef>(
      manager,
      `SELECT o.id, o.name, o.kind, o.path, o.parent_id AS "parentId", o.term_start::text AS "termStart",
              o.term_end::text AS "termEnd", o.dissolved_on::text AS "dissolvedOn",
              (SELECT count(*)::int FROM organisations c WHERE c.parent_id = o.id AND c.dissolved_on IS NULL) AS children
         FROM organisations o WHERE o.id = $1`,
      [id],
    );
    return row;
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<PlanRecord | undefined> {
    const [row] = await sql<PlanRecord>(
      manager,
      `SELECT ${PLAN_COLUMNS} FROM inspection_plans p JOIN organisations o ON o.id = p.organisation_id WHERE p.id = $1
       ${lock ? 'FOR UPDATE OF p' : ''}`,
      [id],
    );
    return row;
  }

  async insert(manager: EntityManager, plan: PlanRow, createdBy: string): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO inspection_plans (organisation_id, year, theme, period_from, period_to, basis, share_percent,
                                     term_start_year, term_end_year, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [plan.organisationId, plan.year, plan.theme, plan.periodFrom, plan.periodTo, plan.basis, plan.sharePercent,
        plan.termStartYear, plan.termEndYear, createdBy],
    );
    return row.id as string;
  }

  /** Changes the settings; the picks of the earlier run no longer fit them, so the plan must be sampled again. */
  async update(manager: EntityManager, id: string, plan: PlanRow): Promise<void> {
    await manager.query(
      `UPDATE inspection_plans SET theme = $2, period_from = $3, period_to = $4, basis = $5, share_percent = $6,
              term_start_year = $7, term_end_year = $8, current_run_id = NULL, updated_at = now() WHERE id = $1`,
      [id, plan.theme, plan.periodFrom, plan.periodTo, plan.basis, plan.sharePercent, plan.termStartYear, plan.termEndYear],
    );
  }

  async publish(manager: EntityManager, id: string, userId: string): Promise<void> {
    await manager.query(
      `UPDATE inspection_plans SET status = 'PUBLISHED', published_at = now(), published_by = $2, updated_at = now() WHERE id = $1`,
      [id, userId],
    );
  }

  async list(f: { scope: AccessScope; within?: string; year?: number; status?: string; after?: [number, string]; limit: number }) {
    const params: unknown[] = [];
    const where = [f.scope.pathPredicate('o.path', params)];
    if (f.within) where.push(subtreePredicate('o.path', `$${params.push(f.within)}::text`));
    if (f.year) where.push(`p.year = $${params.push(f.year)}`);
    if (f.status) where.push(`p.status = $${params.push(f.status)}`);
    if (f.after) where.push(`(p.year, p.id) < ($${params.push(f.after[0])}::int, $${params.push(f.after[1])}::uuid)`);
    return sql<PlanRecord>(
      this.dataSource.manager,
      `SELECT ${PLAN_COLUMNS} FROM inspection_plans p JOIN organisations o ON o.id = p.organisation_id
        WHERE ${where.join(' AND ')} ORDER BY p.year DESC, p.id DESC LIMIT ${f.limit}`,
      params,
    );
  }

  /** A new run of one plan (its own batch), made the plan's current run. */
  async insertRun(manager: EntityManager, planId: string, seed: number, userId: string): Promise<string> {
    const [row] = await manager.query(
      `WITH n AS (SELECT gen_random_uuid() AS id)
       INSERT INTO inspection_sampling_runs (id, plan_id, batch_id, seed, requested_by) SELECT id, $1, id, $2, $3 FROM n RETURNING id`,
      [planId, seed, userId],
    );
    await manager.query(`UPDATE inspection_plans SET current_run_id = $2, updated_at = now() WHERE id = $1`, [planId, row.id]);
    return row.id as string;
  }

  /**
   * Every committee of the subtree (the root included) with active subordinate organisations gets a DRAFT plan for
   * the year when it has none (defaults from `defaults`, term from the organisation's own term when set); then one
   * run per DRAFT plan of those committees, all in batch `batchId`, each made its plan's current run. Set-based.
   */
  async insertSubtreeRuns(
    manager: EntityManager,
    f: { rootPath: string; year: number; defaults: Omit<PlanRow, 'organisationId' | 'year'>; seed: number; batchId: string; userId: string },
  ): Promise<{ plansCreated: number; runs: number }> {
    const d = f.defaults;
    const committees = `SELECT o.id, extract(year FROM o.term_start)::int AS ts, extract(year FROM o.term_end)::int AS te FROM organisations o
       WHERE ${subtreePredicate('o.path', '$1::text')} AND o.dissolved_on IS NULL
         AND EXISTS (SELECT 1 FROM organisations c WHERE c.parent_id = o.id AND c.dissolved_on IS NULL)`;
    const created = await manager.query(
      `INSERT INTO inspection_plans (organisation_id, year, theme, period_from, period_to, basis, share_percent,
                                     term_start_year, term_end_year, created_by)
       SELECT c.id, $2::int, $3, $4::date, $5::date, $6, $7::numeric,
              CASE WHEN c.ts <= $2::int AND c.te >= $2::int AND c.te > c.ts THEN c.ts ELSE $8::int END,
              CASE WHEN c.ts <= $2::int AND c.te >= $2::int AND c.te > c.ts THEN c.te ELSE $9::int END,
              $10::uuid
         FROM (${committees}) c
       ON CONFLICT (organisation_id, year) DO NOTHING RETURNING id`,
      [f.rootPath, f.year, d.theme, d.periodFrom, d.periodTo, d.basis, d.sharePercent, d.termStartYear, d.termEndYear, f.userId],
    );
    const runs = await manager.query(
      `WITH plans AS (
         SELECT p.id FROM inspection_plans p WHERE p.year = $2::int AND p.status = 'DRAFT' AND p.organisation_id IN (SELECT id FROM (${committees}) c)),
       ins AS (
         INSERT INTO inspection_sampling_runs (plan_id, batch_id, seed, requested_by)
         SELECT id, $3::uuid, $4::bigint, $5::uuid FROM plans RETURNING id, plan_id)
       UPDATE inspection_plans p SET current_run_id = ins.id, updated_at = now() FROM ins WHERE p.id = ins.plan_id RETURNING p.id`,
      [f.rootPath, f.year, f.batchId, f.seed, f.userId],
    );
    return { plansCreated: created.length, runs: runs.length };
  }

  async batch(batchId: string) {
    const [row] = await sql<{ runs: number; done: number; failed: number; rootPath: string | null }>(
      this.dataSource.manager,
      `SELECT count(*)::int AS runs, count(*) FILTER (WHERE r.status = 'DONE')::int AS done,
              count(*) FILTER (WHERE r.status = 'FAILED')::int AS failed, min(o.path) AS "rootPath"
         FROM inspection_sampling_runs r JOIN inspection_plans p ON p.id = r.plan_id JOIN organisations o ON o.id = p.organisation_id
        WHERE r.batch_id = $1`,
      [batchId],
    );
    return row;
  }

  async findRun(id: string, manager: EntityManager = this.dataSource.manager): Promise<(Omit<SamplingRun, 'picks'> & { organisationPath: string }) | undefined> {
    const [row] = await sql<Omit<SamplingRun, 'picks'> & { organisationPath: string }>(
      manager,
      `SELECT ${RUN_COLUMNS}, o.path AS "organisationPath" FROM inspection_sampling_runs r
         JOIN inspection_plans p ON p.id = r.plan_id JOIN organisations o ON o.id = p.organisation_id WHERE r.id = $1`,
      [id],
    );
    return row;
  }

  async runsOfPlan(planId: string): Promise<Omit<SamplingRun, 'picks'>[]> {
    return sql(this.dataSource.manager, `SELECT ${RUN_COLUMNS} FROM inspection_sampling_runs r WHERE r.plan_id = $1 ORDER BY r.requested_at DESC, r.id LIMIT 50`, [planId]);
  }

  async picks(runId: string): Promise<InspectionPick[]> {
    return sql<InspectionPick>(
      this.dataSource.manager,
      `SELECT k.organisation_id AS "organisationId", o.code, o.name, k.stratum, k.rank, k.forced, k.reasons
         FROM inspection_picks k JOIN organisations o ON o.id = k.organisation_id WHERE k.run_id = $1 ORDER BY k.rank`,
      [runId],
    );
  }
}
