import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AccessScope, Policy, Scope } from '@qt/server-core';
import { CellCheckSlotConnection, CellCheckSlotsArgs, CheckScheduleResult, MemberCheck, MemberCheckConnection, MemberChecksArgs, RecordMemberCheckInput, ScheduleChecksInput } from './checks.types';
import { ChecksService } from './checks.service';

/** Yearly member checks at the cell and six-monthly cell checks (seed 002), scheduled per subtree. */
@ApiTags('inspections')
@ApiBearerAuth()
@Controller('inspections')
export class ChecksController {
  constructor(private readonly service: ChecksService) {}

  @Post('check-schedules')
  @HttpCode(200)
  @Policy('inspection.schedule')
  @ApiOkResponse({ type: CheckScheduleResult })
  schedule(@Scope() scope: AccessScope, @Body() body: ScheduleChecksInput) {
    return this.service.schedule(scope, body);
  }

  @Get('member-checks')
  @Policy('inspection.read')
  @ApiOkResponse({ type: MemberCheckConnection })
  memberChecks(@Scope() scope: AccessScope, @Query() query: MemberChecksArgs) {
    return this.service.memberChecks(scope, query);
  }

  @Post('member-checks')
  @HttpCode(200)
  @Policy('inspection.schedule')
  @ApiOkResponse({ type: MemberCheck })
  record(@Scope() scope: AccessScope, @Body() body: RecordMemberCheckInput) {
    return this.service.recordMemberCheck(scope, body);
  }

  @Get('cell-checks')
  @Policy('inspection.read')
  @ApiOkResponse({ type: CellCheckSlotConnection })
  cellChecks(@Scope() scope: AccessScope, @Query() query: CellCheckSlotsArgs) {
    return this.service.cellSlots(scope, query);
  }
}
