import { Injectable } from '@nestjs/common';
import { AccessScope, sql } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { ReportContent } from './report.types';

export type ReportJobStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';
export type SnapshotStatus = 'DRAFT' | 'SUBMITTED' | 'ACCEPTED' | 'RETURNED';

export interface ReportJobRecord {
  id: string;
  rootOrganisationId: string;
  rootPath: string;
  year: number;
  trigger: 'ON_DEMAND' | 'SCHEDULE';
  requestedBy: string | null;
  requestKey: string | null;
  status: ReportJobStatus;
  progress: number;
  attempts: number;
  snapshotId: string | null;
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export interface SnapshotRecord {
  id: string;
  rootOrganisationId: string;
  rootPath: string;
  rootCode: string;
  rootName: string;
  parentPath: string | null;
  parentId: string | null;
  year: number;
  version: number;
  status: SnapshotStatus;
  inputsHash: string;
  jobId: string | null;
  asOf: string;
  computedAt: Date;
  durationMs: number | null;
  submittedAt: Date | null;
  submittedBy: string | null;
  reviewedAt: Date | null;
  reviewedBy: string | null;
  reviewComment: string | null;
  rowCount: number;
  belowTargetCount: number;
}

const JOB_COLUMNS = `j.id, j.root_organisation_id AS "rootOrganisationId", o.path AS "rootPath", j.year, j.trigger,
  j.requested_by AS "requestedBy", j.request_key AS "requestKey", j.status, j.progress, j.attempts, j.snapshot_id AS "snapshotId",
  j.error, j.created_at AS "createdAt", j.started_at AS "startedAt", j.finished_at AS "finishedAt"`;

const SNAPSHOT_COLUMNS = `s.id, s.root_organisation_id AS "rootOrganisationId", o.path AS "rootPath", o.code AS "rootCode", o.name AS "rootName",
  po.path AS "parentPath", po.id AS "parentId", s.year, s.version, s.status, s.inputs_hash AS "inputsHash", s.job_id AS "jobId",
  to_char(s.as_of, 'YYYY-MM-DD') AS "asOf", s.computed_at AS "computedAt", s.duration_ms AS "durationMs",
  s.submitted_at AS "submittedAt", s.submitted_by AS "submittedBy", s.reviewed_at AS "reviewedAt", s.reviewed_by AS "reviewedBy",
  s.review_comment AS "reviewComment",
  (SELECT count(*) FROM report_snapshot_rows r WHERE r.snapshot_id = s.id)::int AS "rowCount",
  (SELECT count(*) FROM report_snapshot_rows r WHERE r.snapshot_id = s.id AND r.below_target)::int AS "belowTargetCount"`;

const SNAPSHOT_FROM = `report_snapshots s JOIN organisations o ON o.id = s.root_organisation_id LEFT JOIN organisations po ON po.id = o.parent_id`;

/** The only place that reads and writes report_jobs, report_snapshots and report_snapshot_rows. */
@Injectable()
export class ReportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async organisation(id: string, manager?: EntityManager) {
    const [row] = await sql<{ id: string; path: string; depth: number; parentId: string | null }>(
      this.m(manager),
      `SELECT id, path, depth, parent_id AS "parentId" FROM organisations WHERE id = $1`,
      [id],
    );
    return row;
  }

  // --- jobs ----------------------------------------------------------------------------

  async job(id: string, manager?: EntityManager, lock = false): Promise<ReportJobRecord | undefined> {
    if (lock) await this.m(manager).query(`SELECT 1 FROM report_jobs WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = await sql<ReportJobRecord>(
      this.m(manager),
      `SELECT ${JOB_COLUMNS} FROM report_jobs j JOIN organisations o ON o.id = j.root_organisation_id WHERE j.id = $1`,
      [id],
    );
    return row;
  }

  async jobByKey(key: string, manager?: EntityManager): Promise<ReportJobRecord | undefined> {
    const [row] = await sql<ReportJobRecord>(
      this.m(manager),
      `SELECT ${JOB_COLUMNS} FROM report_jobs j JOIN organisations o ON o.id = j.root_organisation_id WHERE j.request_key = $1`,
      [key],
    );
    return row;
  }

  /** An unfinished job for the root and year, if any (a request without a key joins it). */
  async activeJob(rootId: string, year: number, manager?: EntityManager): Promise<ReportJobRecord | undefined> {
    const [row] = await sql<ReportJobRecord>(
      this.m(manager),
      `SELECT ${JOB_COLUMNS} FROM report_jobs j JOIN organisations o ON o.id = j.root_organisation_id
        WHERE j.root_organisation_id = $1 AND j.year = $2 AND j.status IN ('QUEUED', 'RUNNING')
        ORDER BY j.created_at DESC LIMIT 1`,
      [rootId, year],
    );
    return row;
  }

  /** Inserts a job; with a request key already used, inserts nothing and returns undefined. */
  async insertJob(
    manager: EntityManager,
    j: { rootId: string; year: number; trigger: 'ON_DEMAND' | 'SCHEDULE'; requestedBy: string | null; requestKey: string | null },
  ): Promise<string | undefined> {
    const [row] = await manager.query(
      `INSERT INTO report_jobs (root_organisation_id, year, trigger, requested_by, request_key) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (request_key) DO NOTHING RETURNING id`,
      [j.rootId, j.year, j.trigger, j.requestedBy, j.requestKey],
    );
    return row?.id;
  }

  /** Scheduled jobs for every root organisation and each committee directly below a root, one per key. */
  async insertAnnualJobs(manager: EntityManager, year: number): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO report_jobs (root_organisation_id, year, trigger, request_key)
       SELECT o.id, $1::int, 'SCHEDULE', 'annual:' || $1::int || ':' || o.id FROM organisations o
        WHERE o.active_from <= make_date($1::int, 12, 31) AND (o.dissolved_on IS NULL OR o.dissolved_on > make_date($1::int, 1, 1))
          AND (o.depth = 0 OR (o.depth = 1 AND o.kind <> 'CELL'))
       ON CONFLICT (request_key) DO NOTHING RETURNING id`,
      [year],
    );
    return rows.map((r) => r.id);
  }

  /** Unfinished jobs of a year (to hand to the queue again: adding an existing job id is a no-op). */
  async unfinishedJobIds(year: number): Promise<string[]> {
    const rows = await sql<{ id: string }>(this.m(), `SELECT id FROM report_jobs WHERE year = $1 AND status IN ('QUEUED', 'RUNNING')`, [year]);
    return rows.map((r) => r.id);
  }

  async startJob(id: string): Promise<void> {
    await this.m().query(
      `UPDATE report_jobs SET status = 'RUNNING', attempts = attempts + 1, started_at = COALESCE(started_at, now()), error = NULL,
              progress = GREATEST(progress, 1), updated_at = now()
        WHERE id = $1 AND status <> 'DONE'`,
      [id],
    );
  }

  async setProgress(id: string, progress: number): Promise<void> {
    await this.m().query(
      `UPDATE report_jobs SET progress = $2, updated_at = now() WHERE id = $1 AND status = 'RUNNING'`,
      [id, progress],
    );
  }

  async failJob(id: string, error: string, final: boolean): Promise<void> {
    await this.m().query(
      `UPDATE report_jobs SET status = CASE WHEN $3 THEN 'FAILED' ELSE 'QUEUED' END, error = $2, updated_at = now(),
              finished_at = CASE WHEN $3 THEN now() END
        WHERE id = $1 AND status <> 'DONE'`,
      [id, error.slice(0, 2000), final],
    );
  }

  async finishJob(manager: EntityManager, id: string, snapshotId: string): Promise<void> {
    await manager.query(
      `UPDATE report_jobs SET status = 'DONE', progress = 100, snapshot_id = $2, error = NULL, finished_at = now(), updated_at = now()
        WHERE id = $1`,
      [id, snapshotId],
    );
  }

  // --- snapshots -----------------------------------------------------------------------

  /** Serialises version numbering of one root and year for the rest of the transaction. */
  async lockRootYear(manager: EntityManager, rootId: string, year: number): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('report:' || $1 || ':' || $2, 0))`, [rootId, year]);
  }

  async snapshotIdOfJob(manager: EntityManager, jobId: string): Promise<string | undefined> {
    const [row] = await sql<{ id: string }>(manager, `SELECT id FROM report_snapshots WHERE job_id = $1`, [jobId]);
    return row?.id;
  }

  /**
   * The snapshot and its rows in the caller's transaction. ON CONFLICT (job_id) DO NOTHING: a second run of the
   * same job writes nothing and gets undefined back.
   */
  async insertSnapshot(
    manager: EntityManager,
    s: { rootId: string; year: number; jobId: string; hash: string; content: ReportContent; asOf: string; durationMs: number },
  ): Promise<{ id: string; version: number } | undefined> {
    const [row] = await manager.query(
      `INSERT INTO report_snapshots (root_organisation_id, year, version, inputs_hash, content, job_id, as_of, duration_ms)
       SELECT $1, $2, COALESCE(max(version), 0) + 1, $3, $4::jsonb, $5, $6, $7 FROM report_snapshots WHERE root_organisation_id = $1 AND year = $2
       ON CONFLICT (job_id) DO NOTHING RETURNING id, version`,
      [s.rootId, s.year, s.hash, JSON.stringify(s.content), s.jobId, s.asOf, s.durationMs],
    );
    if (!row) return undefined;
    await manager.query(
      `INSERT INTO report_snapshot_rows (snapshot_id, organisation_id, depth, below_target, missed)
       SELECT $1, (r->>'organisationId')::uuid, (r->>'depth')::int, jsonb_array_length(r->'missed') > 0,
              ARRAY(SELECT jsonb_array_elements_text(r->'missed'))
         FROM report_snapshots s CROSS JOIN LATERAL jsonb_array_elements(s.content->'rows') r WHERE s.id = $1`,
      [row.id],
    );
    return row;
  }

  /** Root metrics of the latest ACCEPTED snapshot of a root and year (year-over-year comparison). */
  async acceptedRootMetrics(rootId: string, year: number, manager?: EntityManager) {
    const [row] = await sql<{ snapshotId: string; version: number; metrics: ReportContent['rows'][number]['metrics'] }>(
      this.m(manager),
      `SELECT id AS "snapshotId", version, content->'rows'->0->'metrics' AS metrics FROM report_snapshots
        WHERE root_organisation_id = $1 AND year = $2 AND status = 'ACCEPTED' ORDER BY version DESC LIMIT 1`,
      [rootId, year],
    );
    return row;
  }

  async snapshot(id: string, manager?: EntityManager, lock = false): Promise<SnapshotRecord | undefined> {
    if (lock) await this.m(manager).query(`SELECT 1 FROM report_snapshots WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = await sql<SnapshotRecord>(this.m(manager), `SELECT ${SNAPSHOT_COLUMNS} FROM ${SNAPSHOT_FROM} WHERE s.id = $1`, [id]);
    return row;
  }

  async content(id: string): Promise<ReportContent | undefined> {
    const [row] = await sql<{ content: ReportContent }>(this.m(), `SELECT content FROM report_snapshots WHERE id = $1`, [id]);
    return row?.content;
  }

  /** Snapshots of roots in the scope, newest year first, then root path, then newest version (keyset). */
  async list(f: {
    scope: AccessScope;
    rootId?: string;
    year?: number;
    status?: SnapshotStatus;
    after?: [number, string, number];
    limit: number;
  }): Promise<SnapshotRecord[]> {
    const params: unknown[] = [];
    const where = [f.scope.pathPredicate('o.path', params)];
    if (f.rootId) where.push(`s.root_organisation_id = $${params.push(f.rootId)}`);
    if (f.year) where.push(`s.year = $${params.push(f.year)}`);
    if (f.status) where.push(`s.status = $${params.push(f.status)}`);
    if (f.after) {
      const [y, path, v] = f.after;
      where.push(`(s.year < $${params.push(y)} OR (s.year = $${params.length} AND (o.path > $${params.push(path)}::text COLLATE "C"
                   OR (o.path = $${params.length} AND s.version < $${params.push(v)}))))`);
    }
    return sql(
      this.m(),
      `SELECT ${SNAPSHOT_COLUMNS} FROM ${SNAPSHOT_FROM} WHERE ${where.join(' AND ')}
        ORDER BY s.year DESC, o.path, s.version DESC LIMIT ${f.limit}`,
      params,
    );
  }

  async submit(manager: EntityManager, id: string, userId: string): Promise<void> {
    await manager.query(
      `UPDATE report_snapshots SET status = 'SUBMITTED', submitted_at = now(), submitted_by = $2 WHERE id = $1`,
      [id, userId],
    );
  }

  async review(manager: EntityManager, id: string, decision: 'ACCEPTED' | 'RETURNED', comment: string | null, userId: string): Promise<void> {
    await manager.query(
      `UPDATE report_snapshots SET status = $2, reviewed_at = now(), reviewed_by = $4, review_comment = $3 WHERE id = $1`,
      [id, decision, comment, userId],
    );
  }
}
