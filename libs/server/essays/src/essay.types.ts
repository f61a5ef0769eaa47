import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Connection } from '@qt/server-core';

/** A file attached to an essay (scan, Word/ODT/PDF copy). Download it through REST. */
@ObjectType()
export class EssayFile {
  @Field() @ApiProperty({ example: 'thu-hoach-NQ26.docx' }) name!: string;
  @Field() @ApiProperty({ example: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }) contentType!: string;
  @Field(() => Float) @ApiProperty() sizeBytes!: number;
}

/**
 * Perfunctory-essay flags (bài thu hoạch sơ sài, đối phó), set by the worker after each change of
 * the text. Until then `checkedAt` is null and the flags are unknown.
 */
@ObjectType()
export class EssayFlags {
  @Field(() => Boolean, { nullable: true, description: 'Fewer words than the campaign asks for; null until checked' })
  @ApiPropertyOptional({ type: Boolean, nullable: true })
  tooShort!: boolean | null;
  @Field({ description: 'Estimated Jaccard similarity to another essay of the campaign ≥ its threshold' })
  @ApiProperty()
  nearDuplicate!: boolean;
  @Field(() => ID, { nullable: true, description: 'The essay it resembles most (an earlier one when there is one)' })
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  similarEssayId!: string | null;
  @Field(() => Float, { nullable: true, description: 'Estimated similarity to that essay, 0-1' })
  @ApiPropertyOptional({ type: Number, nullable: true })
  similarity!: number | null;
  @Field(() => Date, { nullable: true }) @ApiPropertyOptional({ type: Date, nullable: true }) checkedAt!: Date | null;
}

/** An essay (bài thu hoạch) of one member for one campaign, domain.md §5. */
@ObjectType()
export class Essay {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) campaignId!: string;
  @Field() @ApiProperty({ example: 'HT-TW7-XII' }) campaignCode!: string;
  @Field() @ApiProperty() campaignTitle!: string;
  @Field({ description: 'Last day for essays (yyyy-MM-dd); edits are allowed until its end, Asia/Ho_Chi_Minh' })
  @ApiProperty({ format: 'date' })
  essayDueOn!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) memberId!: string;
  @Field() @ApiProperty({ example: 'Nguyễn Văn An' }) authorName!: string;
  @Field(() => ID, { description: 'Organisation of the author when first submitted' })
  @ApiProperty({ format: 'uuid' })
  organisationId!: string;
  @Field() @ApiProperty() body!: string;
  @Field(() => Int, { description: 'Whitespace-separated words after NFC normalisation' }) @ApiProperty() wordCount!: number;
  @Field(() => EssayFile, { nullable: true }) @ApiPropertyOptional({ type: EssayFile, nullable: true }) file!: EssayFile | null;
  @Field({ description: 'First submission' }) @ApiProperty() submittedAt!: Date;
  @Field() @ApiProperty() updatedAt!: Date;
  @Field({ description: 'First submitted after the end of essayDueOn (nộp muộn)' }) @ApiProperty() isLate!: boolean;
  @Field(() => Int, { description: 'Grows with every change of the text' }) @ApiProperty() version!: number;
  @Field(() => Int, { nullable: true, description: 'Grade 0-10 by the convening committee' })
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 10 })
  grade!: number | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) gradeComment!: string | null;
  @Field(() => Date, { nullable: true }) @ApiPropertyOptional({ type: Date, nullable: true }) gradedAt!: Date | null;
  @Field(() => EssayFlags, { nullable: true, description: "The committee's flags; null in the author's own view" })
  @ApiPropertyOptional({ type: EssayFlags, nullable: true })
  flags!: EssayFlags | null;
}

@ObjectType()
export class EssayConnection extends Connection(Essay) {}

/** The essay a near-duplicate resembles, shown side by side to the grader. */
@ObjectType()
export class SimilarEssay {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) memberId!: string;
  @Field() @ApiProperty() authorName!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @Field() @ApiProperty() body!: string;
  @Field(() => Int) @ApiProperty() wordCount!: number;
  @Field() @ApiProperty() submittedAt!: Date;
  @Field(() => Float, { description: 'Estimated similarity of the two essays, 0-1' }) @ApiProperty() similarity!: number;
}

@ObjectType()
export class EssayDetail {
  @Field(() => Essay) @ApiProperty({ type: Essay }) essay!: Essay;
  @Field(() => SimilarEssay, {
    nullable: true,
    description: 'For a near-duplicate: the similar essay, when its organisation lies in your scope',
  })
  @ApiPropertyOptional({ type: SimilarEssay, nullable: true })
  similarEssay!: SimilarEssay | null;
}

export enum EssayState {
  SUBMITTED = 'SUBMITTED',
  MISSING = 'MISSING',
  EXEMPT = 'EXEMPT',
  VOLUNTARY = 'VOLUNTARY',
}
registerEnumType(EssayState, {
  name: 'EssayState',
  description:
    'SUBMITTED (required, submitted), MISSING (required, none yet), EXEMPT (not required: see exemptionReason), ' +
    'VOLUNTARY (not required but submitted)',
});

/** Where one member of a campaign stands with their essay. */
@ObjectType()
export class EssayStatus {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) memberId!: string;
  @Field() @ApiProperty() fullName!: string;
  @Field() @ApiProperty() cardNumber!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @Field() @ApiProperty() organisationName!: string;
  @Field() @ApiProperty() essayRequired!: boolean;
  @Field(() => EssayState) @ApiProperty({ enum: EssayState, enumName: 'EssayState' }) state!: EssayState;
  @Field(() => String, {
    nullable: true,
    description: 'Why no essay is required: RETIRED, UNFIT_FOR_WORK, EXEMPT_FROM_ACTIVITIES, OTHER, NOT_KEY_LEADER, NO_ESSAYS',
  })
  @ApiPropertyOptional({ type: String, nullable: true })
  exemptionReason!: string | null;
  @Field(() => String, { nullable: true, description: 'The basis of the exemption (decision, record)' })
  @ApiPropertyOptional({ type: String, nullable: true })
  exemptionBasis!: string | null;
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) essayId!: string | null;
  @Field(() => Date, { nullable: true }) @ApiPropertyOptional({ type: Date, nullable: true }) submittedAt!: Date | null;
  @Field(() => Boolean, { nullable: true }) @ApiPropertyOptional({ type: Boolean, nullable: true }) isLate!: boolean | null;
  @Field(() => Int, { nullable: true }) @ApiPropertyOptional({ type: Number, nullable: true }) grade!: number | null;
}

@ObjectType()
export class EssayStatusConnection extends Connection(EssayStatus) {}
