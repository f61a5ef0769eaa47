import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Connection } from '@qt/server-core';
import { Registration } from '../registrations/registration.types';
import { RatingLevel, RatingSubject } from '../shared/cell-life.enums';

/** A year-end rating (đánh giá, xếp loại) of an organisation or a member. */
@ObjectType()
export class Rating {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => RatingSubject) @ApiProperty({ enum: RatingSubject, enumName: 'RatingSubject' }) subject!: RatingSubject;
  @Field(() => Int) @ApiProperty() year!: number;
  @Field(() => ID, { description: 'The organisation; for a member, their organisation at the year end (or on the rating date if earlier)' })
  @ApiProperty({ format: 'uuid' })
  organisationId!: string;
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) memberId!: string | null;
  @Field() @ApiProperty() subjectName!: string;
  @Field(() => RatingLevel) @ApiProperty({ enum: RatingLevel, enumName: 'RatingLevel' }) rating!: RatingLevel;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) comment!: string | null;
  @Field() @ApiProperty({ format: 'date' }) ratedOn!: string;
  @Field(() => String, { nullable: true, description: 'Display name of the user who rated' })
  @ApiPropertyOptional({ type: String, nullable: true })
  ratedBy!: string | null;
  @Field() @ApiProperty() updatedAt!: Date;
}

export type RatingRecord = Rating & { organisationPath: string };

@ObjectType()
export class RatingConnection extends Connection(Rating) {}

@ObjectType()
export class RatingCounts {
  @Field(() => Int) @ApiProperty() excellent!: number;
  @Field(() => Int) @ApiProperty() good!: number;
  @Field(() => Int) @ApiProperty() completed!: number;
  @Field(() => Int) @ApiProperty() notCompleted!: number;
  @Field(() => Int, { description: 'Cells (for organisations) or members (at the year end) without a rating' }) @ApiProperty() unrated!: number;
}

/** Ratings of a subtree for a year, by level. */
@ObjectType()
export class RatingDistribution {
  @Field(() => Int) @ApiProperty() year!: number;
  @Field(() => RatingCounts) @ApiProperty({ type: RatingCounts }) organisations!: RatingCounts;
  @Field(() => RatingCounts) @ApiProperty({ type: RatingCounts }) members!: RatingCounts;
}

/** Study of the year's campaigns (campaigns starting in the year, not drafts). */
@ObjectType()
export class StudyFigures {
  @Field(() => Int, { description: 'Campaigns that required the member to study (campaign_required_members)' }) @ApiProperty() campaignsRequired!: number;
  @Field(() => Int, { description: 'Of those, studied (PRESENT or LATE in a session, make-up included)' }) @ApiProperty() campaignsStudied!: number;
  @Field(() => Int, { description: 'Sessions (not make-up, not cancelled, started) the member was listed for' }) @ApiProperty() sessionsInvited!: number;
  @Field(() => Int, { description: 'Of those, attended (PRESENT or LATE)' }) @ApiProperty() sessionsAttended!: number;
  @Field(() => Int) @ApiProperty() makeupSessionsAttended!: number;
}

@ObjectType()
export class EssayFigures {
  @Field(() => Int) @ApiProperty() required!: number;
  @Field(() => Int, { description: 'Required essays submitted' }) @ApiProperty() submitted!: number;
  @Field(() => Int) @ApiProperty() late!: number;
  @Field(() => Int) @ApiProperty() graded!: number;
  @Field(() => Float, { nullable: true, description: 'Average grade (0-10) of graded essays' })
  @ApiPropertyOptional({ type: Number, nullable: true })
  averageGrade!: number | null;
}

@ObjectType()
export class MeetingAttendanceFigures {
  @Field(() => Int, { description: 'Meetings held while the member(s) belonged to the cell' }) @ApiProperty() expected!: number;
  @Field(() => Int) @ApiProperty() present!: number;
  @Field(() => Int) @ApiProperty() excused!: number;
  @Field(() => Int) @ApiProperty() unexcused!: number;
  @Field(() => Int) @ApiProperty() unrecorded!: number;
}

/** What the rating screen shows for a member and year. */
@ObjectType()
export class MemberRatingInputs {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) memberId!: string;
  @Field() @ApiProperty() fullName!: string;
  @Field(() => Int) @ApiProperty() year!: number;
  @Field(() => ID, { description: 'Organisation at the reference date' }) @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @Field({ description: 'Reference date: the year end, or today while the year runs' }) @ApiProperty({ format: 'date' }) referenceDate!: string;
  @Field(() => StudyFigures) @ApiProperty({ type: StudyFigures }) study!: StudyFigures;
  @Field(() => EssayFigures) @ApiProperty({ type: EssayFigures }) essays!: EssayFigures;
  @Field(() => MeetingAttendanceFigures) @ApiProperty({ type: MeetingAttendanceFigures }) meetings!: MeetingAttendanceFigures;
  @Field(() => Registration, { nullable: true }) @ApiPropertyOptional({ type: Registration, nullable: true }) registration!: Registration | null;
  @Field(() => Rating, { nullable: true }) @ApiPropertyOptional({ type: Rating, nullable: true }) rating!: Rating | null;
}

@ObjectType()
export class CellMeetingFigures {
  @Field(() => Int) @ApiProperty() onTimeMonths!: number;
  @Field(() => Int) @ApiProperty() lateMonths!: number;
  @Field(() => Int) @ApiProperty() missedMonths!: number;
  @Field(() => Int) @ApiProperty() quartersWithThematic!: number;
  @Field(() => Int) @ApiProperty() quartersWithoutThematic!: number;
  @Field(() => Int, { description: 'Half-years with a six-monthly check' }) @ApiProperty() halvesChecked!: number;
}

/** What the rating screen shows for a cell and year. */
@ObjectType()
export class CellRatingInputs {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @Field() @ApiProperty() name!: string;
  @Field(() => Int) @ApiProperty() year!: number;
  @Field() @ApiProperty({ format: 'date' }) referenceDate!: string;
  @Field(() => Int, { description: 'Members on the reference date' }) @ApiProperty() members!: number;
  @Field(() => CellMeetingFigures) @ApiProperty({ type: CellMeetingFigures }) meetingCompliance!: CellMeetingFigures;
  @Field(() => MeetingAttendanceFigures, { description: "Members' attendance at the cell's meetings" })
  @ApiProperty({ type: MeetingAttendanceFigures })
  meetingAttendance!: MeetingAttendanceFigures;
  @Field(() => StudyFigures, { description: 'Member × campaign counts of the members the campaigns required in this cell' })
  @ApiProperty({ type: StudyFigures })
  study!: StudyFigures;
  @Field(() => EssayFigures) @ApiProperty({ type: EssayFigures }) essays!: EssayFigures;
  @Field(() => RatingCounts, { description: "Members' ratings for the year" }) @ApiProperty({ type: RatingCounts }) memberRatings!: RatingCounts;
  @Field(() => Registration, { nullable: true }) @ApiPropertyOptional({ type: Registration, nullable: true }) registration!: Registration | null;
  @Field(() => Rating, { nullable: true }) @ApiPropertyOptional({ type: Rating, nullable: true }) rating!: Rating | null;
}
