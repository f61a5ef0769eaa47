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
  toCalendarDate,
  toPage,
} from '@qt/server-core';
import { Organisation, OrganisationsService } from '@qt/server-organisations';
import { OrganisationKind } from '@qt/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import {
  AddSpeakerAssignmentInput,
  AddSpeakerTrainingInput,
  CreateSpeakerInput,
  EndSpeakerInput,
  SessionsPageArgs,
  SpeakersArgs,
  UpdateSpeakerInput,
} from './dtos/speaker.dto';
import { SpeakerSessionsRepository } from './speaker-sessions.repository';
import { SpeakerSession } from './speaker-session.types';
import { Speaker, SpeakerAssignment, SpeakerDetail, SpeakerRecord, SpeakerTraining } from './speaker.types';
import { SpeakersRepository } from './speakers.repository';

/** What leaves the API of a speaker: everything but the internal organisation path. */
export const publicSpeaker = (s: Speaker | SpeakerRecord): Speaker => {
  const { organisationPath: _path, ...rest } = s as SpeakerRecord;
  return rest;
};

/**
 * Speaker rosters (báo cáo viên, domain.md §7). Invariants kept here:
 * - a roster belongs to a BLOC, UPPER_GRASSROOTS or GRASSROOTS committee and
 *   its level equals the committee's kind (cells have no roster);
 * - a speaker is either a party member of the committee's subtree or an
 *   external person (name, workplace) — never both, never neither;
 * - a member holds at most one open appointment on one roster;
 * - an appointment is ended (endedOn, exclusive), never deleted, so counts
 *   on past dates stay true;
 * - the caller's scope covers the roster's committee.
 */
@Injectable()
export class SpeakersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: SpeakersRepository,
    private readonly sessions: SpeakerSessionsRepository,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
  ) {}

  /** A speaker whose roster the scope covers, or 404 / 403. */
  async get(scope: AccessScope, id: string, manager?: EntityManager, lock = false): Promise<SpeakerRecord> {
    const speaker = await this.repo.findById(id, manager, lock);
    if (!speaker) throw AppException.notFound('Speaker');
    scope.assertPath(speaker.organisationPath);
    return speaker;
  }

  async detail(scope: AccessScope, id: string): Promise<SpeakerDetail> {
    const speaker = publicSpeaker(await this.get(scope, id));
    const [trainings, assignments] = await Promise.all([this.repo.trainingsOf([id]), this.repo.assignmentsOf([id])]);
    return { ...speaker, trainings, assignments };
  }

  async list(scope: AccessScope, args: SpeakersArgs): Promise<Page<Speaker>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const within = args.withinId ? (await this.organisations.get(scope, args.withinId)).path : undefined;
    if (args.organisationId) await this.organisations.get(scope, args.organisationId);
    const rows = await this.repo.list({
      scope,
      within,
      organisationId: args.organisationId,
      level: args.level,
      search: args.search,
      activeOn: args.includeEnded ? undefined : (args.activeOn ?? toCalendarDate()),
      after: decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined,
      limit: first + 1,
    });
    return toPage(rows, first, (s) => [s.name, s.id]);
  }

  /** The caller's own roster entries (scope `self`); empty when the caller is not a member or not a speaker. */
  async mine(scope: AccessScope): Promise<Speaker[]> {
    const memberId = scope.actor.memberId;
    return memberId ? this.repo.ofMember(memberId) : [];
  }

  /** Sessions a speaker of the scope speaks at, newest first, with the evaluations. */
  async sessionsOf(scope: AccessScope, id: string, args: SessionsPageArgs): Promise<Page<SpeakerSession>> {
    await this.get(scope, id);
    return this.sessionPage({ speakerId: id }, args);
  }

  /** Sessions the caller speaks at (under any of their roster entries), newest first. */
  async mySessions(scope: AccessScope, args: SessionsPageArgs): Promise<Page<SpeakerSession>> {
    const memberId = scope.actor.memberId;
    if (!memberId) return toPage([], args.first ?? DEFAULT_PAGE_SIZE, () => []);
    return this.sessionPage({ memberId }, args);
  }

  private async sessionPage(by: { speakerId?: string; memberId?: string }, args: SessionsPageArgs): Promise<Page<SpeakerSession>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined;
    const rows = await this.sessions.list({ ...by, after, limit: first + 1 });
    return toPage(rows, first, (r) => [new Date(r.startsAt).toISOString(), r.sessionId]);
  }

  async create(scope: AccessScope, input: CreateSpeakerInput): Promise<Speaker> {
    assertMemberOrExternal(input);
    if (input.appointedOn > toCalendarDate()) throw AppException.unprocessable('appointedOn cannot be in the future', 'appointedOn');
    const id = await this.dataSource.transaction(async (manager) => {
      await lockTree(manager, 'shared');
      const org = await this.rosterOrganisation(scope, input.organisationId, manager);
      if (org.kind !== (input.level as string)) {
        throw AppException.unprocessable(
          `level ${input.level} does not match the organisation's kind ${org.kind}: a roster's level is its committee's kind`,
          'level',
        );
      }
      if (input.memberId) {
        const memberPath = await this.repo.memberPath(manager, input.memberId);
        if (!memberPath) throw AppException.unprocessable('memberId is not an existing member', 'memberId');
        if (!memberPath.startsWith(org.path)) {
          throw AppException.unprocessable("The member does not take part in party life in the roster organisation's subtree", 'memberId');
        }
      }
      // A second open appointment of the member on this roster: 409 naming memberId (speakers_member_open_key).
      const created = await this.repo.insert(manager, {
        level: input.level,
        organisationId: org.id,
        memberId: input.memberId ?? null,
        externalName: input.externalName ?? null,
        externalWorkplace: input.externalWorkplace ?? null,
        title: input.title ?? null,
        expertise: input.expertise ?? [],
        appointedOn: input.appointedOn,
        notes: input.notes ?? null,
      });
      await this.audit.record(manager, scope.actor, {
        action: 'speaker.create', entityType: 'speaker', entityId: created, organisationId: org.id, after: input,
      });
      return created;
    });
    return publicSpeaker((await this.repo.findById(id)) as SpeakerRecord);
  }

  async update(scope: AccessScope, id: string, input: UpdateSpeakerInput): Promise<Speaker> {
    await this.dataSource.transaction(async (manager) => {
      const speaker = await this.get(scope, id, manager, true);
      if (!speaker.isExternal) {
        const fields = (['externalName', 'externalWorkplace'] as const).filter((f) => input[f] !== undefined);
        if (fields.length) {
          throw new AppException(
            ErrorCode.BAD_USER_INPUT,
            'A member speaker has no external name or workplace: the name is the member record\'s',
            fields.map((field) => ({ field, messages: [`${field} is only for external speakers`] })),
          );
        }
      }
      const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
      if (Object.keys(changes).length === 0) return;
      if (input.appointedOn) {
        if (input.appointedOn > toCalendarDate()) throw AppException.unprocessable('appointedOn cannot be in the future', 'appointedOn');
        if (speaker.endedOn && input.appointedOn > speaker.endedOn) {
          throw AppException.unprocessable(`appointedOn must not be after endedOn ${speaker.endedOn}`, 'appointedOn');
        }
      }
      await this.repo.update(manager, id, changes);
      const before = Object.fromEntries(Object.keys(changes).map((k) => [k, beforeValue(speaker, k)]));
      await this.audit.record(manager, scope.actor, {
        action: 'speaker.update', entityType: 'speaker', entityId: id, organisationId: speaker.organisationId, before, after: changes,
      });
    });
    return publicSpeaker((await this.repo.findById(id)) as SpeakerRecord);
  }

  /** Ends an appointment (miễn nhiệm, thôi làm báo cáo viên): the entry stays, inactive from endedOn. */
  async end(scope: AccessScope, id: string, input: EndSpeakerInput): Promise<Speaker> {
    await this.dataSource.transaction(async (manager) => {
      const speaker = await this.get(scope, id, manager, true);
      if (speaker.endedOn) throw AppException.unprocessable(`Already ended on ${speaker.endedOn}`, 'endedOn');
      if (input.endedOn < speaker.appointedOn) {
        throw AppException.unprocessable(`endedOn must not be before appointedOn ${speaker.appointedOn}`, 'endedOn');
      }
      const notes = input.reason
        ? [speaker.notes, `Kết thúc ${input.endedOn}: ${input.reason}`].filter(Boolean).join('\n')
        : speaker.notes;
      await this.repo.end(manager, id, input.endedOn, notes);
      await this.audit.record(manager, scope.actor, {
        action: 'speaker.end', entityType: 'speaker', entityId: id, organisationId: speaker.organisationId,
        before: { endedOn: null }, after: { endedOn: input.endedOn, reason: input.reason ?? null },
      });
    });
    return publicSpeaker((await this.repo.findById(id)) as SpeakerRecord);
  }

  async addTraining(scope: AccessScope, id: string, input: AddSpeakerTrainingInput): Promise<SpeakerTraining> {
    if (input.heldOn > toCalendarDate()) throw AppException.unprocessable('heldOn cannot be in the future', 'heldOn');
    return this.dataSource.transaction(async (manager) => {
      const speaker = await this.get(scope, id, manager, true);
      const row = await this.repo.insertTraining(manager, id, {
        title: input.title, organiser: input.organiser ?? null, heldOn: input.heldOn,
      });
      await this.audit.record(manager, scope.actor, {
        action: 'speaker.addTraining', entityType: 'speaker_training', entityId: row.id, organisationId: speaker.organisationId,
        after: { speakerId: id, ...input },
      });
      return row;
    });
  }

  async addAssignment(scope: AccessScope, id: string, input: AddSpeakerAssignmentInput): Promise<SpeakerAssignment> {
    return this.dataSource.transaction(async (manager) => {
      const speaker = await this.get(scope, id, manager, true);
      const row = await this.repo.insertAssignment(manager, id, input);
      await this.audit.record(manager, scope.actor, {
        action: 'speaker.addAssignment', entityType: 'speaker_assignment', entityId: row.id, organisationId: speaker.organisationId,
        after: { speakerId: id, ...input },
      });
      return row;
    });
  }

  /** Removes a training or an assignment recorded by mistake (audited). */
  async removeChild(scope: AccessScope, id: string, kind: 'training' | 'assignment', childId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const speaker = await this.get(scope, id, manager, true);
      const table = kind === 'training' ? 'speaker_trainings' : 'speaker_assignments';
      if (!(await this.repo.deleteChild(manager, table, id, childId))) {
        throw AppException.notFound(kind === 'training' ? 'Training' : 'Assignment');
      }
      await this.audit.record(manager, scope.actor, {
        action: `speaker.remove${kind === 'training' ? 'Training' : 'Assignment'}`, entityType: `speaker_${kind}`, entityId: childId,
        organisationId: speaker.organisationId, before: { speakerId: id },
      });
      return true;
    });
  }

  /** The roster's committee: in scope (403), existing (422), not dissolved, not a cell. */
  private async rosterOrganisation(scope: AccessScope, id: string, manager: EntityManager): Promise<Organisation> {
    let org: Organisation;
    try {
      org = await this.organisations.get(scope, id, manager, 'FOR SHARE');
    } catch (err) {
      if (err instanceof AppException && err.code === ErrorCode.NOT_FOUND) {
        throw AppException.unprocessable('organisationId is not an existing organisation', 'organisationId');
      }
      throw err;
    }
    if (org.dissolvedOn) throw AppException.unprocessable(`The organisation was dissolved on ${org.dissolvedOn}`, 'organisationId');
    if (org.kind === OrganisationKind.CELL) {
      throw AppException.unprocessable('A cell (chi bộ) has no speaker roster: rosters are kept at bloc, upper-grassroots and grassroots level', 'organisationId');
    }
    return org;
  }
}

/** Exactly one of memberId and externalName (400 naming both when both or neither); a workplace only for an external person. */
function assertMemberOrExternal(input: CreateSpeakerInput): void {
  const hasMember = input.memberId !== undefined && input.memberId !== null;
  const hasExternal = input.externalName !== undefined && input.externalName !== null;
  if (hasMember === hasExternal) {
    const message = hasMember
      ? 'Give either memberId (a party member) or externalName (an external person), not both'
      : 'Give memberId (a party member) or externalName (an external person)';
    throw new AppException(ErrorCode.BAD_USER_INPUT, message, [
      { field: 'memberId', messages: [message] },
      { field: 'externalName', messages: [message] },
    ]);
  }
  if (hasMember && input.externalWorkplace !== undefined && input.externalWorkplace !== null) {
    throw AppException.badInput('externalWorkplace is only for an external person', 'externalWorkplace');
  }
}

function beforeValue(speaker: SpeakerRecord, key: string): unknown {
  if (key === 'externalName') return speaker.isExternal ? speaker.name : null;
  return (speaker as unknown as Record<string, unknown>)[key];
}
