import { Injectable } from '@nestjs/common';
import { AuditService } from '@qt/server-audit';
import { AccessScope, AppException, decodeCursor, DEFAULT_PAGE_SIZE, lockTree, Page, toCalendarDate, toPage } from '@qt/server-core';
import { DataSource } from 'typeorm';
import { CellCheckSlot, CellCheckSlotsArgs, CheckScheduleResult, MemberCheck, MemberChecksArgs, RecordMemberCheckInput, ScheduleChecksInput } from './checks.types';
import { scopedPath } from '../common/within-path';
import { ChecksRepository } from './checks.repository';

/**
 * Yearly member checks at the cell (every member once a year, months spread) and the six-monthly checks of cells by
 * their upper committee (seed 002). Scheduling is set-based over a subtree and idempotent: a second call schedules
 * only those not yet scheduled.
 */
@Injectable()
export class ChecksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: ChecksRepository,
    private readonly audit: AuditService,
  ) {}

  private within(scope: AccessScope, id: string | undefined, field: string): Promise<string | undefined> {
    return scopedPath(this.dataSource.manager, scope, id, field);
  }

  async schedule(scope: AccessScope, input: ScheduleChecksInput): Promise<CheckScheduleResult> {
    const rootPath = (await this.within(scope, input.organisationId, 'organisationId')) as string;
    return this.dataSource.transaction(async (manager) => {
      await lockTree(manager, 'shared');
      const memberChecks = await this.repo.scheduleMembers(manager, rootPath, input.year);
      const cellChecks = await this.repo.scheduleCells(manager, rootPath, input.year);
      await this.audit.record(manager, scope.actor, {
        action: 'inspectionChecks.schedule', entityType: 'organisation', entityId: input.organisationId, organisationId: input.organisationId,
        after: { year: input.year, memberChecks, cellChecks },
      });
      return { memberChecks, cellChecks };
    });
  }

  async memberChecks(scope: AccessScope, args: MemberChecksArgs): Promise<Page<MemberCheck>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const rows = await this.repo.memberChecks({
      scope, year: args.year, within: await this.within(scope, args.withinId, 'withinId'), month: args.month,
      after: decodeCursor(args.after, ['number', 'string', 'uuid']) as [number, string, string] | undefined,
      limit: first + 1,
    });
    return toPage(rows, first, (r) => [r.month, r.fullName, r.memberId]);
  }

  async cellSlots(scope: AccessScope, args: CellCheckSlotsArgs): Promise<Page<CellCheckSlot>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const rows = await this.repo.cellSlots({
      scope, year: args.year, within: await this.within(scope, args.withinId, 'withinId'), half: args.half,
      after: decodeCursor(args.after, ['number', 'string', 'uuid']) as [number, string, string] | undefined,
      limit: first + 1,
    });
    return toPage(rows, first, (r) => [r.month, r.organisationName, r.organisationId]);
  }

  async recordMemberCheck(scope: AccessScope, input: RecordMemberCheckInput): Promise<MemberCheck> {
    if (input.checkedOn > toCalendarDate()) throw AppException.unprocessable('checkedOn cannot be in the future', 'checkedOn');
    if (Number(input.checkedOn.slice(0, 4)) !== input.year) throw AppException.unprocessable(`checkedOn must lie in ${input.year}`, 'checkedOn');
    await this.dataSource.transaction(async (manager) => {
      const path = await this.repo.memberCheckPath(manager, input.year, input.memberId);
      if (!path) throw AppException.unprocessable('The member has no check scheduled that year', 'memberId');
      scope.assertPath(path);
      await this.repo.recordMemberCheck(manager, input.year, input.memberId, input.checkedOn, input.result);
      await this.audit.record(manager, scope.actor, {
        action: 'inspectionChecks.recordMember', entityType: 'member', entityId: input.memberId, after: { year: input.year, checkedOn: input.checkedOn },
      });
    });
    return (await this.repo.memberCheck(input.year, input.memberId)) as MemberCheck;
  }
}
