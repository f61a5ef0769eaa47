import { Injectable } from '@nestjs/common';
import { AuditService } from '@qt/server-audit';
import { AccessScope, AppException, decodeCursor, DEFAULT_PAGE_SIZE, Page, toCalendarDate, toPage } from '@qt/server-core';
import { DataSource } from 'typeorm';
import { ComplianceRepository } from '../compliance/compliance.repository';
import { RegistrationsRepository } from '../registrations/registrations.repository';
import { MonthState, QuarterState } from '../shared/cell-life.enums';
import { cellInScope, orgInScope, OrgRefsRepository } from '../shared/org-refs.repository';
import { RatingInputsRepository } from './rating-inputs.repository';
import {
  CellRatingInputsArgs,
  MemberRatingInputsArgs,
  MyRatingInputsArgs,
  RateMemberInput,
  RateOrganisationInput,
  RatingDistributionArgs,
  RatingsArgs,
} from './rating.dto';
import { CellRatingInputs, MemberRatingInputs, Rating, RatingDistribution, RatingRecord } from './rating.types';
import { RatingsRepository } from './ratings.repository';

export const publicRating = (r: Rating | RatingRecord): Rating => {
  const { organisationPath: _path, ...rest } = r as RatingRecord;
  return rest;
};

/**
 * Year-end ratings (seed 002 §2.7; domain.md §8): EXCELLENT / GOOD / COMPLETED / NOT_COMPLETED, with comment, rater
 * and date. Rules:
 * - one rating per subject and year; rating again replaces it (audited with the earlier value);
 * - the date is from 1 November of the year (year-end review) and not in the future;
 * - an organisation is rated by an upper level: the caller's role must be held at a proper ancestor (nobody rates
 *   their own organisation); a member is rated within the scope of their organisation at the year end (or on the
 *   rating date if earlier) — a cell secretary rates the members of their cell only;
 * - the rating screen's inputs are computed on read from sessions, essays, cell meetings, checks and registrations.
 */
@Injectable()
export class RatingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: RatingsRepository,
    private readonly inputs: RatingInputsRepository,
    private readonly compliance: ComplianceRepository,
    private readonly registrations: RegistrationsRepository,
    private readonly orgs: OrgRefsRepository,
    private readonly audit: AuditService,
  ) {}

  /** The year end, or today while the year runs. */
  private referenceDate(year: number): string {
    const today = toCalendarDate();
    const end = `${year}-12-31`;
    return end < today ? end : today;
  }

  private ratedOn(year: number, value: string | undefined): string {
    const date = value ?? toCalendarDate();
    if (date > toCalendarDate()) throw AppException.unprocessable('ratedOn cannot be in the future', 'ratedOn');
    if (date < `${year}-11-01`) throw AppException.unprocessable(`A ${year} rating is given from ${year}-11-01 (year-end review)`, 'ratedOn');
    return date;
  }

  async rateOrganisation(scope: AccessScope, input: RateOrganisationInput): Promise<Rating> {
    const ratedOn = this.ratedOn(input.year, input.ratedOn);
    const id = await this.dataSource.transaction(async (manager) => {
      const org = await orgInScope(this.orgs, scope, input.organisationId, 'organisationId', manager);
      if (!scope.paths.some((p) => org.path.startsWith(p) && org.path !== p)) {
        throw AppException.forbidden('An organisation is rated by an upper committee, not by itself');
      }
      const before = await this.repo.findFor(input.year, org.id, null, manager);
      const saved = await this.repo.upsert(manager, {
        year: input.year, organisationId: org.id, memberId: null, rating: input.rating, comment: input.comment ?? null,
        ratedOn, ratedBy: scope.actor.userId,
      });
      await this.audit.record(manager, scope.actor, {
        action: 'rating.organisation', entityType: 'rating', entityId: saved, organisationId: org.id,
        before: before && { rating: before.rating, comment: before.comment, ratedOn: before.ratedOn }, after: input,
      });
      return saved;
    });
    return publicRating((await this.repo.findById(id)) as RatingRecord);
  }

  async rateMember(scope: AccessScope, input: RateMemberInput): Promise<Rating> {
    const ratedOn = this.ratedOn(input.year, input.ratedOn);
    const reference = ratedOn < `${input.year}-12-31` ? ratedOn : `${input.year}-12-31`;
    const id = await this.dataSource.transaction(async (manager) => {
      const member = await this.orgs.memberOn(input.memberId, reference, manager);
      if (!member) throw AppException.unprocessable('memberId is not an existing member', 'memberId');
      if (!member.organisationId) throw AppException.unprocessable(`The member took part in no organisation on ${reference}`, 'memberId');
      scope.assertPath(member.organisationPath);
      const before = await this.repo.findFor(input.year, null, member.memberId, manager);
      const saved = await this.repo.upsert(manager, {
        year: input.year, organisationId: member.organisationId, memberId: member.memberId, rating: input.rating,
        comment: input.comment ?? null, ratedOn, ratedBy: scope.actor.userId,
      });
      await this.audit.record(manager, scope.actor, {
        action: 'rating.member', entityType: 'rating', entityId: saved, organisationId: member.organisationId,
        before: before && { rating: before.rating, comment: before.comment, ratedOn: before.ratedOn }, after: input,
      });
      return saved;
    });
    return publicRating((await this.repo.findById(id)) as RatingRecord);
  }

  async list(scope: AccessScope, args: RatingsArgs): Promise<Page<Rating>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const within = args.withinId ? (await orgInScope(this.orgs, scope, args.withinId)).path : undefined;
    const rows = await this.repo.list({
      scope, within, year: args.year, subject: args.subject, rating: args.rating,
      after: decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined,
      limit: first + 1,
    });
    return toPage(rows, first, (r) => [r.subjectName, r.id]);
  }

  async distribution(scope: AccessScope, args: RatingDistributionArgs): Promise<RatingDistribution> {
    const within = args.withinId ? (await orgInScope(this.orgs, scope, args.withinId)).path : undefined;
    const counts = await this.repo.distribution(scope, within, args.year, this.referenceDate(args.year));
    return { year: args.year, ...counts };
  }

  async memberInputs(scope: AccessScope, args: MemberRatingInputsArgs): Promise<MemberRatingInputs> {
    return this.inputsOf(args.memberId, args.year, (path) => scope.assertPath(path));
  }

  /** The caller's own rating screen (scope `self`): their study, essays, meetings, registration with task result, rating. */
  async myInputs(scope: AccessScope, args: MyRatingInputsArgs): Promise<MemberRatingInputs> {
    const memberId = scope.actor.memberId;
    if (!memberId) throw AppException.forbidden('Only a party member has a rating screen of their own');
    return this.inputsOf(memberId, args.year, () => undefined);
  }

  private async inputsOf(memberId: string, year: number, assertPath: (path: string | null) => void): Promise<MemberRatingInputs> {
    const referenceDate = this.referenceDate(year);
    const member = await this.orgs.memberOn(memberId, referenceDate);
    if (!member) throw AppException.notFound('Member');
    if (!member.organisationId) throw AppException.unprocessable(`The member took part in no organisation on ${referenceDate}`, 'memberId');
    assertPath(member.organisationPath);
    const [figures, registration, rating] = await Promise.all([
      this.inputs.member(member.memberId, year, referenceDate),
      this.registrations.findFor(year, null, member.memberId),
      this.repo.findFor(year, null, member.memberId),
    ]);
    return {
      memberId: member.memberId, fullName: member.fullName, year, organisationId: member.organisationId,
      referenceDate, ...figures, registration, rating,
    };
  }

  async cellInputs(scope: AccessScope, args: CellRatingInputsArgs): Promise<CellRatingInputs> {
    const referenceDate = this.referenceDate(args.year);
    const cell = await cellInScope(this.orgs, scope, args.organisationId);
    // Compliance as it stood once the year was over (so its last quarter counts), or today while it runs.
    const complianceAsOf = referenceDate === `${args.year}-12-31` ? `${args.year + 1}-01-01` : referenceDate;
    const [figures, months, quarters, registration, rating] = await Promise.all([
      this.inputs.cell(cell.id, args.year, referenceDate),
      this.compliance.months(cell.id, args.year, complianceAsOf),
      this.compliance.quarters(cell.id, args.year, complianceAsOf),
      this.registrations.findFor(args.year, cell.id, null),
      this.repo.findFor(args.year, cell.id, null),
    ]);
    const monthCount = (s: MonthState) => months.filter((m) => m.state === s).length;
    const quarterCount = (s: QuarterState) => quarters.filter((q) => q.state === s).length;
    const rated = figures.memberRatings;
    return {
      organisationId: cell.id, name: cell.name, year: args.year, referenceDate, members: figures.members,
      meetingCompliance: {
        onTimeMonths: monthCount(MonthState.ON_TIME), lateMonths: monthCount(MonthState.LATE), missedMonths: monthCount(MonthState.MISSED),
        quartersWithThematic: quarterCount(QuarterState.OK), quartersWithoutThematic: quarterCount(QuarterState.FLAGGED),
        halvesChecked: figures.halvesChecked,
      },
      meetingAttendance: figures.meetings,
      study: figures.study,
      essays: figures.essays,
      memberRatings: {
        ...rated,
        unrated: Math.max(0, figures.members - rated.excellent - rated.good - rated.completed - rated.notCompleted),
      },
      registration,
      rating,
    };
  }
}
