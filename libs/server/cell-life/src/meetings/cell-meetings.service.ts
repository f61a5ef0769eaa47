import { Injectable } from '@nestjs/common';
import { AuditService } from '@qt/server-audit';
import { AccessScope, AppException, decodeCursor, DEFAULT_PAGE_SIZE, ErrorCode, FieldError, Page, toCalendarDate, toPage } from '@qt/server-core';
import { DataSource } from 'typeorm';
import { CellMeetingKind, MeetingAttendanceStatus } from '../shared/cell-life.enums';
import { cellInScope, orgInScope, OrgRefsRepository } from '../shared/org-refs.repository';
import { CellMeetingsArgs, MyCellMeetingsArgs, RecordCellMeetingInput, SetAttendanceInput, UpdateCellMeetingInput } from './cell-meeting.dto';
import { CellMeeting, CellMeetingAttendee, CellMeetingRecord, MyCellMeeting } from './cell-meeting.types';
import { CellMeetingsRepository } from './cell-meetings.repository';

export const publicMeeting = (m: CellMeeting | CellMeetingRecord): CellMeeting => {
  const { organisationPath: _path, ...rest } = m as CellMeetingRecord;
  return rest;
};

/**
 * Cell meetings (sinh hoạt chi bộ), seed 002 §2.3-2.4. Invariants kept here:
 * - meetings belong to a party cell: a CELL, or a GRASSROOTS organisation without sub-organisations (chi bộ cơ sở);
 *   the cell existed on the date held, which is not in the future;
 * - one REGULAR meeting per cell and month (unique index; a second one is a 409); THEMATIC meetings have no month;
 * - every meeting ends with a resolution or conclusion (required text; optional link to a resolution record);
 * - attendance is recorded only for members of the cell on the meeting date (effective-dated memberships):
 *   a member who transferred in after that date, or out before it, is refused; EXCUSED needs a reason;
 * - a CELL_SECRETARY's scope is their cell, so they manage only its meetings.
 */
@Injectable()
export class CellMeetingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: CellMeetingsRepository,
    private readonly orgs: OrgRefsRepository,
    private readonly audit: AuditService,
  ) {}

  async get(scope: AccessScope, id: string): Promise<CellMeetingRecord> {
    const meeting = await this.repo.findById(id);
    if (!meeting) throw AppException.notFound('Cell meeting');
    scope.assertPath(meeting.organisationPath);
    return meeting;
  }

  async list(scope: AccessScope, args: CellMeetingsArgs): Promise<Page<CellMeeting>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const within = args.withinId ? (await orgInScope(this.orgs, scope, args.withinId)).path : undefined;
    const rows = await this.repo.list({
      scope,
      within,
      year: args.year,
      kind: args.kind,
      after: decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined,
      limit: first + 1,
    });
    return toPage(rows, first, (m) => [m.heldOn, m.id]);
  }

  async attendance(scope: AccessScope, id: string): Promise<CellMeetingAttendee[]> {
    await this.get(scope, id);
    return this.repo.attendance(id);
  }

  /** The caller's own cell meetings of a year with their attendance (scope `self`); none when not a party member. */
  async mine(scope: AccessScope, args: MyCellMeetingsArgs): Promise<MyCellMeeting[]> {
    const memberId = scope.actor.memberId;
    return memberId ? this.repo.ofMember(memberId, args.year) : [];
  }

  async record(scope: AccessScope, input: RecordCellMeetingInput): Promise<CellMeeting> {
    if (input.heldOn > toCalendarDate()) throw AppException.unprocessable('heldOn cannot be in the future', 'heldOn');
    let forMonth: string | null = null;
    if (input.kind === CellMeetingKind.REGULAR) {
      forMonth = `${input.forMonth ?? input.heldOn.slice(0, 7)}-01`;
      if (input.heldOn < forMonth) throw AppException.unprocessable('A regular meeting cannot be held before the month it counts for', 'heldOn');
    } else if (input.forMonth !== undefined) {
      throw AppException.badInput('forMonth applies to REGULAR meetings only', 'forMonth');
    }
    const id = await this.dataSource.transaction(async (manager) => {
      const cell = await cellInScope(this.orgs, scope, input.organisationId, 'organisationId', manager);
      if (input.heldOn < cell.activeFrom || (cell.dissolvedOn && input.heldOn >= cell.dissolvedOn)) {
        throw AppException.unprocessable('The cell did not exist on that date', 'heldOn');
      }
      if (input.resolutionId && !(await this.repo.resolutionExists(input.resolutionId, manager))) {
        throw AppException.unprocessable('resolutionId is not an existing resolution', 'resolutionId');
      }
      const created = await this.repo.insert(manager, {
        organisationId: cell.id,
        kind: input.kind,
        heldOn: input.heldOn,
        forMonth,
        topic: input.topic,
        conclusion: input.conclusion,
        resolutionId: input.resolutionId ?? null,
        createdBy: scope.actor.userId,
      });
      if (!created) {
        throw AppException.conflict(`The cell already has a regular meeting for ${forMonth?.slice(0, 7)}`, 'forMonth');
      }
      await this.audit.record(manager, scope.actor, {
        action: 'cellMeeting.record', entityType: 'cell_meeting', entityId: created, organisationId: cell.id, after: input,
      });
      return created;
    });
    return publicMeeting((await this.repo.findById(id)) as CellMeetingRecord);
  }

  async update(scope: AccessScope, id: string, input: UpdateCellMeetingInput): Promise<CellMeeting> {
    await this.dataSource.transaction(async (manager) => {
      const meeting = await this.repo.findById(id, manager, true);
      if (!meeting) throw AppException.notFound('Cell meeting');
      scope.assertPath(meeting.organisationPath);
      if (input.resolutionId && !(await this.repo.resolutionExists(input.resolutionId, manager))) {
        throw AppException.unprocessable('resolutionId is not an existing resolution', 'resolutionId');
      }
      const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
      if (Object.keys(changes).length === 0) return;
      await this.repo.update(manager, id, changes);
      const before = Object.fromEntries(Object.keys(changes).map((k) => [k, (meeting as unknown as Record<string, unknown>)[k]]));
      await this.audit.record(manager, scope.actor, {
        action: 'cellMeeting.update', entityType: 'cell_meeting', entityId: id, organisationId: meeting.organisationId, before, after: changes,
      });
    });
    return publicMeeting((await this.repo.findById(id)) as CellMeetingRecord);
  }

  async remove(scope: AccessScope, id: string): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      const meeting = await this.repo.findById(id, manager, true);
      if (!meeting) throw AppException.notFound('Cell meeting');
      scope.assertPath(meeting.organisationPath);
      await manager.query(`DELETE FROM cell_meetings WHERE id = $1`, [id]);
      await this.audit.record(manager, scope.actor, {
        action: 'cellMeeting.delete', entityType: 'cell_meeting', entityId: id, organisationId: meeting.organisationId, before: publicMeeting(meeting),
      });
    });
    return true;
  }

  /** Records attendance of members of the cell on the meeting date; all entries or none. */
  async setAttendance(scope: AccessScope, id: string, input: SetAttendanceInput): Promise<CellMeetingAttendee[]> {
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    input.entries.forEach((e, i) => {
      if (seen.has(e.memberId)) errors.push({ field: `entries.${i}.memberId`, messages: ['memberId is repeated'] });
      seen.add(e.memberId);
      if (e.status === MeetingAttendanceStatus.EXCUSED && !e.reason) {
        errors.push({ field: `entries.${i}.reason`, messages: ['An excused absence needs a reason'] });
      }
    });
    if (errors.length) throw new AppException(ErrorCode.BAD_USER_INPUT, 'Invalid attendance entries', errors);
    await this.dataSource.transaction(async (manager) => {
      const meeting = await this.repo.findById(id, manager, true);
      if (!meeting) throw AppException.notFound('Cell meeting');
      scope.assertPath(meeting.organisationPath);
      const outsiders = new Set(await this.repo.notMembersOn(manager, meeting.organisationId, meeting.heldOn, [...seen]));
      if (outsiders.size) {
        throw new AppException(
          ErrorCode.UNPROCESSABLE,
          `Not members of the cell on ${meeting.heldOn}`,
          input.entries
            .map((e, i) => ({ e, i }))
            .filter(({ e }) => outsiders.has(e.memberId))
            .map(({ i }) => ({ field: `entries.${i}.memberId`, messages: [`not a member of the cell on ${meeting.heldOn}`] })),
        );
      }
      const entries = input.entries.map((e) => ({ memberId: e.memberId, status: e.status, reason: e.reason ?? null }));
      await this.repo.upsertAttendance(manager, id, entries);
      await this.audit.record(manager, scope.actor, {
        action: 'cellMeeting.attendance', entityType: 'cell_meeting', entityId: id, organisationId: meeting.organisationId, after: entries,
      });
    });
    return this.repo.attendance(id);
  }
}
