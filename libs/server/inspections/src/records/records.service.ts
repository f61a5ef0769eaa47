import { Injectable } from '@nestjs/common';
import { AuditService } from '@qt/server-audit';
import { AccessScope, AppException, decodeCursor, DEFAULT_PAGE_SIZE, Page, toCalendarDate, toPage } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { DISCIPLINE_FOR, FollowUpStatus, TeamRole, ViolationSubject } from '../common/inspection-enums';
import { scopedPath } from '../common/within-path';
import {
  AddFollowUpInput,
  AddViolationInput,
  CreateInspectionRecordInput,
  FollowUpsArgs,
  InspectionRecordsArgs,
  TeamMemberInput,
  UpdateFollowUpInput,
  UpdateInspectionRecordInput,
} from './record.dto';
import { InspectionFollowUp, InspectionRecord, RecordRow } from './record.types';
import { RecordsRepository } from './records.repository';

const isBelow = (path: string, ancestor: string) => path.startsWith(ancestor) && path !== ancestor;

/**
 * Inspection records (cuộc kiểm tra). Rules: the inspecting committee and the inspected organisation are in the
 * caller's scope and the organisation lies below the committee (422 `organisationId`); an inspection carrying out a
 * plan inspects a DIRECTLY subordinate organisation of the plan's committee, which is the inspecting committee
 * (422 `planId` / `organisationId`); the team has exactly one lead (422 `team`); ended on or after started
 * (422 `endedOn`); a violation names a member of, or an organisation in, the inspected organisation's subtree and a
 * discipline form Regulation 181-QĐ/TW allows for that subject (422 `memberId` / `organisationId` / `discipline`).
 */
@Injectable()
export class RecordsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: RecordsRepository,
    private readonly audit: AuditService,
  ) {}

  private checkTeam(team: TeamMemberInput[]): void {
    if (team.filter((m) => m.role === TeamRole.LEAD).length !== 1) {
      throw AppException.unprocessable('The team needs exactly one lead (trưởng đoàn)', 'team');
    }
  }

  private checkDates(startedOn: string, endedOn?: string | null): void {
    if (startedOn > toCalendarDate()) throw AppException.unprocessable('startedOn cannot be in the future', 'startedOn');
    if (endedOn && endedOn < startedOn) throw AppException.unprocessable('endedOn must be on or after startedOn', 'endedOn');
  }

  async create(scope: AccessScope, input: CreateInspectionRecordInput): Promise<InspectionRecord> {
    this.checkTeam(input.team);
    this.checkDates(input.startedOn, input.endedOn);
    const id = await this.dataSource.transaction(async (manager) => {
      const inspecting = await this.repo.orgPath(input.inspectingOrganisationId, manager);
      if (!inspecting) throw AppException.unprocessable('Organisation not found', 'inspectingOrganisationId');
      scope.assertPath(inspecting.path);
      const target = await this.repo.orgPath(input.organisationId, manager);
      if (!target) throw AppException.unprocessable('Organisation not found', 'organisationId');
      if (!isBelow(target.path, inspecting.path)) {
        throw AppException.unprocessable('The inspected organisation must lie below the inspecting committee', 'organisationId');
      }
      if (input.planId) {
        const committee = await this.repo.planCommittee(input.planId, manager);
        if (!committee) throw AppException.unprocessable('Plan not found', 'planId');
        if (committee !== input.inspectingOrganisationId) {
          throw AppException.unprocessable("The plan is another committee's", 'planId');
        }
        if (target.parentId !== committee) {
          throw AppException.unprocessable("A planned inspection is of a directly subordinate organisation of the plan's committee", 'organisationId');
        }
      }
      const created = await this.repo.insert(manager, input, scope.actor.userId);
      await this.audit.record(manager, scope.actor, {
        action: 'inspectionRecord.create', entityType: 'inspection_record', entityId: created, organisationId: input.organisationId, after: input,
      });
      return created;
    });
    return this.get(scope, id);
  }

  private async load(scope: AccessScope, id: string, manager?: EntityManager, lock = false): Promise<RecordRow> {
    const row = await this.repo.findById(id, manager, lock);
    if (!row) throw AppException.notFound('Inspection record');
    scope.assertPath(row.inspectingPath);
    return row;
  }

  private async withChildren(rows: RecordRow[]): Promise<InspectionRecord[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [violations, followUps] = await Promise.all([this.repo.violations(ids), this.repo.followUps(ids)]);
    return rows.map(({ organisationPath: _o, inspectingPath: _i, ...r }) => ({
      ...r,
      violations: violations.filter((v) => v.recordId === r.id).map(({ recordId: _r, ...v }) => v),
      followUps: followUps.filter((f) => f.recordId === r.id),
    }));
  }

  async get(scope: AccessScope, id: string): Promise<InspectionRecord> {
    const row = await this.repo.findById(id);
    if (!row) throw AppException.notFound('Inspection record');
    // Readers see records of organisations in their subtree (the inspected side).
    scope.assertPath(row.organisationPath);
    return (await this.withChildren([row]))[0];
  }

  async list(scope: AccessScope, args: InspectionRecordsArgs): Promise<Page<InspectionRecord>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const within = await scopedPath(this.dataSource.manager, scope, args.withinId, 'withinId');
    const rows = await this.repo.list({
      scope, within, year: args.year, planId: args.planId,
      after: decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined,
      limit: first + 1,
    });
    const page = toPage(rows, first, (r) => [r.startedOn, r.id]);
    return { ...page, nodes: await this.withChildren(page.nodes) };
  }

  async update(scope: AccessScope, id: string, input: UpdateInspectionRecordInput): Promise<InspectionRecord> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.load(scope, id, manager, true);
      if (input.team) this.checkTeam(input.team);
      const endedOn = input.endedOn !== undefined ? input.endedOn : row.endedOn;
      this.checkDates(row.startedOn, endedOn);
      const next = {
        scope: input.scope ?? row.scope,
        endedOn,
        team: input.team ? input.team.map((m) => ({ fullName: m.fullName, role: m.role, memberId: m.memberId ?? null })) : row.team,
        findings: input.findings !== undefined ? input.findings : row.findings,
        conclusion: input.conclusion !== undefined ? input.conclusion : row.conclusion,
        recommendations: input.recommendations !== undefined ? input.recommendations : row.recommendations,
      };
      await this.repo.update(manager, id, next);
      await this.audit.record(manager, scope.actor, {
        action: 'inspectionRecord.update', entityType: 'inspection_record', entityId: id, organisationId: row.organisationId, after: input,
      });
    });
    return this.get(scope, id);
  }

  async addViolation(scope: AccessScope, recordId: string, input: AddViolationInput): Promise<InspectionRecord> {
    const allowed = DISCIPLINE_FOR[input.subjectKind];
    if (input.discipline && !allowed.includes(input.discipline)) {
      throw AppException.unprocessable(`${input.discipline} is not a form of discipline for ${input.subjectKind} (181-QĐ/TW: ${allowed.join(', ')})`, 'discipline');
    }
    await this.dataSource.transaction(async (manager) => {
      const row = await this.load(scope, recordId, manager, true);
      if (input.subjectKind === ViolationSubject.MEMBER) {
        if (!input.memberId) throw AppException.unprocessable('memberId is required for a member', 'memberId');
        if (input.organisationId) throw AppException.unprocessable('Give memberId only for a member', 'organisationId');
        const path = await this.repo.memberPath(input.memberId, manager);
        if (!path || !path.startsWith(row.organisationPath)) {
          throw AppException.unprocessable('The member does not take part in the inspected organisation', 'memberId');
        }
      } else {
        if (!input.organisationId) throw AppException.unprocessable('organisationId is required for an organisation', 'organisationId');
        if (input.memberId) throw AppException.unprocessable('Give organisationId only for an organisation', 'memberId');
        const org = await this.repo.orgPath(input.organisationId, manager);
        if (!org || !org.path.startsWith(row.organisationPath)) {
          throw AppException.unprocessable('The organisation is not the inspected one or below it', 'organisationId');
        }
      }
      const id = await this.repo.insertViolation(manager, recordId, input);
      await this.audit.record(manager, scope.actor, {
        action: 'inspectionRecord.addViolation', entityType: 'inspection_violation', entityId: id, organisationId: row.organisationId,
        after: { subjectKind: input.subjectKind, discipline: input.discipline ?? null },
      });
    });
    return this.get(scope, recordId);
  }

  async addFollowUp(scope: AccessScope, recordId: string, input: AddFollowUpInput): Promise<InspectionRecord> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.load(scope, recordId, manager, true);
      if (input.dueOn < row.startedOn) throw AppException.unprocessable('dueOn must be on or after the inspection start', 'dueOn');
      const id = await this.repo.insertFollowUp(manager, recordId, input);
      await this.audit.record(manager, scope.actor, {
        action: 'inspectionRecord.addFollowUp', entityType: 'inspection_follow_up', entityId: id, organisationId: row.organisationId, after: input,
      });
    });
    return this.get(scope, recordId);
  }

  async updateFollowUp(scope: AccessScope, id: string, input: UpdateFollowUpInput): Promise<InspectionFollowUp> {
    if (input.doneOn && input.status !== FollowUpStatus.DONE) throw AppException.unprocessable('doneOn is only for DONE', 'doneOn');
    if (input.doneOn && input.doneOn > toCalendarDate()) throw AppException.unprocessable('doneOn cannot be in the future', 'doneOn');
    const recordId = await this.dataSource.transaction(async (manager) => {
      const rid = await this.repo.followUpRecordId(id, manager);
      if (!rid) throw AppException.notFound('Follow-up');
      const row = await this.load(scope, rid, manager);
      const doneOn = input.status === FollowUpStatus.DONE ? (input.doneOn ?? toCalendarDate()) : null;
      await this.repo.updateFollowUp(manager, id, input, doneOn);
      await this.audit.record(manager, scope.actor, {
        action: 'inspectionRecord.updateFollowUp', entityType: 'inspection_follow_up', entityId: id, organisationId: row.organisationId, after: input,
      });
      return rid;
    });
    return (await this.repo.followUps([recordId])).find((f) => f.id === id) as InspectionFollowUp;
  }

  async followUps(scope: AccessScope, args: FollowUpsArgs): Promise<Page<InspectionFollowUp>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const within = await scopedPath(this.dataSource.manager, scope, args.withinId, 'withinId');
    const rows = await this.repo.listFollowUps({
      scope, within, status: args.status,
      after: decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined,
      limit: first + 1,
    });
    return toPage(rows, first, (f) => [f.dueOn, f.id]);
  }
}
