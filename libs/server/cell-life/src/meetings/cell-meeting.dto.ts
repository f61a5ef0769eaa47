import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsOmittable, PageArgs } from '@qt/server-core';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CellMeetingKind, MeetingAttendanceStatus } from '../shared/cell-life.enums';

export const nfc = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value);
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
export const TOPIC_MAX = 500;
export const TEXT_MAX = 20_000;
export const REASON_MAX = 500;
export const MAX_ATTENDEES = 2000;

@InputType()
export class RecordCellMeetingInput {
  @Field(() => ID, { description: 'The cell (CELL, or GRASSROOTS without sub-organisations)' })
  @ApiProperty({ format: 'uuid', description: 'The cell (CELL, or GRASSROOTS without sub-organisations)' })
  @IsUUID() organisationId!: string;

  @Field(() => CellMeetingKind) @ApiProperty({ enum: CellMeetingKind, enumName: 'CellMeetingKind' })
  @IsEnum(CellMeetingKind) kind!: CellMeetingKind;

  @Field({ description: 'Date held, yyyy-MM-dd; not in the future' })
  @ApiProperty({ format: 'date', description: 'Date held; not in the future' })
  @IsCalendarDate() heldOn!: string;

  @Field({ nullable: true, description: 'REGULAR only: the month it counts for, yyyy-MM (default: the month of heldOn)' })
  @ApiPropertyOptional({ example: '2026-03', description: 'REGULAR only: the month it counts for (default: the month of heldOn)' })
  @IsOmittable() @IsString() @Matches(MONTH_PATTERN, { message: 'forMonth must be yyyy-MM' }) forMonth?: string;

  @Field() @ApiProperty({ maxLength: TOPIC_MAX, example: 'Sinh hoạt chi bộ thường kỳ tháng 3' })
  @Transform(nfc) @IsString() @Length(1, TOPIC_MAX) topic!: string;

  @Field({ description: 'The resolution or conclusion the meeting ended with (required, seed 002)' })
  @ApiProperty({ maxLength: TEXT_MAX, description: 'The resolution or conclusion the meeting ended with (required, seed 002)' })
  @Transform(nfc) @IsString() @Length(1, TEXT_MAX) conclusion!: string;

  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid', description: 'Optional link to a resolution record' })
  @IsOptional() @IsUUID() resolutionId?: string;
}

@InputType()
export class UpdateCellMeetingInput {
  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: TOPIC_MAX })
  @IsOmittable() @Transform(nfc) @IsString() @Length(1, TOPIC_MAX) topic?: string;

  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @IsOmittable() @Transform(nfc) @IsString() @Length(1, TEXT_MAX) conclusion?: string;

  @Field(() => ID, { nullable: true, description: 'null removes the link' })
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'null removes the link' })
  @IsOptional() @IsUUID() resolutionId?: string | null;
}

@InputType()
export class AttendanceEntryInput {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) @IsUUID() memberId!: string;

  @Field(() => MeetingAttendanceStatus) @ApiProperty({ enum: MeetingAttendanceStatus, enumName: 'MeetingAttendanceStatus' })
  @IsEnum(MeetingAttendanceStatus) status!: MeetingAttendanceStatus;

  @Field({ nullable: true, description: 'Required for EXCUSED' }) @ApiPropertyOptional({ maxLength: REASON_MAX, description: 'Required for EXCUSED' })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(REASON_MAX) reason?: string;
}

@InputType()
export class SetAttendanceInput {
  @Field(() => [AttendanceEntryInput], { description: 'Members of the cell on the meeting date; others are refused. Replaces earlier entries of these members.' })
  @ApiProperty({ type: [AttendanceEntryInput], maxItems: MAX_ATTENDEES })
  @IsArray() @ArrayMaxSize(MAX_ATTENDEES) @ValidateNested({ each: true }) @Type(() => AttendanceEntryInput)
  entries!: AttendanceEntryInput[];
}

@ArgsType()
export class CellMeetingsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only the meetings of cells in this subtree (or of this cell)' })
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the meetings of cells in this subtree (or of this cell)' })
  @IsOptional() @IsUUID() withinId?: string;

  @Field(() => Int, { nullable: true }) @ApiPropertyOptional({ example: 2026 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;

  @Field(() => CellMeetingKind, { nullable: true }) @ApiPropertyOptional({ enum: CellMeetingKind, enumName: 'CellMeetingKind' })
  @IsOptional() @IsEnum(CellMeetingKind) kind?: CellMeetingKind;
}

@ArgsType()
export class MyCellMeetingsArgs {
  @Field(() => Int) @ApiProperty({ example: 2026 }) @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;
}
