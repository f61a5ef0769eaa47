import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '@qt/server-audit';
import {
  AccessScope,
  AppException,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  ErrorCode,
  JOBS,
  Page,
  POLICIES,
  QUEUES,
  recordDomainEvent,
  sql,
  toCalendarDate,
  toPage,
} from '@qt/server-core';
import { Role } from '@qt/shared-domain';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AcceptReportInput, GenerateReportInput, ReportRowsArgs, ReportsArgs, ReturnReportInput } from './report.dto';
import {
  ReportJob,
  ReportJobStatus,
  ReportMetric,
  ReportRow,
  ReportSnapshot,
  ReportSnapshotStatus,
  ReportSnapshotSummary,
} from './report-api.types';
import { MetricValue, REPORT_METRIC_KEYS, REPORT_METRIC_LABELS, ReportMetricKey, ReportOrganisationRow } from './report.types';
import { ReportJobRecord, ReportsRepository, SnapshotRecord } from './reports.repository';

/** Enqueues the computation of a report job; the BullMQ job id is the report_jobs id (adding it twice is a no-op). */
export async function enqueueReportJob(queue: Queue, jobId: string): Promise<void> {
  await queue.add(JOBS.computeAnnualReport, { jobId }, { jobId });
}

/** GraphQL/OpenAPI shape of the stored metrics, in REPORT_METRIC_KEYS order. */
export function toMetrics(metrics: Record<ReportMetricKey, MetricValue>): ReportMetric[] {
  return REPORT_METRIC_KEYS.filter((k) => metrics[k]).map((key) => ({ key, label: REPORT_METRIC_LABELS[key], ...metrics[key] }));
}

const counts = (c: Record<string, number> | undefined) => Object.entries(c ?? {}).map(([key, count]) => ({ key, count }));

export function toReportRow(r: ReportOrganisationRow): ReportRow {
  return {
    organisationId: r.organisationId,
    parentId: r.parentId,
    code: r.code,
    name: r.name,
    kind: r.kind,
    depth: r.depth,
    metrics: toMetrics(r.metrics),
    missed: r.missed,
    campaigns: r.campaigns,
    essayGrades: counts(r.essayGrades),
    speakersByLevel: counts(r.speakersByLevel),
    organisationRatings: counts(r.ratings?.organisations),
    memberRatings: counts(r.ratings?.members),
    cellMeetingsLate: r.cellMeetings?.late ?? 0,
  };
}

const SUBMIT_ROLES = new Set<Role>(POLICIES['report.submit'].roles);

/**
 * Annual compliance reports (báo cáo kết quả học tập, quán triệt), domain.md §10. Rules kept here:
 * - generating needs the root in the caller's scope; an Idempotency-Key / requestKey makes the request
 *   idempotent (same key → same job; the same key for another root or year → 422); without a key, a request
 *   while a job for the same root and year is still unfinished joins that job;
 * - a snapshot is read by staff whose scope covers its root (so the parent committee reads what it reviews);
 * - submit: DRAFT → SUBMITTED, by a role held AT the root organisation (ADMIN also above it), and only when no
 *   other version of that root and year is SUBMITTED or ACCEPTED;
 * - accept / return: SUBMITTED → ACCEPTED | RETURNED, by a scope covering the root's PARENT (never the root
 *   itself); returning needs a comment. A returned report is corrected by recomputing (a new version).
 * - submitted snapshots never change (the database refuses too); report.submitted / report.accepted domain
 *   events are recorded in the transaction of the change.
 */
@Injectable()
export class ReportsService {
  private readonly logger = new Logger(ReportsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: ReportsRepository,
    private readonly audit: AuditService,
    @InjectQueue(QUEUES.reports) private readonly queue: Queue,
  ) {}

  async generate(scope: AccessScope, input: GenerateReportInput, idempotencyKey?: string): Promise<ReportJob> {
    const root = await this.repo.organisation(input.rootOrganisationId);
    if (!root) throw AppException.unprocessable('rootOrganisationId is not an existing organisation', 'rootOrganisationId');
    scope.assertPath(root.path);
    const thisYear = Number(toCalendarDate().slice(0, 4));
    if (input.year > thisYear) throw AppException.unprocessable(`year cannot be after ${thisYear}`, 'year');
    if (idempotencyKey !== undefined && !/^[A-Za-z0-9._:-]{8,255}$/.test(idempotencyKey)) {
      throw AppException.badInput('Idempotency-Key must be 8-255 characters of A-Z a-z 0-9 . _ : -', 'Idempotency-Key');
    }
    const key = idempotencyKey ?? input.requestKey;
    const requestKey = key ? `user:${scope.actor.userId}:${key}` : null;

    const { jobId, created } = await this.dataSource.transaction(async (manager) => {
      if (!requestKey) {
        const active = await this.repo.activeJob(root.id, input.year, manager);
        if (active) return { jobId: active.id, created: false };
      }
      const id = await this.repo.insertJob(manager, {
        rootId: root.id, year: input.year, trigger: 'ON_DEMAND', requestedBy: scope.actor.userId, requestKey,
      });
      if (!id) {
        const existing = (await this.repo.jobByKey(requestKey as string, manager)) as ReportJobRecord;
        if (existing.rootOrganisationId !== root.id || existing.year !== input.year) {
          throw new AppException(ErrorCode.UNPROCESSABLE, 'This Idempotency-Key was already used for another report request', [
            { field: 'Idempotency-Key', messages: ['reused with a different root organisation or year'] },
          ]);
        }
        return { jobId: existing.id, created: false };
      }
      await this.audit.record(manager, scope.actor, {
        action: 'report.generate', entityType: 'report_job', entityId: id, organisationId: root.id, after: { year: input.year },
      });
      return { jobId: id, created: true };
    });
    const job = (await this.repo.job(jobId)) as ReportJobRecord;
    // After the commit: the worker must find the row. A replay re-adds a job still QUEUED (a no-op when BullMQ
    // still holds it), so a request whose first enqueue failed is not stranded.
    if (created || job.status === 'QUEUED') await enqueueReportJob(this.queue, jobId);
    return toJob(job);
  }

  async job(scope: AccessScope, id: string): Promise<ReportJob> {
    const job = await this.repo.job(id);
    if (!job) throw AppException.notFound('Report job');
    scope.assertPath(job.rootPath);
    return toJob(job);
  }

  async list(scope: AccessScope, args: ReportsArgs): Promise<Page<ReportSnapshotSummary>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    if (args.rootOrganisationId) {
      const root = await this.repo.organisation(args.rootOrganisationId);
      if (!root) throw AppException.unprocessable('rootOrganisationId is not an existing organisation', 'rootOrganisationId');
      scope.assertPath(root.path);
    }
    const rows = await this.repo.list({
      scope,
      rootId: args.rootOrganisationId,
      year: args.year,
      status: args.status,
      after: decodeCursor(args.after, ['number', 'string', 'number']) as [number, string, number] | undefined,
      limit: first + 1,
    });
    const page = toPage(rows, first, (s) => [s.year, s.rootPath, s.version]);
    return { ...page, nodes: page.nodes.map(toSummary) };
  }

  async get(scope: AccessScope, id: string): Promise<ReportSnapshot> {
    const s = await this.readable(scope, id);
    return this.withContent(s);
  }

  /** Rows of a snapshot in tree order, filtered in SQL over the stored content (cursor = position in the tree). */
  async rows(scope: AccessScope, snapshotId: string, args: ReportRowsArgs): Promise<Page<ReportRow>> {
    await this.readable(scope, snapshotId);
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(args.after, ['number']) as [number] | undefined;
    const params: unknown[] = [snapshotId, after?.[0] ?? 0];
    const where = [`x.ord > $2`];
    if (args.belowTargetOnly) where.push(`jsonb_array_length(x.r->'missed') > 0`);
    if (args.maxDepth !== undefined) where.push(`(x.r->>'depth')::int <= $${params.push(args.maxDepth)}`);
    if (args.parentId) where.push(`x.r->>'parentId' = $${params.push(args.parentId)}`);
    const rows = await sql<{ r: ReportOrganisationRow; ord: string }>(
      this.dataSource.manager,
      `SELECT x.r, x.ord FROM report_snapshots s CROSS JOIN LATERAL jsonb_array_elements(s.content->'rows') WITH ORDINALITY AS x(r, ord)
        WHERE s.id = $1 AND ${where.join(' AND ')} ORDER BY x.ord LIMIT ${first + 1}`,
      params,
    );
    const page = toPage(rows, first, (row) => [Number(row.ord)]);
    return { ...page, nodes: page.nodes.map((row) => toReportRow(row.r)) };
  }

  async submit(scope: AccessScope, id: string): Promise<ReportSnapshot> {
    await this.dataSource.transaction(async (manager) => {
      const s = await this.locked(scope, id, manager);
      const atRoot = scope.actor.grants.some(
        (g) => SUBMIT_ROLES.has(g.role) && (g.organisationPath === s.rootPath || (g.role === Role.ADMIN && s.rootPath.startsWith(g.organisationPath))),
      );
      if (!atRoot) throw AppException.forbidden("Only the report root's own staff submit its report");
      if (s.status !== ReportSnapshotStatus.DRAFT) throw AppException.unprocessable(`The report is already ${s.status}`, 'status');
      const [other] = await sql<{ version: number; status: string }>(
        manager,
        `SELECT version, status FROM report_snapshots WHERE root_organisation_id = $1 AND year = $2 AND id <> $3
            AND status IN ('SUBMITTED', 'ACCEPTED') LIMIT 1`,
        [s.rootOrganisationId, s.year, s.id],
      );
      if (other) throw AppException.unprocessable(`Version ${other.version} of this report is already ${other.status}`, 'status');
      await this.repo.submit(manager, id, scope.actor.userId);
      await recordDomainEvent(manager, {
        type: 'report.submitted', organisationId: s.rootOrganisationId, dedupeKey: `report.submitted:${id}`,
        data: { snapshotId: id, rootOrganisationId: s.rootOrganisationId, year: s.year, version: s.version, parentOrganisationId: s.parentId },
      });
      await this.audit.record(manager, scope.actor, {
        action: 'report.submit', entityType: 'report_snapshot', entityId: id, organisationId: s.rootOrganisationId,
        before: { status: s.status }, after: { status: 'SUBMITTED' },
      });
    });
    return this.get(scope, id);
  }

  async accept(scope: AccessScope, id: string, input: AcceptReportInput): Promise<ReportSnapshot> {
    return this.review(scope, id, 'ACCEPTED', input.comment ?? null);
  }

  async return(scope: AccessScope, id: string, input: ReturnReportInput): Promise<ReportSnapshot> {
    return this.review(scope, id, 'RETURNED', input.comment);
  }

  private async review(scope: AccessScope, id: string, decision: 'ACCEPTED' | 'RETURNED', comment: string | null): Promise<ReportSnapshot> {
    await this.dataSource.transaction(async (manager) => {
      const s = await this.locked(scope, id, manager);
      if (!s.parentPath) throw AppException.unprocessable('The root organisation has no parent committee in the system to review its report');
      // The PARENT decides: staff of the root itself (scope covering only the root's subtree) are refused.
      if (!scope.coversPath(s.parentPath)) throw AppException.forbidden('Only the parent committee accepts or returns this report');
      if (s.status !== ReportSnapshotStatus.SUBMITTED) {
        throw AppException.unprocessable(`Only a SUBMITTED report can be reviewed; this one is ${s.status}`, 'status');
      }
      await this.repo.review(manager, id, decision, comment, scope.actor.userId);
      if (decision === 'ACCEPTED') {
        await recordDomainEvent(manager, {
          type: 'report.accepted', organisationId: s.rootOrganisationId, dedupeKey: `report.accepted:${id}`,
          data: { snapshotId: id, rootOrganisationId: s.rootOrganisationId, year: s.year, version: s.version, parentOrganisationId: s.parentId },
        });
      }
      await this.audit.record(manager, scope.actor, {
        action: decision === 'ACCEPTED' ? 'report.accept' : 'report.return', entityType: 'report_snapshot', entityId: id,
        organisationId: s.rootOrganisationId, before: { status: s.status }, after: { status: decision, comment },
      });
    });
    return this.get(scope, id);
  }

  private async readable(scope: AccessScope, id: string): Promise<SnapshotRecord> {
    const s = await this.repo.snapshot(id);
    if (!s) throw AppException.notFound('Report snapshot');
    scope.assertPath(s.rootPath);
    return s;
  }

  private async locked(scope: AccessScope, id: string, manager: Parameters<ReportsRepository['snapshot']>[1]): Promise<SnapshotRecord> {
    const s = await this.repo.snapshot(id, manager, true);
    if (!s) throw AppException.notFound('Report snapshot');
    scope.assertPath(s.rootPath);
    return s;
  }

  private async withContent(s: SnapshotRecord): Promise<ReportSnapshot> {
    const [c] = await sql<{ root: ReportOrganisationRow; previousYear: { snapshotId: string; version: number; metrics: Record<ReportMetricKey, MetricValue> } | null; inspectionsAvailable: boolean | null }>(
      this.dataSource.manager,
      `SELECT content->'rows'->0 AS root, content->'previousYear' AS "previousYear",
              (content->>'inspectionsAvailable')::boolean AS "inspectionsAvailable"
         FROM report_snapshots WHERE id = $1`,
      [s.id],
    );
    const prev = c.previousYear && typeof c.previousYear === 'object' ? c.previousYear : null;
    return {
      ...toSummary(s),
      root: toReportRow(c.root),
      previousYear: prev ? { snapshotId: prev.snapshotId, version: prev.version, metrics: toMetrics(prev.metrics) } : null,
      inspectionsAvailable: c.inspectionsAvailable ?? false,
    };
  }
}

function toJob(j: ReportJobRecord): ReportJob {
  return {
    id: j.id,
    rootOrganisationId: j.rootOrganisationId,
    year: j.year,
    trigger: j.trigger,
    status: j.status as ReportJobStatus,
    progress: j.progress,
    attempts: j.attempts,
    snapshotId: j.snapshotId,
    error: j.error,
    requestedBy: j.requestedBy,
    createdAt: j.createdAt,
    startedAt: j.startedAt,
    finishedAt: j.finishedAt,
  };
}

function toSummary(s: SnapshotRecord): ReportSnapshotSummary {
  return {
    id: s.id,
    rootOrganisationId: s.rootOrganisationId,
    rootCode: s.rootCode,
    rootName: s.rootName,
    year: s.year,
    version: s.version,
    status: s.status as ReportSnapshotStatus,
    inputsHash: s.inputsHash,
    jobId: s.jobId,
    asOf: s.asOf,
    computedAt: s.computedAt,
    durationMs: s.durationMs,
    submittedAt: s.submittedAt,
    submittedBy: s.submittedBy,
    reviewedAt: s.reviewedAt,
    reviewedBy: s.reviewedBy,
    reviewComment: s.reviewComment,
    rowCount: s.rowCount,
    belowTargetCount: s.belowTargetCount,
  };
}
