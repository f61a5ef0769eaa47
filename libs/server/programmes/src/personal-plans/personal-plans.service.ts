import { Injectable } from '@nestjs/common';
import { AuditService } from '@qt/server-audit';
import { AccessScope, AppException, decodeCursor, DEFAULT_PAGE_SIZE, Page, toCalendarDate, toPage } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { CampaignFacts, CampaignFactsRepository } from '../common/campaign-facts.repository';
import { PersonalPlanStatus, PlanReviewDecision } from '../common/programme-enums';
import { overseerOf, oversees, oversightOf } from './oversight';
import {
  CreatePersonalPlanInput,
  EvaluatePersonalPlanInput,
  MissingPersonalPlansArgs,
  PersonalPlansArgs,
  ReviewPersonalPlanInput,
  UpdatePersonalPlanInput,
} from './personal-plan.dto';
import { MissingPersonalPlan, MissingPlanState, PersonalActionPlan, PlanRecord } from './personal-plan.types';
import { PersonalPlansRepository } from './personal-plans.repository';

const { DRAFT, SUBMITTED, RETURNED, ACCEPTED } = PersonalPlanStatus;

/**
 * The day a campaign's plan duty is judged on: today, but not after the plans' due date (a finished
 * campaign keeps the secretaries and heads of its time) and not before the campaign starts.
 */
export function planReferenceDate(campaign: Pick<CampaignFacts, 'startsOn' | 'personalPlansDueOn'>, today = toCalendarDate()): string {
  const capped = campaign.personalPlansDueOn && campaign.personalPlansDueOn < today ? campaign.personalPlansDueOn : today;
  return capped < campaign.startsOn ? campaign.startsOn : capped;
}

/**
 * Personal action plans (kế hoạch hành động cá nhân), domain.md §6, seed 000 III.2 and III.4. Rules kept here:
 * - a campaign with personal_plans_required asks a plan of every committee secretary and every head of
 *   agency/unit taking part in the issuer's subtree on the reference date (planReferenceDate);
 * - the member writes only their own plan: edits while DRAFT or RETURNED, submits; a submitted plan is
 *   frozen until the overseer returns it;
 * - only the plan's overseer reviews (accept, or return with a comment) and evaluates it yearly: the bloc's
 *   Propaganda Board for heads under the bloc standing committee's management, otherwise the directly
 *   subordinate committee of the bloc whose subtree holds the member (see oversight.ts); nobody reviews
 *   their own plan.
 */
@Injectable()
export class PersonalPlansService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: PersonalPlansRepository,
    private readonly campaigns: CampaignFactsRepository,
    private readonly audit: AuditService,
  ) {}

  // --- the member's own plans (scope `self`) ---------------------------------------------

  async mine(scope: AccessScope, campaignId?: string): Promise<PersonalActionPlan[]> {
    const memberId = scope.actor.memberId;
    if (!memberId) return [];
    return this.hydrate(await this.repo.ofMember(memberId, campaignId));
  }

  async createMine(scope: AccessScope, input: CreatePersonalPlanInput): Promise<PersonalActionPlan> {
    const memberId = this.selfMember(scope);
    const id = await this.dataSource.transaction(async (manager) => {
      const campaign = await this.campaigns.forWrite(manager, input.campaignId);
      if (!campaign.personalPlansRequired) {
        throw AppException.unprocessable('The campaign does not ask for personal action plans', 'campaignId');
      }
      const [me] = await this.repo.required(manager, campaign.id, planReferenceDate(campaign), { memberId });
      if (!me) {
        throw AppException.unprocessable(
          "Personal action plans are written by committee secretaries and heads of agencies or units in the campaign's subtree",
          'campaignId',
        );
      }
      const created = await this.repo.insert(manager, { campaignId: campaign.id, memberId, organisationId: me.organisationId, content: input.content });
      if (!created) throw AppException.conflict('You already have a plan for this campaign', 'campaignId');
      await this.audit.record(manager, scope.actor, {
        action: 'personalPlan.create', entityType: 'personal_action_plan', entityId: created, organisationId: me.organisationId,
        after: { campaignId: campaign.id },
      });
      return created;
    });
    return this.one(id);
  }

  async updateMine(scope: AccessScope, id: string, input: UpdatePersonalPlanInput): Promise<PersonalActionPlan> {
    await this.dataSource.transaction(async (manager) => {
      const plan = await this.ownLocked(scope, id, manager);
      if (plan.status !== DRAFT && plan.status !== RETURNED) {
        throw AppException.unprocessable(`The plan is ${plan.status}: it can be edited again only when returned`, 'status');
      }
      await this.repo.setContent(manager, id, input.content);
      await this.audit.record(manager, scope.actor, {
        action: 'personalPlan.update', entityType: 'personal_action_plan', entityId: id, organisationId: plan.organisationId,
      });
    });
    return this.one(id);
  }

  async submitMine(scope: AccessScope, id: string): Promise<PersonalActionPlan> {
    await this.dataSource.transaction(async (manager) => {
      const plan = await this.ownLocked(scope, id, manager);
      if (plan.status !== DRAFT && plan.status !== RETURNED) throw AppException.unprocessable(`The plan is already ${plan.status}`, 'status');
      await this.repo.submit(manager, id);
      await this.audit.record(manager, scope.actor, {
        action: 'personalPlan.submit', entityType: 'personal_action_plan', entityId: id, organisationId: plan.organisationId,
        before: { status: plan.status }, after: { status: SUBMITTED },
      });
    });
    return this.one(id);
  }

  // --- staff and overseers -----------------------------------------------------------------

  async get(scope: AccessScope, id: string): Promise<PersonalActionPlan> {
    const plan = await this.repo.findById(id);
    if (!plan) throw AppException.notFound('Personal action plan');
    scope.assertPath(plan.organisationPath);
    return (await this.hydrate([plan]))[0];
  }

  async list(scope: AccessScope, args: PersonalPlansArgs): Promise<Page<PersonalActionPlan>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const rows = await this.repo.list({
      scope,
      campaignId: args.campaignId,
      status: args.status,
      oversight: args.overseenByMe ? oversightOf(scope.actor) : undefined,
      after: decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined,
      limit: first + 1,
    });
    const page = toPage(rows, first, (p) => [p.memberName, p.id]);
    return { ...page, nodes: await this.hydrate(page.nodes) };
  }

  /** Accept, or return with a comment (trả lại), a submitted plan you oversee. */
  async review(scope: AccessScope, id: string, input: ReviewPersonalPlanInput): Promise<PersonalActionPlan> {
    const comment = input.comment || null;
    if (input.decision === PlanReviewDecision.RETURNED && !comment) {
      throw AppException.badInput('Say why the plan is returned', 'comment');
    }
    await this.dataSource.transaction(async (manager) => {
      const plan = await this.overseenLocked(scope, id, manager);
      if (plan.status !== SUBMITTED) throw AppException.unprocessable(`Only a submitted plan is reviewed; this one is ${plan.status}`, 'status');
      await this.repo.review(manager, id, input.decision, comment, scope.actor.userId);
      await this.audit.record(manager, scope.actor, {
        action: 'personalPlan.review', entityType: 'personal_action_plan', entityId: id, organisationId: plan.organisationId,
        before: { status: plan.status }, after: input,
      });
    });
    return this.one(id);
  }

  /** Yearly evaluation of implementation of an accepted plan you oversee; one per year. */
  async evaluate(scope: AccessScope, id: string, input: EvaluatePersonalPlanInput): Promise<PersonalActionPlan> {
    await this.dataSource.transaction(async (manager) => {
      const plan = await this.overseenLocked(scope, id, manager);
      if (plan.status !== ACCEPTED) throw AppException.unprocessable('Only an accepted plan is evaluated', 'status');
      const first = Number(plan.campaignStartsOn.slice(0, 4));
      const last = Number(toCalendarDate().slice(0, 4));
      if (input.year < first || input.year > last) throw AppException.unprocessable(`year must be between ${first} and ${last}`, 'year');
      const created = await this.repo.insertEvaluation(manager, id, { year: input.year, result: input.result, comment: input.comment ?? null }, scope.actor.userId);
      if (!created) throw AppException.conflict(`The plan is already evaluated for ${input.year}`, 'year');
      await this.audit.record(manager, scope.actor, {
        action: 'personalPlan.evaluate', entityType: 'personal_action_plan', entityId: id, organisationId: plan.organisationId, after: input,
      });
    });
    return this.one(id);
  }

  /** Secretaries and heads whose plans you oversee and who have none submitted (none, draft, returned). */
  async missing(scope: AccessScope, args: MissingPersonalPlansArgs): Promise<Page<MissingPersonalPlan>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const campaign = await this.campaigns.forRead(this.dataSource.manager, args.campaignId);
    const oversight = oversightOf(scope.actor);
    if (!campaign.personalPlansRequired || (oversight.blocRootIds.length === 0 && oversight.committeeIds.length === 0)) {
      return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
    }
    const dueOn = campaign.personalPlansDueOn as string;
    const rows = await this.repo.required(undefined, campaign.id, planReferenceDate(campaign), {
      oversight,
      missingOnly: true,
      after: decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined,
      limit: first + 1,
    });
    const page = toPage(rows, first, (r) => [r.fullName, r.memberId]);
    const overdue = dueOn < toCalendarDate();
    return {
      ...page,
      nodes: page.nodes.map((r) => ({
        memberId: r.memberId,
        fullName: r.fullName,
        organisationId: r.organisationId,
        organisationName: r.organisationName,
        isSecretary: r.isSecretary,
        secretaryOfId: r.secretaryOfId,
        isHeadOfUnit: r.isHeadOfUnit,
        isUnderBlocStandingCommittee: r.isUnderBlocStandingCommittee,
        overseer: overseerOf(r.path, r.isUnderBlocStandingCommittee).overseer,
        state: (r.planStatus ?? MissingPlanState.NONE) as MissingPlanState,
        planId: r.planId,
        dueOn,
        overdue,
      })),
    };
  }

  // --- helpers ---------------------------------------------------------------------------

  private selfMember(scope: AccessScope): string {
    if (!scope.actor.memberId) throw AppException.forbidden('Only a party member writes a personal action plan');
    return scope.actor.memberId;
  }

  private async ownLocked(scope: AccessScope, id: string, manager: EntityManager): Promise<PlanRecord> {
    const memberId = this.selfMember(scope);
    const plan = await this.repo.findById(id, manager, true);
    if (!plan) throw AppException.notFound('Personal action plan');
    if (plan.memberId !== memberId) throw AppException.forbidden('You may change only your own plan');
    return plan;
  }

  private async overseenLocked(scope: AccessScope, id: string, manager: EntityManager): Promise<PlanRecord> {
    const plan = await this.repo.findById(id, manager, true);
    if (!plan) throw AppException.notFound('Personal action plan');
    if (!oversees(oversightOf(scope.actor), plan.organisationPath, plan.underBlocStandingCommittee)) {
      const who = overseerOf(plan.organisationPath, plan.underBlocStandingCommittee);
      throw AppException.forbidden(
        who.overseer === 'BLOC_PROPAGANDA_BOARD'
          ? "This plan is overseen by the bloc's Propaganda Board (a head under the bloc standing committee's management)"
          : 'This plan is overseen by the subordinate committee whose subtree holds the member',
      );
    }
    if (plan.memberId === scope.actor.memberId) throw AppException.forbidden('Nobody reviews or evaluates their own plan');
    return plan;
  }

  private async one(id: string): Promise<PersonalActionPlan> {
    return (await this.hydrate([(await this.repo.findById(id)) as PlanRecord]))[0];
  }

  private async hydrate(plans: PlanRecord[]): Promise<PersonalActionPlan[]> {
    if (plans.length === 0) return [];
    const ids = plans.map((p) => p.id);
    const [reviews, evaluations] = await Promise.all([this.repo.reviewsOf(ids), this.repo.evaluationsOf(ids)]);
    return plans.map(({ organisationPath, underBlocStandingCommittee, campaignStartsOn: _s, ...p }) => {
      const who = overseerOf(organisationPath, underBlocStandingCommittee);
      return {
        ...p,
        overseer: who.overseer,
        overseerOrganisationId: who.organisationId,
        reviews: reviews.filter((r) => r.planId === p.id).map(({ planId: _p, ...r }) => r),
        evaluations: evaluations.filter((e) => e.planId === p.id).map(({ planId: _p, ...e }) => e),
      };
    });
  }
}
