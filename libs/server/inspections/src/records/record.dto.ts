import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsOmittable, PageArgs } from '@qt/server-core';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { DisciplineForm, FollowUpStatus, nfc, TeamRole, TEXT_MAX, TITLE_MAX, ViolationSubject } from '../common/inspection-enums';

@InputType()
export class TeamMemberInput {
  @Field() @ApiProperty({ maxLength: 120, example: 'Nguyễn Văn An' }) @Transform(nfc) @IsString() @Length(1, 120) fullName!: string;
  @Field(() => TeamRole) @ApiProperty({ enum: TeamRole, enumName: 'InspectionTeamRole' }) @IsEnum(TeamRole) role!: TeamRole;
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() memberId?: string;
}

/** Content that may be written on creation and edited later. */
@InputType({ isAbstract: true })
export class RecordContentInput {
  @Field({ nullable: true, description: 'yyyy-MM-dd, on or after startedOn' }) @ApiPropertyOptional({ format: 'date' })
  @IsOptional() @IsCalendarDate() endedOn?: string;

  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(TEXT_MAX) findings?: string;

  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(TEXT_MAX) conclusion?: string;

  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(TEXT_MAX) recommendations?: string;
}

@InputType()
export class CreateInspectionRecordInput extends RecordContentInput {
  @Field(() => ID, { description: 'The inspecting committee' }) @ApiProperty({ format: 'uuid' }) @IsUUID() inspectingOrganisationId!: string;

  @Field(() => ID, { description: 'The inspected organisation, below the inspecting committee' }) @ApiProperty({ format: 'uuid' })
  @IsUUID() organisationId!: string;

  @Field(() => ID, { nullable: true, description: "The plan the inspection carries out: the organisation must be one of its committee's direct subordinates" })
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID() planId?: string;

  @Field() @ApiProperty({ maxLength: TITLE_MAX }) @Transform(nfc) @IsString() @Length(1, TITLE_MAX) title!: string;

  @Field({ description: 'Scope (nội dung, phạm vi kiểm tra)' }) @ApiProperty({ maxLength: TEXT_MAX })
  @Transform(nfc) @IsString() @Length(1, TEXT_MAX) scope!: string;

  @Field() @ApiProperty({ format: 'date' }) @IsCalendarDate() startedOn!: string;

  @Field(() => [TeamMemberInput], { description: 'The inspection team, with one lead (trưởng đoàn)' })
  @ApiProperty({ type: [TeamMemberInput] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => TeamMemberInput)
  team!: TeamMemberInput[];
}

@InputType()
export class UpdateInspectionRecordInput extends RecordContentInput {
  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @IsOmittable() @Transform(nfc) @IsString() @Length(1, TEXT_MAX) scope?: string;

  @Field(() => [TeamMemberInput], { nullable: true }) @ApiPropertyOptional({ type: [TeamMemberInput] })
  @IsOmittable() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => TeamMemberInput)
  team?: TeamMemberInput[];
}

@InputType()
export class AddViolationInput {
  @Field(() => ViolationSubject) @ApiProperty({ enum: ViolationSubject, enumName: 'ViolationSubject' })
  @IsEnum(ViolationSubject) subjectKind!: ViolationSubject;

  @Field(() => ID, { nullable: true, description: 'For MEMBER: a member of the inspected organisation or below' })
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID() memberId?: string;

  @Field(() => ID, { nullable: true, description: 'For ORGANISATION: the inspected organisation or one below it' })
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID() organisationId?: string;

  @Field() @ApiProperty({ maxLength: TEXT_MAX }) @Transform(nfc) @IsString() @Length(1, TEXT_MAX) description!: string;

  @Field(() => DisciplineForm, { nullable: true, description: 'Members: REPRIMAND, WARNING, DISMISSAL, EXPULSION; organisations: REPRIMAND, WARNING, DISSOLUTION' })
  @ApiPropertyOptional({ enum: DisciplineForm, enumName: 'DisciplineForm' })
  @IsOptional() @IsEnum(DisciplineForm) discipline?: DisciplineForm;

  @Field({ nullable: true }) @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsCalendarDate() decidedOn?: string;

  @Field({ nullable: true, description: 'Article of Regulation 181-QĐ/TW' }) @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(500) basis?: string;
}

@InputType()
export class AddFollowUpInput {
  @Field() @ApiProperty({ maxLength: TEXT_MAX }) @Transform(nfc) @IsString() @Length(1, TEXT_MAX) description!: string;
  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: 500 }) @IsOptional() @Transform(nfc) @IsString() @MaxLength(500) responsible?: string;
  @Field() @ApiProperty({ format: 'date' }) @IsCalendarDate() dueOn!: string;
}

@InputType()
export class UpdateFollowUpInput {
  @Field(() => FollowUpStatus, { description: 'OPEN, IN_PROGRESS or DONE (OVERDUE is derived)' })
  @ApiProperty({ enum: [FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS, FollowUpStatus.DONE] })
  @IsIn([FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS, FollowUpStatus.DONE], { message: 'status must be OPEN, IN_PROGRESS or DONE' })
  status!: FollowUpStatus;

  @Field({ nullable: true, description: 'When DONE; default today' }) @ApiPropertyOptional({ format: 'date' })
  @IsOptional() @IsCalendarDate() doneOn?: string;

  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: TEXT_MAX }) @IsOptional() @Transform(nfc) @IsString() @MaxLength(TEXT_MAX) note?: string;
}

@ArgsType()
export class InspectionRecordsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Inspections of organisations in this subtree' }) @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID() withinId?: string;

  @Field(() => Int, { nullable: true }) @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;

  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() planId?: string;
}

@ArgsType()
export class FollowUpsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() withinId?: string;

  @Field(() => FollowUpStatus, { nullable: true, description: 'OVERDUE: due date passed, not DONE' })
  @ApiPropertyOptional({ enum: FollowUpStatus, enumName: 'FollowUpStatus' })
  @IsOptional() @IsEnum(FollowUpStatus) status?: FollowUpStatus;
}
