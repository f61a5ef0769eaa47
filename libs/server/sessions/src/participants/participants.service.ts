import { Injectable } from '@nestjs/common';
import { AuditService } from '@qt/server-audit';
import { AccessScope, AppException, decodeCursor, DEFAULT_PAGE_SIZE, Page, syncQuery, toPage, toSyncPage } from '@qt/server-core';
import { DataSource } from 'typeorm';
import { ParticipantsArgs } from '../dtos/roll-call.dto';
import { MAKEUP_STATUSES, STUDIED_STATUSES } from '../rules/attendance-rules';
import { MemberStudyStatus, MyAttendance, SessionParticipant } from '../session.types';
import { SessionsRepository } from '../sessions.repository';
import { SessionsService } from '../sessions.service';
import { ParticipantsRepository } from './participants.repository';

/**
 * The participant list (danh sách học viên): paging, manual edits with a
 * reason (audited), make-up assignments (học bù), and the member's own view.
 */
@Injectable()
export class ParticipantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: ParticipantsRepository,
    private readonly sessionsRepo: SessionsRepository,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  async list(scope: AccessScope, sessionId: string, args: ParticipantsArgs): Promise<Page<SessionParticipant>> {
    const s = await this.sessions.visible(scope, sessionId);
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const sync = syncQuery(args);
    const rows = await this.repo.list({
      sessionId,
      scope: this.sessions.seesAll(scope, s) ? undefined : scope,
      status: args.status,
      unmarked: args.unmarked,
      search: args.search,
      connectionPointId: args.connectionPointId,
      includeRemoved: args.includeRemoved,
      after: sync ? undefined : (decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined),
      sync,
      limit: first + 1,
    });
    return sync ? toSyncPage(rows, first, (p) => p.memberId) : toPage(rows, first, (p) => [p.fullName, p.memberId]);
  }

  /** Adds a member by hand (reason required, audited): the member must be in the caller's scope on the session date. */
  async add(scope: AccessScope, sessionId: string, memberId: string, reason: string): Promise<SessionParticipant> {
    await this.dataSource.transaction(async (manager) => {
      const s = await this.sessions.owned(scope, sessionId, manager);
      if (s.status === 'CANCELLED') throw AppException.conflict('The session was cancelled', 'status');
      const [member] = await this.repo.membersOnDate(manager, sessionId, { ids: [memberId] });
      if (!member) throw AppException.unprocessable('memberId is not an existing member', 'memberId');
      if (!member.organisationPath) throw AppException.unprocessable('The member is not in party life on the session date', 'memberId');
      scope.assertPath(member.organisationPath);
      if (!(await this.repo.addManual(manager, sessionId, memberId, member.organisationId as string, reason))) {
        throw AppException.conflict('The member is already on the list', 'memberId');
      }
      await this.audit.record(manager, scope.actor, {
        action: 'session.participant.add', entityType: 'study_session', entityId: sessionId,
        organisationId: member.organisationId, after: { memberId, reason },
      });
    });
    return (await this.repo.find(undefined, sessionId, [memberId]))[0];
  }

  async remove(scope: AccessScope, sessionId: string, memberId: string, reason: string): Promise<SessionParticipant> {
    await this.dataSource.transaction(async (manager) => {
      const s = await this.sessions.owned(scope, sessionId, manager);
      if (s.status === 'CANCELLED') throw AppException.conflict('The session was cancelled', 'status');
      const [p] = await this.repo.find(manager, sessionId, [memberId]);
      if (!p || p.removedAt) throw AppException.notFound('Participant');
      await this.repo.remove(manager, sessionId, memberId, reason);
      await this.audit.record(manager, scope.actor, {
        action: 'session.participant.remove', entityType: 'study_session', entityId: sessionId,
        organisationId: p.organisationId, before: { memberId, status: p.status }, after: { reason },
      });
    });
    return (await this.repo.find(undefined, sessionId, [memberId]))[0];
  }

  /**
   * Make-up (học bù): absentees (UNEXCUSED, EXCUSED, LEFT_EARLY) of a closed
   * session go onto a PLANNED make-up session of the same campaign; a PRESENT
   * or LATE there satisfies the requirement. Others are refused by name.
   */
  async assignMakeup(scope: AccessScope, sessionId: string, makeupSessionId: string, memberIds: string[]): Promise<number> {
    if (new Set(memberIds).size !== memberIds.length) throw AppException.badInput('A member is listed twice', 'memberIds');
    return this.dataSource.transaction(async (manager) => {
      const source = await this.sessions.visible(scope, sessionId, manager);
      if (source.status !== 'CLOSED') throw AppException.unprocessable('Make-up is assigned after the session has closed', 'id');
      const makeup = await this.sessions.owned(scope, makeupSessionId, manager);
      if (!makeup.isMakeup || makeup.status !== 'PLANNED' || makeup.campaignId !== source.campaignId) {
        throw AppException.unprocessable('Choose a planned make-up session of the same campaign', 'makeupSessionId');
      }
      const rows = await this.repo.find(manager, sessionId, memberIds);
      const outside = rows.filter((r) => !scope.coversPath(r.organisationPath));
      if (outside.length) throw AppException.forbidden(`Not in your scope: ${outside.map((r) => r.fullName).join(', ')}`);
      const byId = new Map(rows.map((r) => [r.memberId, r]));
      const refused = memberIds.filter((id) => {
        const r = byId.get(id);
        return !r || r.removedAt || !MAKEUP_STATUSES.includes(r.status as never);
      });
      if (refused.length) {
        const names = refused.map((id) => byId.get(id)?.fullName ?? id);
        throw AppException.unprocessable(`Not absentees of this session: ${names.join(', ')}`, 'memberIds');
      }
      await this.repo.assignMakeup(manager, sessionId, makeupSessionId, rows.map((r) => ({ memberId: r.memberId, organisationId: r.organisationId })));
      await this.audit.record(manager, scope.actor, {
        action: 'session.makeup.assign', entityType: 'study_session', entityId: sessionId,
        organisationId: source.organiserOrganisationId, after: { makeupSessionId, memberIds },
      });
      return rows.length;
    });
  }

  /** The caller's own sessions (scope self). */
  async mine(scope: AccessScope, upcomingOnly: boolean, limit = 50): Promise<MyAttendance[]> {
    const memberId = scope.actor.memberId;
    if (!memberId) throw AppException.notFound('Your member record');
    return this.repo.mine(memberId, upcomingOnly, limit);
  }

  /** Whether a member of the caller's scope studied a campaign (ADR 0007), with their sessions. */
  async studyStatus(scope: AccessScope, campaignId: string, memberId: string): Promise<MemberStudyStatus> {
    const member = await this.repo.currentPath(memberId);
    if (!member) throw AppException.notFound('Member');
    scope.assertPath(member);
    if (!(await this.sessionsRepo.campaignPath(campaignId))) throw AppException.notFound('Campaign');
    const sessions = await this.repo.ofCampaign(campaignId, memberId);
    const studied = sessions.filter((x) => STUDIED_STATUSES.includes(x.status as never));
    return {
      campaignId,
      memberId,
      studied: studied.length > 0,
      studiedAt: studied[0]?.startsAt ?? null,
      needsMakeup: studied.length === 0 && sessions.some((x) => MAKEUP_STATUSES.includes(x.status as never)),
      sessions,
    };
  }
}
