import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsOmittable, PageArgs } from '@qt/server-core';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

const queryBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

@ArgsType()
export class CellCalendarArgs {
  @Field(() => ID) @ApiProperty({ format: 'uuid', description: 'The cell' }) @IsUUID() organisationId!: string;

  @Field(() => Int) @ApiProperty({ example: 2026 }) @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;

  @Field({ nullable: true, description: 'Compute the states as they stood on this date (default today); not in the future' })
  @ApiPropertyOptional({ format: 'date', description: 'Compute the states as they stood on this date (default today)' })
  @IsOmittable() @IsCalendarDate() asOf?: string;
}

@ArgsType()
export class CellComplianceSummaryArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'A committee: its subtree (default: your whole scope)' })
  @ApiPropertyOptional({ format: 'uuid', description: 'A committee: its subtree (default: your whole scope)' })
  @IsOptional() @IsUUID() withinId?: string;

  @Field(() => Int) @ApiProperty({ example: 2026 }) @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;

  @Field({ nullable: true }) @ApiPropertyOptional({ format: 'date' }) @IsOmittable() @IsCalendarDate() asOf?: string;

  @Field({ nullable: true, description: 'Only cells with a missed month or a quarter without a thematic meeting' })
  @ApiPropertyOptional({ description: 'Only cells with a missed month or a quarter without a thematic meeting' })
  @IsOptional() @Transform(queryBoolean) @IsBoolean() onlyWithIssues?: boolean;
}
