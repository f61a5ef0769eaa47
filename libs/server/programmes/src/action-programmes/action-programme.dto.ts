import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsOmittable, PageArgs } from '@qt/server-core';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { ActionProgrammeStatus, ImplementationResult, ItemProgressStatus } from '../common/programme-enums';
import { nfc, TEXT_MAX, TITLE_MAX } from '../common/text';

export const MAX_ITEMS = 100;
export const MAX_MILESTONES = 50;

@InputType()
export class MilestoneInput {
  @Field({ description: 'yyyy-MM-dd' }) @ApiProperty({ format: 'date' })
  @IsCalendarDate() dueOn!: string;

  @Field() @ApiProperty({ maxLength: 1000, example: 'Quý III: rà soát, bổ sung quy hoạch' })
  @Transform(nfc) @IsString() @Length(1, 1000) description!: string;
}

/**
 * An item as written in DRAFT or DISCUSSED. Owner and deadline may be left out
 * while drafting; issuing refuses items without them. Give at most one owner.
 */
@InputType()
export class ProgrammeItemInput {
  @Field() @ApiProperty({ maxLength: TITLE_MAX, example: 'Đổi mới công tác cán bộ' })
  @Transform(nfc) @IsString() @Length(1, TITLE_MAX) title!: string;

  @Field({ nullable: true, description: 'Target (chỉ tiêu)' }) @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(TEXT_MAX) target?: string;

  @Field({ nullable: true, description: 'Solutions (giải pháp)' }) @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(TEXT_MAX) solutions?: string;

  @Field(() => ID, { nullable: true, description: 'Responsible organisation, in the committee subtree' })
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID() ownerOrganisationId?: string;

  @Field(() => ID, { nullable: true, description: 'Responsible person, a member taking part in the committee subtree today' })
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID() ownerMemberId?: string;

  @Field({ nullable: true, description: 'yyyy-MM-dd' }) @ApiPropertyOptional({ format: 'date' })
  @IsOptional() @IsCalendarDate() deadline?: string;

  @Field(() => [MilestoneInput], { nullable: true, description: 'Roadmap (lộ trình); replaces the existing steps when given' })
  @ApiPropertyOptional({ type: [MilestoneInput] })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_MILESTONES) @ValidateNested({ each: true }) @Type(() => MilestoneInput)
  milestones?: MilestoneInput[];
}

@InputType()
export class CreateActionProgrammeInput {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) @IsUUID() campaignId!: string;

  @Field(() => ID, { description: 'The committee whose programme this is' }) @ApiProperty({ format: 'uuid' })
  @IsUUID() organisationId!: string;

  @Field() @ApiProperty({ maxLength: TITLE_MAX }) @Transform(nfc) @IsString() @Length(1, TITLE_MAX) title!: string;

  @Field(() => [ProgrammeItemInput], { nullable: true, description: 'Items, numbered in this order' })
  @ApiPropertyOptional({ type: [ProgrammeItemInput] })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_ITEMS) @ValidateNested({ each: true }) @Type(() => ProgrammeItemInput)
  items?: ProgrammeItemInput[];
}

@InputType()
export class UpdateActionProgrammeInput {
  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: TITLE_MAX })
  @IsOmittable() @Transform(nfc) @IsString() @Length(1, TITLE_MAX) title?: string;
}

@InputType()
export class DiscussActionProgrammeInput {
  @Field({ description: 'Record of the democratic discussion (biên bản thảo luận dân chủ)' })
  @ApiProperty({ maxLength: TEXT_MAX })
  @Transform(nfc) @IsString() @Length(1, TEXT_MAX) record!: string;

  @Field({ description: 'yyyy-MM-dd, not in the future' }) @ApiProperty({ format: 'date' }) @IsCalendarDate() discussedOn!: string;
}

@InputType()
export class IssueActionProgrammeInput {
  @Field({ description: 'yyyy-MM-dd, not before the discussion and not in the future' }) @ApiProperty({ format: 'date' })
  @IsCalendarDate() issuedOn!: string;

  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: 64, example: '45-CTr/ĐU' })
  @IsOptional() @Transform(nfc) @IsString() @Length(1, 64) documentNumber?: string;
}

@InputType()
export class ItemProgressInput {
  @Field(() => ItemProgressStatus) @ApiProperty({ enum: ItemProgressStatus, enumName: 'ItemProgressStatus' })
  @IsEnum(ItemProgressStatus) status!: ItemProgressStatus;

  @Field({ nullable: true, description: 'Evidence (minh chứng)' }) @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(TEXT_MAX) evidence?: string;

  @Field({ description: 'yyyy-MM-dd, not before the issue and not in the future' }) @ApiProperty({ format: 'date' })
  @IsCalendarDate() reportedOn!: string;
}

@InputType()
export class MilestoneDoneInput {
  @Field(() => String, { nullable: true, description: 'yyyy-MM-dd; null marks the step not done' })
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional() @IsCalendarDate() doneOn?: string | null;
}

@InputType()
export class EvaluateActionProgrammeInput {
  @Field() @ApiProperty({ maxLength: TEXT_MAX }) @Transform(nfc) @IsString() @Length(1, TEXT_MAX) evaluation!: string;

  @Field(() => ImplementationResult) @ApiProperty({ enum: ImplementationResult, enumName: 'RatingLevel' })
  @IsEnum(ImplementationResult) result!: ImplementationResult;

  @Field({ description: 'yyyy-MM-dd, not before the issue and not in the future' }) @ApiProperty({ format: 'date' })
  @IsCalendarDate() evaluatedOn!: string;
}

@ArgsType()
export class ActionProgrammesArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() campaignId?: string;

  @Field(() => ID, { nullable: true, description: 'Only committees in this subtree' }) @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID() withinId?: string;

  @Field(() => ActionProgrammeStatus, { nullable: true })
  @ApiPropertyOptional({ enum: ActionProgrammeStatus, enumName: 'ActionProgrammeStatus' })
  @IsOptional() @IsEnum(ActionProgrammeStatus) status?: ActionProgrammeStatus;
}

@ArgsType()
export class MissingActionProgrammesArgs extends PageArgs {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) @IsUUID() campaignId!: string;

  @Field(() => ID, { description: 'The committee above: committees strictly below it are listed' })
  @ApiProperty({ format: 'uuid', description: 'The committee above: committees strictly below it are listed' })
  @IsUUID() organisationId!: string;
}
