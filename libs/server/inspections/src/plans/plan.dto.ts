import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsOmittable, PageArgs } from '@qt/server-core';
import { Transform, Type } from 'class-transformer';
import { IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { InspectionPlanStatus, InspectionShareBasis, nfc, TITLE_MAX } from '../common/inspection-enums';

const MAX_SEED = 2_147_483_647;

/** Plan settings that may be left out on creation (defaults) and changed while DRAFT. */
@InputType({ isAbstract: true })
export class PlanSettingsInput {
  @Field({ nullable: true, description: 'Default: study and implementation of the Party resolutions' })
  @ApiPropertyOptional({ maxLength: TITLE_MAX })
  @IsOmittable() @Transform(nfc) @IsString() @Length(1, TITLE_MAX) theme?: string;

  @Field({ nullable: true, description: 'yyyy-MM-dd within the year (default 1 January)' }) @ApiPropertyOptional({ format: 'date' })
  @IsOmittable() @IsCalendarDate() periodFrom?: string;

  @Field({ nullable: true, description: 'yyyy-MM-dd within the year (default 31 December)' }) @ApiPropertyOptional({ format: 'date' })
  @IsOmittable() @IsCalendarDate() periodTo?: string;

  @Field(() => InspectionShareBasis, { nullable: true, description: 'Default KL04 (04-KL/ĐUK, 15–20 %)' })
  @ApiPropertyOptional({ enum: InspectionShareBasis, enumName: 'InspectionShareBasis' })
  @IsOmittable() @IsEnum(InspectionShareBasis) basis?: InspectionShareBasis;

  @Field(() => Float, { nullable: true, description: 'Percent within the basis range (KL04 15–20, NQ02 20–25); default its lower bound' })
  @ApiPropertyOptional({ minimum: 15, maximum: 25 })
  @IsOmittable() @IsNumber({ maxDecimalPlaces: 2 }) @Min(15) @Max(25) sharePercent?: number;

  @Field(() => Int, { nullable: true, description: 'Term (nhiệm kỳ) start year; default the organisation term, else the 5-year term holding the year' })
  @ApiPropertyOptional({ example: 2025 })
  @IsOmittable() @IsInt() @Min(2000) @Max(2100) termStartYear?: number;

  @Field(() => Int, { nullable: true }) @ApiPropertyOptional({ example: 2030 })
  @IsOmittable() @IsInt() @Min(2000) @Max(2100) termEndYear?: number;
}

@InputType()
export class CreateInspectionPlanInput extends PlanSettingsInput {
  @Field(() => ID, { description: 'The committee whose directly subordinate organisations are inspected' })
  @ApiProperty({ format: 'uuid' })
  @IsUUID() organisationId!: string;

  @Field(() => Int) @ApiProperty({ example: 2025 }) @IsInt() @Min(2000) @Max(2100) year!: number;
}

@InputType()
export class UpdateInspectionPlanInput extends PlanSettingsInput {}

@InputType()
export class RequestSamplingInput {
  @Field(() => Int, { nullable: true, description: 'Seed (0–2147483647); default a random one, stored on the run' })
  @ApiPropertyOptional({ minimum: 0, maximum: MAX_SEED })
  @IsOmittable() @IsInt() @Min(0) @Max(MAX_SEED) seed?: number;
}

/** Sampling for every committee of a subtree for a year: plans are created with defaults where missing. */
@InputType()
export class SampleSubtreeInput extends PlanSettingsInput {
  @Field(() => ID, { description: 'Root of the subtree: it and every committee below with subordinate organisations' })
  @ApiProperty({ format: 'uuid' })
  @IsUUID() organisationId!: string;

  @Field(() => Int) @ApiProperty({ example: 2025 }) @IsInt() @Min(2000) @Max(2100) year!: number;

  @Field(() => Int, { nullable: true }) @ApiPropertyOptional({ minimum: 0, maximum: MAX_SEED })
  @IsOmittable() @IsInt() @Min(0) @Max(MAX_SEED) seed?: number;
}

@ArgsType()
export class InspectionPlansArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Plans of committees in this subtree' }) @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID() withinId?: string;

  @Field(() => Int, { nullable: true }) @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100)
  year?: number;

  @Field(() => InspectionPlanStatus, { nullable: true })
  @ApiPropertyOptional({ enum: InspectionPlanStatus, enumName: 'InspectionPlanStatus' })
  @IsOptional() @IsEnum(InspectionPlanStatus) status?: InspectionPlanStatus;
}
