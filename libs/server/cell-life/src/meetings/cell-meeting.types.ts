import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Connection } from '@qt/server-core';
import { CellMeetingKind, MeetingAttendanceStatus } from '../shared/cell-life.enums';

/** A cell meeting (sinh hoạt chi bộ): regular monthly or thematic, ending with a resolution or conclusion. */
@ObjectType()
export class CellMeeting {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => ID, { description: 'The cell (chi bộ) that met' }) @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @Field(() => CellMeetingKind) @ApiProperty({ enum: CellMeetingKind, enumName: 'CellMeetingKind' }) kind!: CellMeetingKind;
  @Field({ description: 'Date held, yyyy-MM-dd' }) @ApiProperty({ format: 'date' }) heldOn!: string;
  @Field(() => String, { nullable: true, description: 'REGULAR: the month it counts for, yyyy-MM; null for THEMATIC' })
  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-03', description: 'REGULAR: the month it counts for, yyyy-MM' })
  forMonth!: string | null;
  @Field() @ApiProperty({ example: 'Sinh hoạt chi bộ thường kỳ tháng 3' }) topic!: string;
  @Field({ description: 'The resolution or conclusion the meeting ended with (nghị quyết / kết luận)' })
  @ApiProperty({ description: 'The resolution or conclusion the meeting ended with (nghị quyết / kết luận)' })
  conclusion!: string;
  @Field(() => ID, { nullable: true, description: 'Optional link to a resolution record' })
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  resolutionId!: string | null;
  @Field(() => Int) @ApiProperty() presentCount!: number;
  @Field(() => Int) @ApiProperty() excusedCount!: number;
  @Field(() => Int) @ApiProperty() unexcusedCount!: number;
  @Field() @ApiProperty() createdAt!: Date;
  @Field() @ApiProperty() updatedAt!: Date;
}

/** A cell meeting as loaded for the service, with the cell's path for scope checks. Never sent out. */
export type CellMeetingRecord = CellMeeting & { organisationPath: string };

@ObjectType()
export class CellMeetingConnection extends Connection(CellMeeting) {}

/** One member of the cell on the meeting date and their attendance (null status: not recorded). */
@ObjectType()
export class CellMeetingAttendee {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) memberId!: string;
  @Field() @ApiProperty() fullName!: string;
  @Field(() => MeetingAttendanceStatus, { nullable: true })
  @ApiPropertyOptional({ enum: MeetingAttendanceStatus, enumName: 'MeetingAttendanceStatus', nullable: true })
  status!: MeetingAttendanceStatus | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) reason!: string | null;
}

/** A meeting of a cell the member belonged to on the meeting date, with the member's own attendance. */
@ObjectType()
export class MyCellMeeting {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @Field() @ApiProperty() organisationName!: string;
  @Field(() => CellMeetingKind) @ApiProperty({ enum: CellMeetingKind, enumName: 'CellMeetingKind' }) kind!: CellMeetingKind;
  @Field() @ApiProperty({ format: 'date' }) heldOn!: string;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true, example: '2026-03' }) forMonth!: string | null;
  @Field() @ApiProperty() topic!: string;
  @Field({ description: 'The resolution or conclusion the meeting ended with' }) @ApiProperty() conclusion!: string;
  @Field(() => MeetingAttendanceStatus, { nullable: true, description: 'Your attendance; null: not recorded' })
  @ApiPropertyOptional({ enum: MeetingAttendanceStatus, enumName: 'MeetingAttendanceStatus', nullable: true })
  status!: MeetingAttendanceStatus | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) reason!: string | null;
}
