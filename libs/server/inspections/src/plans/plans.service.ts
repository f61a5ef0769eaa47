import { randomInt, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService } from '@qt/server-audit';
import { AccessScope, AppException, decodeCursor, DEFAULT_PAGE_SIZE, lockTree, Page, recordDomainEvent, toPage } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_THEME, InspectionPlanStatus, InspectionShareBasis, SamplingRunStatus, SHARE_RANGE } from '../common/inspection-enums';
import { scopedPath } from '../common/within-path';
import { SamplingQueue } from '../sampling/sampling.queue';
import { CreateInspectionPlanInput, InspectionPlansArgs, PlanSettingsInput, RequestSamplingInput, SampleSubtreeInput, UpdateInspectionPlanInput } from './plan.dto';
import { InspectionPlan, PlanRecord, SamplingBatch, SamplingRun } from './plan.types';
import { OrgRef, PlanRow, PlansRepository } from './plans.repository';

const strip = ({ organisationPath: _p, ...plan }: PlanRecord): InspectionPlan => plan;
const year = (d: string | null) => (d ? Number(d.slice(0, 4)) : undefined);

/**
 * Annual inspection plans (kế hoạch kiểm tra) and their sampling runs.
 * Rules: the committee is in the caller's scope and has directly subordinate organisations (a committee plans for
 * ITS children only; picks are always its children); one plan per committee and year (409 `year`); the share lies
 * in the range of its basis (04-KL 15–20 %, 02-NQ 20–25 %; 422 `sharePercent`); the period lies within the year;
 * the year lies within the term. Only DRAFT plans change or are sampled; publishing needs a finished run and
 * records `inspection.plan_published` in the same transaction.
 */
@Injectable()
export class PlansService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: PlansRepository,
    private readonly audit: AuditService,
    private readonly queue: SamplingQueue,
  ) {}

  /** Settings with defaults applied and validated; throws 422 naming the field. */
  private settings(org: Pick<OrgRef, 'termStart' | 'termEnd'>, planYear: number, input: PlanSettingsInput, base?: PlanRow): Omit<PlanRow, 'organisationId' | 'year'> {
    const basis = input.basis ?? (base?.basis as InspectionShareBasis | undefined) ?? InspectionShareBasis.KL04;
    const [lo, hi] = SHARE_RANGE[basis];
    const sharePercent = input.sharePercent ?? (input.basis === undefined ? base?.sharePercent : undefined) ?? lo;
    if (sharePercent < lo || sharePercent > hi) {
      throw AppException.unprocessable(`sharePercent must be between ${lo} and ${hi} for basis ${basis}`, 'sharePercent');
    }
    const periodFrom = input.periodFrom ?? base?.periodFrom ?? `${planYear}-01-01`;
    const periodTo = input.periodTo ?? base?.periodTo ?? `${planYear}-12-31`;
    if (year(periodFrom) !== planYear) throw AppException.unprocessable(`periodFrom must lie in ${planYear}`, 'periodFrom');
    if (year(periodTo) !== planYear) throw AppException.unprocessable(`periodTo must lie in ${planYear}`, 'periodTo');
    if (periodTo < periodFrom) throw AppException.unprocessable('periodTo must be on or after periodFrom', 'periodTo');
    const orgStart = year(org.termStart);
    const orgEnd = year(org.termEnd);
    const orgTermFits = orgStart !== undefined && orgEnd !== undefined && orgStart <= planYear && planYear <= orgEnd && orgEnd > orgStart;
    // Party terms run 2020–2025, 2025–2030: the year of a congress opens the new term.
    const fallbackStart = Math.floor(planYear / 5) * 5;
    const termStartYear = input.termStartYear ?? base?.termStartYear ?? (orgTermFits ? (orgStart as number) : fallbackStart);
    const termEndYear = input.termEndYear ?? base?.termEndYear ?? (orgTermFits ? (orgEnd as number) : termStartYear + 5);
    if (termEndYear <= termStartYear) throw AppException.unprocessable('termEndYear must be after termStartYear', 'termEndYear');
    if (planYear < termStartYear || planYear > termEndYear) {
      throw AppException.unprocessable(`The plan year must lie in the term ${termStartYear}–${termEndYear}`, 'termStartYear');
    }
    return { theme: input.theme ?? base?.theme ?? DEFAULT_THEME, periodFrom, periodTo, basis, sharePercent, termStartYear, termEndYear };
  }

  /** The committee, in scope, with directly subordinate organisations. */
  private async committee(scope: AccessScope, id: string, manager?: EntityManager): Promise<OrgRef> {
    const org = await this.repo.org(id, manager);
    if (!org) throw AppException.unprocessable('Organisation not found', 'organisationId');
    scope.assertPath(org.path);
    if (org.dissolvedOn) throw AppException.unprocessable('The organisation is dissolved', 'organisationId');
    if (org.children === 0) {
      throw AppException.unprocessable('A plan inspects the directly subordinate organisations: this one has none', 'organisationId');
    }
    return org;
  }

  async create(scope: AccessScope, input: CreateInspectionPlanInput): Promise<InspectionPlan> {
    const id = await this.dataSource.transaction(async (manager) => {
      const org = await this.committee(scope, input.organisationId, manager);
      const plan: PlanRow = { organisationId: org.id, year: input.year, ...this.settings(org, input.year, input) };
      const created = await this.repo.insert(manager, plan, scope.actor.userId);
      await this.audit.record(manager, scope.actor, {
        action: 'inspectionPlan.create', entityType: 'inspection_plan', entityId: created, organisationId: org.id, after: plan,
      });
      return created;
    });
    return this.get(scope, id);
  }

  async get(scope: AccessScope, id: string): Promise<InspectionPlan> {
    return strip(await this.load(scope, id));
  }

  private async load(scope: AccessScope, id: string, manager?: EntityManager, lock = false): Promise<PlanRecord> {
    const plan = await this.repo.findById(id, manager, lock);
    if (!plan) throw AppException.notFound('Inspection plan');
    scope.assertPath(plan.organisationPath);
    return plan;
  }

  private async loadDraft(scope: AccessScope, id: string, manager: EntityManager): Promise<PlanRecord> {
    const plan = await this.load(scope, id, manager, true);
    if (plan.status !== InspectionPlanStatus.DRAFT) throw AppException.unprocessable('The plan is published and can no longer change', 'status');
    return plan;
  }

  async update(scope: AccessScope, id: string, input: UpdateInspectionPlanInput): Promise<InspectionPlan> {
    await this.dataSource.transaction(async (manager) => {
      const plan = await this.loadDraft(scope, id, manager);
      const org = (await this.repo.org(plan.organisationId, manager)) as OrgRef;
      const next: PlanRow = { organisationId: plan.organisationId, year: plan.year, ...this.settings(org, plan.year, input, plan) };
      await this.repo.update(manager, id, next);
      await this.audit.record(manager, scope.actor, {
        action: 'inspectionPlan.update', entityType: 'inspection_plan', entityId: id, organisationId: plan.organisationId,
        before: strip(plan), after: next,
      });
    });
    return this.get(scope, id);
  }

  async publish(scope: AccessScope, id: string): Promise<InspectionPlan> {
    await this.dataSource.transaction(async (manager) => {
      const plan = await this.loadDraft(scope, id, manager);
      const run = plan.currentRunId ? await this.repo.findRun(plan.currentRunId, manager) : undefined;
      if (!run || run.status !== SamplingRunStatus.DONE) {
        throw AppException.unprocessable('Run the sampling and wait for it to finish before publishing', 'currentRunId');
      }
      await this.repo.publish(manager, id, scope.actor.userId);
      await recordDomainEvent(manager, {
        type: 'inspection.plan_published',
        organisationId: plan.organisationId,
        data: { planId: id, year: plan.year, runId: run.id, picks: run.summary?.picked ?? 0, basis: plan.basis, sharePercent: plan.sharePercent },
        dedupeKey: `inspection.plan_published:${id}`,
      });
      await this.audit.record(manager, scope.actor, {
        action: 'inspectionPlan.publish', entityType: 'inspection_plan', entityId: id, organisationId: plan.organisationId,
        after: { runId: run.id },
      });
    });
    return this.get(scope, id);
  }

  async list(scope: AccessScope, args: InspectionPlansArgs): Promise<Page<InspectionPlan>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const within = await scopedPath(this.dataSource.manager, scope, args.withinId, 'withinId');
    const rows = await this.repo.list({
      scope, within, year: args.year, status: args.status,
      after: decodeCursor(args.after, ['number', 'uuid']) as [number, string] | undefined,
      limit: first + 1,
    });
    const page = toPage(rows, first, (p) => [p.year, p.id]);
    return { ...page, nodes: page.nodes.map(strip) };
  }

  /** Requests a sampling run of a DRAFT plan; the worker picks. Returns the QUEUED run. */
  async requestSampling(scope: AccessScope, planId: string, input: RequestSamplingInput): Promise<SamplingRun> {
    const seed = input.seed ?? randomInt(0, 2_147_483_647);
    const runId = await this.dataSource.transaction(async (manager) => {
      const plan = await this.loadDraft(scope, planId, manager);
      const created = await this.repo.insertRun(manager, planId, seed, scope.actor.userId);
      await this.audit.record(manager, scope.actor, {
        action: 'inspectionPlan.sample', entityType: 'inspection_plan', entityId: planId, organisationId: plan.organisationId,
        after: { runId: created, seed },
      });
      return created;
    });
    await this.queue.request(runId);
    return this.run(scope, runId);
  }

  /** Sampling for every committee of a subtree for a year, one worker job. */
  async sampleSubtree(scope: AccessScope, input: SampleSubtreeInput): Promise<SamplingBatch> {
    const seed = input.seed ?? randomInt(0, 2_147_483_647);
    const batchId = randomUUID();
    const result = await this.dataSource.transaction(async (manager) => {
        await lockTree(manager, 'shared');
        const org = await this.committee(scope, input.organisationId, manager);
        const defaults = this.settings({ termStart: null, termEnd: null }, input.year, input);
        const counts = await this.repo.insertSubtreeRuns(manager, {
          rootPath: org.path, year: input.year, defaults, seed, batchId, userId: scope.actor.userId,
        });
        await this.audit.record(manager, scope.actor, {
          action: 'inspectionPlan.sampleSubtree', entityType: 'organisation', entityId: org.id, organisationId: org.id,
          after: { year: input.year, seed, batchId, ...counts },
        });
        return counts;
    });
    if (result.runs > 0) await this.queue.request(batchId);
    return { batchId, runs: result.runs, done: 0, failed: 0, plansCreated: result.plansCreated };
  }

  async batch(scope: AccessScope, batchId: string): Promise<SamplingBatch> {
    const row = await this.repo.batch(batchId);
    if (!row || row.runs === 0) throw AppException.notFound('Sampling batch');
    scope.assertPath(row.rootPath);
    return { batchId, runs: row.runs, done: row.done, failed: row.failed, plansCreated: 0 };
  }

  async run(scope: AccessScope, runId: string): Promise<SamplingRun> {
    const run = await this.repo.findRun(runId);
    if (!run) throw AppException.notFound('Sampling run');
    scope.assertPath(run.organisationPath);
    const { organisationPath: _p, ...rest } = run;
    return { ...rest, picks: run.status === SamplingRunStatus.DONE ? await this.repo.picks(runId) : [] };
  }

  async runs(scope: AccessScope, planId: string): Promise<SamplingRun[]> {
    await this.load(scope, planId);
    return (await this.repo.runsOfPlan(planId)).map((r) => ({ ...r, picks: [] }));
  }

  /** Picks of the plan's current run (empty before the first run finishes). */
  async picks(scope: AccessScope, planId: string) {
    const plan = await this.load(scope, planId);
    return plan.currentRunId ? this.repo.picks(plan.currentRunId) : [];
  }
}
