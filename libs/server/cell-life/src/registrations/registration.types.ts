import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Connection } from '@qt/server-core';
import { RatingLevel, RatingSubject } from '../shared/cell-life.enums';

/** A start-of-year registration (đăng ký phấn đấu): a cell's target, or a member's assigned tasks and target. */
@ObjectType()
export class Registration {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => RatingSubject) @ApiProperty({ enum: RatingSubject, enumName: 'RatingSubject' }) subject!: RatingSubject;
  @Field(() => Int) @ApiProperty() year!: number;
  @Field(() => ID, { description: 'The organisation; for a member, their organisation on the registration date' })
  @ApiProperty({ format: 'uuid' })
  organisationId!: string;
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) memberId!: string | null;
  @Field({ description: 'Name of the organisation or the member' }) @ApiProperty() subjectName!: string;
  @Field(() => RatingLevel) @ApiProperty({ enum: RatingLevel, enumName: 'RatingLevel' }) targetRating!: RatingLevel;
  @Field(() => String, { nullable: true, description: 'Tasks assigned to the member (required for members); commitments of a cell' })
  @ApiPropertyOptional({ type: String, nullable: true })
  tasks!: string | null;
  @Field() @ApiProperty({ format: 'date' }) registeredOn!: string;
  @Field(() => String, {
    nullable: true,
    description: "Year-end result of the registered tasks (kết quả thực hiện nhiệm vụ): the member's self-assessment, or recorded by the cell",
  })
  @ApiPropertyOptional({ type: String, nullable: true, description: "Year-end result of the registered tasks (the member's self-assessment, or recorded by the cell)" })
  taskResult!: string | null;
  @Field(() => String, { nullable: true, description: 'When the task result was last written, yyyy-MM-dd' })
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  taskResultOn!: string | null;
  @Field() @ApiProperty() updatedAt!: Date;
}

export type RegistrationRecord = Registration & { organisationPath: string };

@ObjectType()
export class RegistrationConnection extends Connection(Registration) {}
