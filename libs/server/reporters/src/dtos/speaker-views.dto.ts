import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, PageArgs } from '@qt/server-core';
import { IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class SpeakerCountsArgs {
  @Field(() => ID, { nullable: true, description: 'Subtree to count (default: all of your scope)' })
  @ApiPropertyOptional({ format: 'uuid', description: 'Subtree to count (default: all of your scope)' })
  @IsOptional() @IsUUID() withinId?: string;

  @Field({ nullable: true, description: 'yyyy-MM-dd; default today (Asia/Ho_Chi_Minh)' })
  @ApiPropertyOptional({ format: 'date', description: 'Default today (Asia/Ho_Chi_Minh)' })
  @IsOptional() @IsCalendarDate() onDate?: string;
}

@ArgsType()
export class SpeakerCoverageArgs {
  @Field(() => ID, { nullable: true, description: 'Whose directly subordinate committees (default: the top of your scope, when it is one organisation)' })
  @ApiPropertyOptional({ format: 'uuid', description: 'Whose directly subordinate committees (default: the top of your scope when it is one organisation)' })
  @IsOptional() @IsUUID() organisationId?: string;

  @Field({ nullable: true, description: 'yyyy-MM-dd; default today' })
  @ApiPropertyOptional({ format: 'date', description: 'Default today' })
  @IsOptional() @IsCalendarDate() onDate?: string;
}

@ArgsType()
export class UntrainedSpeakersArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid', description: 'Only rosters of this subtree' })
  @IsOptional() @IsUUID() withinId?: string;

  @Field({
    nullable: true,
    description:
      "Trainings on or after this date count. Default per speaker: the term start (nhiệm kỳ) of the roster's committee, else of the bloc (root); without either, any training ever counts",
  })
  @ApiPropertyOptional({
    format: 'date',
    description:
      "Trainings on or after this date count. Default per speaker: the term start of the roster's committee, else of the bloc (root); without either, any training ever counts",
  })
  @IsOptional() @IsCalendarDate() since?: string;

  @Field({ nullable: true, description: 'Speakers active on this date (default today)' })
  @ApiPropertyOptional({ format: 'date', description: 'Speakers active on this date (default today)' })
  @IsOptional() @IsCalendarDate() onDate?: string;
}

@ArgsType()
export class SpeakerEvaluationsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid', description: 'Only rosters of this subtree' })
  @IsOptional() @IsUUID() withinId?: string;

  @Field({ nullable: true, description: 'Sessions starting on or after this date (Asia/Ho_Chi_Minh)' })
  @ApiPropertyOptional({ format: 'date', description: 'Sessions starting on or after this date' })
  @IsOptional() @IsCalendarDate() from?: string;

  @Field({ nullable: true, description: 'Sessions starting on or before this date (Asia/Ho_Chi_Minh)' })
  @ApiPropertyOptional({ format: 'date', description: 'Sessions starting on or before this date' })
  @IsOptional() @IsCalendarDate() to?: string;
}

@ArgsType()
export class SecretaryPresenceArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid', description: 'Only organisers in this subtree' })
  @IsOptional() @IsUUID() withinId?: string;

  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid', description: 'Only sessions of this campaign' })
  @IsOptional() @IsUUID() campaignId?: string;

  @Field({ nullable: true, description: 'Sessions starting on or after this date' })
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional() @IsCalendarDate() from?: string;

  @Field({ nullable: true, description: 'Sessions starting on or before this date' })
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional() @IsCalendarDate() to?: string;
}
