import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, PageArgs } from '@qt/server-core';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, Length } from 'class-validator';

const queryBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

@ArgsType()
export class ProgressQuery {
  @Field(() => ID) @ApiProperty({ format: 'uuid', description: "Organisation in your scope and in the issuer's subtree" })
  @IsUUID() organisationId!: string;
}

@ArgsType()
export class RequiredMembersArgs extends PageArgs {
  @Field(() => ID) @ApiProperty({ format: 'uuid', description: "Organisation in your scope and in the issuer's subtree" })
  @IsUUID() organisationId!: string;

  @Field({ nullable: true, description: 'Default: the earlier of today and the latest level deadline' })
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional() @IsCalendarDate() onDate?: string;

  @Field({ nullable: true }) @ApiPropertyOptional() @IsOptional() @Transform(queryBoolean) @IsBoolean() studyRequired?: boolean;
  @Field({ nullable: true }) @ApiPropertyOptional() @IsOptional() @Transform(queryBoolean) @IsBoolean() essayRequired?: boolean;
  @Field({ nullable: true, description: 'Only members with (true) or without (false) a reason not to write' })
  @ApiPropertyOptional() @IsOptional() @Transform(queryBoolean) @IsBoolean() exempt?: boolean;
  @Field({ nullable: true, description: 'Only members who studied (true) or are pending (false)' })
  @ApiPropertyOptional() @IsOptional() @Transform(queryBoolean) @IsBoolean() studied?: boolean;
  @Field({ nullable: true, description: 'Part of the name or card number; diacritics ignored' })
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) search?: string;
}

/** GraphQL arguments of campaignRequiredMembers (REST takes the campaign from the path). */
@ArgsType()
export class CampaignRequiredMembersArgs extends RequiredMembersArgs {
  @Field(() => ID) @IsUUID() campaignId!: string;
}
