import { Injectable } from '@nestjs/common';
import { AuditService } from '@qt/server-audit';
import { AccessScope, AppException, decodeCursor, DEFAULT_PAGE_SIZE, Page, toCalendarDate, toPage } from '@qt/server-core';
import { DataSource } from 'typeorm';
import { RatingsRepository } from '../ratings/ratings.repository';
import { RatingLevel, REGISTRABLE_TARGETS } from '../shared/cell-life.enums';
import { orgInScope, OrgRefsRepository } from '../shared/org-refs.repository';
import {
  RegisterMemberInput,
  RegisterOrganisationInput,
  RegistrationsArgs,
  ReportTaskResultInput,
  UpdateRegistrationInput,
} from './registration.dto';
import { Registration, RegistrationRecord } from './registration.types';
import { RegistrationsRepository } from './registrations.repository';

export const publicRegistration = (r: Registration | RegistrationRecord): Registration => {
  const { organisationPath: _path, ...rest } = r as RegistrationRecord;
  return rest;
};

/**
 * Start-of-year registrations (seed 002 II.3): every cell registers to reach "good" or better and every member,
 * assigned tasks, registers too. Rules: the target is GOOD or EXCELLENT; one registration per organisation and
 * year and per member and year (409); a member's registration belongs to their organisation on the registration
 * date, which must be in the caller's scope (a cell secretary registers the members of their cell); the date runs
 * from 1 December of the year before to the end of the year, and is not in the future. At the year end the result of
 * the registered tasks is written (task result, shown on the rating screen): by the member themselves (self-assessment,
 * from 1 November of the year until they are rated) or by the cell through an update.
 */
@Injectable()
export class RegistrationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: RegistrationsRepository,
    private readonly ratings: RatingsRepository,
    private readonly orgs: OrgRefsRepository,
    private readonly audit: AuditService,
  ) {}

  private checkTarget(target: RatingLevel | undefined) {
    if (target && !REGISTRABLE_TARGETS.includes(target)) {
      throw AppException.unprocessable('The registered target must be GOOD or EXCELLENT (hoàn thành tốt nhiệm vụ trở lên)', 'targetRating');
    }
  }

  private registeredOn(year: number, value: string | undefined): string {
    const date = value ?? toCalendarDate();
    if (date > toCalendarDate()) throw AppException.unprocessable('registeredOn cannot be in the future', 'registeredOn');
    if (date < `${year - 1}-12-01` || date > `${year}-12-31`) {
      throw AppException.unprocessable(`registeredOn must lie between ${year - 1}-12-01 and ${year}-12-31`, 'registeredOn');
    }
    return date;
  }

  async registerOrganisation(scope: AccessScope, input: RegisterOrganisationInput): Promise<Registration> {
    this.checkTarget(input.targetRating);
    const registeredOn = this.registeredOn(input.year, input.registeredOn);
    const id = await this.dataSource.transaction(async (manager) => {
      const org = await orgInScope(this.orgs, scope, input.organisationId, 'organisationId', manager);
      const created = await this.repo.insert(manager, {
        year: input.year, organisationId: org.id, memberId: null, targetRating: input.targetRating,
        tasks: input.tasks ?? null, registeredOn, createdBy: scope.actor.userId,
      });
      if (!created) throw AppException.conflict(`The organisation already registered for ${input.year}`, 'year');
      await this.audit.record(manager, scope.actor, {
        action: 'registration.organisation', entityType: 'registration', entityId: created, organisationId: org.id, after: input,
      });
      return created;
    });
    return publicRegistration((await this.repo.findById(id)) as RegistrationRecord);
  }

  async registerMember(scope: AccessScope, input: RegisterMemberInput): Promise<Registration> {
    this.checkTarget(input.targetRating);
    const registeredOn = this.registeredOn(input.year, input.registeredOn);
    const id = await this.dataSource.transaction(async (manager) => {
      const member = await this.orgs.memberOn(input.memberId, registeredOn, manager);
      if (!member) throw AppException.unprocessable('memberId is not an existing member', 'memberId');
      if (!member.organisationId) throw AppException.unprocessable(`The member took part in no organisation on ${registeredOn}`, 'memberId');
      scope.assertPath(member.organisationPath);
      const created = await this.repo.insert(manager, {
        year: input.year, organisationId: member.organisationId, memberId: member.memberId, targetRating: input.targetRating,
        tasks: input.tasks, registeredOn, createdBy: scope.actor.userId,
      });
      if (!created) throw AppException.conflict(`The member already registered for ${input.year}`, 'year');
      await this.audit.record(manager, scope.actor, {
        action: 'registration.member', entityType: 'registration', entityId: created, organisationId: member.organisationId, after: input,
      });
      return created;
    });
    return publicRegistration((await this.repo.findById(id)) as RegistrationRecord);
  }

  async update(scope: AccessScope, id: string, input: UpdateRegistrationInput): Promise<Registration> {
    this.checkTarget(input.targetRating);
    await this.dataSource.transaction(async (manager) => {
      const reg = await this.repo.findById(id, manager, true);
      if (!reg) throw AppException.notFound('Registration');
      scope.assertPath(reg.organisationPath);
      const changes: UpdateRegistrationInput & { taskResultOn?: string } = Object.fromEntries(
        Object.entries(input).filter(([, v]) => v !== undefined),
      );
      if (Object.keys(changes).length === 0) return;
      if (changes.taskResult !== undefined) changes.taskResultOn = toCalendarDate();
      await this.repo.update(manager, id, changes);
      await this.audit.record(manager, scope.actor, {
        action: 'registration.update', entityType: 'registration', entityId: id, organisationId: reg.organisationId,
        before: { targetRating: reg.targetRating, tasks: reg.tasks, taskResult: reg.taskResult }, after: changes,
      });
    });
    return publicRegistration((await this.repo.findById(id)) as RegistrationRecord);
  }

  /**
   * The member's own year-end result of their registered tasks (scope `self`): they must have registered for the
   * year; written from 1 November of the year (year-end review) and until their rating for the year is given.
   */
  async reportOwnResult(scope: AccessScope, input: ReportTaskResultInput): Promise<Registration> {
    const memberId = scope.actor.memberId;
    if (!memberId) throw AppException.forbidden('Only a party member reports the result of their registered tasks');
    const today = toCalendarDate();
    if (today < `${input.year}-11-01`) {
      throw AppException.unprocessable(`The ${input.year} task result is written from ${input.year}-11-01 (year-end review)`, 'year');
    }
    const id = await this.dataSource.transaction(async (manager) => {
      const reg = await this.repo.findFor(input.year, null, memberId, manager, true);
      if (!reg) throw AppException.unprocessable(`You have no registration (đăng ký phấn đấu) for ${input.year}`, 'year');
      if (await this.ratings.findFor(input.year, null, memberId, manager)) {
        throw AppException.unprocessable(`You have already been rated for ${input.year}: the result can no longer be changed`, 'year');
      }
      await this.repo.update(manager, reg.id, { taskResult: input.taskResult, taskResultOn: today });
      await this.audit.record(manager, scope.actor, {
        action: 'registration.ownResult', entityType: 'registration', entityId: reg.id, organisationId: reg.organisationId,
        before: { taskResult: reg.taskResult }, after: input,
      });
      return reg.id;
    });
    return publicRegistration((await this.repo.findById(id)) as RegistrationRecord);
  }

  async list(scope: AccessScope, args: RegistrationsArgs): Promise<Page<Registration>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const within = args.withinId ? (await orgInScope(this.orgs, scope, args.withinId)).path : undefined;
    const rows = await this.repo.list({
      scope, within, year: args.year, subject: args.subject,
      after: decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined,
      limit: first + 1,
    });
    return toPage(rows, first, (r) => [r.subjectName, r.id]);
  }
}
