import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Connection } from '@qt/server-core';
import { OrganisationKind } from '@qt/shared-domain';
import { DeadlineState } from '../common/enums';

/** Figures of one organisation (its whole subtree) for one campaign. */
@ObjectType()
export class OrganisationProgress {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @Field() @ApiProperty() code!: string;
  @Field() @ApiProperty() name!: string;
  @Field(() => OrganisationKind) @ApiProperty({ enum: OrganisationKind, enumName: 'OrganisationKind' }) kind!: OrganisationKind;
  @Field(() => Int, { description: 'Closed sessions of the campaign organised in the subtree' }) @ApiProperty() sessionsHeld!: number;
  @Field(() => Int, { description: 'Members who must study (exempt from party activities excluded)' }) @ApiProperty() membersRequired!: number;
  @Field(() => Int, { description: 'Of those, present or late at a non-cancelled session (make-up included)' }) @ApiProperty() membersStudied!: number;
  @Field(() => Int) @ApiProperty() membersPending!: number;
  @Field(() => Int, { description: 'Studied after the deadline' }) @ApiProperty() membersStudiedLate!: number;
  @Field(() => Int, { description: 'Members not required to study (miễn sinh hoạt đảng)' }) @ApiProperty() membersExempt!: number;
  @Field(() => Int) @ApiProperty() essaysRequired!: number;
  @Field(() => Int) @ApiProperty() essaysSubmitted!: number;
  @Field(() => Int) @ApiProperty() essaysGraded!: number;
  @Field({ description: "Deadline of this organisation's level, yyyy-MM-dd" }) @ApiProperty({ format: 'date' }) deadline!: string;
  @Field(() => DeadlineState) @ApiProperty({ enum: DeadlineState, enumName: 'DeadlineState' }) deadlineState!: DeadlineState;
}

/**
 * Progress of a campaign at an organisation: the organisation's own figures
 * (its whole subtree) and those of each directly subordinate organisation.
 */
@ObjectType()
export class CampaignProgress {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) campaignId!: string;
  @Field({ description: 'Who is required is read on this date: the earlier of today and the latest level deadline' })
  @ApiProperty({ format: 'date' }) asOf!: string;
  @Field(() => OrganisationProgress) @ApiProperty({ type: OrganisationProgress }) organisation!: OrganisationProgress;
  @Field(() => [OrganisationProgress], { description: 'Directly subordinate organisations (trực thuộc), by name' })
  @ApiProperty({ type: [OrganisationProgress] }) children!: OrganisationProgress[];
}

/** What an issued campaign asks of one organisation (the cascade). */
@ObjectType()
export class CampaignObligation {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) campaignId!: string;
  @Field() @ApiProperty() code!: string;
  @Field() @ApiProperty() title!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) issuerOrganisationId!: string;
  @Field() @ApiProperty() issuerOrganisationName!: string;
  @Field({ description: "Deadline of the organisation's level" }) @ApiProperty({ format: 'date' }) deadline!: string;
  @Field() @ApiProperty({ format: 'date' }) reportDueOn!: string;
  @Field({ description: 'The committee owes an action programme (its level is listed)' }) @ApiProperty() owesProgramme!: boolean;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) programmeDueOn!: string | null;
  @Field({ description: 'Its secretaries and heads owe personal action plans' }) @ApiProperty() owesPersonalPlans!: boolean;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) personalPlansDueOn!: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) essayDueOn!: string | null;
  @Field({ description: 'Who is required is read on this date' }) @ApiProperty({ format: 'date' }) asOf!: string;
  @Field(() => OrganisationProgress) @ApiProperty({ type: OrganisationProgress }) progress!: OrganisationProgress;
}

/** One member a campaign requires (campaign_required_members), with why they need not write. */
@ObjectType()
export class RequiredMember {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) memberId!: string;
  @Field() @ApiProperty() fullName!: string;
  @Field() @ApiProperty() cardNumber!: string;
  @Field(() => ID, { description: 'Organisation on the as-of date' }) @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @Field() @ApiProperty() organisationName!: string;
  @Field() @ApiProperty() studyRequired!: boolean;
  @Field() @ApiProperty() essayRequired!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'RETIRED, UNFIT_FOR_WORK, EXEMPT_FROM_ACTIVITIES, OTHER, NOT_KEY_LEADER, NO_ESSAYS, or null',
  })
  @ApiPropertyOptional({ type: String, nullable: true }) exemptionReason!: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) exemptionBasis!: string | null;
  @Field(() => String, { nullable: true, description: 'First day present at a session of the campaign' })
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) studiedOn!: string | null;
}

@ObjectType()
export class RequiredMemberConnection extends Connection(RequiredMember) {}
