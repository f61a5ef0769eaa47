import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Connection } from '@qt/server-core';
import { OrganisationKind } from '@qt/shared-domain';
import { Speaker, SpeakerLevel } from './speaker.types';

@ObjectType()
export class SpeakerLevelCount {
  @Field(() => SpeakerLevel) @ApiProperty({ enum: SpeakerLevel, enumName: 'SpeakerLevel' }) level!: SpeakerLevel;
  @Field(() => Int) @ApiProperty() count!: number;
}

@ObjectType()
export class SpeakerCommitteeCount {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @Field() @ApiProperty() code!: string;
  @Field() @ApiProperty() name!: string;
  @Field(() => SpeakerLevel) @ApiProperty({ enum: SpeakerLevel, enumName: 'SpeakerLevel' }) level!: SpeakerLevel;
  @Field(() => Int, { description: "Active speakers on this committee's own roster" })
  @ApiProperty({ description: "Active speakers on this committee's own roster" })
  count!: number;
}

/** Active speakers (appointed on or before the date, not ended by it) of the rosters in a subtree. */
@ObjectType()
export class SpeakerCounts {
  @Field() @ApiProperty({ format: 'date' }) onDate!: string;
  @Field(() => Int) @ApiProperty() total!: number;
  @Field(() => [SpeakerLevelCount], { description: 'Every level, zeros included' })
  @ApiProperty({ type: [SpeakerLevelCount], description: 'Every level, zeros included' })
  byLevel!: SpeakerLevelCount[];
  @Field(() => [SpeakerCommitteeCount], { description: 'Committees with at least one active speaker, by name' })
  @ApiProperty({ type: [SpeakerCommitteeCount], description: 'Committees with at least one active speaker, by name' })
  byCommittee!: SpeakerCommitteeCount[];
}

@ObjectType()
export class SpeakerlessCommittee {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field() @ApiProperty() code!: string;
  @Field() @ApiProperty() name!: string;
  @Field(() => OrganisationKind) @ApiProperty({ enum: OrganisationKind, enumName: 'OrganisationKind' }) kind!: OrganisationKind;
}

@ObjectType()
export class SpeakerCoverageByKind {
  @Field(() => OrganisationKind) @ApiProperty({ enum: OrganisationKind, enumName: 'OrganisationKind' }) kind!: OrganisationKind;
  @Field(() => Int) @ApiProperty() committees!: number;
  @Field(() => Int, { description: 'Of which with at least one active speaker' })
  @ApiProperty({ description: 'Of which with at least one active speaker' })
  withSpeakers!: number;
}

/**
 * Directly subordinate committees (trực thuộc; UPPER_GRASSROOTS and GRASSROOTS
 * children, active on the date) and which have no active speaker on their own
 * roster — seed 001: "31/35 đảng bộ cấp trên cơ sở" had speakers.
 */
@ObjectType()
export class SpeakerCoverage {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @Field() @ApiProperty({ format: 'date' }) onDate!: string;
  @Field(() => Int) @ApiProperty() committees!: number;
  @Field(() => Int) @ApiProperty() withSpeakers!: number;
  @Field(() => [SpeakerCoverageByKind]) @ApiProperty({ type: [SpeakerCoverageByKind] }) byKind!: SpeakerCoverageByKind[];
  @Field(() => [SpeakerlessCommittee], { description: 'Committees without any active speaker, by name' })
  @ApiProperty({ type: [SpeakerlessCommittee], description: 'Committees without any active speaker, by name' })
  withoutSpeakers!: SpeakerlessCommittee[];
}

/** An active speaker with no training since the reference date. */
@ObjectType()
export class UntrainedSpeaker {
  @Field(() => Speaker) @ApiProperty({ type: () => Speaker }) speaker!: Speaker;
  @Field(() => String, { nullable: true, description: 'Trainings on or after this date count; null = any training ever' })
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  since!: string | null;
  @Field(() => String, { nullable: true, description: 'Latest training ever attended (before `since`), null when never' })
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  lastTrainedOn!: string | null;
}

@ObjectType()
export class UntrainedSpeakerConnection extends Connection(UntrainedSpeaker) {}

/** The organisers' evaluations of one speaker over the sessions they spoke at. */
@ObjectType()
export class SpeakerEvaluationSummary {
  @Field(() => Speaker) @ApiProperty({ type: () => Speaker }) speaker!: Speaker;
  @Field(() => Int, { description: 'Sessions spoken at (cancelled ones excluded)' })
  @ApiProperty({ description: 'Sessions spoken at (cancelled ones excluded)' })
  sessions!: number;
  @Field(() => Int) @ApiProperty() evaluatedSessions!: number;
  @Field(() => Float, { nullable: true, description: 'Average score 1-5 (2 decimals); null when none evaluated' })
  @ApiPropertyOptional({ nullable: true, type: Number, example: 4.33 })
  averageScore!: number | null;
  @Field(() => String, { nullable: true, description: 'Comment of the latest evaluation that has one' })
  @ApiPropertyOptional({ nullable: true, type: String })
  lastComment!: string | null;
  @Field(() => Date, { nullable: true }) @ApiPropertyOptional({ nullable: true, type: Date }) lastEvaluatedAt!: Date | null;
}

@ObjectType()
export class SpeakerEvaluationSummaryConnection extends Connection(SpeakerEvaluationSummary) {}

/** 04-KL: the committee secretary presents in person — closed sessions per organiser. */
@ObjectType()
export class SecretaryPresence {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @Field() @ApiProperty() code!: string;
  @Field() @ApiProperty() name!: string;
  @Field(() => OrganisationKind) @ApiProperty({ enum: OrganisationKind, enumName: 'OrganisationKind' }) kind!: OrganisationKind;
  @Field(() => Int) @ApiProperty() closedSessions!: number;
  @Field(() => Int, { description: 'secretary_presented = true' }) @ApiProperty() presented!: number;
  @Field(() => Int, { description: 'secretary_presented = false' }) @ApiProperty() notPresented!: number;
  @Field(() => Int, { description: 'secretary_presented not recorded' }) @ApiProperty() unknown!: number;
}

@ObjectType()
export class SecretaryPresenceConnection extends Connection(SecretaryPresence) {}
