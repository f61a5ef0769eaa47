import { Injectable } from '@nestjs/common';
import { AuditService } from '@qt/server-audit';
import {
  AccessScope,
  AppException,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  ErrorCode,
  lockTree,
  Page,
  syncQuery,
  toCalendarDate,
  toPage,
  toSyncPage,
} from '@qt/server-core';
import { Organisation, OrganisationsService } from '@qt/server-organisations';
import { MEMBER_FLAGS, MemberFlag } from '@qt/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { CreateMemberInput, MembersArgs, TransferMemberInput, UpdateMemberInput } from './dtos/member.dto';
import { Member, MemberRecord, Membership } from './member.types';
import { MembersRepository } from './members.repository';

/** What leaves the API of a member: everything but the internal organisation path. */
export const publicMember = (m: Member | MemberRecord): Member => {
  const { organisationPath: _path, ...rest } = m as MemberRecord;
  return rest;
};

/**
 * Party members (domain.md §2). Invariants kept here:
 * - a member takes part in party life in exactly one organisation at any date:
 *   memberships never overlap (EXCLUDE constraint) and members.organisation_id
 *   is the organisation of the open membership;
 * - the organisation changes only by a transfer (chuyển sinh hoạt), which
 *   closes the open membership and opens the next one on the same date, so
 *   history is kept and past reports count members where they were then;
 * - nobody joins or transfers into a dissolved organisation;
 * - the caller's scope covers the member's current organisation and, for a
 *   transfer, the destination.
 */
@Injectable()
export class MembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: MembersRepository,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
  ) {}

  /** Loads a member whose current organisation the scope covers, or 404 / 403. */
  async get(scope: AccessScope, id: string, manager?: EntityManager, lock = false): Promise<MemberRecord> {
    const member = await this.repo.findById(id, manager, lock);
    if (!member) throw AppException.notFound('Member');
    scope.assertPath(member.organisationPath);
    return member;
  }

  /** The caller's own member record (scope `self`), or 404 when the caller is not a member. */
  async self(scope: AccessScope): Promise<MemberRecord> {
    const memberId = scope.actor.memberId;
    const member = memberId ? await this.repo.findById(memberId) : undefined;
    if (!member) throw AppException.notFound('Your member record');
    return member;
  }

  async list(scope: AccessScope, args: MembersArgs): Promise<Page<Member>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const within = args.withinId ? (await this.organisations.get(scope, args.withinId)).path : undefined;
    const flags: Partial<Record<MemberFlag, boolean>> = {};
    for (const flag of MEMBER_FLAGS) if (args[flag] !== undefined) flags[flag] = args[flag];
    const sync = syncQuery(args);
    const rows = await this.repo.list({
      scope,
      within,
      onDate: args.onDate,
      search: args.search,
      standing: args.standing,
      flags,
      after: sync ? undefined : (decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined),
      sync,
      limit: first + 1,
    });
    return sync ? toSyncPage(rows, first, (m) => m.id) : toPage(rows, first, (m) => [m.fullName, m.id]);
  }

  /** Membership history (oldest first) of a member in scope. */
  async memberships(scope: AccessScope, id: string): Promise<Membership[]> {
    await this.get(scope, id);
    return this.repo.membershipsOf([id]);
  }

  async selfMemberships(scope: AccessScope): Promise<Membership[]> {
    const member = await this.self(scope);
    return this.repo.membershipsOf([member.id]);
  }

  async create(scope: AccessScope, input: CreateMemberInput): Promise<Member> {
    const today = toCalendarDate();
    if (input.birthDate > today) throw AppException.badInput('birthDate is in the future', 'birthDate');
    if (input.joinedOn > today) throw AppException.unprocessable('joinedOn cannot be in the future', 'joinedOn');
    if (input.joinedOn <= input.birthDate) throw AppException.unprocessable('joinedOn must be after birthDate', 'joinedOn');
    const id = await this.dataSource.transaction(async (manager) => {
      await lockTree(manager, 'shared');
      const org = await this.organisationFor(scope, input.organisationId, 'organisationId', manager);
      const created = await this.repo.insert(manager, {
        cardNumber: input.cardNumber,
        fullName: input.fullName,
        birthDate: input.birthDate,
        gender: input.gender,
        standing: input.standing,
        position: input.position ?? null,
        organisationId: org.id,
        flags: Object.fromEntries(MEMBER_FLAGS.map((f) => [f, input[f] ?? false])) as Record<MemberFlag, boolean>,
      });
      await this.repo.insertMembership(manager, created, org.id, input.joinedOn, null);
      await this.audit.record(manager, scope.actor, {
        action: 'member.create', entityType: 'member', entityId: created, organisationId: org.id, after: input,
      });
      return created;
    });
    return publicMember((await this.repo.findById(id)) as MemberRecord);
  }

  async update(scope: AccessScope, id: string, input: UpdateMemberInput): Promise<Member> {
    if (input.birthDate && input.birthDate > toCalendarDate()) throw AppException.badInput('birthDate is in the future', 'birthDate');
    await this.dataSource.transaction(async (manager) => {
      await lockTree(manager, 'shared');
      const member = await this.get(scope, id, manager, true);
      const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
      if (Object.keys(changes).length === 0) return;
      await this.repo.update(manager, id, changes);
      const before = Object.fromEntries(Object.keys(changes).map((k) => [k, (member as unknown as Record<string, unknown>)[k]]));
      await this.audit.record(manager, scope.actor, {
        action: 'member.update', entityType: 'member', entityId: id, organisationId: member.organisationId, before, after: changes,
      });
    });
    return publicMember((await this.repo.findById(id)) as MemberRecord);
  }

  /**
   * Transfer (chuyển sinh hoạt): the open membership ends at `effectiveDate`
   * (exclusive) and a membership in the destination starts that day.
   */
  async transfer(scope: AccessScope, id: string, input: TransferMemberInput): Promise<Member> {
    if (input.effectiveDate > toCalendarDate()) {
      throw AppException.unprocessable('effectiveDate cannot be in the future', 'effectiveDate');
    }
    await this.dataSource.transaction(async (manager) => {
      await lockTree(manager, 'shared');
      const member = await this.get(scope, id, manager, true);
      const destination = await this.organisationFor(scope, input.toOrganisationId, 'toOrganisationId', manager);
      if (destination.id === member.organisationId) {
        throw AppException.unprocessable('The member already takes part in party life there', 'toOrganisationId');
      }
      const current = await this.repo.latestMembership(manager, id);
      if (current) {
        if (input.effectiveDate <= current.validFrom) {
          throw AppException.unprocessable(
            `effectiveDate must be after ${current.validFrom}, when the current membership began`,
            'effectiveDate',
          );
        }
        if (current.validTo && input.effectiveDate < current.validTo) {
          throw AppException.unprocessable(`effectiveDate overlaps the membership ending ${current.validTo}`, 'effectiveDate');
        }
        if (!current.validTo) await this.repo.closeMembership(manager, current.id, input.effectiveDate);
      }
      await this.repo.insertMembership(manager, id, destination.id, input.effectiveDate, input.reason ?? null);
      await this.repo.setOrganisation(manager, id, destination.id);
      await this.audit.record(manager, scope.actor, {
        action: 'member.transfer', entityType: 'member', entityId: id, organisationId: destination.id,
        before: { organisationId: member.organisationId, membershipFrom: current?.validFrom ?? null },
        after: { organisationId: destination.id, effectiveDate: input.effectiveDate, reason: input.reason ?? null },
      });
    });
    return publicMember((await this.repo.findById(id)) as MemberRecord);
  }

  /** An organisation in scope that is not dissolved, share-locked; 403 outside the scope, 422 when unknown or dissolved. */
  private async organisationFor(scope: AccessScope, id: string, field: string, manager: EntityManager): Promise<Organisation> {
    let org: Organisation;
    try {
      org = await this.organisations.get(scope, id, manager, 'FOR SHARE');
    } catch (err) {
      if (err instanceof AppException && err.code === ErrorCode.NOT_FOUND) {
        throw AppException.unprocessable(`${field} is not an existing organisation`, field);
      }
      throw err;
    }
    if (org.dissolvedOn) throw AppException.unprocessable(`The organisation was dissolved on ${org.dissolvedOn}`, field);
    return org;
  }
}
