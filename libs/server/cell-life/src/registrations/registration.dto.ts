import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsOmittable, PageArgs } from '@qt/server-core';
import { Transform, Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { nfc, TEXT_MAX } from '../meetings/cell-meeting.dto';
import { RatingLevel, RatingSubject } from '../shared/cell-life.enums';

@InputType()
export class RegisterOrganisationInput {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) @IsUUID() organisationId!: string;

  @Field(() => Int) @ApiProperty({ example: 2026 }) @IsInt() @Min(2000) @Max(2100) year!: number;

  @Field(() => RatingLevel, { description: 'GOOD or EXCELLENT (seed 002: every cell registers "good" or better)' })
  @ApiProperty({ enum: RatingLevel, enumName: 'RatingLevel', description: 'GOOD or EXCELLENT' })
  @IsEnum(RatingLevel) targetRating!: RatingLevel;

  @Field({ nullable: true, description: 'Commitments (optional)' }) @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @IsOptional() @Transform(nfc) @IsString() @Length(1, TEXT_MAX) tasks?: string;

  @Field({ nullable: true, description: 'Default today; from 1 December of the year before to the end of the year' })
  @ApiPropertyOptional({ format: 'date' }) @IsOmittable() @IsCalendarDate() registeredOn?: string;
}

@InputType()
export class RegisterMemberInput {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) @IsUUID() memberId!: string;

  @Field(() => Int) @ApiProperty({ example: 2026 }) @IsInt() @Min(2000) @Max(2100) year!: number;

  @Field({ description: 'Tasks assigned to the member (phân công nhiệm vụ)' }) @ApiProperty({ maxLength: TEXT_MAX })
  @Transform(nfc) @IsString() @Length(1, TEXT_MAX) tasks!: string;

  @Field(() => RatingLevel, { description: 'GOOD or EXCELLENT' }) @ApiProperty({ enum: RatingLevel, enumName: 'RatingLevel' })
  @IsEnum(RatingLevel) targetRating!: RatingLevel;

  @Field({ nullable: true }) @ApiPropertyOptional({ format: 'date' }) @IsOmittable() @IsCalendarDate() registeredOn?: string;
}

@InputType()
export class UpdateRegistrationInput {
  @Field(() => RatingLevel, { nullable: true }) @ApiPropertyOptional({ enum: RatingLevel, enumName: 'RatingLevel' })
  @IsOmittable() @IsEnum(RatingLevel) targetRating?: RatingLevel;

  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @IsOmittable() @Transform(nfc) @IsString() @Length(1, TEXT_MAX) tasks?: string;

  @Field({ nullable: true, description: 'Year-end result of the registered tasks, recorded by the cell (dated today)' })
  @ApiPropertyOptional({ maxLength: TEXT_MAX, description: 'Year-end result of the registered tasks, recorded by the cell (dated today)' })
  @IsOmittable() @Transform(nfc) @IsString() @Length(1, TEXT_MAX) taskResult?: string;
}

/** A member's own year-end result of the tasks they registered (tự đánh giá kết quả thực hiện nhiệm vụ). */
@InputType()
export class ReportTaskResultInput {
  @Field(() => Int) @ApiProperty({ example: 2025 }) @IsInt() @Min(2000) @Max(2100) year!: number;

  @Field({ description: 'What was achieved of the registered tasks' }) @ApiProperty({ maxLength: TEXT_MAX })
  @Transform(nfc) @IsString() @Length(1, TEXT_MAX) taskResult!: string;
}

@ArgsType()
export class RegistrationsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() withinId?: string;

  @Field(() => Int) @ApiProperty() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;

  @Field(() => RatingSubject, { nullable: true }) @ApiPropertyOptional({ enum: RatingSubject, enumName: 'RatingSubject' })
  @IsOptional() @IsEnum(RatingSubject) subject?: RatingSubject;
}
