import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Connection } from '@qt/server-core';
import { DisciplineForm, FollowUpStatus, TeamRole, ViolationSubject } from '../common/inspection-enums';

@ObjectType()
export class InspectionTeamMember {
  @Field() @ApiProperty() fullName!: string;
  @Field(() => TeamRole) @ApiProperty({ enum: TeamRole, enumName: 'InspectionTeamRole' }) role!: TeamRole;
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid', type: String, nullable: true }) memberId!: string | null;
}

/** A violation found and its handling under Regulation 181-QĐ/TW. */
@ObjectType()
export class InspectionViolation {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => ViolationSubject) @ApiProperty({ enum: ViolationSubject, enumName: 'ViolationSubject' }) subjectKind!: ViolationSubject;
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid', type: String, nullable: true }) memberId!: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) memberName!: string | null;
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid', type: String, nullable: true }) organisationId!: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) organisationName!: string | null;
  @Field() @ApiProperty() description!: string;
  @Field(() => DisciplineForm, { nullable: true, description: 'Null: no discipline (yet)' })
  @ApiPropertyOptional({ enum: DisciplineForm, enumName: 'DisciplineForm', nullable: true })
  discipline!: DisciplineForm | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ format: 'date', type: String, nullable: true }) decidedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Article of Regulation 181-QĐ/TW applied' })
  @ApiPropertyOptional({ type: String, nullable: true })
  basis!: string | null;
}

/** A follow-up item of the conclusion or recommendations; OVERDUE when its due date passed and it is not DONE. */
@ObjectType()
export class InspectionFollowUp {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) recordId!: string;
  @Field() @ApiProperty() description!: string;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) responsible!: string | null;
  @Field() @ApiProperty({ format: 'date' }) dueOn!: string;
  @Field(() => FollowUpStatus) @ApiProperty({ enum: FollowUpStatus, enumName: 'FollowUpStatus' }) status!: FollowUpStatus;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ format: 'date', type: String, nullable: true }) doneOn!: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) note!: string | null;
}

/** An inspection (cuộc kiểm tra) of an organisation by an upper committee. */
@ObjectType()
export class InspectionRecord {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) inspectingOrganisationId!: string;
  @Field() @ApiProperty() inspectingOrganisationName!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @Field() @ApiProperty() organisationName!: string;
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid', type: String, nullable: true }) planId!: string | null;
  @Field() @ApiProperty() title!: string;
  @Field() @ApiProperty() scope!: string;
  @Field() @ApiProperty({ format: 'date' }) startedOn!: string;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ format: 'date', type: String, nullable: true }) endedOn!: string | null;
  @Field(() => [InspectionTeamMember]) @ApiProperty({ type: [InspectionTeamMember] }) team!: InspectionTeamMember[];
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) findings!: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) conclusion!: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) recommendations!: string | null;
  @Field(() => [InspectionViolation]) @ApiProperty({ type: [InspectionViolation] }) violations!: InspectionViolation[];
  @Field(() => [InspectionFollowUp]) @ApiProperty({ type: [InspectionFollowUp] }) followUps!: InspectionFollowUp[];
  @Field() @ApiProperty() updatedAt!: Date;
}

export interface RecordRow extends Omit<InspectionRecord, 'violations' | 'followUps'> {
  organisationPath: string;
  inspectingPath: string;
}

@ObjectType()
export class InspectionRecordConnection extends Connection(InspectionRecord) {}

@ObjectType()
export class InspectionFollowUpConnection extends Connection(InspectionFollowUp) {}
