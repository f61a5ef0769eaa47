import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AccessScope, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import { SpeakerEvaluationBody } from './dtos/evaluation.dto';
import {
  SecretaryPresenceArgs,
  SpeakerCountsArgs,
  SpeakerCoverageArgs,
  SpeakerEvaluationsArgs,
  UntrainedSpeakersArgs,
} from './dtos/speaker-views.dto';
import {
  AddSpeakerAssignmentInput,
  AddSpeakerTrainingInput,
  CreateSpeakerInput,
  EndSpeakerInput,
  SessionsPageArgs,
  SpeakersArgs,
  UpdateSpeakerInput,
} from './dtos/speaker.dto';
import { SpeakerEvaluationsService } from './speaker-evaluations.service';
import { SpeakerSession, SpeakerSessionConnection } from './speaker-session.types';
import {
  SecretaryPresenceConnection,
  SpeakerCounts,
  SpeakerCoverage,
  SpeakerEvaluationSummaryConnection,
  UntrainedSpeakerConnection,
} from './speaker-views.types';
import { SpeakerViewsService } from './speaker-views.service';
import { Speaker, SpeakerAssignment, SpeakerConnection, SpeakerDetail, SpeakerTraining } from './speaker.types';
import { SpeakersService } from './speakers.service';

/** Speaker rosters (báo cáo viên) at bloc, upper-grassroots and grassroots level. */
@ApiTags('speakers')
@ApiBearerAuth()
@Controller('speakers')
export class SpeakersController {
  constructor(
    private readonly speakers: SpeakersService,
    private readonly evaluations: SpeakerEvaluationsService,
    private readonly views: SpeakerViewsService,
  ) {}

  /** Speakers on the rosters of your scope, by name; active today unless `activeOn` or `includeEnded`. */
  @Get()
  @Policy('speaker.read')
  @ApiOkResponse({ type: SpeakerConnection })
  list(@Scope() scope: AccessScope, @Query() query: SpeakersArgs) {
    return this.speakers.list(scope, query);
  }

  /** Your own roster entries as a speaker (empty when you are on no roster). */
  @Get('me')
  @Policy('speaker.readSelf')
  @ApiOkResponse({ type: [Speaker] })
  me(@Scope() scope: AccessScope) {
    return this.speakers.mine(scope);
  }

  /** Sessions you speak at, newest first, with the organisers' evaluation. */
  @Get('me/sessions')
  @Policy('speaker.readSelf')
  @ApiOkResponse({ type: SpeakerSessionConnection })
  mySessions(@Scope() scope: AccessScope, @Query() query: SessionsPageArgs) {
    return this.speakers.mySessions(scope, query);
  }

  /** Active speakers on a date (appointedOn <= date < endedOn), per level and per committee roster. */
  @Get('counts')
  @Policy('speaker.read')
  @ApiOkResponse({ type: SpeakerCounts })
  counts(@Scope() scope: AccessScope, @Query() query: SpeakerCountsArgs) {
    return this.views.counts(scope, query);
  }

  /**
   * Directly subordinate upper-grassroots and grassroots committees of
   * `organisationId` (default: the top of your scope) active on the date: how
   * many have an active speaker on their own roster, and which have none.
   */
  @Get('coverage')
  @Policy('speaker.read')
  @ApiOkResponse({ type: SpeakerCoverage })
  coverage(@Scope() scope: AccessScope, @Query() query: SpeakerCoverageArgs) {
    return this.views.coverage(scope, query);
  }

  /**
   * Active speakers with no training this term: none on or after `since`; by
   * default the term start of the roster's committee, else the bloc's (root's)
   * term start; with neither, speakers never trained at all.
   */
  @Get('untrained')
  @Policy('speaker.read')
  @ApiOkResponse({ type: UntrainedSpeakerConnection })
  untrained(@Scope() scope: AccessScope, @Query() query: UntrainedSpeakersArgs) {
    return this.views.untrained(scope, query);
  }

  /** Per speaker who spoke at (non-cancelled) sessions: sessions, evaluated sessions, average score, last comment. */
  @Get('evaluations')
  @Policy('speaker.read')
  @ApiOkResponse({ type: SpeakerEvaluationSummaryConnection })
  evaluationSummaries(@Scope() scope: AccessScope, @Query() query: SpeakerEvaluationsArgs) {
    return this.views.evaluations(scope, query);
  }

  /** Per organiser: closed sessions where the committee secretary presented in person (04-KL), did not, or not recorded. */
  @Get('secretary-presence')
  @Policy('speaker.read')
  @ApiOkResponse({ type: SecretaryPresenceConnection })
  secretaryPresence(@Scope() scope: AccessScope, @Query() query: SecretaryPresenceArgs) {
    return this.views.secretaryPresence(scope, query);
  }

  /** One speaker with trainings and yearly assignments. */
  @Get(':id')
  @Policy('speaker.read')
  @ApiOkResponse({ type: SpeakerDetail })
  get(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.speakers.detail(scope, id);
  }

  /** Sessions the speaker speaks at, newest first, with the evaluations. */
  @Get(':id/sessions')
  @Policy('speaker.read')
  @ApiOkResponse({ type: SpeakerSessionConnection })
  sessions(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Query() query: SessionsPageArgs) {
    return this.speakers.sessionsOf(scope, id, query);
  }

  /**
   * Appoints a speaker: `memberId` (a member of the organisation's subtree) or
   * `externalName` (+ `externalWorkplace`), exactly one (400 naming both otherwise).
   * `level` must equal the organisation's kind; cells have no roster (422).
   */
  @Post()
  @Policy('speaker.write')
  @ApiCreatedResponse({ type: Speaker })
  @ApiUnprocessableEntityResponse({ description: 'Level does not match the kind, a cell, member outside the subtree, future date' })
  @ApiConflictResponse({ description: 'The member already serves on this roster' })
  create(@Scope() scope: AccessScope, @Body() body: CreateSpeakerInput) {
    return this.speakers.create(scope, body);
  }

  @Patch(':id')
  @Policy('speaker.write')
  @ApiOkResponse({ type: Speaker })
  update(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateSpeakerInput) {
    return this.speakers.update(scope, id, body);
  }

  /** Ends the appointment (the entry stays; inactive from `endedOn`). */
  @Post(':id/end')
  @HttpCode(200)
  @Policy('speaker.write')
  @ApiOkResponse({ type: Speaker })
  @ApiUnprocessableEntityResponse({ description: 'Already ended, or endedOn before appointedOn' })
  end(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: EndSpeakerInput) {
    return this.speakers.end(scope, id, body);
  }

  @Post(':id/trainings')
  @Policy('speaker.write')
  @ApiCreatedResponse({ type: SpeakerTraining })
  addTraining(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: AddSpeakerTrainingInput) {
    return this.speakers.addTraining(scope, id, body);
  }

  @Delete(':id/trainings/:trainingId')
  @HttpCode(204)
  @Policy('speaker.write')
  @ApiNoContentResponse()
  async removeTraining(
    @Scope() scope: AccessScope,
    @Param('id', ParseIdPipe) id: string,
    @Param('trainingId', ParseIdPipe) trainingId: string,
  ): Promise<void> {
    await this.speakers.removeChild(scope, id, 'training', trainingId);
  }

  @Post(':id/assignments')
  @Policy('speaker.write')
  @ApiCreatedResponse({ type: SpeakerAssignment })
  addAssignment(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: AddSpeakerAssignmentInput) {
    return this.speakers.addAssignment(scope, id, body);
  }

  @Delete(':id/assignments/:assignmentId')
  @HttpCode(204)
  @Policy('speaker.write')
  @ApiNoContentResponse()
  async removeAssignment(
    @Scope() scope: AccessScope,
    @Param('id', ParseIdPipe) id: string,
    @Param('assignmentId', ParseIdPipe) assignmentId: string,
  ): Promise<void> {
    await this.speakers.removeChild(scope, id, 'assignment', assignmentId);
  }

  /**
   * The organisers' evaluation of the speaker at a session (score 1-5 and a
   * comment). Your scope must cover the session's organiser; the speaker must
   * be assigned to the session, which must have taken place. Again replaces it.
   */
  @Put(':id/sessions/:sessionId/evaluation')
  @Policy('speaker.evaluate')
  @ApiOkResponse({ type: SpeakerSession })
  @ApiUnprocessableEntityResponse({ description: 'Speaker not assigned to the session; session cancelled or not yet held' })
  evaluate(
    @Scope() scope: AccessScope,
    @Param('id', ParseIdPipe) id: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @Body() body: SpeakerEvaluationBody,
  ) {
    return this.evaluations.evaluate(scope, sessionId, id, body);
  }
}
