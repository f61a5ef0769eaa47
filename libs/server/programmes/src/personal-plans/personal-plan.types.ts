import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Connection } from '@qt/server-core';
import { ImplementationResult, PersonalPlanStatus, PlanOverseer, PlanReviewDecision } from '../common/programme-enums';

@ObjectType()
export class PlanReview {
  @Field(() => ID) @ApiProperty({ type: String }) id!: string;
  @Field(() => PlanReviewDecision) @ApiProperty({ enum: PlanReviewDecision, enumName: 'PlanReviewDecision' }) decision!: PlanReviewDecision;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) comment!: string | null;
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid', type: String, nullable: true }) reviewedBy!: string | null;
  @Field() @ApiProperty() reviewedAt!: Date;
}

/** Yearly evaluation of implementation (đánh giá kết quả thực hiện hằng năm). */
@ObjectType()
export class PlanEvaluation {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => Int) @ApiProperty({ example: 2025 }) year!: number;
  @Field(() => ImplementationResult) @ApiProperty({ enum: ImplementationResult, enumName: 'RatingLevel' }) result!: ImplementationResult;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) comment!: string | null;
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid', type: String, nullable: true }) evaluatedBy!: string | null;
  @Field() @ApiProperty() evaluatedAt!: Date;
}

/** A personal action plan (kế hoạch hành động cá nhân) of a secretary or head for a campaign, domain.md §6. */
@ObjectType()
export class PersonalActionPlan {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) campaignId!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) memberId!: string;
  @Field() @ApiProperty() memberName!: string;
  @Field(() => ID, { description: 'Where the member took part in party life when the plan was written' })
  @ApiProperty({ format: 'uuid', description: 'Where the member took part in party life when the plan was written' })
  organisationId!: string;
  @Field() @ApiProperty() organisationName!: string;
  @Field() @ApiProperty() content!: string;
  @Field(() => PersonalPlanStatus) @ApiProperty({ enum: PersonalPlanStatus, enumName: 'PersonalPlanStatus' }) status!: PersonalPlanStatus;
  @Field(() => Date, { nullable: true }) @ApiPropertyOptional({ type: Date, nullable: true }) submittedAt!: Date | null;
  @Field(() => Date, { nullable: true }) @ApiPropertyOptional({ type: Date, nullable: true }) reviewedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Comment of the latest review' })
  @ApiPropertyOptional({ type: String, nullable: true })
  reviewComment!: string | null;
  @Field(() => PlanOverseer) @ApiProperty({ enum: PlanOverseer, enumName: 'PlanOverseer' }) overseer!: PlanOverseer;
  @Field(() => ID, { description: 'Organisation whose board or office reviews the plan' })
  @ApiProperty({ format: 'uuid', description: 'Organisation whose board or office reviews the plan' })
  overseerOrganisationId!: string;
  @Field(() => [PlanReview], { description: 'Review decisions, oldest first' }) @ApiProperty({ type: [PlanReview] }) reviews!: PlanReview[];
  @Field(() => [PlanEvaluation], { description: 'Yearly evaluations, by year' }) @ApiProperty({ type: [PlanEvaluation] })
  evaluations!: PlanEvaluation[];
  @Field() @ApiProperty() updatedAt!: Date;
}

/** A plan as loaded for the service. Never sent out as is. */
export interface PlanRecord extends Omit<PersonalActionPlan, 'reviews' | 'evaluations' | 'overseer' | 'overseerOrganisationId'> {
  organisationPath: string;
  underBlocStandingCommittee: boolean;
  campaignStartsOn: string;
}

@ObjectType()
export class PersonalActionPlanConnection extends Connection(PersonalActionPlan) {}

export enum MissingPlanState {
  NONE = 'NONE',
  DRAFT = 'DRAFT',
  RETURNED = 'RETURNED',
}
registerEnumType(MissingPlanState, { name: 'MissingPlanState', description: 'NONE (chưa có), DRAFT (chưa nộp), RETURNED (trả lại, chưa nộp lại)' });

/** A secretary or head who owes a plan you oversee and has none submitted. */
@ObjectType()
export class MissingPersonalPlan {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) memberId!: string;
  @Field() @ApiProperty() fullName!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @Field() @ApiProperty() organisationName!: string;
  @Field({ description: 'Committee secretary (bí thư cấp ủy) on the reference date' }) @ApiProperty() isSecretary!: boolean;
  @Field(() => ID, { nullable: true, description: 'The committee the member is secretary of' })
  @ApiPropertyOptional({ format: 'uuid', type: String, nullable: true })
  secretaryOfId!: string | null;
  @Field({ description: 'Head of an agency or unit (người đứng đầu)' }) @ApiProperty() isHeadOfUnit!: boolean;
  @Field() @ApiProperty() isUnderBlocStandingCommittee!: boolean;
  @Field(() => PlanOverseer) @ApiProperty({ enum: PlanOverseer, enumName: 'PlanOverseer' }) overseer!: PlanOverseer;
  @Field(() => MissingPlanState) @ApiProperty({ enum: MissingPlanState, enumName: 'MissingPlanState' })
  state!: MissingPlanState;
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid', type: String, nullable: true }) planId!: string | null;
  @Field({ description: 'personal_plans_due_on of the campaign' }) @ApiProperty({ format: 'date' }) dueOn!: string;
  @Field() @ApiProperty() overdue!: boolean;
}

@ObjectType()
export class MissingPersonalPlanConnection extends Connection(MissingPersonalPlan) {}
