import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '@qt/server-audit';
import { AppException, toCalendarDate } from '@qt/server-core';
import { DataSource } from 'typeorm';
import { ReportContent } from '../report.types';
import { ReportsRepository } from '../reports.repository';
import { buildRows, Figures, inputsHash } from './report-builder';
import { ReportFiguresRepository } from './report-figures.repository';

export interface ComputeResult {
  snapshotId: string;
  /** False when the job had already written its snapshot (a retry after a crash): nothing was written. */
  created: boolean;
  durationMs: number;
}

/** The as-of date of a year's report: 31/12 of the year, or today while the year runs. */
export function reportAsOf(year: number, today = toCalendarDate()): string {
  const end = `${year}-12-31`;
  return today < end ? today : end;
}

/**
 * Computes a report job's snapshot (worker side). Idempotent: the figures are read first (read-only); the
 * snapshot, its rows and the job's DONE state are written in ONE transaction, the snapshot with
 * ON CONFLICT (job_id) DO NOTHING — a retry after a crash, or a second worker on the same job, finds the
 * snapshot already there and only finishes the job row. Never a second snapshot, never a half-written one.
 */
@Injectable()
export class ReportComputeService {
  private readonly logger = new Logger(ReportComputeService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: ReportsRepository,
    private readonly figures: ReportFiguresRepository,
    private readonly audit: AuditService,
  ) {}

  async run(jobId: string, progress: (percent: number) => Promise<void> = async () => undefined): Promise<ComputeResult> {
    const started = Date.now();
    const job = await this.repo.job(jobId);
    if (!job) throw AppException.notFound('Report job');
    if (job.status === 'DONE' && job.snapshotId) return { snapshotId: job.snapshotId, created: false, durationMs: 0 };
    const existing = await this.repo.snapshotIdOfJob(this.dataSource.manager, jobId);
    if (existing) return this.finishExisting(jobId, existing, progress);

    await this.repo.startJob(jobId);
    await progress(5);
    const asOf = reportAsOf(job.year);
    const content = await this.compute(job.rootOrganisationId, job.rootPath, job.year, asOf, progress);
    const hash = inputsHash(content.rows);
    const durationMs = Date.now() - started;

    const snapshotId = await this.dataSource.transaction(async (manager) => {
      await this.repo.job(jobId, manager, true);
      await this.repo.lockRootYear(manager, job.rootOrganisationId, job.year);
      const inserted = await this.repo.insertSnapshot(manager, {
        rootId: job.rootOrganisationId, year: job.year, jobId, hash, content, asOf, durationMs,
      });
      const id = inserted?.id ?? ((await this.repo.snapshotIdOfJob(manager, jobId)) as string);
      await this.repo.finishJob(manager, jobId, id);
      if (inserted) {
        await this.audit.record(manager, null, {
          action: 'report.compute', entityType: 'report_snapshot', entityId: id, organisationId: job.rootOrganisationId,
          after: { year: job.year, version: inserted.version, jobId, inputsHash: hash, rows: content.rows.length },
        });
      }
      return id;
    });
    await progress(100);
    this.logger.log(`Report ${job.year} of ${job.rootOrganisationId}: ${content.rows.length} rows in ${Date.now() - started} ms`);
    return { snapshotId, created: true, durationMs: Date.now() - started };
  }

  private async finishExisting(jobId: string, snapshotId: string, progress: (p: number) => Promise<void>): Promise<ComputeResult> {
    await this.dataSource.transaction((manager) => this.repo.finishJob(manager, jobId, snapshotId));
    await progress(100);
    return { snapshotId, created: false, durationMs: 0 };
  }

  /** The figures of every organisation of the subtree: one statement per fact family, then the roll-up. */
  async compute(
    rootId: string,
    rootPath: string,
    year: number,
    asOf: string,
    progress: (percent: number) => Promise<void> = async () => undefined,
  ): Promise<ReportContent> {
    const m = this.dataSource.manager;
    const orgs = await this.figures.organisations(m, rootPath, year, asOf);
    await progress(10);
    const study = await this.figures.study(m, rootPath, year, asOf);
    await progress(45);
    const programmes = await this.figures.programmes(m, rootPath, year, asOf);
    const personalPlans = await this.figures.personalPlans(m, rootPath, year, asOf);
    await progress(60);
    const sessions = await this.figures.sessions(m, rootPath, year, asOf);
    const speakers = await this.figures.speakers(m, rootPath, year, asOf);
    await progress(70);
    const cells = await this.figures.cells(m, rootPath, year, asOf);
    await progress(80);
    const ratings = await this.figures.ratings(m, rootPath, year, asOf);
    const inspections = await this.figures.inspections(m, rootPath, year, asOf);
    const f: Figures = { study, programmes, personalPlans, sessions, speakers, cells, ratings, inspections };
    const rows = buildRows(rootId, orgs, f);
    await progress(90);
    const previous = await this.repo.acceptedRootMetrics(rootId, year - 1);
    return {
      year,
      rootOrganisationId: rootId,
      rows,
      previousYear: previous ? { snapshotId: previous.snapshotId, version: previous.version, metrics: previous.metrics } : null,
      asOf,
      inspectionsAvailable: inspections !== null,
    };
  }
}
