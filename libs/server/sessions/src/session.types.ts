import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { StudyFormat } from '@qt/server-campaigns';
import { Connection } from '@qt/server-core';

/** The formats of a session are the campaign's formats (one GraphQL enum, StudyFormat). */
export const SessionFormat = StudyFormat;
export type SessionFormat = StudyFormat;

export enum SessionStatus {
  PLANNED = 'PLANNED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(SessionStatus, { name: 'SessionStatus', description: 'PLANNED, CLOSED (ended; roll call closed), CANCELLED' });

export enum AttendanceStatusEnum {
  PRESENT = 'PRESENT',
  LATE = 'LATE',
  LEFT_EARLY = 'LEFT_EARLY',
  EXCUSED = 'EXCUSED',
  UNEXCUSED = 'UNEXCUSED',
}
registerEnumType(AttendanceStatusEnum, {
  name: 'AttendanceStatus',
  description: 'PRESENT (có mặt), LATE (đến muộn), LEFT_EARLY (về sớm), EXCUSED (vắng có lý do), UNEXCUSED (vắng không lý do)',
});

export enum ParticipantSource {
  GENERATED = 'GENERATED',
  MANUAL = 'MANUAL',
  WALK_IN = 'WALK_IN',
}
registerEnumType(ParticipantSource, { name: 'ParticipantSource' });

export enum StatusSource {
  SECRETARY = 'SECRETARY',
  SELF = 'SELF',
  IMPORT = 'IMPORT',
  AUTO_CLOSE = 'AUTO_CLOSE',
}
registerEnumType(StatusSource, { name: 'AttendanceStatusSource' });

/** Roll-call counters of a session or of one connection point. */
@ObjectType()
export class AttendanceCounters {
  @Field(() => Int, { description: 'Participants on the list (removed ones excluded)' })
  @ApiProperty({ description: 'Participants on the list (removed ones excluded)' })
  expected!: number;
  @Field(() => Int) @ApiProperty() present!: number;
  @Field(() => Int) @ApiProperty() late!: number;
  @Field(() => Int) @ApiProperty() leftEarly!: number;
  @Field(() => Int) @ApiProperty() excused!: number;
  @Field(() => Int) @ApiProperty() unexcused!: number;
  @Field(() => Int) @ApiProperty() unmarked!: number;
}

@ObjectType()
export class ConnectionPointCounters extends AttendanceCounters {
  @Field(() => ID, { nullable: true, description: 'Null: the main venue' })
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Null: the main venue' })
  connectionPointId!: string | null;
}

@ObjectType()
export class SessionCounters extends AttendanceCounters {
  @Field(() => [ConnectionPointCounters]) @ApiProperty({ type: [ConnectionPointCounters] })
  byConnectionPoint!: ConnectionPointCounters[];
}

/** A connection point (điểm cầu) of an online session: a host organisation and a place. */
@ObjectType()
export class ConnectionPoint {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) hostOrganisationId!: string;
  @Field() @ApiProperty() hostOrganisationName!: string;
  @Field() @ApiProperty({ example: 'Phòng họp tầng 3' }) place!: string;
}

/** A speaker (báo cáo viên) assigned to a session; score/comment are written by the reporters module. */
@ObjectType()
export class SessionSpeaker {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) speakerId!: string;
  @Field() @ApiProperty() name!: string;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) topic!: string | null;
  @Field(() => Int, { nullable: true }) @ApiPropertyOptional({ type: Number, nullable: true }) score!: number | null;
}

/** A study session (hội nghị, lớp học tập, quán triệt), domain.md §4. */
@ObjectType()
export class StudySession {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) campaignId!: string;
  @Field() @ApiProperty() campaignCode!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) organiserOrganisationId!: string;
  @Field() @ApiProperty() organiserName!: string;
  @Field() @ApiProperty() title!: string;
  @Field() @ApiProperty() startsAt!: Date;
  @Field(() => Int) @ApiProperty() durationMinutes!: number;
  @Field({ description: 'startsAt + durationMinutes' }) @ApiProperty() endsAt!: Date;
  @Field(() => SessionFormat) @ApiProperty({ enum: SessionFormat, enumName: 'StudyFormat' }) format!: SessionFormat;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) venue!: string | null;
  @Field(() => SessionStatus) @ApiProperty({ enum: SessionStatus, enumName: 'SessionStatus' }) status!: SessionStatus;
  @Field(() => Date, { nullable: true }) @ApiPropertyOptional({ type: Date, nullable: true }) closedAt!: Date | null;
  @Field({ description: 'Make-up session (học bù)' }) @ApiProperty({ description: 'Make-up session (học bù)' }) isMakeup!: boolean;
  @Field(() => Boolean, { nullable: true, description: 'The committee secretary presented in person (bí thư trực tiếp quán triệt)' })
  @ApiPropertyOptional({ type: Boolean, nullable: true })
  secretaryPresented!: boolean | null;
  @Field(() => Date, { nullable: true, description: 'Pre-briefing of committee members (thông báo nhanh cho cấp ủy viên)' })
  @ApiPropertyOptional({ type: Date, nullable: true })
  preBriefingAt!: Date | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) preBriefingNote!: string | null;
  @Field(() => Int, { nullable: true, description: 'Class evaluation: rule compliance of attendees, 1-5' })
  @ApiPropertyOptional({ type: Number, nullable: true })
  evaluationRuleCompliance!: number | null;
  @Field(() => Int, { nullable: true, description: 'Class evaluation: speaker quality, 1-5' })
  @ApiPropertyOptional({ type: Number, nullable: true })
  evaluationSpeakerQuality!: number | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) evaluationComment!: string | null;
  @Field(() => Date, { nullable: true }) @ApiPropertyOptional({ type: Date, nullable: true }) evaluatedAt!: Date | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) cancelledReason!: string | null;
  @Field({ description: 'Last change of the session row (sync order)' }) @ApiProperty({ description: 'Last change of the session row (sync order)' })
  updatedAt!: Date;
  @ApiPropertyOptional({ type: [ConnectionPoint] }) connectionPoints?: ConnectionPoint[];
  @ApiPropertyOptional({ type: [SessionSpeaker] }) speakers?: SessionSpeaker[];
  @ApiPropertyOptional({ type: SessionCounters }) counters?: SessionCounters;
}

/** A session as the service loads it: with the organiser's path for scope checks. Never sent out. */
export type SessionRecord = StudySession & { organiserPath: string; organiserKind: string; campaignStatus: string; issuerPath: string };

@ObjectType()
export class StudySessionConnection extends Connection(StudySession) {}

/** One line of the participant list (danh sách học viên) with its roll call. */
@ObjectType()
export class SessionParticipant {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) memberId!: string;
  @Field() @ApiProperty() fullName!: string;
  @Field() @ApiProperty() cardNumber!: string;
  @Field(() => ID, { description: 'The member’s organisation on the session date' })
  @ApiProperty({ format: 'uuid' })
  organisationId!: string;
  @Field() @ApiProperty() organisationName!: string;
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) connectionPointId!: string | null;
  @Field(() => ParticipantSource) @ApiProperty({ enum: ParticipantSource, enumName: 'ParticipantSource' }) source!: ParticipantSource;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) addedReason!: string | null;
  @Field(() => Date, { nullable: true }) @ApiPropertyOptional({ type: Date, nullable: true }) removedAt!: Date | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) removedReason!: string | null;
  @Field(() => AttendanceStatusEnum, { nullable: true, description: 'Null: not marked yet' })
  @ApiPropertyOptional({ enum: AttendanceStatusEnum, enumName: 'AttendanceStatus', nullable: true })
  status!: AttendanceStatusEnum | null;
  @Field(() => StatusSource, { nullable: true })
  @ApiPropertyOptional({ enum: StatusSource, enumName: 'AttendanceStatusSource', nullable: true })
  statusSource!: StatusSource | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) statusReason!: string | null;
  @Field(() => Date, { nullable: true }) @ApiPropertyOptional({ type: Date, nullable: true }) checkedInAt!: Date | null;
  @Field(() => Date, { nullable: true }) @ApiPropertyOptional({ type: Date, nullable: true }) checkedOutAt!: Date | null;
  @Field(() => ID, { nullable: true, description: 'The make-up session (học bù) this absentee was assigned to' })
  @ApiPropertyOptional({ type: String, nullable: true })
  makeupSessionId!: string | null;
  @Field({ description: 'Last change of this participant row: roll call, import, removal (sync order)' })
  @ApiProperty({ description: 'Last change of this participant row: roll call, import, removal (sync order)' })
  updatedAt!: Date;
}

/** A participant row as loaded for rules: with the organisation path. Never sent out. */
export type ParticipantRecord = SessionParticipant & { organisationPath: string };

@ObjectType()
export class SessionParticipantConnection extends Connection(SessionParticipant) {}

/** The current rotating check-in code of a venue or connection point. */
@ObjectType()
export class CheckInCode {
  @Field() @ApiProperty({ example: '04718263' }) code!: string;
  @Field({ description: 'String to render as a QR code' }) @ApiProperty({ description: 'String to render as a QR code' }) payload!: string;
  @Field({ description: 'When this code stops being shown (it is still accepted for one more period)' })
  @ApiProperty()
  validUntil!: Date;
  @Field(() => Int) @ApiProperty() ttlSeconds!: number;
}

/** The result of a self check-in or check-out. */
@ObjectType()
export class MyAttendance {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @Field() @ApiProperty() title!: string;
  @Field() @ApiProperty() startsAt!: Date;
  @Field() @ApiProperty() endsAt!: Date;
  @Field(() => SessionStatus) @ApiProperty({ enum: SessionStatus, enumName: 'SessionStatus' }) sessionStatus!: SessionStatus;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) venue!: string | null;
  @Field() @ApiProperty() isMakeup!: boolean;
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) connectionPointId!: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) connectionPointPlace!: string | null;
  @Field(() => AttendanceStatusEnum, { nullable: true })
  @ApiPropertyOptional({ enum: AttendanceStatusEnum, enumName: 'AttendanceStatus', nullable: true })
  status!: AttendanceStatusEnum | null;
  @Field(() => Date, { nullable: true }) @ApiPropertyOptional({ type: Date, nullable: true }) checkedInAt!: Date | null;
  @Field(() => Date, { nullable: true }) @ApiPropertyOptional({ type: Date, nullable: true }) checkedOutAt!: Date | null;
}

/** Whether a member studied a campaign (ADR 0007: PRESENT or LATE in a non-cancelled session, make-up included). */
@ObjectType()
export class MemberStudyStatus {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) campaignId!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) memberId!: string;
  @Field() @ApiProperty() studied!: boolean;
  @Field(() => Date, { nullable: true, description: 'Start of the first session attended (PRESENT or LATE)' })
  @ApiPropertyOptional({ type: Date, nullable: true })
  studiedAt!: Date | null;
  @Field({ description: 'Absent or left early and not yet studied: needs make-up (học bù)' })
  @ApiProperty()
  needsMakeup!: boolean;
  @Field(() => [MyAttendance]) @ApiProperty({ type: [MyAttendance] }) sessions!: MyAttendance[];
}

export enum ImportRowOutcome {
  applied = 'applied',
  error = 'error',
}
registerEnumType(ImportRowOutcome, { name: 'AttendanceImportOutcome' });

@ObjectType()
export class AttendanceImportRowResult {
  @Field(() => Int) @ApiProperty({ description: '1-based position in the rows' }) row!: number;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) cardNumber!: string | null;
  @Field(() => ImportRowOutcome) @ApiProperty({ enum: ImportRowOutcome, enumName: 'AttendanceImportOutcome' }) outcome!: ImportRowOutcome;
  @Field(() => AttendanceStatusEnum, { nullable: true })
  @ApiPropertyOptional({ enum: AttendanceStatusEnum, enumName: 'AttendanceStatus', nullable: true })
  status!: AttendanceStatusEnum | null;
  @Field(() => [String]) @ApiProperty({ type: [String] }) errors!: string[];
}

@ObjectType()
export class AttendanceImportResult {
  @Field(() => Int) @ApiProperty() total!: number;
  @Field(() => Int) @ApiProperty() applied!: number;
  @Field(() => Int) @ApiProperty() failed!: number;
  @Field(() => [AttendanceImportRowResult]) @ApiProperty({ type: [AttendanceImportRowResult] }) rows!: AttendanceImportRowResult[];
}

@ObjectType()
export class RollCallResult {
  @Field(() => Int, { description: 'Participants whose mark was written' }) @ApiProperty() marked!: number;
  @Field(() => SessionCounters) @ApiProperty({ type: SessionCounters }) counters!: SessionCounters;
}
