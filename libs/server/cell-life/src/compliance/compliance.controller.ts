import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AccessScope, Policy, Scope } from '@qt/server-core';
import { CellCalendarArgs, CellComplianceSummaryArgs } from './compliance.dto';
import { ComplianceService } from './compliance.service';
import { CellComplianceSummary, CellMeetingCalendar } from './compliance.types';

@ApiTags('cell-meetings')
@ApiBearerAuth()
@Controller('cell-meetings')
export class ComplianceController {
  constructor(private readonly compliance: ComplianceService) {}

  /**
   * Compliance calendar of a cell: each month ON_TIME (held days 1-7), LATE (8-10), MISSED (none by the 10th or
   * held after it), PENDING (not due yet), UPCOMING; each quarter OK with a thematic meeting, FLAGGED when it ended
   * without one, PENDING while running.
   */
  @Get('calendar')
  @Policy('cellMeeting.read')
  @ApiOkResponse({ type: CellMeetingCalendar })
  calendar(@Scope() scope: AccessScope, @Query() query: CellCalendarArgs) {
    return this.compliance.calendar(scope, query);
  }

  /** Per-cell counts of on-time, late and missed months and quarters without a thematic meeting, for a subtree. */
  @Get('summary')
  @Policy('cellMeeting.read')
  @ApiOkResponse({ type: CellComplianceSummary })
  summary(@Scope() scope: AccessScope, @Query() query: CellComplianceSummaryArgs) {
    return this.compliance.summary(scope, query);
  }
}
