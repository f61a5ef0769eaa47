import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOmittable, PageArgs } from '@qt/server-core';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { EssayState } from '../essay.types';

/** Longest essay text, in characters (about 30 pages). */
export const ESSAY_MAX_CHARS = 100_000;
export const GRADE_COMMENT_MAX = 2000;

/** Text is stored NFC (Vietnamese typed on a Mac arrives NFD), without surrounding blanks. */
const nfc = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value);
const queryBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** The text of your essay; a second submission for the same campaign edits it. */
@InputType()
export class EssayBodyInput {
  @Field({ description: `The essay text, 1-${ESSAY_MAX_CHARS} characters` })
  @ApiProperty({ minLength: 1, maxLength: ESSAY_MAX_CHARS, example: 'Qua nghiên cứu, học tập Nghị quyết số 26-NQ/TW…' })
  @Transform(nfc) @IsString() @Length(1, ESSAY_MAX_CHARS)
  body!: string;
}

@InputType()
export class SubmitEssayInput extends EssayBodyInput {
  @Field(() => ID) @IsUUID() campaignId!: string;
}

@InputType()
export class GradeEssayInput {
  @Field(() => Int, { description: '0-10' })
  @ApiProperty({ minimum: 0, maximum: 10, example: 8 })
  @IsInt() @Min(0) @Max(10)
  grade!: number;

  @Field(() => String, { nullable: true, description: `Comment of the committee, up to ${GRADE_COMMENT_MAX} characters` })
  @ApiPropertyOptional({ type: String, maxLength: GRADE_COMMENT_MAX, nullable: true })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(GRADE_COMMENT_MAX)
  comment?: string | null;
}

/** Filters of the grading queue; all given ones must hold. */
@InputType()
export class EssayFilterInput {
  @Field({ nullable: true, description: 'Too short or near-duplicate' })
  @ApiPropertyOptional({ description: 'Too short or near-duplicate' })
  @IsOmittable() @Transform(queryBoolean) @IsBoolean()
  flagged?: boolean;

  @Field({ nullable: true }) @ApiPropertyOptional()
  @IsOmittable() @Transform(queryBoolean) @IsBoolean()
  tooShort?: boolean;

  @Field({ nullable: true }) @ApiPropertyOptional()
  @IsOmittable() @Transform(queryBoolean) @IsBoolean()
  nearDuplicate?: boolean;

  @Field({ nullable: true }) @ApiPropertyOptional()
  @IsOmittable() @Transform(queryBoolean) @IsBoolean()
  graded?: boolean;
}

@ArgsType()
export class CampaignScopeArgs extends PageArgs {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) @IsUUID() campaignId!: string;

  @Field(() => ID, { nullable: true, description: 'Only this organisation and its subtree (default: your whole scope)' })
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this organisation and its subtree (default: your whole scope)' })
  @IsOptional() @IsUUID() organisationId?: string;
}

/** GraphQL: the grading queue with a `filter` object. */
@ArgsType()
export class EssaysToGradeArgs extends CampaignScopeArgs {
  @Field(() => EssayFilterInput, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => EssayFilterInput)
  filter?: EssayFilterInput;
}

/** REST: the grading queue with the filters as query parameters. */
export class EssaysToGradeQuery extends CampaignScopeArgs {
  @ApiPropertyOptional({ description: 'Too short or near-duplicate' })
  @IsOptional() @Transform(queryBoolean) @IsBoolean() flagged?: boolean;
  @ApiPropertyOptional() @IsOptional() @Transform(queryBoolean) @IsBoolean() tooShort?: boolean;
  @ApiPropertyOptional() @IsOptional() @Transform(queryBoolean) @IsBoolean() nearDuplicate?: boolean;
  @ApiPropertyOptional() @IsOptional() @Transform(queryBoolean) @IsBoolean() graded?: boolean;
}

@ArgsType()
export class EssayStatusArgs extends CampaignScopeArgs {
  @Field(() => ID, { nullable: true, description: 'Only this member' })
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID() memberId?: string;

  @Field(() => EssayState, { nullable: true })
  @ApiPropertyOptional({ enum: EssayState, enumName: 'EssayState' })
  @IsOptional() @IsEnum(EssayState) state?: EssayState;
}
