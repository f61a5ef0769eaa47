import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Connection, IsCalendarDate, PageArgs } from '@qt/server-core';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { nfc, TEXT_MAX } from '../common/inspection-enums';

/** A member's yearly check at their cell (kiểm tra đảng viên), in a month of the year. */
@ObjectType()
export class MemberCheck {
  @Field(() => Int) @ApiProperty() year!: number;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) memberId!: string;
  @Field() @ApiProperty() fullName!: string;
  @Field(() => ID, { description: 'The cell where the member takes part in party life' }) @ApiProperty({ format: 'uuid' })
  organisationId!: string;
  @Field() @ApiProperty() organisationName!: string;
  @Field(() => Int) @ApiProperty({ minimum: 1, maximum: 12 }) month!: number;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ format: 'date', type: String, nullable: true }) checkedOn!: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) result!: string | null;
}

@ObjectType()
export class MemberCheckConnection extends Connection(MemberCheck) {}

/** A cell's six-monthly check by its upper committee: planned month, and the check once recorded (cell_checks). */
@ObjectType()
export class CellCheckSlot {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @Field() @ApiProperty() organisationName!: string;
  @Field(() => Int) @ApiProperty() year!: number;
  @Field(() => Int) @ApiProperty({ minimum: 1, maximum: 2 }) half!: number;
  @Field(() => ID, { description: 'The upper committee that checks' }) @ApiProperty({ format: 'uuid' }) checkingOrganisationId!: string;
  @Field(() => Int, { description: 'Planned month' }) @ApiProperty() month!: number;
  @Field(() => ID, { nullable: true, description: 'The recorded six-monthly check (cell-life cellChecks)' })
  @ApiPropertyOptional({ format: 'uuid', type: String, nullable: true })
  checkId!: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ format: 'date', type: String, nullable: true }) checkedOn!: string | null;
}

@ObjectType()
export class CellCheckSlotConnection extends Connection(CellCheckSlot) {}

@ObjectType()
export class CheckScheduleResult {
  @Field(() => Int, { description: 'Members newly scheduled' }) @ApiProperty() memberChecks!: number;
  @Field(() => Int, { description: 'Cell half-years newly scheduled' }) @ApiProperty() cellChecks!: number;
}

@InputType()
export class ScheduleChecksInput {
  @Field(() => ID, { description: 'Every cell and member of this subtree' }) @ApiProperty({ format: 'uuid' }) @IsUUID() organisationId!: string;
  @Field(() => Int) @ApiProperty({ example: 2025 }) @IsInt() @Min(2000) @Max(2100) year!: number;
}

@InputType()
export class RecordMemberCheckInput {
  @Field(() => Int) @ApiProperty() @IsInt() @Min(2000) @Max(2100) year!: number;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) @IsUUID() memberId!: string;
  @Field() @ApiProperty({ format: 'date' }) @IsCalendarDate() checkedOn!: string;
  @Field() @ApiProperty({ maxLength: TEXT_MAX }) @Transform(nfc) @IsString() @Length(1, TEXT_MAX) result!: string;
}

@ArgsType()
export class MemberChecksArgs extends PageArgs {
  @Field(() => Int) @ApiProperty() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() withinId?: string;
  @Field(() => Int, { nullable: true }) @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(12) month?: number;
}

@ArgsType()
export class CellCheckSlotsArgs extends PageArgs {
  @Field(() => Int) @ApiProperty() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() withinId?: string;
  @Field(() => Int, { nullable: true }) @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(2) half?: number;
}
