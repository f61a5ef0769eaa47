import { Body, Controller, createParamDecorator, ExecutionContext, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiHeader,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  ApiUnprocessableEntityResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { AccessScope, ParseIdPipe, Policy, Scope, SyncCollection, WithEtag } from '@qt/server-core';
import { IsOptional, IsUUID } from 'class-validator';
import { AddParticipantInput, AssignMakeupInput, AttendanceImportBody, CheckInInput, MarkAttendanceInput, ParticipantsArgs } from './dtos/roll-call.dto';
import { AssignSpeakerInput, CreateSessionInput, EvaluateSessionInput, ReasonInput, SessionsArgs, UpdateSessionInput } from './dtos/session.dto';
import { ParticipantsService } from './participants/participants.service';
import { RollCallService } from './roll-call/roll-call.service';
import {
  AttendanceImportResult,
  CheckInCode,
  MemberStudyStatus,
  MyAttendance,
  RollCallResult,
  SessionParticipant,
  SessionParticipantConnection,
  SessionSpeaker,
  StudySession,
  StudySessionConnection,
} from './session.types';
import { publicSession, SessionsService } from './sessions.service';

const RequestHeader = createParamDecorator((name: string, context: ExecutionContext): string | undefined => {
  const value = context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers[name];
  return Array.isArray(value) ? value[0] : value;
});

class CheckInCodeQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Omit for the main venue' }) @IsOptional() @IsUUID() connectionPointId?: string;
}
class StudyStatusQuery {
  @ApiProperty({ format: 'uuid' }) @IsUUID() campaignId!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() memberId!: string;
}
class RegenerateResult {
  @ApiProperty() generated!: number;
}
class MakeupResult {
  @ApiProperty() assigned!: number;
}

@ApiTags('sessions')
@ApiBearerAuth()
@Controller('sessions')
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly participants: ParticipantsService,
    private readonly rollCall: RollCallService,
  ) {}

  /** Sessions of a campaign you may see (organised in your scope or above it), by start. */
  @Get()
  @Policy('session.read')
  @SyncCollection()
  @ApiOkResponse({ type: StudySessionConnection })
  async list(@Scope() scope: AccessScope, @Query() query: SessionsArgs) {
    const page = await this.sessions.list(scope, query);
    return { ...page, nodes: page.nodes.map(publicSession) };
  }

  /** Your own sessions as a member: upcoming (default) or all, with your attendance. */
  @Get('mine')
  @Policy('session.mine')
  @ApiOkResponse({ type: [MyAttendance] })
  mine(@Scope() scope: AccessScope, @Query('upcoming') upcoming?: string) {
    return this.participants.mine(scope, upcoming !== 'false');
  }

  /** Whether a member studied a campaign (PRESENT or LATE in a session, make-up included). */
  @Get('study-status')
  @Policy('session.read')
  @ApiOkResponse({ type: MemberStudyStatus })
  studyStatus(@Scope() scope: AccessScope, @Query() query: StudyStatusQuery) {
    return this.participants.studyStatus(scope, query.campaignId, query.memberId);
  }

  /** One session with connection points, speakers and roll-call counters. */
  @Get(':id')
  @Policy('session.read')
  @WithEtag()
  @ApiOkResponse({ type: StudySession })
  get(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.sessions.detail(scope, id);
  }

  /** Plans a session in an issued campaign; its participant list is generated from the campaign's rule for the organiser's level. */
  @Post()
  @Policy('session.write')
  @ApiCreatedResponse({ type: StudySession })
  async create(@Scope() scope: AccessScope, @Body() body: CreateSessionInput) {
    return publicSession(await this.sessions.create(scope, body));
  }

  @Patch(':id')
  @Policy('session.write')
  @ApiOkResponse({ type: StudySession })
  async update(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateSessionInput) {
    return publicSession(await this.sessions.update(scope, id, body));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Policy('session.write')
  @ApiOkResponse({ type: StudySession })
  async cancel(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: ReasonInput) {
    return publicSession(await this.sessions.cancel(scope, id, body.reason));
  }

  @Post(':id/evaluation')
  @HttpCode(200)
  @Policy('session.write')
  @ApiOkResponse({ type: StudySession })
  async evaluate(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: EvaluateSessionInput) {
    return publicSession(await this.sessions.evaluate(scope, id, body));
  }

  @Post(':id/speakers')
  @HttpCode(200)
  @Policy('session.write')
  @ApiOkResponse({ type: [SessionSpeaker] })
  assignSpeaker(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: AssignSpeakerInput) {
    return this.sessions.assignSpeaker(scope, id, body.speakerId, body.topic ?? null);
  }

  @Post(':id/speakers/:speakerId/unassign')
  @HttpCode(200)
  @Policy('session.write')
  @ApiOkResponse({ type: [SessionSpeaker] })
  unassignSpeaker(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Param('speakerId', ParseIdPipe) speakerId: string) {
    return this.sessions.unassignSpeaker(scope, id, speakerId);
  }

  /** Participant list (attendance) by name, or by last change with `updatedSince`/`orderBy=UPDATED_AT`; `search` ignores diacritics. The page carries an ETag. */
  @Get(':id/participants')
  @Policy('session.read')
  @WithEtag()
  @SyncCollection()
  @ApiOkResponse({ type: SessionParticipantConnection })
  participantList(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Query() query: ParticipantsArgs) {
    return this.participants.list(scope, id, query);
  }

  /** Rebuilds the list from the audience rule; refused (409) once roll call has started. */
  @Post(':id/participants/regenerate')
  @HttpCode(200)
  @Policy('session.write')
  @ApiOkResponse({ type: RegenerateResult })
  async regenerate(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return { generated: await this.sessions.regenerate(scope, id) };
  }

  @Post(':id/participants')
  @Policy('session.write')
  @ApiCreatedResponse({ type: SessionParticipant })
  addParticipant(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: AddParticipantInput) {
    return this.participants.add(scope, id, body.memberId, body.reason);
  }

  @Post(':id/participants/:memberId/remove')
  @HttpCode(200)
  @Policy('session.write')
  @ApiOkResponse({ type: SessionParticipant })
  removeParticipant(
    @Scope() scope: AccessScope,
    @Param('id', ParseIdPipe) id: string,
    @Param('memberId', ParseIdPipe) memberId: string,
    @Body() body: ReasonInput,
  ) {
    return this.participants.remove(scope, id, memberId, body.reason);
  }

  /** Secretary roll call: PRESENT, LATE, LEFT_EARLY, EXCUSED (reason), UNEXCUSED for many members. */
  @Post(':id/roll-call')
  @HttpCode(200)
  @Policy('session.rollCall')
  @ApiOkResponse({ type: RollCallResult })
  mark(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: MarkAttendanceInput) {
    return this.rollCall.mark(scope, id, body);
  }

  /** The current rotating code of the venue or a connection point (render `payload` as a QR code). */
  @Get(':id/check-in-code')
  @Policy('session.checkInCode')
  @ApiOkResponse({ type: CheckInCode })
  code(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Query() query: CheckInCodeQuery) {
    return this.rollCall.code(scope, id, query.connectionPointId);
  }

  @Post(':id/check-in')
  @HttpCode(200)
  @Policy('session.checkIn')
  @ApiOkResponse({ type: SessionParticipant })
  checkIn(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: CheckInInput) {
    return this.rollCall.checkIn(scope, id, body);
  }

  @Post(':id/check-out')
  @HttpCode(200)
  @Policy('session.checkIn')
  @ApiOkResponse({ type: SessionParticipant })
  checkOut(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: CheckInInput) {
    return this.rollCall.checkOut(scope, id, body);
  }

  /**
   * Attendance from a conference system: JSON `{"rows":[{cardNumber, checkedInAt, checkedOutAt?}]}` or
   * text/csv with the header `cardNumber,checkedInAt,checkedOutAt`. A result per row (unknown card → row
   * error; the others are applied); statuses follow the check-in rules. `Idempotency-Key` is required:
   * a retry returns the first result and writes nothing; the same key with another body is refused (422).
   */
  @Post(':id/attendance/import')
  @HttpCode(200)
  @Policy('session.import')
  @ApiConsumes('application/json', 'text/csv')
  @ApiExtraModels(AttendanceImportBody)
  @ApiBody({
    schema: {
      oneOf: [
        { $ref: getSchemaPath(AttendanceImportBody) },
        { type: 'string', description: 'CSV (UTF-8)', example: 'cardNumber,checkedInAt,checkedOutAt\n01.012345,2026-06-15T01:02:00Z,2026-06-15T05:00:00Z\n' },
      ],
    },
  })
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: '8-255 of A-Z a-z 0-9 . _ : -' })
  @ApiOkResponse({ type: AttendanceImportResult })
  @ApiUnprocessableEntityResponse({ description: 'Idempotency-Key reused with a different body' })
  importAttendance(
    @Scope() scope: AccessScope,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: unknown,
    @RequestHeader('content-type') contentType?: string,
    @RequestHeader('idempotency-key') idempotencyKey?: string,
  ) {
    return this.rollCall.importHttp(scope, id, body, contentType, idempotencyKey);
  }

  /** Sends absentees (UNEXCUSED, EXCUSED, LEFT_EARLY) of this closed session to a make-up session (học bù). */
  @Post(':id/makeup')
  @HttpCode(200)
  @Policy('session.write')
  @ApiOkResponse({ type: MakeupResult })
  async makeup(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: AssignMakeupInput) {
    return { assigned: await this.participants.assignMakeup(scope, id, body.makeupSessionId, body.memberIds) };
  }
}
