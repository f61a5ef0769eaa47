import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsOmittable, PageArgs } from '@qt/server-core';
import { Transform, Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { nfc, TEXT_MAX } from '../meetings/cell-meeting.dto';
import { RatingLevel, RatingSubject } from '../shared/cell-life.enums';

@InputType({ isAbstract: true })
abstract class RateInput {
  @Field(() => Int) @ApiProperty({ example: 2025 }) @IsInt() @Min(2000) @Max(2100) year!: number;

  @Field(() => RatingLevel) @ApiProperty({ enum: RatingLevel, enumName: 'RatingLevel' }) @IsEnum(RatingLevel) rating!: RatingLevel;

  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(TEXT_MAX) comment?: string;

  @Field({ nullable: true, description: 'Default today; from 1 November of the year (year-end review), not in the future' })
  @ApiPropertyOptional({ format: 'date', description: 'Default today; from 1 November of the year, not in the future' })
  @IsOmittable() @IsCalendarDate() ratedOn?: string;
}

@InputType()
export class RateOrganisationInput extends RateInput {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) @IsUUID() organisationId!: string;
}

@InputType()
export class RateMemberInput extends RateInput {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) @IsUUID() memberId!: string;
}

@ArgsType()
export class RatingsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() withinId?: string;

  @Field(() => Int) @ApiProperty() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;

  @Field(() => RatingSubject, { nullable: true }) @ApiPropertyOptional({ enum: RatingSubject, enumName: 'RatingSubject' })
  @IsOptional() @IsEnum(RatingSubject) subject?: RatingSubject;

  @Field(() => RatingLevel, { nullable: true }) @ApiPropertyOptional({ enum: RatingLevel, enumName: 'RatingLevel' })
  @IsOptional() @IsEnum(RatingLevel) rating?: RatingLevel;
}

@ArgsType()
export class RatingDistributionArgs {
  @Field(() => ID, { nullable: true, description: 'Subtree (default: your scope)' })
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() withinId?: string;

  @Field(() => Int) @ApiProperty() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;
}

@ArgsType()
export class MemberRatingInputsArgs {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) @IsUUID() memberId!: string;
  @Field(() => Int) @ApiProperty() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;
}

@ArgsType()
export class CellRatingInputsArgs {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) @IsUUID() organisationId!: string;
  @Field(() => Int) @ApiProperty() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;
}

@ArgsType()
export class MyRatingInputsArgs {
  @Field(() => Int) @ApiProperty() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;
}
