import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SyncPageArgs } from '@qt/server-core';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { AttendanceStatusEnum } from '../session.types';
import { nfc, REASON_MAX, toDate } from './session.dto';

const queryBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export const MARKS_MAX = 5000;
export const IMPORT_MAX_ROWS = 20_000;

@InputType()
export class AttendanceMarkInput {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) @IsUUID() memberId!: string;

  @Field(() => AttendanceStatusEnum) @ApiProperty({ enum: AttendanceStatusEnum, enumName: 'AttendanceStatus' })
  @IsEnum(AttendanceStatusEnum) status!: AttendanceStatusEnum;

  @Field({ nullable: true, description: 'Required for EXCUSED (lý do vắng)' })
  @ApiPropertyOptional({ maxLength: REASON_MAX, description: 'Required for EXCUSED' })
  @IsOptional() @Transform(nfc) @IsString() @Length(1, REASON_MAX) reason?: string;
}

/** Secretary bulk marking (điểm danh): many members at once. */
@InputType()
export class MarkAttendanceInput {
  @Field(() => [AttendanceMarkInput]) @ApiProperty({ type: [AttendanceMarkInput] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MARKS_MAX) @ValidateNested({ each: true }) @Type(() => AttendanceMarkInput)
  marks!: AttendanceMarkInput[];

  @Field({ nullable: true, description: 'Required once the session is CLOSED: why the roll call is corrected (audited)' })
  @ApiPropertyOptional({ maxLength: REASON_MAX })
  @IsOptional() @Transform(nfc) @IsString() @Length(1, REASON_MAX) correctionReason?: string;
}

/** Self check-in or check-out with the code shown at the venue or connection point. */
@InputType()
export class CheckInInput {
  @Field(() => ID, { nullable: true, description: 'The connection point whose code you read; omit for the main venue' })
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID() connectionPointId?: string;

  @Field() @ApiProperty({ example: '04718263' }) @IsString() @Matches(/^\d{8}$/, { message: 'code must be 8 digits' }) code!: string;
}

@InputType()
export class AttendanceImportRow {
  @Field() @ApiProperty({ example: '01.012345' }) @IsString() @Length(1, 20) cardNumber!: string;
  @Field() @ApiProperty({ type: String, format: 'date-time' }) @Transform(toDate) @IsDate() checkedInAt!: Date;
  @Field({ nullable: true }) @ApiPropertyOptional({ type: String, format: 'date-time' })
  @IsOptional() @Transform(toDate) @IsDate() checkedOutAt?: Date;
}

export class AttendanceImportBody {
  @ApiProperty({ type: [AttendanceImportRow] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(IMPORT_MAX_ROWS) @ValidateNested({ each: true }) @Type(() => AttendanceImportRow)
  rows!: AttendanceImportRow[];
}

@InputType()
export class AddParticipantInput {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) @IsUUID() memberId!: string;
  @Field() @ApiProperty({ maxLength: REASON_MAX }) @Transform(nfc) @IsString() @Length(1, REASON_MAX) reason!: string;
}

@InputType()
export class AssignMakeupInput {
  @Field(() => ID, { description: 'A make-up session (isMakeup) of the same campaign, still PLANNED' })
  @ApiProperty({ format: 'uuid' })
  @IsUUID() makeupSessionId!: string;

  @Field(() => [ID], { description: 'Absentees of this (closed) session: UNEXCUSED, EXCUSED or LEFT_EARLY' })
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MARKS_MAX) @IsUUID('all', { each: true })
  memberIds!: string[];
}

@ArgsType()
export class ParticipantsArgs extends SyncPageArgs {
  @Field(() => AttendanceStatusEnum, { nullable: true })
  @ApiPropertyOptional({ enum: AttendanceStatusEnum, enumName: 'AttendanceStatus' })
  @IsOptional() @IsEnum(AttendanceStatusEnum) status?: AttendanceStatusEnum;

  @Field({ nullable: true, description: 'Only members not marked yet' }) @ApiPropertyOptional()
  @IsOptional() @Transform(queryBoolean) @IsBoolean() unmarked?: boolean;

  @Field({ nullable: true, description: 'Name or card number, ignoring diacritics' }) @ApiPropertyOptional()
  @IsOptional() @IsString() @MaxLength(120) search?: string;

  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID() connectionPointId?: string;

  @Field({ nullable: true, description: 'Include removed members' }) @ApiPropertyOptional()
  @IsOptional() @Transform(queryBoolean) @IsBoolean() includeRemoved?: boolean;
}
