import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AccessScope, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import {
  ActionProgrammesArgs,
  CreateActionProgrammeInput,
  DiscussActionProgrammeInput,
  EvaluateActionProgrammeInput,
  IssueActionProgrammeInput,
  ItemProgressInput,
  MilestoneDoneInput,
  MissingActionProgrammesArgs,
  ProgrammeItemInput,
  UpdateActionProgrammeInput,
} from './action-programme.dto';
import { ActionProgramme, ActionProgrammeConnection, MissingActionProgrammeConnection } from './action-programme.types';
import { ActionProgrammesService } from './action-programmes.service';

/** Action programmes (chương trình hành động) of committees for campaigns. */
@ApiTags('action-programmes')
@ApiBearerAuth()
@Controller('action-programmes')
export class ActionProgrammesController {
  constructor(private readonly service: ActionProgrammesService) {}

  @Get()
  @Policy('actionProgramme.read')
  @ApiOkResponse({ type: ActionProgrammeConnection })
  list(@Scope() scope: AccessScope, @Query() query: ActionProgrammesArgs) {
    return this.service.list(scope, query);
  }

  /**
   * Committees strictly below `organisationId` that owe a programme for the campaign (their kind is in
   * the campaign's programme levels) and have none issued by its due date: state NONE, DRAFT, DISCUSSED
   * or ISSUED_LATE.
   */
  @Get('missing')
  @Policy('actionProgramme.read')
  @ApiOkResponse({ type: MissingActionProgrammeConnection })
  missing(@Scope() scope: AccessScope, @Query() query: MissingActionProgrammesArgs) {
    return this.service.missing(scope, query);
  }

  @Get(':id')
  @Policy('actionProgramme.read')
  @ApiOkResponse({ type: ActionProgramme })
  get(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.service.get(scope, id);
  }

  @Post()
  @Policy('actionProgramme.write')
  @ApiCreatedResponse({ type: ActionProgramme })
  @ApiConflictResponse({ description: 'The committee already has a programme for the campaign' })
  @ApiUnprocessableEntityResponse({ description: 'The campaign asks no programme from this committee; owners outside its subtree' })
  create(@Scope() scope: AccessScope, @Body() body: CreateActionProgrammeInput) {
    return this.service.create(scope, body);
  }

  @Patch(':id')
  @Policy('actionProgramme.write')
  @ApiOkResponse({ type: ActionProgramme })
  update(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateActionProgrammeInput) {
    return this.service.update(scope, id, body);
  }

  @Post(':id/items')
  @Policy('actionProgramme.write')
  @ApiCreatedResponse({ type: ActionProgramme })
  @ApiUnprocessableEntityResponse({ description: 'The programme is issued or evaluated; owner outside the committee subtree' })
  addItem(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: ProgrammeItemInput) {
    return this.service.addItem(scope, id, body);
  }

  @Patch(':id/items/:itemId')
  @Policy('actionProgramme.write')
  @ApiOkResponse({ type: ActionProgramme })
  updateItem(
    @Scope() scope: AccessScope,
    @Param('id', ParseIdPipe) id: string,
    @Param('itemId', ParseIdPipe) itemId: string,
    @Body() body: ProgrammeItemInput,
  ) {
    return this.service.updateItem(scope, id, itemId, body);
  }

  @Delete(':id/items/:itemId')
  @Policy('actionProgramme.write')
  @ApiOkResponse({ type: ActionProgramme })
  removeItem(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Param('itemId', ParseIdPipe) itemId: string) {
    return this.service.removeItem(scope, id, itemId);
  }

  /** The democratic discussion (thảo luận dân chủ): record and date. DRAFT → DISCUSSED. */
  @Post(':id/discussion')
  @HttpCode(200)
  @Policy('actionProgramme.write')
  @ApiOkResponse({ type: ActionProgramme })
  discuss(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: DiscussActionProgrammeInput) {
    return this.service.discuss(scope, id, body);
  }

  /**
   * Issue (ban hành). Refused with 422 while the programme has no items or an item lacks an owner or a
   * deadline; `fields` names each (`items.<position>.owner`, `items.<position>.deadline`) and the message
   * quotes the items' titles.
   */
  @Post(':id/issue')
  @HttpCode(200)
  @Policy('actionProgramme.write')
  @ApiOkResponse({ type: ActionProgramme })
  @ApiUnprocessableEntityResponse({ description: 'Not discussed yet; no items; items without owner or deadline (named)' })
  issue(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: IssueActionProgrammeInput) {
    return this.service.issue(scope, id, body);
  }

  @Post(':id/items/:itemId/progress')
  @HttpCode(200)
  @Policy('actionProgramme.write')
  @ApiOkResponse({ type: ActionProgramme })
  @ApiUnprocessableEntityResponse({ description: 'The programme is not issued (or already evaluated)' })
  progress(
    @Scope() scope: AccessScope,
    @Param('id', ParseIdPipe) id: string,
    @Param('itemId', ParseIdPipe) itemId: string,
    @Body() body: ItemProgressInput,
  ) {
    return this.service.reportProgress(scope, id, itemId, body);
  }

  @Post(':id/milestones/:milestoneId/done')
  @HttpCode(200)
  @Policy('actionProgramme.write')
  @ApiOkResponse({ type: ActionProgramme })
  milestoneDone(
    @Scope() scope: AccessScope,
    @Param('id', ParseIdPipe) id: string,
    @Param('milestoneId', ParseIdPipe) milestoneId: string,
    @Body() body: MilestoneDoneInput,
  ) {
    return this.service.setMilestoneDone(scope, id, milestoneId, body);
  }

  @Post(':id/evaluation')
  @HttpCode(200)
  @Policy('actionProgramme.write')
  @ApiOkResponse({ type: ActionProgramme })
  @ApiUnprocessableEntityResponse({ description: 'The programme is not issued (or already evaluated)' })
  evaluate(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: EvaluateActionProgrammeInput) {
    return this.service.evaluate(scope, id, body);
  }
}
