import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { AccessScope, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import { CreateInspectionPlanInput, InspectionPlansArgs, RequestSamplingInput, SampleSubtreeInput, UpdateInspectionPlanInput } from './plan.dto';
import { InspectionPick, InspectionPlan, InspectionPlanConnection, SamplingBatch, SamplingRun } from './plan.types';
import { PlansService } from './plans.service';

/** Annual inspection plans (kế hoạch kiểm tra) and their seeded sampling (chọn tổ chức kiểm tra). */
@ApiTags('inspections')
@ApiBearerAuth()
@Controller('inspections')
export class PlansController {
  constructor(private readonly service: PlansService) {}

  @Get('plans')
  @Policy('inspection.read')
  @ApiOkResponse({ type: InspectionPlanConnection })
  list(@Scope() scope: AccessScope, @Query() query: InspectionPlansArgs) {
    return this.service.list(scope, query);
  }

  @Post('plans')
  @Policy('inspection.plan')
  @ApiCreatedResponse({ type: InspectionPlan })
  @ApiConflictResponse({ description: 'The committee already has a plan for that year (field year)' })
  @ApiUnprocessableEntityResponse({ description: 'Share outside its basis range, period outside the year, no subordinate organisations' })
  create(@Scope() scope: AccessScope, @Body() body: CreateInspectionPlanInput) {
    return this.service.create(scope, body);
  }

  @Get('plans/:id')
  @Policy('inspection.read')
  @ApiOkResponse({ type: InspectionPlan })
  get(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.service.get(scope, id);
  }

  @Patch('plans/:id')
  @Policy('inspection.plan')
  @ApiOkResponse({ type: InspectionPlan })
  update(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateInspectionPlanInput) {
    return this.service.update(scope, id, body);
  }

  @Post('plans/:id/publish')
  @HttpCode(200)
  @Policy('inspection.plan')
  @ApiOkResponse({ type: InspectionPlan })
  @ApiUnprocessableEntityResponse({ description: 'No finished sampling run, or already published' })
  publish(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.service.publish(scope, id);
  }

  /** Queues a seeded sampling run (worker job). Poll the run until DONE. */
  @Post('plans/:id/runs')
  @HttpCode(202)
  @Policy('inspection.plan')
  @ApiAcceptedResponse({ type: SamplingRun })
  sample(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: RequestSamplingInput) {
    return this.service.requestSampling(scope, id, body);
  }

  @Get('plans/:id/runs')
  @Policy('inspection.read')
  @ApiOkResponse({ type: [SamplingRun] })
  runs(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.service.runs(scope, id);
  }

  @Get('plans/:id/picks')
  @Policy('inspection.read')
  @ApiOkResponse({ type: [InspectionPick] })
  picks(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.service.picks(scope, id);
  }

  @Get('runs/:id')
  @Policy('inspection.read')
  @ApiOkResponse({ type: SamplingRun })
  run(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.service.run(scope, id);
  }

  /** Samples every committee of a subtree for a year, one worker job. */
  @Post('sampling-batches')
  @HttpCode(202)
  @Policy('inspection.plan')
  @ApiAcceptedResponse({ type: SamplingBatch })
  sampleSubtree(@Scope() scope: AccessScope, @Body() body: SampleSubtreeInput) {
    return this.service.sampleSubtree(scope, body);
  }

  @Get('sampling-batches/:id')
  @Policy('inspection.read')
  @ApiOkResponse({ type: SamplingBatch })
  batch(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.service.batch(scope, id);
  }
}
