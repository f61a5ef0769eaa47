import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, PageArgs } from '@qt/server-core';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { nfc, TEXT_MAX } from '../meetings/cell-meeting.dto';

@InputType()
export class RecordCellCheckInput {
  @Field(() => ID, { description: 'The cell checked' }) @ApiProperty({ format: 'uuid', description: 'The cell checked' })
  @IsUUID() organisationId!: string;

  @Field(() => ID, { description: 'The checking committee: an ancestor of the cell, in your scope' })
  @ApiProperty({ format: 'uuid', description: 'The checking committee: an ancestor of the cell, in your scope' })
  @IsUUID() checkingOrganisationId!: string;

  @Field(() => Int) @ApiProperty({ example: 2026 }) @IsInt() @Min(2000) @Max(2100) year!: number;

  @Field(() => Int, { description: '1 or 2' }) @ApiProperty({ enum: [1, 2] }) @IsInt() @IsIn([1, 2]) half!: number;

  @Field({ description: 'yyyy-MM-dd, not before the half-year began, not in the future' })
  @ApiProperty({ format: 'date' }) @IsCalendarDate() checkedOn!: string;

  @Field() @ApiProperty({ maxLength: TEXT_MAX }) @Transform(nfc) @IsString() @Length(1, TEXT_MAX) findings!: string;

  @Field() @ApiProperty({ maxLength: TEXT_MAX }) @Transform(nfc) @IsString() @Length(1, TEXT_MAX) conclusion!: string;
}

@ArgsType()
export class CellChecksArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Checks of the cells in this subtree' })
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() withinId?: string;

  @Field(() => Int, { nullable: true }) @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;

  @Field(() => Int, { nullable: true }) @ApiPropertyOptional({ enum: [1, 2] }) @IsOptional() @Type(() => Number) @IsInt() @IsIn([1, 2]) half?: number;
}

@ArgsType()
export class UncheckedCellsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Cells of this subtree (default: your scope)' })
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() withinId?: string;

  @Field(() => Int) @ApiProperty() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;

  @Field(() => Int) @ApiProperty({ enum: [1, 2] }) @Type(() => Number) @IsInt() @IsIn([1, 2]) half!: number;
}
