import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsOmittable, SyncPageArgs } from '@qt/server-core';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SessionFormat, SessionStatus } from '../session.types';

/** Strings are stored NFC and trimmed. */
export const nfc = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value);
/**
 * REST bodies carry timestamps as ISO strings; GraphQL's DateTime scalar already gives a Date. A calendar day that
 * does not exist (2026-02-30, which `new Date` would roll over to 2 March) stays a string, so @IsDate() names the field.
 */
export const toDate = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return value;
  const day = value.slice(0, 10);
  const midnight = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(midnight.getTime()) && midnight.toISOString().slice(0, 10) === day ? new Date(value) : value;
};

export const MAX_CONNECTION_POINTS = 500;
export const REASON_MAX = 500;

@InputType()
export class ConnectionPointInput {
  @Field(() => ID, { description: 'Host organisation, in the organiser’s subtree' })
  @ApiProperty({ format: 'uuid', description: 'Host organisation, in the organiser’s subtree' })
  @IsUUID() hostOrganisationId!: string;

  @Field() @ApiProperty({ example: 'Phòng họp tầng 3', maxLength: 255 })
  @Transform(nfc) @IsString() @Length(1, 255) place!: string;
}

@InputType()
export class CreateSessionInput {
  @Field(() => ID) @ApiProperty({ format: 'uuid', description: 'An ISSUED campaign' }) @IsUUID() campaignId!: string;

  @Field(() => ID, { description: 'Organiser: in your scope and in the campaign issuer’s subtree' })
  @ApiProperty({ format: 'uuid' })
  @IsUUID() organiserOrganisationId!: string;

  @Field() @ApiProperty({ example: 'Hội nghị học tập, quán triệt Nghị quyết Trung ương 7', maxLength: 500 })
  @Transform(nfc) @IsString() @Length(1, 500) title!: string;

  @Field() @ApiProperty({ type: String, format: 'date-time' }) @Transform(toDate) @IsDate() startsAt!: Date;

  @Field(() => Int) @ApiProperty({ minimum: 15, maximum: 4320, example: 240 })
  @IsInt() @Min(15) @Max(4320) durationMinutes!: number;

  @Field(() => SessionFormat, { description: 'One of the campaign’s formats' })
  @ApiProperty({ enum: SessionFormat, enumName: 'StudyFormat' })
  @IsEnum(SessionFormat) format!: SessionFormat;

  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: 255 })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(255) venue?: string;

  @Field({ nullable: true, description: 'Make-up session (học bù)' }) @ApiPropertyOptional()
  @IsOptional() @IsBoolean() isMakeup?: boolean;

  @Field(() => [ConnectionPointInput], { nullable: true, description: 'Connection points (điểm cầu); not for IN_PERSON' })
  @ApiPropertyOptional({ type: [ConnectionPointInput] })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_CONNECTION_POINTS) @ValidateNested({ each: true }) @Type(() => ConnectionPointInput)
  connectionPoints?: ConnectionPointInput[];

  @Field({ nullable: true, description: 'Pre-briefing of committee members, before the start' })
  @ApiPropertyOptional({ type: String, format: 'date-time' })
  @IsOptional() @Transform(toDate) @IsDate() preBriefingAt?: Date;

  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(2000) preBriefingNote?: string;
}

/** Changes to a PLANNED session. A new start or duration re-plans the automatic close. */
@InputType()
export class UpdateSessionInput {
  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: 500 })
  @IsOmittable() @Transform(nfc) @IsString() @Length(1, 500) title?: string;

  @Field({ nullable: true }) @ApiPropertyOptional({ type: String, format: 'date-time' })
  @IsOmittable() @Transform(toDate) @IsDate() startsAt?: Date;

  @Field(() => Int, { nullable: true }) @ApiPropertyOptional({ minimum: 15, maximum: 4320 })
  @IsOmittable() @IsInt() @Min(15) @Max(4320) durationMinutes?: number;

  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true, maxLength: 255 })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(255) venue?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The committee secretary presented in person (bí thư trực tiếp quán triệt)' })
  @ApiPropertyOptional({ type: Boolean, nullable: true })
  @IsOptional() @IsBoolean() secretaryPresented?: boolean | null;

  @Field(() => Date, { nullable: true }) @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional() @Transform(toDate) @IsDate() preBriefingAt?: Date | null;

  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(2000) preBriefingNote?: string | null;
}

@InputType()
export class EvaluateSessionInput {
  @Field(() => Int, { description: 'Rule compliance of attendees, 1-5' }) @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt() @Min(1) @Max(5) ruleCompliance!: number;

  @Field(() => Int, { description: 'Speaker quality, 1-5' }) @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt() @Min(1) @Max(5) speakerQuality!: number;

  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(4000) comment?: string;
}

@InputType()
export class ReasonInput {
  @Field() @ApiProperty({ maxLength: REASON_MAX, example: 'Trùng lịch công tác' })
  @Transform(nfc) @IsString() @Length(1, REASON_MAX) reason!: string;
}

@InputType()
export class AssignSpeakerInput {
  @Field(() => ID, { description: 'A speaker on the roster of the organiser, an organisation above it or below it' })
  @ApiProperty({ format: 'uuid' })
  @IsUUID() speakerId!: string;

  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(500) topic?: string;
}

@ArgsType()
export class SessionsArgs extends SyncPageArgs {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) @IsUUID() campaignId!: string;

  @Field(() => ID, { nullable: true, description: 'Sessions organised by this organisation' })
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID() organiserId?: string;

  @Field({ nullable: true, description: 'Starting on or after this date (yyyy-MM-dd, Asia/Ho_Chi_Minh)' })
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional() @IsCalendarDate() from?: string;

  @Field({ nullable: true, description: 'Starting on or before this date' }) @ApiPropertyOptional({ format: 'date' })
  @IsOptional() @IsCalendarDate() to?: string;

  @Field(() => SessionStatus, { nullable: true }) @ApiPropertyOptional({ enum: SessionStatus, enumName: 'SessionStatus' })
  @IsOptional() @IsEnum(SessionStatus) status?: SessionStatus;
}
