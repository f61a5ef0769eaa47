import { Args, ArgsType, Field, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessScope, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import {
  AddParticipantInput,
  AssignMakeupInput,
  AttendanceImportRow,
  CheckInInput,
  MarkAttendanceInput,
  ParticipantsArgs,
} from '../dtos/roll-call.dto';
import { ReasonInput } from '../dtos/session.dto';
import { ParticipantsService } from '../participants/participants.service';
import {
  AttendanceImportResult,
  CheckInCode,
  MemberStudyStatus,
  MyAttendance,
  RollCallResult,
  SessionParticipant,
  SessionParticipantConnection,
} from '../session.types';
import { RollCallService } from './roll-call.service';

/** An optional id argument: absent stays undefined, present must be a UUID. */
class ParseIdPipeOptional extends ParseIdPipe {
  override transform(value: unknown, metadata: Parameters<ParseIdPipe['transform']>[1]): string {
    return value === undefined || value === null ? (undefined as unknown as string) : super.transform(value, metadata);
  }
}

/** GraphQL takes at most this many import rows per call; REST takes up to IMPORT_MAX_ROWS. */
export const GRAPHQL_IMPORT_MAX_ROWS = 2000;

@ArgsType()
export class ImportAttendanceArgs {
  @Field(() => ID) @IsUUID() sessionId!: string;
  @Field(() => [AttendanceImportRow])
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(GRAPHQL_IMPORT_MAX_ROWS) @ValidateNested({ each: true }) @Type(() => AttendanceImportRow)
  rows!: AttendanceImportRow[];
  @Field({ description: 'Required: a retry with the same key and rows returns the first result and writes nothing' })
  @IsString() idempotencyKey!: string;
}

@ArgsType()
export class SessionParticipantsArgs extends ParticipantsArgs {
  @Field(() => ID) @IsUUID() sessionId!: string;
}

@ArgsType()
export class MySessionsArgs {
  @Field({ nullable: true, description: 'Only sessions still to come (default true)' })
  @IsOptional() @IsBoolean() upcoming?: boolean;
}

@Resolver()
export class RollCallResolver {
  constructor(
    private readonly rollCall: RollCallService,
    private readonly participants: ParticipantsService,
  ) {}

  @Query(() => SessionParticipantConnection, {
    description: 'The participant list (danh sách học viên) by name; search ignores diacritics. Sessions organised above your scope show only your subtrees.',
  })
  @Policy('session.read')
  sessionParticipants(@Scope() scope: AccessScope, @Args() args: SessionParticipantsArgs) {
    const { sessionId, ...rest } = args;
    return this.participants.list(scope, sessionId, rest);
  }

  @Mutation(() => SessionParticipant, { description: 'Adds a member to the list by hand (reason required, audited)' })
  @Policy('session.write')
  addSessionParticipant(
    @Scope() scope: AccessScope,
    @Args('sessionId', { type: () => ID }, ParseIdPipe) sessionId: string,
    @Args('input') input: AddParticipantInput,
  ) {
    return this.participants.add(scope, sessionId, input.memberId, input.reason);
  }

  @Mutation(() => SessionParticipant, { description: 'Removes a member from the list (reason required, audited; the row is kept)' })
  @Policy('session.write')
  removeSessionParticipant(
    @Scope() scope: AccessScope,
    @Args('sessionId', { type: () => ID }, ParseIdPipe) sessionId: string,
    @Args('memberId', { type: () => ID }, ParseIdPipe) memberId: string,
    @Args('input') input: ReasonInput,
  ) {
    return this.participants.remove(scope, sessionId, memberId, input.reason);
  }

  @Mutation(() => RollCallResult, {
    description: 'Roll call by the secretary: many members at once; each must be in your scope; after close a correctionReason is required',
  })
  @Policy('session.rollCall')
  markAttendance(
    @Scope() scope: AccessScope,
    @Args('sessionId', { type: () => ID }, ParseIdPipe) sessionId: string,
    @Args('input') input: MarkAttendanceInput,
  ) {
    return this.rollCall.mark(scope, sessionId, input);
  }

  @Query(() => CheckInCode, { description: 'The current rotating check-in code of the venue (no point) or a connection point, to show as a QR code' })
  @Policy('session.checkInCode')
  sessionCheckInCode(
    @Scope() scope: AccessScope,
    @Args('sessionId', { type: () => ID }, ParseIdPipe) sessionId: string,
    @Args('connectionPointId', { type: () => ID, nullable: true }, ParseIdPipeOptional) connectionPointId?: string,
  ) {
    return this.rollCall.code(scope, sessionId, connectionPointId);
  }

  @Mutation(() => SessionParticipant, { description: 'Self check-in with the code shown at the venue or connection point' })
  @Policy('session.checkIn')
  checkInToSession(
    @Scope() scope: AccessScope,
    @Args('sessionId', { type: () => ID }, ParseIdPipe) sessionId: string,
    @Args('input') input: CheckInInput,
  ) {
    return this.rollCall.checkIn(scope, sessionId, input);
  }

  @Mutation(() => SessionParticipant, { description: 'Self check-out; leaving more than 15 minutes before the end is LEFT_EARLY' })
  @Policy('session.checkIn')
  checkOutOfSession(
    @Scope() scope: AccessScope,
    @Args('sessionId', { type: () => ID }, ParseIdPipe) sessionId: string,
    @Args('input') input: CheckInInput,
  ) {
    return this.rollCall.checkOut(scope, sessionId, input);
  }

  @Mutation(() => AttendanceImportResult, { description: 'Attendance from a conference system, a result per row (REST takes larger files and CSV)' })
  @Policy('session.import')
  importSessionAttendance(@Scope() scope: AccessScope, @Args() args: ImportAttendanceArgs) {
    return this.rollCall.importInput(scope, args.sessionId, args.rows, args.idempotencyKey);
  }

  @Mutation(() => Int, { description: 'Sends absentees of a closed session to a make-up session (học bù); returns how many' })
  @Policy('session.write')
  assignMakeup(
    @Scope() scope: AccessScope,
    @Args('sessionId', { type: () => ID }, ParseIdPipe) sessionId: string,
    @Args('input') input: AssignMakeupInput,
  ) {
    return this.participants.assignMakeup(scope, sessionId, input.makeupSessionId, input.memberIds);
  }

  @Query(() => [MyAttendance], { description: 'Your sessions (as a member): upcoming ones, or all with your attendance' })
  @Policy('session.mine')
  mySessions(@Scope() scope: AccessScope, @Args() args: MySessionsArgs) {
    return this.participants.mine(scope, args.upcoming ?? true);
  }

  @Query(() => MemberStudyStatus, { description: 'Whether a member of your scope studied a campaign, with their sessions' })
  @Policy('session.read')
  memberStudyStatus(
    @Scope() scope: AccessScope,
    @Args('campaignId', { type: () => ID }, ParseIdPipe) campaignId: string,
    @Args('memberId', { type: () => ID }, ParseIdPipe) memberId: string,
  ) {
    return this.participants.studyStatus(scope, campaignId, memberId);
  }
}
