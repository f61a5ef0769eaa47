import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsOmittable, PageArgs } from '@qt/server-core';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { SpeakerLevel } from '../speaker.types';

export const NAME_MAX = 120;
export const TEXT_MAX = 255;
export const NOTES_MAX = 4000;
export const EXPERTISE_MAX_ITEMS = 20;

/** Strings are stored NFC and trimmed. */
export const nfc = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value);
const nfcList = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.normalize('NFC').trim() : v)) : value;
const queryBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

@InputType()
export class CreateSpeakerInput {
  @Field(() => ID, { description: 'Committee whose roster it is (BLOC, UPPER_GRASSROOTS or GRASSROOTS)' })
  @ApiProperty({ format: 'uuid', description: 'Committee whose roster it is (BLOC, UPPER_GRASSROOTS or GRASSROOTS)' })
  @IsUUID() organisationId!: string;

  @Field(() => SpeakerLevel, { description: "Must equal the organisation's kind" })
  @ApiProperty({ enum: SpeakerLevel, enumName: 'SpeakerLevel', description: "Must equal the organisation's kind" })
  @IsEnum(SpeakerLevel) level!: SpeakerLevel;

  @Field(() => ID, { nullable: true, description: "A party member of the organisation's subtree; or give externalName" })
  @ApiPropertyOptional({ format: 'uuid', description: "A party member of the organisation's subtree; or give externalName" })
  @IsOptional() @IsUUID() memberId?: string;

  @Field({ nullable: true, description: 'Name of an external person; or give memberId' })
  @ApiPropertyOptional({ maxLength: NAME_MAX, example: 'PGS.TS. Trần Văn Bình', description: 'Name of an external person; or give memberId' })
  @IsOptional() @Transform(nfc) @IsString() @Length(1, NAME_MAX) externalName?: string;

  @Field({ nullable: true, description: 'Workplace of an external person' })
  @ApiPropertyOptional({ maxLength: TEXT_MAX, description: 'Workplace of an external person' })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(TEXT_MAX) externalWorkplace?: string;

  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: TEXT_MAX, example: 'Vụ trưởng' })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(TEXT_MAX) title?: string;

  @Field(() => [String], { nullable: true, description: 'Fields of expertise' })
  @ApiPropertyOptional({ type: [String], maxItems: EXPERTISE_MAX_ITEMS })
  @IsOptional() @IsArray() @ArrayMaxSize(EXPERTISE_MAX_ITEMS) @Transform(nfcList) @IsString({ each: true }) @Length(1, 120, { each: true })
  expertise?: string[];

  @Field({ description: 'yyyy-MM-dd' }) @ApiProperty({ format: 'date' })
  @IsCalendarDate() appointedOn!: string;

  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: NOTES_MAX })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(NOTES_MAX) notes?: string;
}

/** What may change on a roster entry. The person, organisation and level do not (end and appoint anew). */
@InputType()
export class UpdateSpeakerInput {
  @Field({ nullable: true, description: 'External speakers only' }) @ApiPropertyOptional({ maxLength: NAME_MAX, description: 'External speakers only' })
  @IsOmittable() @Transform(nfc) @IsString() @Length(1, NAME_MAX) externalName?: string;

  @Field(() => String, { nullable: true, description: 'External speakers only; null clears it' })
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: TEXT_MAX, description: 'External speakers only; null clears it' })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(TEXT_MAX) externalWorkplace?: string | null;

  @Field(() => String, { nullable: true, description: 'null clears it' })
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: TEXT_MAX })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(TEXT_MAX) title?: string | null;

  @Field(() => [String], { nullable: true }) @ApiPropertyOptional({ type: [String], maxItems: EXPERTISE_MAX_ITEMS })
  @IsOmittable() @IsArray() @ArrayMaxSize(EXPERTISE_MAX_ITEMS) @Transform(nfcList) @IsString({ each: true }) @Length(1, 120, { each: true })
  expertise?: string[];

  @Field({ nullable: true }) @ApiPropertyOptional({ format: 'date' })
  @IsOmittable() @IsCalendarDate() appointedOn?: string;

  @Field(() => String, { nullable: true, description: 'null clears it' })
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: NOTES_MAX })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(NOTES_MAX) notes?: string | null;
}

@InputType()
export class EndSpeakerInput {
  @Field({ description: 'First day no longer on the roster (exclusive), yyyy-MM-dd; not before appointedOn' })
  @ApiProperty({ format: 'date', description: 'First day no longer on the roster (exclusive); not before appointedOn' })
  @IsCalendarDate() endedOn!: string;

  @Field({ nullable: true, description: 'Why (appended to the notes)' })
  @ApiPropertyOptional({ maxLength: TEXT_MAX, example: 'Nghỉ hưu' })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(TEXT_MAX) reason?: string;
}

@InputType()
export class AddSpeakerTrainingInput {
  @Field() @ApiProperty({ maxLength: 500, example: 'Tập huấn nghiệp vụ báo cáo viên năm 2026' })
  @Transform(nfc) @IsString() @Length(1, 500) title!: string;

  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: TEXT_MAX, example: 'Ban Tuyên giáo Đảng ủy Khối' })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(TEXT_MAX) organiser?: string;

  @Field({ description: 'yyyy-MM-dd, not in the future' }) @ApiProperty({ format: 'date', description: 'Not in the future' })
  @IsCalendarDate() heldOn!: string;
}

@InputType()
export class AddSpeakerAssignmentInput {
  @Field(() => Int) @ApiProperty({ minimum: 2000, maximum: 2100, example: 2026 })
  @IsInt() @Min(2000) @Max(2100) year!: number;

  @Field() @ApiProperty({ maxLength: NOTES_MAX, example: 'Truyền đạt các nghị quyết Hội nghị Trung ương 7 khóa XII' })
  @Transform(nfc) @IsString() @Length(1, NOTES_MAX) description!: string;
}

@ArgsType()
export class SpeakersArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only rosters of this subtree' })
  @ApiPropertyOptional({ format: 'uuid', description: 'Only rosters of this subtree' })
  @IsOptional() @IsUUID() withinId?: string;

  @Field(() => ID, { nullable: true, description: "Only this committee's own roster" })
  @ApiPropertyOptional({ format: 'uuid', description: "Only this committee's own roster" })
  @IsOptional() @IsUUID() organisationId?: string;

  @Field(() => SpeakerLevel, { nullable: true }) @ApiPropertyOptional({ enum: SpeakerLevel, enumName: 'SpeakerLevel' })
  @IsOptional() @IsEnum(SpeakerLevel) level?: SpeakerLevel;

  @Field({ nullable: true, description: 'Name, workplace, title or expertise; diacritics and case ignored' })
  @ApiPropertyOptional({ description: 'Name, workplace, title or expertise; diacritics and case ignored', example: 'nguyen' })
  @IsOptional() @IsString() @Length(1, 100) search?: string;

  @Field({ nullable: true, description: 'Speakers active on this date (default today); ignored with includeEnded' })
  @ApiPropertyOptional({ format: 'date', description: 'Speakers active on this date (default today); ignored with includeEnded' })
  @IsOptional() @IsCalendarDate() activeOn?: string;

  @Field({ nullable: true, description: 'Every roster entry, ended ones included' })
  @ApiPropertyOptional({ description: 'Every roster entry, ended ones included' })
  @IsOptional() @Transform(queryBoolean) @IsBoolean() includeEnded?: boolean;
}

@ArgsType()
export class SessionsPageArgs extends PageArgs {}

/** GraphQL: the sessions of one speaker. */
@ArgsType()
export class SpeakerSessionsArgs extends PageArgs {
  @Field(() => ID) @IsUUID() speakerId!: string;
}
