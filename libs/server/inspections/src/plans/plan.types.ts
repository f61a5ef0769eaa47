import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Connection } from '@qt/server-core';
import { InspectionPlanStatus, InspectionShareBasis, SamplingRunStatus } from '../common/inspection-enums';

/** An annual inspection plan (kế hoạch kiểm tra) of a committee over its directly subordinate organisations. */
@ObjectType()
export class InspectionPlan {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => ID, { description: 'The committee (cấp ủy) that inspects its directly subordinate organisations' })
  @ApiProperty({ format: 'uuid' })
  organisationId!: string;
  @Field() @ApiProperty() organisationName!: string;
  @Field(() => Int) @ApiProperty({ example: 2025 }) year!: number;
  @Field() @ApiProperty() theme!: string;
  @Field({ description: 'yyyy-MM-dd' }) @ApiProperty({ format: 'date' }) periodFrom!: string;
  @Field({ description: 'yyyy-MM-dd' }) @ApiProperty({ format: 'date' }) periodTo!: string;
  @Field(() => InspectionShareBasis) @ApiProperty({ enum: InspectionShareBasis, enumName: 'InspectionShareBasis' })
  basis!: InspectionShareBasis;
  @Field(() => Float, { description: 'Share of directly subordinate organisations to inspect, percent' })
  @ApiProperty({ example: 15 })
  sharePercent!: number;
  @Field(() => Int, { description: 'First year of the term (nhiệm kỳ), e.g. 2020 of 2020–2025' }) @ApiProperty({ example: 2020 })
  termStartYear!: number;
  @Field(() => Int) @ApiProperty({ example: 2025 }) termEndYear!: number;
  @Field(() => InspectionPlanStatus) @ApiProperty({ enum: InspectionPlanStatus, enumName: 'InspectionPlanStatus' })
  status!: InspectionPlanStatus;
  @Field(() => ID, { nullable: true, description: 'The sampling run whose picks the plan holds' })
  @ApiPropertyOptional({ format: 'uuid', type: String, nullable: true })
  currentRunId!: string | null;
  @Field(() => Date, { nullable: true }) @ApiPropertyOptional({ type: Date, nullable: true }) publishedAt!: Date | null;
  @Field() @ApiProperty() updatedAt!: Date;
}

/** A plan as the service needs it; never sent out as is. */
export interface PlanRecord extends InspectionPlan {
  organisationPath: string;
}

@ObjectType()
export class InspectionPlanConnection extends Connection(InspectionPlan) {}

@ObjectType()
export class PickReasonView {
  @Field({ description: 'TERM_COVERAGE, BELOW_TARGET, NOT_INSPECTED_IN_TERM, NEVER_INSPECTED, LAST_INSPECTED, RANDOM_IN_STRATUM' })
  @ApiProperty({ example: 'NOT_INSPECTED_IN_TERM' })
  code!: string;
  @Field({ description: 'Vietnamese explanation' }) @ApiProperty({ example: 'chưa được kiểm tra trong nhiệm kỳ' }) text!: string;
}

/** An organisation chosen by a sampling run, with why. */
@ObjectType()
export class InspectionPick {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @Field() @ApiProperty() code!: string;
  @Field() @ApiProperty() name!: string;
  @Field({ description: 'Stratum: the organisation kind' }) @ApiProperty({ example: 'GRASSROOTS' }) stratum!: string;
  @Field(() => Int) @ApiProperty() rank!: number;
  @Field({ description: 'Forced in to cover the term' }) @ApiProperty() forced!: boolean;
  @Field(() => [PickReasonView]) @ApiProperty({ type: [PickReasonView] }) reasons!: PickReasonView[];
}

@ObjectType()
export class StratumAllocation {
  @Field() @ApiProperty() kind!: string;
  @Field(() => Int) @ApiProperty() size!: number;
  @Field(() => Int) @ApiProperty() allocated!: number;
  @Field(() => Int) @ApiProperty() forced!: number;
}

@ObjectType()
export class SamplingSummary {
  @Field(() => Int) @ApiProperty() candidates!: number;
  @Field(() => Int, { description: 'ceil(candidates × share / 100)' }) @ApiProperty() sampleSize!: number;
  @Field(() => Int) @ApiProperty() picked!: number;
  @Field(() => Int) @ApiProperty() forced!: number;
  @Field(() => Int) @ApiProperty() remainingYears!: number;
  @Field(() => Int) @ApiProperty() notInspectedInTerm!: number;
  @Field({ description: "Whether last year's report (below-target organisations) was available" }) @ApiProperty()
  reportUsed!: boolean;
  @Field(() => [StratumAllocation]) @ApiProperty({ type: [StratumAllocation] }) strata!: StratumAllocation[];
}

/** One sampling run of a plan (worker job), reproducible from its seed. */
@ObjectType()
export class SamplingRun {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) planId!: string;
  @Field(() => ID, { description: 'Runs requested together (one plan, or every committee of a subtree)' })
  @ApiProperty({ format: 'uuid' })
  batchId!: string;
  @Field(() => Float, { description: 'Seed of the random keys: the same seed gives the same picks' }) @ApiProperty()
  seed!: number;
  @Field(() => SamplingRunStatus) @ApiProperty({ enum: SamplingRunStatus, enumName: 'SamplingRunStatus' }) status!: SamplingRunStatus;
  @Field(() => SamplingSummary, { nullable: true }) @ApiPropertyOptional({ type: SamplingSummary, nullable: true })
  summary!: SamplingSummary | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) error!: string | null;
  @Field() @ApiProperty() requestedAt!: Date;
  @Field(() => Date, { nullable: true }) @ApiPropertyOptional({ type: Date, nullable: true }) finishedAt!: Date | null;
  @Field(() => [InspectionPick], { description: 'Picks, by rank (empty until DONE)' }) @ApiProperty({ type: [InspectionPick] })
  picks!: InspectionPick[];
}

/** Runs requested for every committee of a subtree. */
@ObjectType()
export class SamplingBatch {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) batchId!: string;
  @Field(() => Int) @ApiProperty() runs!: number;
  @Field(() => Int) @ApiProperty() done!: number;
  @Field(() => Int) @ApiProperty() failed!: number;
  @Field(() => Int, { description: 'Plans created with defaults for committees that had none' }) @ApiProperty()
  plansCreated!: number;
}
