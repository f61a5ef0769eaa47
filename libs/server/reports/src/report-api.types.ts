import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Connection } from '@qt/server-core';

/** Lifecycle of a computation request. */
export enum ReportJobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(ReportJobStatus, {
  name: 'ReportJobStatus',
  description: 'QUEUED (chờ), RUNNING (đang tính), DONE (xong, snapshotId set), FAILED (lỗi sau mọi lần thử)',
});

/** Lifecycle of a report snapshot (báo cáo): submitted to the parent committee, which accepts or returns it. */
export enum ReportSnapshotStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
}
registerEnumType(ReportSnapshotStatus, {
  name: 'ReportSnapshotStatus',
  description: 'DRAFT (dự thảo), SUBMITTED (đã gửi cấp trên; content frozen), ACCEPTED (cấp trên đã tiếp nhận), RETURNED (trả lại, with a comment)',
});

@ObjectType({ description: 'A report computation request (yêu cầu tổng hợp báo cáo); poll it for progress' })
export class ReportJob {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) rootOrganisationId!: string;
  @Field(() => Int) @ApiProperty() year!: number;
  @Field({ description: 'ON_DEMAND or SCHEDULE (the annual run)' }) @ApiProperty({ enum: ['ON_DEMAND', 'SCHEDULE'] }) trigger!: string;
  @Field(() => ReportJobStatus) @ApiProperty({ enum: ReportJobStatus, enumName: 'ReportJobStatus' }) status!: ReportJobStatus;
  @Field(() => Int, { description: '0-100' }) @ApiProperty({ minimum: 0, maximum: 100 }) progress!: number;
  @Field(() => Int, { description: 'Attempts started by workers' }) @ApiProperty() attempts!: number;
  @Field(() => ID, { nullable: true, description: 'The snapshot written, once DONE' })
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  snapshotId!: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) error!: string | null;
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) requestedBy!: string | null;
  @Field() @ApiProperty() createdAt!: Date;
  @Field(() => Date, { nullable: true }) @ApiPropertyOptional({ type: Date, nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) @ApiPropertyOptional({ type: Date, nullable: true }) finishedAt!: Date | null;
}

@ObjectType({ description: 'One metric of an organisation against its target (chỉ tiêu)' })
export class ReportMetric {
  @Field({ description: 'One of REPORT_METRIC_KEYS, e.g. membersStudied' }) @ApiProperty({ example: 'membersStudied' }) key!: string;
  @Field() @ApiProperty({ example: 'Đảng viên học tập, quán triệt nghị quyết' }) label!: string;
  @Field(() => Int) @ApiProperty() achieved!: number;
  @Field(() => Int, { description: 'What was owed; 0 = not applicable' }) @ApiProperty() required!: number;
  @Field(() => Float, { nullable: true, description: 'achieved / required in %, 1 decimal; null when required = 0' })
  @ApiPropertyOptional({ type: Number, nullable: true })
  percent!: number | null;
  @Field(() => Float) @ApiProperty() target!: number;
  @Field() @ApiProperty() belowTarget!: boolean;
}

@ObjectType({ description: 'Study figures of one campaign of the year in an organisation subtree' })
export class ReportCampaignFigures {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) campaignId!: string;
  @Field() @ApiProperty() code!: string;
  @Field(() => Int, { description: 'Members required to study (exempt never counted)' }) @ApiProperty() required!: number;
  @Field(() => Int, { description: 'Of them, studied (make-up sessions count)' }) @ApiProperty() studied!: number;
  @Field(() => Int, { description: 'Of them, studied only in a make-up session (học bù)' }) @ApiProperty() studiedInMakeUp!: number;
  @Field(() => Int, { description: 'Exempt from party activities (miễn sinh hoạt)' }) @ApiProperty() exempt!: number;
}

@ObjectType({ description: 'A count under a key (grade, speaker level, rating level)' })
export class ReportCount {
  @Field() @ApiProperty() key!: string;
  @Field(() => Int) @ApiProperty() count!: number;
}

@ObjectType({ description: "An organisation's figures over its own subtree (rolled up)" })
export class ReportRow {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) parentId!: string | null;
  @Field() @ApiProperty() code!: string;
  @Field() @ApiProperty() name!: string;
  @Field() @ApiProperty() kind!: string;
  @Field(() => Int, { description: '0 for the report root' }) @ApiProperty() depth!: number;
  @Field(() => [ReportMetric]) @ApiProperty({ type: () => [ReportMetric] }) metrics!: ReportMetric[];
  @Field(() => [String], { description: 'Metric keys below target' }) @ApiProperty({ type: [String] }) missed!: string[];
  @Field(() => [ReportCampaignFigures]) @ApiProperty({ type: () => [ReportCampaignFigures] }) campaigns!: ReportCampaignFigures[];
  @Field(() => [ReportCount], { description: 'Essay grades 0-10: count per grade' })
  @ApiProperty({ type: () => [ReportCount] })
  essayGrades!: ReportCount[];
  @Field(() => [ReportCount], { description: 'Speakers on the roster per level' }) @ApiProperty({ type: () => [ReportCount] }) speakersByLevel!: ReportCount[];
  @Field(() => [ReportCount], { description: 'Year-end ratings of organisations, per level' })
  @ApiProperty({ type: () => [ReportCount] })
  organisationRatings!: ReportCount[];
  @Field(() => [ReportCount], { description: 'Year-end ratings of members, per level' }) @ApiProperty({ type: () => [ReportCount] }) memberRatings!: ReportCount[];
  @Field(() => Int, { description: 'Regular cell meetings held on days 8-10 (allowed, counted apart)' })
  @ApiProperty()
  cellMeetingsLate!: number;
}

@ObjectType()
export class ReportRowConnection extends Connection(ReportRow) {}

@ObjectType({ description: "The previous year's accepted snapshot of the same root (so sánh với năm trước)" })
export class ReportPreviousYear {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) snapshotId!: string;
  @Field(() => Int) @ApiProperty() version!: number;
  @Field(() => [ReportMetric]) @ApiProperty({ type: () => [ReportMetric] }) metrics!: ReportMetric[];
}

@ObjectType({ description: 'A stored report (báo cáo) of a root organisation for a year, one version' })
export class ReportSnapshotSummary {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) rootOrganisationId!: string;
  @Field() @ApiProperty() rootCode!: string;
  @Field() @ApiProperty() rootName!: string;
  @Field(() => Int) @ApiProperty() year!: number;
  @Field(() => Int, { description: '1, 2, … per root and year: a recomputation is a new version' }) @ApiProperty() version!: number;
  @Field(() => ReportSnapshotStatus) @ApiProperty({ enum: ReportSnapshotStatus, enumName: 'ReportSnapshotStatus' }) status!: ReportSnapshotStatus;
  @Field({ description: 'SHA-256 of the figures computed (equal hashes: nothing changed)' }) @ApiProperty() inputsHash!: string;
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) jobId!: string | null;
  @Field({ description: 'Figures as of this day, yyyy-MM-dd' }) @ApiProperty({ format: 'date' }) asOf!: string;
  @Field() @ApiProperty() computedAt!: Date;
  @Field(() => Int, { nullable: true }) @ApiPropertyOptional({ type: Number, nullable: true }) durationMs!: number | null;
  @Field(() => Date, { nullable: true }) @ApiPropertyOptional({ type: Date, nullable: true }) submittedAt!: Date | null;
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) submittedBy!: string | null;
  @Field(() => Date, { nullable: true }) @ApiPropertyOptional({ type: Date, nullable: true }) reviewedAt!: Date | null;
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) reviewedBy!: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) reviewComment!: string | null;
  @Field(() => Int, { description: 'Organisations in the report' }) @ApiProperty() rowCount!: number;
  @Field(() => Int, { description: 'Organisations below target on at least one metric' }) @ApiProperty() belowTargetCount!: number;
}

@ObjectType()
export class ReportSnapshotConnection extends Connection(ReportSnapshotSummary) {}

@ObjectType({ description: 'A report snapshot with the root row and the year-over-year comparison; rows through reportRows' })
export class ReportSnapshot extends ReportSnapshotSummary {
  @Field(() => ReportRow) @ApiProperty({ type: () => ReportRow }) root!: ReportRow;
  @Field(() => ReportPreviousYear, { nullable: true })
  @ApiPropertyOptional({ type: () => ReportPreviousYear, nullable: true })
  previousYear!: ReportPreviousYear | null;
  @Field({ description: 'False when inspection tables were absent (coverage then has required = 0)' })
  @ApiProperty()
  inspectionsAvailable!: boolean;
}
