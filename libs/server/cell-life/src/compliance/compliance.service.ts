import { Injectable } from '@nestjs/common';
import { AccessScope, AppException, decodeCursor, DEFAULT_PAGE_SIZE, toCalendarDate, toPage } from '@qt/server-core';
import { cellInScope, orgInScope, OrgRefsRepository } from '../shared/org-refs.repository';
import { CellCalendarArgs, CellComplianceSummaryArgs } from './compliance.dto';
import { ComplianceRepository } from './compliance.repository';
import { CellComplianceSummary, CellMeetingCalendar } from './compliance.types';

/**
 * Meeting compliance (seed 002 §2.3): the monthly regular meeting in the first week (not later than the 10th) and
 * at least one thematic meeting per quarter. Computed on read from cell_meetings (see compliance-sql.ts for the
 * states); "today" is the date in Asia/Ho_Chi_Minh unless asOf is given.
 */
@Injectable()
export class ComplianceService {
  constructor(
    private readonly repo: ComplianceRepository,
    private readonly orgs: OrgRefsRepository,
  ) {}

  private asOf(value: string | undefined): string {
    const today = toCalendarDate();
    if (value && value > today) throw AppException.unprocessable('asOf cannot be in the future', 'asOf');
    return value ?? today;
  }

  async calendar(scope: AccessScope, args: CellCalendarArgs): Promise<CellMeetingCalendar> {
    const asOf = this.asOf(args.asOf);
    const cell = await cellInScope(this.orgs, scope, args.organisationId);
    const [months, quarters] = await Promise.all([
      this.repo.months(cell.id, args.year, asOf),
      this.repo.quarters(cell.id, args.year, asOf),
    ]);
    return { organisationId: cell.id, year: args.year, asOf, months, quarters };
  }

  async summary(scope: AccessScope, args: CellComplianceSummaryArgs): Promise<CellComplianceSummary> {
    const asOf = this.asOf(args.asOf);
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const within = args.withinId ? (await orgInScope(this.orgs, scope, args.withinId)).path : undefined;
    const { rows, totals } = await this.repo.summary({
      scope,
      within,
      year: args.year,
      asOf,
      onlyWithIssues: args.onlyWithIssues ?? false,
      after: decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined,
      limit: first + 1,
    });
    const page = toPage(rows, first, (r) => [r.name, r.organisationId]);
    return { ...page, totalCount: totals.cells, year: args.year, asOf, totals };
  }
}
