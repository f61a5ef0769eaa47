import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Connection } from '@qt/server-core';

/** One session a speaker speaks at (session_speakers + study_sessions), with the organisers' evaluation. */
@ObjectType()
export class SpeakerSession {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) speakerId!: string;
  @Field() @ApiProperty() title!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) campaignId!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) organiserId!: string;
  @Field() @ApiProperty() organiserName!: string;
  @Field() @ApiProperty() startsAt!: Date;
  @Field() @ApiProperty() endsAt!: Date;
  @Field({ description: 'IN_PERSON, ONLINE, LIVE_BROADCAST, HYBRID' }) @ApiProperty({ example: 'IN_PERSON' }) format!: string;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ nullable: true, type: String }) venue!: string | null;
  @Field({ description: 'PLANNED, CLOSED, CANCELLED' }) @ApiProperty({ example: 'CLOSED' }) status!: string;
  @Field(() => String, { nullable: true, description: 'Topic the speaker presents' })
  @ApiPropertyOptional({ nullable: true, type: String })
  topic!: string | null;
  @Field(() => Int, { nullable: true, description: "Organisers' score 1-5; null until evaluated" })
  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 1, maximum: 5 })
  score!: number | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ nullable: true, type: String }) comment!: string | null;
  @Field(() => Date, { nullable: true }) @ApiPropertyOptional({ nullable: true, type: Date }) evaluatedAt!: Date | null;
}

@ObjectType()
export class SpeakerSessionConnection extends Connection(SpeakerSession) {}
