import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsOmittable, SyncPageArgs } from '@qt/server-core';
import { Gender, PartyStanding } from '@qt/shared-domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

/** Party card number (số thẻ đảng viên): 6-20 of 0-9 A-Z . - */
export const CARD_NUMBER_PATTERN = /^[0-9A-Z.-]{6,20}$/;
export const CARD_NUMBER_MESSAGE = 'cardNumber must be 6-20 of 0-9 A-Z . -';
export const ORG_CODE_PATTERN = /^[A-Za-z0-9._-]{1,32}$/;
export const FULL_NAME_MAX = 120;
export const POSITION_MAX = 255;
export const REASON_MAX = 255;
/** Rows per GraphQL bulkUpsertMembers call; REST /members/bulk takes up to BULK_MAX_ROWS. */
export const GRAPHQL_BULK_MAX_ROWS = 1000;
export const BULK_MAX_ROWS = 100_000;

/** Strings are stored NFC (a name typed on a Mac arrives NFD) and trimmed. */
export const nfc = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value);
const queryBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

const Optional = IsOmittable;

@InputType({ isAbstract: true })
export class MemberFlagsInput {
  @Field({ nullable: true }) @ApiPropertyOptional({ description: 'Head of an agency or unit (người đứng đầu)' })
  @Optional() @IsBoolean() isHeadOfUnit?: boolean;

  @Field({ nullable: true }) @ApiPropertyOptional({ description: 'Key leader or manager (cán bộ lãnh đạo, quản lý chủ chốt)' })
  @Optional() @IsBoolean() isKeyLeader?: boolean;

  @Field({ nullable: true }) @ApiPropertyOptional({ description: "Under the bloc standing committee's management" })
  @Optional() @IsBoolean() isUnderBlocStandingCommittee?: boolean;

  @Field({ nullable: true }) @ApiPropertyOptional({ description: 'Retired from work (đã nghỉ công tác)' })
  @Optional() @IsBoolean() isRetired?: boolean;

  @Field({ nullable: true }) @ApiPropertyOptional({ description: 'Not fit for work (không đủ sức khỏe)' })
  @Optional() @IsBoolean() isUnfitForWork?: boolean;

  @Field({ nullable: true }) @ApiPropertyOptional({ description: 'Exempt from party activities (miễn sinh hoạt đảng)' })
  @Optional() @IsBoolean() isExemptFromActivities?: boolean;
}

@InputType()
export class CreateMemberInput extends MemberFlagsInput {
  @Field() @ApiProperty({ example: '01.012345', description: 'Party card number, 6-20 of 0-9 A-Z . -' })
  @IsString() @Matches(CARD_NUMBER_PATTERN, { message: CARD_NUMBER_MESSAGE }) cardNumber!: string;

  @Field() @ApiProperty({ example: 'Nguyễn Văn An', maxLength: FULL_NAME_MAX })
  @Transform(nfc) @IsString() @Length(1, FULL_NAME_MAX) fullName!: string;

  @Field() @ApiProperty({ format: 'date', example: '1980-05-17' })
  @IsCalendarDate() birthDate!: string;

  @Field(() => Gender) @ApiProperty({ enum: Gender, enumName: 'Gender' })
  @IsEnum(Gender) gender!: Gender;

  @Field(() => PartyStanding) @ApiProperty({ enum: PartyStanding, enumName: 'PartyStanding' })
  @IsEnum(PartyStanding) standing!: PartyStanding;

  @Field({ nullable: true }) @ApiPropertyOptional({ example: 'Chuyên viên', maxLength: POSITION_MAX })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(POSITION_MAX) position?: string;

  @Field(() => ID) @ApiProperty({ format: 'uuid', description: 'Organisation (normally a cell) where the member takes part in party life' })
  @IsUUID() organisationId!: string;

  @Field({ description: 'First day of party life in that organisation, yyyy-MM-dd' })
  @ApiProperty({ format: 'date', example: '2020-01-01', description: 'First day of party life in that organisation' })
  @IsCalendarDate() joinedOn!: string;
}

/** Personal fields and flags. The organisation changes only by a transfer. */
@InputType()
export class UpdateMemberInput extends MemberFlagsInput {
  @Field({ nullable: true }) @ApiPropertyOptional({ description: 'Party card number, 6-20 of 0-9 A-Z . -' })
  @Optional() @IsString() @Matches(CARD_NUMBER_PATTERN, { message: CARD_NUMBER_MESSAGE }) cardNumber?: string;

  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: FULL_NAME_MAX })
  @Optional() @Transform(nfc) @IsString() @Length(1, FULL_NAME_MAX) fullName?: string;

  @Field({ nullable: true }) @ApiPropertyOptional({ format: 'date' })
  @Optional() @IsCalendarDate() birthDate?: string;

  @Field(() => Gender, { nullable: true }) @ApiPropertyOptional({ enum: Gender, enumName: 'Gender' })
  @Optional() @IsEnum(Gender) gender?: Gender;

  @Field(() => PartyStanding, { nullable: true }) @ApiPropertyOptional({ enum: PartyStanding, enumName: 'PartyStanding' })
  @Optional() @IsEnum(PartyStanding) standing?: PartyStanding;

  @Field(() => String, { nullable: true, description: 'null clears it' })
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: POSITION_MAX, description: 'null clears it' })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(POSITION_MAX) position?: string | null;
}

@InputType()
export class TransferMemberInput {
  @Field(() => ID) @ApiProperty({ format: 'uuid', description: 'Destination organisation' })
  @IsUUID() toOrganisationId!: string;

  @Field({ description: 'First day in the destination (the current membership ends the day before), yyyy-MM-dd' })
  @ApiProperty({ format: 'date', description: 'First day in the destination; not in the future' })
  @IsCalendarDate() effectiveDate!: string;

  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: REASON_MAX, example: 'Chuyển công tác' })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(REASON_MAX) reason?: string;
}

@ArgsType()
export class MembersArgs extends SyncPageArgs {
  @Field({ nullable: true, description: 'Part of the name or card number; diacritics and case ignored' })
  @ApiPropertyOptional({ description: 'Part of the name or card number; diacritics and case ignored', example: 'nguyen van' })
  @IsOptional() @IsString() @Length(1, 100) search?: string;

  @Field(() => ID, { nullable: true, description: 'Only members of this subtree' })
  @ApiPropertyOptional({ format: 'uuid', description: 'Only members of this subtree' })
  @IsOptional() @IsUUID() withinId?: string;

  @Field({ nullable: true, description: 'Members of the subtree on this date (from the membership history) instead of today' })
  @ApiPropertyOptional({ format: 'date', description: 'Members of the subtree on this date (membership history)' })
  @IsOptional() @IsCalendarDate() onDate?: string;

  @Field(() => PartyStanding, { nullable: true })
  @ApiPropertyOptional({ enum: PartyStanding, enumName: 'PartyStanding' })
  @IsOptional() @IsEnum(PartyStanding) standing?: PartyStanding;

  @Field({ nullable: true }) @ApiPropertyOptional()
  @IsOptional() @Transform(queryBoolean) @IsBoolean() isHeadOfUnit?: boolean;

  @Field({ nullable: true }) @ApiPropertyOptional()
  @IsOptional() @Transform(queryBoolean) @IsBoolean() isKeyLeader?: boolean;

  @Field({ nullable: true }) @ApiPropertyOptional()
  @IsOptional() @Transform(queryBoolean) @IsBoolean() isUnderBlocStandingCommittee?: boolean;

  @Field({ nullable: true }) @ApiPropertyOptional()
  @IsOptional() @Transform(queryBoolean) @IsBoolean() isRetired?: boolean;

  @Field({ nullable: true }) @ApiPropertyOptional()
  @IsOptional() @Transform(queryBoolean) @IsBoolean() isUnfitForWork?: boolean;

  @Field({ nullable: true }) @ApiPropertyOptional()
  @IsOptional() @Transform(queryBoolean) @IsBoolean() isExemptFromActivities?: boolean;
}

@ArgsType()
export class OnDateArgs {
  @Field({ nullable: true, description: 'yyyy-MM-dd; default today (Asia/Ho_Chi_Minh)' })
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional() @IsCalendarDate() onDate?: string;
}

/**
 * One row of a bulk upsert, keyed by card number. Only the types are checked
 * here (a wrong type or an unknown field refuses the whole request with 400);
 * the value rules (card number format, name length, real dates, organisation
 * code, scope) are checked per row and a failing row is reported, not written.
 * Optional fields left out keep the member's current value (defaults for a new member).
 */
@InputType()
export class MemberRowInput extends MemberFlagsInput {
  @Field() @ApiProperty({ example: '01.012345' })
  @IsString() @MaxLength(255) cardNumber!: string;

  @Field() @ApiProperty({ example: 'Nguyễn Văn An' })
  @IsString() @MaxLength(1000) fullName!: string;

  @Field({ description: 'yyyy-MM-dd or dd/MM/yyyy' }) @ApiProperty({ example: '1980-05-17', description: 'yyyy-MM-dd or dd/MM/yyyy' })
  @IsString() @MaxLength(32) birthDate!: string;

  @Field(() => Gender) @ApiProperty({ enum: Gender, enumName: 'Gender' })
  @IsEnum(Gender) gender!: Gender;

  @Field(() => PartyStanding) @ApiProperty({ enum: PartyStanding, enumName: 'PartyStanding' })
  @IsEnum(PartyStanding) standing!: PartyStanding;

  @Field({ nullable: true }) @ApiPropertyOptional({ example: 'Chuyên viên' })
  @IsOptional() @IsString() @MaxLength(1000) position?: string;

  @Field({ description: 'Code of the organisation where the member takes part in party life' })
  @ApiProperty({ example: 'DUK.BCT.VP', description: 'Code of the organisation; a new one for an existing member is a transfer' })
  @IsString() @MaxLength(255) organisationCode!: string;

  @Field({ nullable: true, description: 'First day in that organisation for a new member or a transfer; default today' })
  @ApiPropertyOptional({ description: 'First day in that organisation for a new member or a transfer; default today (Asia/Ho_Chi_Minh)' })
  @IsOptional() @IsString() @MaxLength(32) effectiveDate?: string;
}

/** JSON body of POST /members/bulk. */
export class BulkMembersBody {
  @ApiProperty({ type: [MemberRowInput], maxItems: BULK_MAX_ROWS })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(BULK_MAX_ROWS)
  @ValidateNested({ each: true }) @Type(() => MemberRowInput)
  rows!: MemberRowInput[];
}

@ArgsType()
export class BulkUpsertMembersArgs {
  @Field(() => [MemberRowInput], { description: `At most ${GRAPHQL_BULK_MAX_ROWS} rows; use POST /api/v1/members/bulk for more` })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(GRAPHQL_BULK_MAX_ROWS)
  @ValidateNested({ each: true }) @Type(() => MemberRowInput)
  rows!: MemberRowInput[];

  @Field({ nullable: true, description: 'Same key and rows again: the stored answer, nothing written twice' })
  @IsOptional() @IsString() @MaxLength(255) idempotencyKey?: string;
}
