import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AccessScope, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import {
  CreatePersonalPlanInput,
  EvaluatePersonalPlanInput,
  MissingPersonalPlansArgs,
  MyPersonalPlansArgs,
  PersonalPlansArgs,
  ReviewPersonalPlanInput,
  UpdatePersonalPlanInput,
} from './personal-plan.dto';
import { MissingPersonalPlanConnection, PersonalActionPlan, PersonalActionPlanConnection } from './personal-plan.types';
import { PersonalPlansService } from './personal-plans.service';

/** Personal action plans (kế hoạch hành động cá nhân) of committee secretaries and heads of agencies or units. */
@ApiTags('personal-plans')
@ApiBearerAuth()
@Controller('personal-plans')
export class PersonalPlansController {
  constructor(private readonly service: PersonalPlansService) {}

  /** Your own plans, newest campaign first. */
  @Get('me')
  @Policy('personalPlan.own')
  @ApiOkResponse({ type: [PersonalActionPlan] })
  mine(@Scope() scope: AccessScope, @Query() query: MyPersonalPlansArgs) {
    return this.service.mine(scope, query.campaignId);
  }

  /** Writes your plan for a campaign, as a draft. Only committee secretaries and heads the campaign asks a plan of. */
  @Post('me')
  @Policy('personalPlan.own')
  @ApiCreatedResponse({ type: PersonalActionPlan })
  @ApiConflictResponse({ description: 'You already have a plan for the campaign' })
  @ApiUnprocessableEntityResponse({ description: 'The campaign asks no plan of you' })
  create(@Scope() scope: AccessScope, @Body() body: CreatePersonalPlanInput) {
    return this.service.createMine(scope, body);
  }

  @Patch('me/:id')
  @Policy('personalPlan.own')
  @ApiOkResponse({ type: PersonalActionPlan })
  @ApiUnprocessableEntityResponse({ description: 'Submitted or accepted: edits wait until the plan is returned' })
  update(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: UpdatePersonalPlanInput) {
    return this.service.updateMine(scope, id, body);
  }

  @Post('me/:id/submit')
  @HttpCode(200)
  @Policy('personalPlan.own')
  @ApiOkResponse({ type: PersonalActionPlan })
  submit(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.service.submitMine(scope, id);
  }

  @Get()
  @Policy('personalPlan.read')
  @ApiOkResponse({ type: PersonalActionPlanConnection })
  list(@Scope() scope: AccessScope, @Query() query: PersonalPlansArgs) {
    return this.service.list(scope, query);
  }

  /**
   * Secretaries and heads whose plans you oversee with none submitted: the bloc's Propaganda Board sees the heads
   * under the bloc standing committee's management; a subordinate committee sees its own secretaries and heads.
   */
  @Get('missing')
  @Policy('personalPlan.oversee')
  @ApiOkResponse({ type: MissingPersonalPlanConnection })
  missing(@Scope() scope: AccessScope, @Query() query: MissingPersonalPlansArgs) {
    return this.service.missing(scope, query);
  }

  @Get(':id')
  @Policy('personalPlan.read')
  @ApiOkResponse({ type: PersonalActionPlan })
  get(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.service.get(scope, id);
  }

  @Post(':id/review')
  @HttpCode(200)
  @Policy('personalPlan.oversee')
  @ApiOkResponse({ type: PersonalActionPlan })
  @ApiForbiddenResponse({ description: 'You are not the overseer of this plan' })
  review(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: ReviewPersonalPlanInput) {
    return this.service.review(scope, id, body);
  }

  @Post(':id/evaluations')
  @Policy('personalPlan.oversee')
  @ApiCreatedResponse({ type: PersonalActionPlan })
  @ApiConflictResponse({ description: 'Already evaluated for that year' })
  evaluate(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: EvaluatePersonalPlanInput) {
    return this.service.evaluate(scope, id, body);
  }
}
