import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Connection } from '@qt/server-core';
import { OrganisationKind } from '@qt/shared-domain';
import { ActionProgrammeStatus, ImplementationResult, ItemProgressStatus, MissingProgrammeState } from '../common/programme-enums';

/** A step of an item's roadmap (lộ trình). */
@ObjectType()
export class ProgrammeMilestone {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) itemId!: string;
  @Field({ description: 'yyyy-MM-dd' }) @ApiProperty({ format: 'date' }) dueOn!: string;
  @Field() @ApiProperty({ example: 'Hoàn thành rà soát quy hoạch cán bộ' }) description!: string;
  @Field(() => String, { nullable: true, description: 'Day the step was done, yyyy-MM-dd' })
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  doneOn!: string | null;
}

/** One progress report of an item (history, newest last). */
@ObjectType()
export class ItemProgressReport {
  @Field(() => ID) @ApiProperty({ type: String }) id!: string;
  @Field(() => ItemProgressStatus) @ApiProperty({ enum: ItemProgressStatus, enumName: 'ItemProgressStatus' }) status!: ItemProgressStatus;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) evidence!: string | null;
  @Field({ description: 'yyyy-MM-dd' }) @ApiProperty({ format: 'date' }) reportedOn!: string;
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) reportedBy!: string | null;
}

/** An item of a programme: target (chỉ tiêu), solutions (giải pháp), roadmap, owner and deadline. */
@ObjectType()
export class ActionProgrammeItem {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @Field({ description: "The item's number in the programme (1-based); errors name items as items.<position>" })
  @ApiProperty({ description: "The item's number in the programme (1-based); errors name items as items.<position>" })
  position!: number;
  @Field() @ApiProperty() title!: string;
  @Field(() => String, { nullable: true, description: 'Target (chỉ tiêu)' })
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Target (chỉ tiêu)' })
  target!: string | null;
  @Field(() => String, { nullable: true, description: 'Solutions (giải pháp)' })
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Solutions (giải pháp)' })
  solutions!: string | null;
  @Field(() => ID, { nullable: true, description: 'Responsible organisation (in the committee subtree)' })
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  ownerOrganisationId!: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) ownerOrganisationName!: string | null;
  @Field(() => ID, { nullable: true, description: 'Responsible person (a member in the committee subtree)' })
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  ownerMemberId!: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) ownerMemberName!: string | null;
  @Field(() => String, { nullable: true, description: 'yyyy-MM-dd' })
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  deadline!: string | null;
  @Field(() => ItemProgressStatus) @ApiProperty({ enum: ItemProgressStatus, enumName: 'ItemProgressStatus' }) status!: ItemProgressStatus;
  @Field(() => String, { nullable: true, description: 'Latest evidence of progress' })
  @ApiPropertyOptional({ type: String, nullable: true })
  evidence!: string | null;
  @Field(() => String, { nullable: true, description: 'Date of the latest progress report' })
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  progressOn!: string | null;
  @Field(() => [ProgrammeMilestone]) @ApiProperty({ type: [ProgrammeMilestone] }) milestones!: ProgrammeMilestone[];
  @Field(() => [ItemProgressReport], { description: 'Progress reports, oldest first' })
  @ApiProperty({ type: [ItemProgressReport] })
  progress!: ItemProgressReport[];
}

/** A committee's action programme (chương trình hành động) for a campaign, domain.md §6. */
@ObjectType()
export class ActionProgramme {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) campaignId!: string;
  @Field(() => ID, { description: 'The committee' }) @ApiProperty({ format: 'uuid', description: 'The committee' }) organisationId!: string;
  @Field() @ApiProperty() organisationName!: string;
  @Field() @ApiProperty({ example: 'Chương trình hành động thực hiện Nghị quyết Trung ương 7 khóa XII' }) title!: string;
  @Field(() => ActionProgrammeStatus)
  @ApiProperty({ enum: ActionProgrammeStatus, enumName: 'ActionProgrammeStatus' })
  status!: ActionProgrammeStatus;
  @Field(() => String, { nullable: true, description: 'Record of the democratic discussion (biên bản thảo luận)' })
  @ApiPropertyOptional({ type: String, nullable: true })
  discussionRecord!: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ format: 'date', nullable: true, type: String }) discussedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Document number (số văn bản)' })
  @ApiPropertyOptional({ type: String, nullable: true, example: '45-CTr/ĐU' })
  documentNumber!: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ format: 'date', nullable: true, type: String }) issuedOn!: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) evaluation!: string | null;
  @Field(() => ImplementationResult, { nullable: true })
  @ApiPropertyOptional({ enum: ImplementationResult, enumName: 'RatingLevel', nullable: true })
  evaluationResult!: ImplementationResult | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ format: 'date', nullable: true, type: String }) evaluatedOn!: string | null;
  @Field(() => [ActionProgrammeItem], { description: 'Items by position' }) @ApiProperty({ type: [ActionProgrammeItem] })
  items!: ActionProgrammeItem[];
  @Field() @ApiProperty() updatedAt!: Date;
}

/** A programme as loaded for the service, with the committee's path for scope checks. Never sent out. */
export type ActionProgrammeRecord = Omit<ActionProgramme, 'items'> & { organisationPath: string };

@ObjectType()
export class ActionProgrammeConnection extends Connection(ActionProgramme) {}

/** A committee that owes a programme and has none issued by the due date. */
@ObjectType()
export class MissingActionProgramme {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @Field() @ApiProperty() organisationCode!: string;
  @Field() @ApiProperty() organisationName!: string;
  @Field(() => OrganisationKind) @ApiProperty({ enum: OrganisationKind, enumName: 'OrganisationKind' }) organisationKind!: OrganisationKind;
  @Field(() => ID, { nullable: true, description: 'The directly superior organisation' })
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  parentId!: string | null;
  @Field(() => MissingProgrammeState)
  @ApiProperty({ enum: MissingProgrammeState, enumName: 'MissingProgrammeState' })
  state!: MissingProgrammeState;
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) programmeId!: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ format: 'date', nullable: true, type: String }) issuedOn!: string | null;
  @Field({ description: 'programme_due_on of the campaign' }) @ApiProperty({ format: 'date' }) dueOn!: string;
  @Field({ description: 'The due date has passed' }) @ApiProperty({ description: 'The due date has passed' }) overdue!: boolean;
}

@ObjectType()
export class MissingActionProgrammeConnection extends Connection(MissingActionProgramme) {}
