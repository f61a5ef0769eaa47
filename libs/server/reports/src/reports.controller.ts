import { Body, Controller, createParamDecorator, ExecutionContext, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiHeader,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AccessScope, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import { AcceptReportInput, GenerateReportInput, ReportRowsArgs, ReportsArgs, ReturnReportInput } from './report.dto';
import { ReportJob, ReportRowConnection, ReportSnapshot, ReportSnapshotConnection } from './report-api.types';
import { ReportsService } from './reports.service';

const IdempotencyKey = createParamDecorator((_: unknown, context: ExecutionContext): string | undefined => {
  const value = context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers['idempotency-key'];
  return Array.isArray(value) ? value[0] : value || undefined;
});

/** Annual compliance reports (báo cáo kết quả học tập, quán triệt) for other systems. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly service: ReportsService) {}

  /**
   * Requests the computation of a report (a new version) for an organisation in your scope. With an
   * Idempotency-Key, the same key again answers with the same job; without one, a request while a job for the
   * same root and year is unfinished answers with that job. Poll GET /reports/jobs/{id} for progress.
   */
  @Post('jobs')
  @HttpCode(202)
  @Policy('report.generate')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '8-255 of A-Z a-z 0-9 . _ : -' })
  @ApiAcceptedResponse({ type: ReportJob })
  @ApiUnprocessableEntityResponse({ description: 'Unknown organisation; year after the current one; key reused for another request' })
  generate(@Scope() scope: AccessScope, @Body() body: GenerateReportInput, @IdempotencyKey() key?: string) {
    return this.service.generate(scope, body, key);
  }

  @Get('jobs/:id')
  @Policy('report.read')
  @ApiOkResponse({ type: ReportJob })
  job(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.service.job(scope, id);
  }

  @Get()
  @Policy('report.read')
  @ApiOkResponse({ type: ReportSnapshotConnection })
  list(@Scope() scope: AccessScope, @Query() query: ReportsArgs) {
    return this.service.list(scope, query);
  }

  @Get(':id')
  @Policy('report.read')
  @ApiOkResponse({ type: ReportSnapshot })
  get(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.service.get(scope, id);
  }

  /** Rows in tree order, each organisation's figures over its own subtree; `belowTargetOnly` gives the list of shortfalls. */
  @Get(':id/rows')
  @Policy('report.read')
  @ApiOkResponse({ type: ReportRowConnection })
  rows(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Query() query: ReportRowsArgs) {
    return this.service.rows(scope, id, query);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Policy('report.submit')
  @ApiOkResponse({ type: ReportSnapshot })
  @ApiUnprocessableEntityResponse({ description: 'Not a DRAFT; another version is already submitted or accepted' })
  submit(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.service.submit(scope, id);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Policy('report.review')
  @ApiOkResponse({ type: ReportSnapshot })
  @ApiUnprocessableEntityResponse({ description: 'Not SUBMITTED; the root has no parent committee' })
  accept(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: AcceptReportInput) {
    return this.service.accept(scope, id, body);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Policy('report.review')
  @ApiOkResponse({ type: ReportSnapshot })
  @ApiUnprocessableEntityResponse({ description: 'Not SUBMITTED; no comment; the root has no parent committee' })
  return(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: ReturnReportInput) {
    return this.service.return(scope, id, body);
  }
}
