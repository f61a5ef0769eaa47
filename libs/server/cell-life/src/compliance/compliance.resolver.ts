import { Args, Query, Resolver } from '@nestjs/graphql';
import { AccessScope, Policy, Scope } from '@qt/server-core';
import { CellCalendarArgs, CellComplianceSummaryArgs } from './compliance.dto';
import { ComplianceService } from './compliance.service';
import { CellComplianceSummary, CellMeetingCalendar } from './compliance.types';

@Resolver()
export class ComplianceResolver {
  constructor(private readonly service: ComplianceService) {}

  @Query(() => CellMeetingCalendar, {
    description: 'Compliance calendar of a cell for a year: each month ON_TIME/LATE/MISSED/PENDING, each quarter thematic OK/FLAGGED',
  })
  @Policy('cellMeeting.read')
  cellMeetingCalendar(@Scope() scope: AccessScope, @Args() args: CellCalendarArgs) {
    return this.service.calendar(scope, args);
  }

  @Query(() => CellComplianceSummary, { description: 'Per-cell meeting compliance of a subtree for a year, with totals' })
  @Policy('cellMeeting.read')
  cellMeetingSummary(@Scope() scope: AccessScope, @Args() args: CellComplianceSummaryArgs) {
    return this.service.summary(scope, args);
  }
}
