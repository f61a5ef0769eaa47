import { Injectable } from '@nestjs/common';
import { sql } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { Pick, SamplingCandidate } from './sampling';

export interface RunToSample {
  runId: string;
  planId: string;
  year: number;
  termStartYear: number;
  termEndYear: number;
  sharePercent: number;
  seed: number;
}

export interface CandidateRow extends SamplingCandidate {
  runId: string;
}

export interface RunResult {
  runId: string;
  picks: Pick[];
  summary: object;
}

const CHUNK = 2000;

/**
 * Worker-side SQL of the sampling: set-based for a whole batch (every committee of a tree at once), never a query
 * per organisation. History of an organisation = its inspection records and its picks in the current run of
 * published plans, before 1 January of the plan year (so a re-run gives the same picks).
 */
@Injectable()
export class SamplingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs of the batch whose plan is still DRAFT. */
  async runs(batchId: string): Promise<RunToSample[]> {
    return sql<RunToSample>(
      this.dataSource.manager,
      `SELECT r.id AS "runId", p.id AS "planId", p.year::int AS year, p.term_start_year::int AS "termStartYear",
              p.term_end_year::int AS "termEndYear", p.share_percent::float8 AS "sharePercent", r.seed::float8 AS seed
         FROM inspection_sampling_runs r JOIN inspection_plans p ON p.id = r.plan_id
        WHERE r.batch_id = $1 AND p.status = 'DRAFT'`,
      [batchId],
    );
  }

  /**
   * Directly subordinate organisations of every plan of the batch, active during the plan period, with their
   * history (two statements for the whole batch: planners misjudge a batch's size, so the history is asked for an
   * explicit array of ids, which they estimate well).
   */
  async candidates(batchId: string): Promise<CandidateRow[]> {
    const rows = await sql<{ runId: string; id: string; kind: string; year: number; termStartYear: number }>(
      this.dataSource.manager,
      `SELECT r.id AS "runId", o.id, o.kind, p.year::int AS year, p.term_start_year::int AS "termStartYear"
         FROM inspection_sampling_runs r JOIN inspection_plans p ON p.id = r.plan_id
         JOIN organisations o ON o.parent_id = p.organisation_id
        WHERE r.batch_id = $1 AND p.status = 'DRAFT'
          AND o.active_from <= p.period_to AND (o.dissolved_on IS NULL OR o.dissolved_on > p.period_from)`,
      [batchId],
    );
    const history = await sql<{ organisationId: string; onDate: string }>(
      this.dataSource.manager,
      `SELECT rec.organisation_id AS "organisationId", rec.started_on::text AS "onDate"
         FROM inspection_records rec WHERE rec.organisation_id = ANY($1::uuid[])
       UNION ALL
       SELECT k.organisation_id, pl.period_from::text
         FROM inspection_picks k JOIN inspection_plans pl ON pl.current_run_id = k.run_id AND pl.status = 'PUBLISHED'
        WHERE k.organisation_id = ANY($1::uuid[])`,
      [[...new Set(rows.map((r) => r.id))]],
    );
    const byOrg = new Map<string, string[]>();
    for (const h of history) byOrg.set(h.organisationId, [...(byOrg.get(h.organisationId) ?? []), h.onDate]);
    return rows.map((r) => {
      // Only what happened before the plan year counts, so a re-run later in the year picks the same.
      const before = (byOrg.get(r.id) ?? []).filter((d) => d < `${r.year}-01-01`);
      return {
        runId: r.runId,
        id: r.id,
        kind: r.kind,
        lastInspectedOn: before.length ? before.reduce((a, b) => (a > b ? a : b)) : null,
        inspectedInTerm: before.some((d) => d >= `${r.termStartYear}-01-01`),
      };
    });
  }

  /** Whether the reports module's snapshot rows exist (migration 1732500800000-reports). */
  async reportsPresent(): Promise<boolean> {
    const [row] = await sql<{ present: boolean }>(this.dataSource.manager, `SELECT to_regclass('report_snapshot_rows') IS NOT NULL AS present`);
    return row.present;
  }

  /** Below-target flags of the organisations in the latest snapshot of the year that holds them. */
  async belowTarget(ids: string[], year: number): Promise<Map<string, { belowTarget: boolean; missed: string[] }>> {
    const rows = await sql<{ organisationId: string; belowTarget: boolean; missed: string[] | null }>(
      this.dataSource.manager,
      `SELECT DISTINCT ON (sr.organisation_id) sr.organisation_id AS "organisationId", sr.below_target AS "belowTarget", sr.missed
         FROM report_snapshot_rows sr JOIN report_snapshots s ON s.id = sr.snapshot_id
        WHERE s.year = $2 AND sr.organisation_id = ANY($1::uuid[])
        ORDER BY sr.organisation_id, s.computed_at DESC, s.version DESC`,
      [ids, year],
    );
    return new Map(rows.map((r) => [r.organisationId, { belowTarget: r.belowTarget, missed: r.missed ?? [] }]));
  }

  /** Replaces the picks of the runs and marks them DONE, in one transaction. */
  async write(results: RunResult[]): Promise<void> {
    await this.dataSource.transaction(async (manager: EntityManager) => {
      const runIds = results.map((r) => r.runId);
      await manager.query(`SELECT 1 FROM inspection_sampling_runs WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [runIds]);
      await manager.query(`DELETE FROM inspection_picks WHERE run_id = ANY($1::uuid[])`, [runIds]);
      const rows = results.flatMap((r) => r.picks.map((p) => ({ runId: r.runId, ...p })));
      for (let i = 0; i < rows.length; i += CHUNK) {
        const chunk = rows.slice(i, i + CHUNK);
        await manager.query(
          `INSERT INTO inspection_picks (run_id, organisation_id, stratum, rank, forced, reasons)
           SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::boolean[], $6::jsonb[])`,
          [chunk.map((p) => p.runId), chunk.map((p) => p.organisationId), chunk.map((p) => p.stratum), chunk.map((p) => p.rank),
            chunk.map((p) => p.forced), chunk.map((p) => JSON.stringify(p.reasons))],
        );
      }
      for (let i = 0; i < results.length; i += CHUNK) {
        const chunk = results.slice(i, i + CHUNK);
        await manager.query(
          `UPDATE inspection_sampling_runs r SET status = 'DONE', error = NULL, finished_at = now(),
                  summary = t.summary, candidate_count = (t.summary->>'candidates')::int, pick_count = (t.summary->>'picked')::int
             FROM unnest($1::uuid[], $2::jsonb[]) AS t(id, summary) WHERE r.id = t.id`,
          [chunk.map((r) => r.runId), chunk.map((r) => JSON.stringify(r.summary))],
        );
      }
    });
  }

  async fail(batchId: string, error: string): Promise<void> {
    await this.dataSource.manager.query(
      `UPDATE inspection_sampling_runs SET status = 'FAILED', error = $2, finished_at = now() WHERE batch_id = $1 AND status = 'QUEUED'`,
      [batchId, error.slice(0, 1000)],
    );
  }
}
