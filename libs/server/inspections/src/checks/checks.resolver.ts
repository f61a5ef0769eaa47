import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessScope, Policy, Scope } from '@qt/server-core';
import { CellCheckSlotConnection, CellCheckSlotsArgs, CheckScheduleResult, MemberCheck, MemberCheckConnection, MemberChecksArgs, RecordMemberCheckInput, ScheduleChecksInput } from './checks.types';
import { ChecksService } from './checks.service';

@Resolver(() => MemberCheck)
export class ChecksResolver {
  constructor(private readonly service: ChecksService) {}

  @Mutation(() => CheckScheduleResult, { description: 'Schedules the yearly member checks and the six-monthly cell checks of a subtree' })
  @Policy('inspection.schedule')
  scheduleInspectionChecks(@Scope() scope: AccessScope, @Args('input') input: ScheduleChecksInput) {
    return this.service.schedule(scope, input);
  }

  @Query(() => MemberCheckConnection, { description: 'Yearly member checks (kiểm tra đảng viên), by month' })
  @Policy('inspection.read')
  memberChecks(@Scope() scope: AccessScope, @Args() args: MemberChecksArgs) {
    return this.service.memberChecks(scope, args);
  }

  @Query(() => CellCheckSlotConnection, { description: 'Planned six-monthly cell checks with the recorded check when done' })
  @Policy('inspection.read')
  cellCheckSchedule(@Scope() scope: AccessScope, @Args() args: CellCheckSlotsArgs) {
    return this.service.cellSlots(scope, args);
  }

  @Mutation(() => MemberCheck, { description: "Records a member's yearly check" })
  @Policy('inspection.schedule')
  recordMemberCheck(@Scope() scope: AccessScope, @Args('input') input: RecordMemberCheckInput) {
    return this.service.recordMemberCheck(scope, input);
  }
}
