import { Injectable } from '@nestjs/common';
import { AuditService } from '@qt/server-audit';
import { AccessScope, AppException, decodeCursor, DEFAULT_PAGE_SIZE, Page, syncQuery, toCalendarDate, toPage, toSyncPage } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { CreateSessionInput, EvaluateSessionInput, SessionsArgs, UpdateSessionInput } from './dtos/session.dto';
import { SessionClosePlanner } from './jobs/close-planner';
import { ParticipantsRepository } from './participants/participants.repository';
import { SessionCounters, SessionRecord, SessionSpeaker, StudySession } from './session.types';
import { ancestorPaths, SessionsRepository } from './sessions.repository';

/** What leaves the API of a session: no internal paths. */
export const publicSession = (s: SessionRecord | StudySession): StudySession => {
  const { organiserPath: _p, organiserKind: _k, campaignStatus: _c, issuerPath: _i, ...rest } = s as SessionRecord;
  return rest;
};

const inSubtree = (path: string, root: string) => path.startsWith(root);

/**
 * Study sessions (domain.md §4). Invariants kept here:
 * - a session belongs to an ISSUED campaign, is organised by an organisation
 *   in the caller's scope and in the issuer's subtree, in one of the campaign's formats;
 * - connection points (điểm cầu) are hosted in the organiser's subtree and only
 *   for formats other than IN_PERSON;
 * - only PLANNED sessions change; a new start or duration re-plans the close job
 *   and, while nobody is marked, regenerates the participant snapshot;
 * - visibility: organised in the scope, or above it (then only the scope's own
 *   participants are shown and counted); writes need the organiser in scope.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: SessionsRepository,
    private readonly participants: ParticipantsRepository,
    private readonly planner: SessionClosePlanner,
    private readonly audit: AuditService,
  ) {}

  /** A session the scope may see (organised in it or above it), or 404 / 403. */
  async visible(scope: AccessScope, id: string, manager?: EntityManager): Promise<SessionRecord> {
    const s = await this.repo.findById(id, manager);
    if (!s) throw AppException.notFound('Session');
    if (!scope.coversPath(s.organiserPath) && !ancestorPaths(scope).includes(s.organiserPath)) throw AppException.forbidden();
    return s;
  }

  /** A session whose organiser the scope covers (to change it), or 404 / 403; locked when a manager is given. */
  async owned(scope: AccessScope, id: string, manager?: EntityManager): Promise<SessionRecord> {
    const s = await this.repo.findById(id, manager, Boolean(manager));
    if (!s) throw AppException.notFound('Session');
    scope.assertPath(s.organiserPath);
    return s;
  }

  /** True when the viewer sees every participant (organiser in scope); else only those of their subtrees. */
  seesAll(scope: AccessScope, s: SessionRecord): boolean {
    return scope.coversPath(s.organiserPath);
  }

  /** The session (with its internal organiser path, which GraphQL does not expose; REST strips it). */
  async get(scope: AccessScope, id: string): Promise<SessionRecord> {
    return this.visible(scope, id);
  }

  /** The session as REST returns it: with points, speakers and counters. */
  async detail(scope: AccessScope, id: string): Promise<StudySession> {
    const s = await this.visible(scope, id);
    const [points, speakers, counters] = await Promise.all([
      this.repo.connectionPoints([id]),
      this.repo.speakers([id]),
      this.counters(scope, s),
    ]);
    return { ...publicSession(s), connectionPoints: points.map(({ hostPath: _h, ...p }) => p), speakers, counters };
  }

  async counters(scope: AccessScope, s: SessionRecord): Promise<SessionCounters> {
    const map = await this.repo.counters([s.id], this.seesAll(scope, s) ? undefined : scope);
    return map.get(s.id) as SessionCounters;
  }

  async list(scope: AccessScope, args: SessionsArgs): Promise<Page<StudySession & { organiserPath: string }>> {
    const path = await this.repo.campaignPath(args.campaignId);
    if (!path) throw AppException.notFound('Campaign');
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const sync = syncQuery(args);
    const rows = await this.repo.list({
      scope,
      campaignId: args.campaignId,
      organiserId: args.organiserId,
      from: args.from,
      to: args.to,
      status: args.status,
      after: sync ? undefined : (decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined),
      sync,
      limit: first + 1,
    });
    if (sync) return toSyncPage(rows, first, (s) => s.id);
    return toPage(rows, first, (s) => [new Date(s.startsAt).toISOString(), s.id]);
  }

  async create(scope: AccessScope, input: CreateSessionInput): Promise<SessionRecord> {
    const endsAt = new Date(input.startsAt.getTime() + input.durationMinutes * 60_000);
    if (endsAt.getTime() <= Date.now()) throw AppException.unprocessable('The session would already be over', 'startsAt');
    if (input.preBriefingAt && input.preBriefingAt >= input.startsAt) {
      throw AppException.unprocessable('The pre-briefing must come before the start', 'preBriefingAt');
    }
    const points = input.connectionPoints ?? [];
    if (points.length > 0 && input.format === 'IN_PERSON') {
      throw AppException.unprocessable('An in-person session has no connection points', 'connectionPoints');
    }
    const id = await this.dataSource.transaction(async (manager) => {
      const campaign = await this.repo.campaign(manager, input.campaignId);
      if (!campaign) throw AppException.unprocessable('campaignId is not an existing campaign', 'campaignId');
      if (campaign.status !== 'ISSUED') throw AppException.unprocessable('Sessions are planned only in an issued campaign', 'campaignId');
      if (!campaign.formats.includes(input.format)) {
        throw AppException.unprocessable(`The campaign allows only ${campaign.formats.join(', ')}`, 'format');
      }
      const orgs = await this.repo.organisations(manager, [input.organiserOrganisationId, ...points.map((p) => p.hostOrganisationId)]);
      const organiser = orgs.find((o) => o.id === input.organiserOrganisationId);
      if (!organiser) throw AppException.unprocessable('organiserOrganisationId is not an existing organisation', 'organiserOrganisationId');
      scope.assertPath(organiser.path);
      if (organiser.dissolvedOn) throw AppException.unprocessable('The organiser was dissolved', 'organiserOrganisationId');
      if (!inSubtree(organiser.path, campaign.issuerPath)) {
        throw AppException.unprocessable('The organiser is outside the campaign issuer’s organisation tree', 'organiserOrganisationId');
      }
      if (!(await this.repo.hasLevelRule(manager, campaign.id, organiser.kind))) {
        throw AppException.unprocessable(`The campaign has no rule for the ${organiser.kind} level`, 'organiserOrganisationId');
      }
      points.forEach((p, i) => {
        const host = orgs.find((o) => o.id === p.hostOrganisationId);
        if (!host || !inSubtree(host.path, organiser.path)) {
          throw AppException.unprocessable('A connection point must be hosted in the organiser’s subtree', `connectionPoints.${i}.hostOrganisationId`);
        }
      });
      const keys = new Set(points.map((p) => `${p.hostOrganisationId}|${p.place}`));
      if (keys.size !== points.length) throw AppException.badInput('A connection point is listed twice', 'connectionPoints');
      const sessionId = await this.repo.insert(manager, {
        campaignId: campaign.id,
        organiserId: organiser.id,
        title: input.title,
        startsAt: input.startsAt,
        durationMinutes: input.durationMinutes,
        format: input.format,
        venue: input.venue ?? null,
        isMakeup: input.isMakeup ?? false,
        preBriefingAt: input.preBriefingAt ?? null,
        preBriefingNote: input.preBriefingNote ?? null,
        createdBy: scope.actor.userId,
      });
      await this.repo.insertConnectionPoints(manager, sessionId, points);
      // A make-up session's list is the absentees assigned to it, not the audience rule.
      if (!input.isMakeup) await this.participants.generate(manager, sessionId);
      await this.audit.record(manager, scope.actor, {
        action: 'session.create', entityType: 'study_session', entityId: sessionId, organisationId: organiser.id, after: input,
      });
      return sessionId;
    });
    await this.planner.plan(id, endsAt);
    return this.get(scope, id);
  }

  async update(scope: AccessScope, id: string, input: UpdateSessionInput): Promise<SessionRecord> {
    const replanned = await this.dataSource.transaction(async (manager) => {
      const s = await this.owned(scope, id, manager);
      const facts = input.secretaryPresented !== undefined;
      const others = Object.entries(input).some(([k, v]) => k !== 'secretaryPresented' && v !== undefined);
      // "Secretary presented" is a fact recorded after the session, so it may be set on a closed session too.
      if (s.status === 'CANCELLED' || (others && s.status !== 'PLANNED')) {
        throw AppException.conflict(`The session is ${s.status}`, 'status');
      }
      const startsAt = input.startsAt ?? new Date(s.startsAt);
      const duration = input.durationMinutes ?? s.durationMinutes;
      const endsAt = new Date(startsAt.getTime() + duration * 60_000);
      const moved = startsAt.getTime() !== new Date(s.startsAt).getTime() || duration !== s.durationMinutes;
      if (moved && endsAt.getTime() <= Date.now()) throw AppException.unprocessable('The session would already be over', 'startsAt');
      const briefing = input.preBriefingAt === undefined ? s.preBriefingAt : input.preBriefingAt;
      if (briefing && new Date(briefing) >= startsAt) {
        throw AppException.unprocessable('The pre-briefing must come before the start', 'preBriefingAt');
      }
      if (!facts && !others) return undefined;
      await this.repo.update(manager, id, { ...input });
      const dateChanged = moved && toCalendarDate(startsAt) !== toCalendarDate(new Date(s.startsAt));
      if (dateChanged && !s.isMakeup && !(await this.participants.anyMarked(manager, id))) {
        await this.participants.dropGenerated(manager, id);
        await this.participants.generate(manager, id);
      }
      await this.audit.record(manager, scope.actor, {
        action: 'session.update', entityType: 'study_session', entityId: id, organisationId: s.organiserOrganisationId,
        before: Object.fromEntries(Object.keys(input).map((k) => [k, (s as unknown as Record<string, unknown>)[k]])),
        after: input,
      });
      return moved ? endsAt : undefined;
    });
    if (replanned) await this.planner.plan(id, replanned);
    return this.get(scope, id);
  }

  async cancel(scope: AccessScope, id: string, reason: string): Promise<SessionRecord> {
    await this.dataSource.transaction(async (manager) => {
      const s = await this.owned(scope, id, manager);
      if (s.status !== 'PLANNED') throw AppException.conflict(`The session is ${s.status}`, 'status');
      await this.repo.update(manager, id, { status: 'CANCELLED', cancelledAt: new Date(), cancelledReason: reason });
      await this.audit.record(manager, scope.actor, {
        action: 'session.cancel', entityType: 'study_session', entityId: id, organisationId: s.organiserOrganisationId,
        after: { reason },
      });
    });
    await this.planner.unplan(id);
    return this.get(scope, id);
  }

  /** Class evaluation (seed 000 III.3): once the session has started. */
  async evaluate(scope: AccessScope, id: string, input: EvaluateSessionInput): Promise<SessionRecord> {
    await this.dataSource.transaction(async (manager) => {
      const s = await this.owned(scope, id, manager);
      if (s.status === 'CANCELLED') throw AppException.conflict('The session was cancelled', 'status');
      if (new Date(s.startsAt).getTime() > Date.now()) throw AppException.unprocessable('The session has not started yet', 'id');
      await this.repo.update(manager, id, {
        evaluationRuleCompliance: input.ruleCompliance, evaluationSpeakerQuality: input.speakerQuality,
        evaluationComment: input.comment ?? null, evaluatedAt: new Date(), evaluatedBy: scope.actor.userId,
      });
      await this.audit.record(manager, scope.actor, {
        action: 'session.evaluate', entityType: 'study_session', entityId: id, organisationId: s.organiserOrganisationId, after: input,
      });
    });
    return this.get(scope, id);
  }

  /** Rebuilds the participant list from the audience rule; only while nobody is marked. */
  async regenerate(scope: AccessScope, id: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const s = await this.owned(scope, id, manager);
      if (s.status !== 'PLANNED') throw AppException.conflict(`The session is ${s.status}`, 'status');
      if (s.isMakeup) throw AppException.unprocessable('A make-up session’s list is its assigned absentees', 'id');
      if (await this.participants.anyMarked(manager, id)) {
        throw AppException.conflict('Roll call has started: edit the list member by member instead', 'id');
      }
      await this.participants.dropGenerated(manager, id);
      const added = await this.participants.generate(manager, id);
      await this.audit.record(manager, scope.actor, {
        action: 'session.participants.regenerate', entityType: 'study_session', entityId: id,
        organisationId: s.organiserOrganisationId, after: { generated: added },
      });
      return added;
    });
  }

  /** Assigns a speaker of a roster on the organiser's line (the organiser, above or below it). */
  async assignSpeaker(scope: AccessScope, id: string, speakerId: string, topic: string | null): Promise<SessionSpeaker[]> {
    await this.dataSource.transaction(async (manager) => {
      const s = await this.owned(scope, id, manager);
      if (s.status === 'CANCELLED') throw AppException.conflict('The session was cancelled', 'status');
      const speaker = await this.repo.speaker(manager, speakerId);
      if (!speaker) throw AppException.unprocessable('speakerId is not on a speakers roster', 'speakerId');
      if (!inSubtree(speaker.path, s.organiserPath) && !inSubtree(s.organiserPath, speaker.path)) {
        throw AppException.unprocessable('The speaker’s roster is not on the organiser’s line', 'speakerId');
      }
      const day = toCalendarDate(new Date(s.startsAt));
      if (speaker.appointedOn > day || (speaker.endedOn && speaker.endedOn < day)) {
        throw AppException.unprocessable('The speaker is not appointed on the session date', 'speakerId');
      }
      await this.repo.upsertSpeaker(manager, id, speakerId, topic);
      await this.audit.record(manager, scope.actor, {
        action: 'session.speaker.assign', entityType: 'study_session', entityId: id, organisationId: s.organiserOrganisationId,
        after: { speakerId, topic },
      });
    });
    return this.repo.speakers([id]);
  }

  async unassignSpeaker(scope: AccessScope, id: string, speakerId: string): Promise<SessionSpeaker[]> {
    await this.dataSource.transaction(async (manager) => {
      const s = await this.owned(scope, id, manager);
      const removed = await this.repo.deleteSpeaker(manager, id, speakerId);
      if (!removed) throw AppException.notFound('Speaker of this session');
      if (removed.score !== null) throw AppException.conflict('The speaker has been evaluated for this session', 'speakerId');
      await this.audit.record(manager, scope.actor, {
        action: 'session.speaker.unassign', entityType: 'study_session', entityId: id, organisationId: s.organiserOrganisationId,
        before: { speakerId },
      });
    });
    return this.repo.speakers([id]);
  }
}
