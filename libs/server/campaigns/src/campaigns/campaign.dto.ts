import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsOmittable, SyncPageArgs } from '@qt/server-core';
import { OrganisationKind } from '@qt/shared-domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
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
import { CampaignStatus, EssayPolicy, LevelAudience, StudyFormat } from '../common/enums';
import { nfc } from '../resolutions/resolution.dto';

export const CAMPAIGN_CODE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._/-]{0,63}$/u;

@InputType()
export class CampaignLevelInput {
  @Field(() => OrganisationKind) @ApiProperty({ enum: OrganisationKind, enumName: 'OrganisationKind' })
  @IsEnum(OrganisationKind) level!: OrganisationKind;

  @Field(() => LevelAudience, { nullable: true, description: 'Default ALL_MEMBERS' })
  @ApiPropertyOptional({ enum: LevelAudience, enumName: 'LevelAudience', default: LevelAudience.ALL_MEMBERS })
  @IsOmittable() @IsEnum(LevelAudience) audience?: LevelAudience;

  @Field({ nullable: true }) @ApiPropertyOptional({ default: false })
  @IsOmittable() @IsBoolean() includeSubordinateCommittees?: boolean;

  @Field({ nullable: true }) @ApiPropertyOptional({ default: false })
  @IsOmittable() @IsBoolean() includeSubordinateHeads?: boolean;

  @Field({ description: 'yyyy-MM-dd, between startsOn and reportDueOn' }) @ApiProperty({ format: 'date' })
  @IsCalendarDate() deadline!: string;
}

/**
 * Settings a campaign may leave out (defaults apply) and a draft may change: the same
 * rules on create and update.
 */
@InputType({ isAbstract: true })
export class CampaignOptionalSettings {
  @Field(() => Int, { nullable: true, description: 'Of which discussion, minutes (default 0)' }) @ApiPropertyOptional({ minimum: 0, maximum: 4320 })
  @IsOmittable() @IsInt() @Min(0) @Max(4320) discussionMinutes?: number;

  @Field(() => String, { nullable: true, description: 'Required unless essayPolicy is NONE; null clears it' })
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional() @IsCalendarDate() essayDueOn?: string | null;

  @Field(() => Int, { nullable: true }) @ApiPropertyOptional({ minimum: 0, maximum: 20000, default: 300 })
  @IsOmittable() @IsInt() @Min(0) @Max(20000) essayMinWords?: number;

  @Field(() => Float, { nullable: true }) @ApiPropertyOptional({ minimum: 0.01, maximum: 1, default: 0.8 })
  @IsOmittable() @IsNumber({ maxDecimalPlaces: 3 }) @Min(0.01) @Max(1) essaySimilarityThreshold?: number;

  @Field({ nullable: true }) @ApiPropertyOptional({ default: false })
  @IsOmittable() @IsBoolean() programmeRequired?: boolean;

  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional() @IsCalendarDate() programmeDueOn?: string | null;

  @Field(() => [OrganisationKind], { nullable: true })
  @ApiPropertyOptional({ enum: OrganisationKind, enumName: 'OrganisationKind', isArray: true })
  @IsOmittable() @IsArray() @ArrayUnique() @IsEnum(OrganisationKind, { each: true }) programmeLevels?: OrganisationKind[];

  @Field({ nullable: true }) @ApiPropertyOptional({ default: false })
  @IsOmittable() @IsBoolean() personalPlansRequired?: boolean;

  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional() @IsCalendarDate() personalPlansDueOn?: string | null;

  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(10000) description?: string | null;
}

/** A new draft campaign; the rules across fields (dates, essays, programmes) are checked in campaign-rules.ts. */
@InputType()
export class CreateCampaignInput extends CampaignOptionalSettings {
  @Field() @ApiProperty({ example: 'HT-TW7-XII' })
  @Transform(nfc) @IsString() @Matches(CAMPAIGN_CODE_PATTERN, { message: 'code must be 1-64 of letters, digits, . _ / -' })
  code!: string;

  @Field(() => ID, { description: 'Organisation issuing the campaign (in your scope)' }) @ApiProperty({ format: 'uuid' })
  @IsUUID() issuerOrganisationId!: string;

  @Field() @ApiProperty({ maxLength: 500 })
  @Transform(nfc) @IsString() @Length(1, 500) title!: string;

  @Field() @ApiProperty({ format: 'date' })
  @IsCalendarDate() startsOn!: string;

  @Field({ description: 'Result report due to the issuer, yyyy-MM-dd' }) @ApiProperty({ format: 'date' })
  @IsCalendarDate() reportDueOn!: string;

  @Field(() => [StudyFormat])
  @ApiProperty({ enum: StudyFormat, enumName: 'StudyFormat', isArray: true })
  @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsEnum(StudyFormat, { each: true }) formats!: StudyFormat[];

  @Field(() => Int) @ApiProperty({ minimum: 15, maximum: 4320 })
  @IsInt() @Min(15) @Max(4320) expectedDurationMinutes!: number;

  @Field(() => EssayPolicy) @ApiProperty({ enum: EssayPolicy, enumName: 'EssayPolicy' })
  @IsEnum(EssayPolicy) essayPolicy!: EssayPolicy;


  @Field(() => [CampaignLevelInput], { description: 'Per-level rules (one per level)' })
  @ApiProperty({ type: [CampaignLevelInput] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(4) @ValidateNested({ each: true }) @Type(() => CampaignLevelInput)
  levels!: CampaignLevelInput[];

  @Field(() => [ID], { description: 'Resolutions studied' })
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ArrayUnique() @IsUUID('all', { each: true }) resolutionIds!: string[];
}

/** Changes to a draft: fields left out keep their value; levels and resolutionIds replace the lists when given. */
@InputType()
export class UpdateCampaignInput extends CampaignOptionalSettings {
  @Field({ nullable: true }) @ApiPropertyOptional()
  @IsOmittable() @Transform(nfc) @IsString() @Matches(CAMPAIGN_CODE_PATTERN, { message: 'code must be 1-64 of letters, digits, . _ / -' })
  code?: string;

  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: 500 })
  @IsOmittable() @Transform(nfc) @IsString() @Length(1, 500) title?: string;

  @Field({ nullable: true }) @ApiPropertyOptional({ format: 'date' })
  @IsOmittable() @IsCalendarDate() startsOn?: string;

  @Field({ nullable: true, description: 'Result report due to the issuer, yyyy-MM-dd' }) @ApiPropertyOptional({ format: 'date' })
  @IsOmittable() @IsCalendarDate() reportDueOn?: string;

  @Field(() => [StudyFormat], { nullable: true })
  @ApiPropertyOptional({ enum: StudyFormat, enumName: 'StudyFormat', isArray: true })
  @IsOmittable() @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsEnum(StudyFormat, { each: true }) formats?: StudyFormat[];

  @Field(() => Int, { nullable: true }) @ApiPropertyOptional({ minimum: 15, maximum: 4320 })
  @IsOmittable() @IsInt() @Min(15) @Max(4320) expectedDurationMinutes?: number;

  @Field(() => EssayPolicy, { nullable: true }) @ApiPropertyOptional({ enum: EssayPolicy, enumName: 'EssayPolicy' })
  @IsOmittable() @IsEnum(EssayPolicy) essayPolicy?: EssayPolicy;


  @Field(() => [CampaignLevelInput], { nullable: true, description: 'Per-level rules (one per level)' })
  @ApiPropertyOptional({ type: [CampaignLevelInput] })
  @IsOmittable() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(4) @ValidateNested({ each: true }) @Type(() => CampaignLevelInput)
  levels?: CampaignLevelInput[];

  @Field(() => [ID], { nullable: true, description: 'Resolutions studied' })
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOmittable() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ArrayUnique() @IsUUID('all', { each: true }) resolutionIds?: string[];
}

@ArgsType()
export class CampaignsArgs extends SyncPageArgs {
  @Field({ nullable: true, description: 'Part of the code or title; diacritics ignored' }) @ApiPropertyOptional()
  @IsOptional() @IsString() @Length(1, 100) search?: string;

  @Field(() => CampaignStatus, { nullable: true }) @ApiPropertyOptional({ enum: CampaignStatus, enumName: 'CampaignStatus' })
  @IsOptional() @IsEnum(CampaignStatus) status?: CampaignStatus;

  @Field(() => ID, { nullable: true, description: 'Only campaigns issued by this organisation' }) @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID() issuerOrganisationId?: string;
}
