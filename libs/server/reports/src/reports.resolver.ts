import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessScope, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import { AcceptReportInput, GenerateReportInput, ReportRowsQueryArgs, ReportsArgs, ReturnReportInput } from './report.dto';
import { ReportJob, ReportRowConnection, ReportSnapshot, ReportSnapshotConnection } from './report-api.types';
import { ReportsService } from './reports.service';

const IdArg = (name = 'id') => Args(name, { type: () => ID }, ParseIdPipe);

/** Annual compliance reports (báo cáo kết quả học tập, quán triệt): jobs, snapshots and their review. */
@Resolver(() => ReportSnapshot)
export class ReportsResolver {
  constructor(private readonly service: ReportsService) {}

  @Mutation(() => ReportJob, {
    description: 'Requests the computation of a report (a new version) for an organisation of your scope; poll reportJob for progress',
  })
  @Policy('report.generate')
  generateReport(@Scope() scope: AccessScope, @Args('input') input: GenerateReportInput) {
    return this.service.generate(scope, input);
  }

  @Query(() => ReportJob, { description: 'A report computation request: status and progress 0-100' })
  @Policy('report.read')
  reportJob(@Scope() scope: AccessScope, @IdArg() id: string) {
    return this.service.job(scope, id);
  }

  @Query(() => ReportSnapshotConnection, { description: 'Report snapshots of roots in your scope: newest year first, versions newest first' })
  @Policy('report.read')
  reports(@Scope() scope: AccessScope, @Args() args: ReportsArgs) {
    return this.service.list(scope, args);
  }

  @Query(() => ReportSnapshot, { description: 'One report snapshot with its root figures and the previous year' })
  @Policy('report.read')
  report(@Scope() scope: AccessScope, @IdArg() id: string) {
    return this.service.get(scope, id);
  }

  @Query(() => ReportRowConnection, { description: 'Rows of a report snapshot in tree order (each over its own subtree)' })
  @Policy('report.read')
  reportRows(@Scope() scope: AccessScope, @Args() args: ReportRowsQueryArgs) {
    return this.service.rows(scope, args.snapshotId, args);
  }

  @Mutation(() => ReportSnapshot, { description: "Submits a DRAFT report of your own organisation to the parent committee (frozen from then on)" })
  @Policy('report.submit')
  submitReport(@Scope() scope: AccessScope, @IdArg() id: string) {
    return this.service.submit(scope, id);
  }

  @Mutation(() => ReportSnapshot, { description: 'Accepts a SUBMITTED report of a subordinate committee (parent committee only)' })
  @Policy('report.review')
  acceptReport(
    @Scope() scope: AccessScope,
    @IdArg() id: string,
    @Args('input', { type: () => AcceptReportInput, nullable: true }) input?: AcceptReportInput,
  ) {
    return this.service.accept(scope, id, input ?? {});
  }

  @Mutation(() => ReportSnapshot, { description: 'Returns a SUBMITTED report with a comment (parent committee only); recompute to answer' })
  @Policy('report.review')
  returnReport(@Scope() scope: AccessScope, @IdArg() id: string, @Args('input') input: ReturnReportInput) {
    return this.service.return(scope, id, input);
  }
}
