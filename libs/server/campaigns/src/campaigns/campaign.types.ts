import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Connection } from '@qt/server-core';
import { OrganisationKind } from '@qt/shared-domain';
import { CampaignStatus, EssayPolicy, LevelAudience, ResolutionType, StudyFormat } from '../common/enums';

/** The rule of one level (cấp) of a campaign: who attends the sessions organised there and by when (seed 004 3.3). */
@ObjectType()
export class CampaignLevel {
  @Field(() => OrganisationKind) @ApiProperty({ enum: OrganisationKind, enumName: 'OrganisationKind' }) level!: OrganisationKind;
  @Field(() => LevelAudience) @ApiProperty({ enum: LevelAudience, enumName: 'LevelAudience' }) audience!: LevelAudience;
  @Field({ description: 'A class at this level also calls the committee members of the organisations below (seed 000 III.2)' })
  @ApiProperty() includeSubordinateCommittees!: boolean;
  @Field({ description: 'A class at this level also calls the heads (rank trưởng and above) of the organisations below' })
  @ApiProperty() includeSubordinateHeads!: boolean;
  @Field({ description: 'Deadline (thời hạn hoàn thành) of this level, yyyy-MM-dd' }) @ApiProperty({ format: 'date' }) deadline!: string;
}

/** A resolution a campaign studies, in short. */
@ObjectType()
export class CampaignResolution {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field() @ApiProperty({ example: '26-NQ/TW' }) code!: string;
  @Field() @ApiProperty() title!: string;
  @Field(() => ResolutionType) @ApiProperty({ enum: ResolutionType, enumName: 'ResolutionType' }) type!: ResolutionType;
}

/** A study campaign (đợt học tập, quán triệt) issued by an organisation; it cascades down its subtree. */
@ObjectType()
export class Campaign {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field() @ApiProperty({ example: 'HT-TW7-XII' }) code!: string;
  @Field() @ApiProperty() title!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) issuerOrganisationId!: string;
  @Field() @ApiProperty({ example: 'Đảng bộ Khối các cơ quan Trung ương' }) issuerOrganisationName!: string;
  @Field(() => CampaignStatus) @ApiProperty({ enum: CampaignStatus, enumName: 'CampaignStatus' }) status!: CampaignStatus;
  @Field(() => String, { nullable: true, description: 'Day it was issued, yyyy-MM-dd' })
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) issuedOn!: string | null;
  @Field() @ApiProperty({ format: 'date' }) startsOn!: string;
  @Field({ description: 'Result report due to the issuer (báo cáo kết quả), yyyy-MM-dd' }) @ApiProperty({ format: 'date' }) reportDueOn!: string;
  @Field(() => [StudyFormat]) @ApiProperty({ enum: StudyFormat, enumName: 'StudyFormat', isArray: true }) formats!: StudyFormat[];
  @Field(() => Int) @ApiProperty({ example: 480 }) expectedDurationMinutes!: number;
  @Field(() => Int, { description: 'Of which discussion (thảo luận), minutes' }) @ApiProperty({ example: 240 }) discussionMinutes!: number;
  @Field(() => EssayPolicy) @ApiProperty({ enum: EssayPolicy, enumName: 'EssayPolicy' }) essayPolicy!: EssayPolicy;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) essayDueOn!: string | null;
  @Field(() => Int) @ApiProperty() essayMinWords!: number;
  @Field(() => Float, { description: 'Two essays at least this similar (0-1] are flagged' }) @ApiProperty() essaySimilarityThreshold!: number;
  @Field({ description: 'Committees must adopt an action programme (chương trình hành động)' }) @ApiProperty() programmeRequired!: boolean;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) programmeDueOn!: string | null;
  @Field(() => [OrganisationKind], { description: 'Levels whose committees owe an action programme' })
  @ApiProperty({ enum: OrganisationKind, enumName: 'OrganisationKind', isArray: true }) programmeLevels!: OrganisationKind[];
  @Field({ description: 'Secretaries and heads owe a personal action plan (kế hoạch hành động cá nhân)' })
  @ApiProperty() personalPlansRequired!: boolean;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) personalPlansDueOn!: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) description!: string | null;
  @Field(() => [CampaignLevel], { description: 'Per-level rules, top level first' }) @ApiProperty({ type: [CampaignLevel] }) levels!: CampaignLevel[];
  @Field(() => [CampaignResolution]) @ApiProperty({ type: [CampaignResolution] }) resolutions!: CampaignResolution[];
  @Field() @ApiProperty() updatedAt!: Date;
}

@ObjectType()
export class CampaignConnection extends Connection(Campaign) {}

/** A campaign as the service loads it: with the issuer's path for scope checks (never sent out). */
export type CampaignRecord = Campaign & { issuerPath: string; issuerKind: OrganisationKind };
