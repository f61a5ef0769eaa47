import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Connection } from '@qt/server-core';
import { MonthState, QuarterState } from '../shared/cell-life.enums';

@ObjectType()
export class CellMeetingMonth {
  @Field({ description: 'yyyy-MM' }) @ApiProperty({ example: '2026-03' }) month!: string;
  @Field({ description: 'Last allowed day (the 10th), yyyy-MM-dd' }) @ApiProperty({ format: 'date' }) dueBy!: string;
  @Field(() => MonthState) @ApiProperty({ enum: MonthState, enumName: 'CellMeetingMonthState' }) state!: MonthState;
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) meetingId!: string | null;
  @Field(() => String, { nullable: true, description: 'When the regular meeting was held (also for MISSED: held after the 10th)' })
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  heldOn!: string | null;
}

@ObjectType()
export class ThematicQuarter {
  @Field(() => Int) @ApiProperty({ minimum: 1, maximum: 4 }) quarter!: number;
  @Field(() => QuarterState) @ApiProperty({ enum: QuarterState, enumName: 'ThematicQuarterState' }) state!: QuarterState;
  @Field(() => Int, { description: 'Thematic meetings (sinh hoạt chuyên đề) held in the quarter' }) @ApiProperty() thematicCount!: number;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ format: 'date', nullable: true, type: String }) firstThematicOn!: string | null;
}

/** The compliance calendar of one cell for one year, as it stood on `asOf`. */
@ObjectType()
export class CellMeetingCalendar {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @Field(() => Int) @ApiProperty() year!: number;
  @Field({ description: 'The date the states are computed for (default today, Asia/Ho_Chi_Minh)' }) @ApiProperty({ format: 'date' }) asOf!: string;
  @Field(() => [CellMeetingMonth]) @ApiProperty({ type: [CellMeetingMonth] }) months!: CellMeetingMonth[];
  @Field(() => [ThematicQuarter]) @ApiProperty({ type: [ThematicQuarter] }) quarters!: ThematicQuarter[];
}

/** One cell's counts in a subtree summary. */
@ObjectType()
export class CellComplianceRow {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @Field() @ApiProperty() code!: string;
  @Field() @ApiProperty() name!: string;
  @Field(() => Int) @ApiProperty() onTimeMonths!: number;
  @Field(() => Int) @ApiProperty() lateMonths!: number;
  @Field(() => Int) @ApiProperty() missedMonths!: number;
  @Field(() => Int, { description: 'Months running, not due yet' }) @ApiProperty() pendingMonths!: number;
  @Field(() => Int) @ApiProperty() quartersWithThematic!: number;
  @Field(() => Int, { description: 'Quarters that ended without a thematic meeting' }) @ApiProperty() quartersWithoutThematic!: number;
}

@ObjectType()
export class CellComplianceTotals {
  @Field(() => Int) @ApiProperty() cells!: number;
  @Field(() => Int, { description: 'Cells with a missed month or a quarter without a thematic meeting' }) @ApiProperty() cellsWithIssues!: number;
  @Field(() => Int) @ApiProperty() onTimeMonths!: number;
  @Field(() => Int) @ApiProperty() lateMonths!: number;
  @Field(() => Int) @ApiProperty() missedMonths!: number;
  @Field(() => Int) @ApiProperty() quartersWithoutThematic!: number;
}

/** Per-cell compliance of a subtree for a year, by cell name, with totals over all matching cells. */
@ObjectType()
export class CellComplianceSummary extends Connection(CellComplianceRow) {
  @Field(() => Int) @ApiProperty() year!: number;
  @Field() @ApiProperty({ format: 'date' }) asOf!: string;
  @Field(() => CellComplianceTotals) @ApiProperty({ type: CellComplianceTotals }) totals!: CellComplianceTotals;
}
