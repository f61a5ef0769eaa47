import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageArgs } from '@qt/server-core';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { ImplementationResult, PersonalPlanStatus, PlanReviewDecision } from '../common/programme-enums';
import { nfc, TEXT_MAX } from '../common/text';

const queryBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

@InputType()
export class CreatePersonalPlanInput {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) @IsUUID() campaignId!: string;

  @Field({ description: 'The plan: tasks, targets, roadmap and commitments fitting your duties' })
  @ApiProperty({ maxLength: TEXT_MAX, description: 'The plan: tasks, targets, roadmap and commitments fitting your duties' })
  @Transform(nfc) @IsString() @Length(1, TEXT_MAX) content!: string;
}

@InputType()
export class UpdatePersonalPlanInput {
  @Field() @ApiProperty({ maxLength: TEXT_MAX }) @Transform(nfc) @IsString() @Length(1, TEXT_MAX) content!: string;
}

@InputType()
export class ReviewPersonalPlanInput {
  @Field(() => PlanReviewDecision) @ApiProperty({ enum: PlanReviewDecision, enumName: 'PlanReviewDecision' })
  @IsEnum(PlanReviewDecision) decision!: PlanReviewDecision;

  @Field({ nullable: true, description: 'Required when returning the plan' }) @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(TEXT_MAX) comment?: string;
}

@InputType()
export class EvaluatePersonalPlanInput {
  @Field(() => Int, { description: 'Year evaluated: from the campaign start year to this year' })
  @ApiProperty({ example: 2025 })
  @IsInt() @Min(2000) @Max(2100) year!: number;

  @Field(() => ImplementationResult) @ApiProperty({ enum: ImplementationResult, enumName: 'RatingLevel' })
  @IsEnum(ImplementationResult) result!: ImplementationResult;

  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(TEXT_MAX) comment?: string;
}

@ArgsType()
export class PersonalPlansArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() campaignId?: string;

  @Field(() => PersonalPlanStatus, { nullable: true })
  @ApiPropertyOptional({ enum: PersonalPlanStatus, enumName: 'PersonalPlanStatus' })
  @IsOptional() @IsEnum(PersonalPlanStatus) status?: PersonalPlanStatus;

  @Field({ nullable: true, description: 'Only the plans you oversee (review and evaluate)' })
  @ApiPropertyOptional({ type: Boolean, description: 'Only the plans you oversee (review and evaluate)' })
  @IsOptional() @Transform(queryBoolean) @IsBoolean() overseenByMe?: boolean;
}

@ArgsType()
export class MissingPersonalPlansArgs extends PageArgs {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) @IsUUID() campaignId!: string;
}

@ArgsType()
export class MyPersonalPlansArgs {
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() campaignId?: string;
}
