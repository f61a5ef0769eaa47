import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Connection } from '@qt/server-core';

/** Level of a speaker roster; it must equal the kind of the roster's organisation (cells have no roster). */
export enum SpeakerLevel {
  BLOC = 'BLOC',
  UPPER_GRASSROOTS = 'UPPER_GRASSROOTS',
  GRASSROOTS = 'GRASSROOTS',
}
registerEnumType(SpeakerLevel, {
  name: 'SpeakerLevel',
  description: 'Roster level: BLOC (cấp Đảng ủy Khối), UPPER_GRASSROOTS (cấp trên cơ sở), GRASSROOTS (cấp cơ sở)',
});

/** A speaker (báo cáo viên) on the roster of a committee: a party member or an external person. */
@ObjectType()
export class Speaker {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => SpeakerLevel) @ApiProperty({ enum: SpeakerLevel, enumName: 'SpeakerLevel' }) level!: SpeakerLevel;
  @Field(() => ID, { description: 'Committee whose roster this is' })
  @ApiProperty({ format: 'uuid', description: 'Committee whose roster this is' })
  organisationId!: string;
  @Field() @ApiProperty({ example: 'DUK.BCT' }) organisationCode!: string;
  @Field() @ApiProperty({ example: 'Đảng bộ Bộ Công Thương' }) organisationName!: string;
  @Field({ description: "The member's full name or the external person's name" })
  @ApiProperty({ example: 'Nguyễn Văn An', description: "The member's full name or the external person's name" })
  name!: string;
  @Field(() => ID, { nullable: true, description: 'The party member, when the speaker is one' })
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  memberId!: string | null;
  @Field({ description: 'True for an external person (chuyên gia, người ngoài Đảng bộ)' }) @ApiProperty() isExternal!: boolean;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ nullable: true, type: String, example: 'Học viện Chính trị quốc gia Hồ Chí Minh' })
  externalWorkplace!: string | null;
  @Field(() => String, { nullable: true, description: 'Title or position (chức danh)' })
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Phó Trưởng Ban Tuyên giáo' })
  title!: string | null;
  @Field(() => [String], { description: 'Fields of expertise (lĩnh vực chuyên sâu)' })
  @ApiProperty({ type: [String], example: ['Xây dựng Đảng', 'Kinh tế'] })
  expertise!: string[];
  @Field({ description: 'Appointed on (ngày công nhận), yyyy-MM-dd' }) @ApiProperty({ format: 'date' }) appointedOn!: string;
  @Field(() => String, { nullable: true, description: 'First day no longer on the roster (exclusive), yyyy-MM-dd; null while serving' })
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'First day no longer on the roster (exclusive)' })
  endedOn!: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ nullable: true, type: String }) notes!: string | null;
  @Field() @ApiProperty() updatedAt!: Date;
}

/** A speaker as the service loads it: with the roster organisation's path for scope checks. Never sent out. */
export type SpeakerRecord = Speaker & { organisationPath: string };

@ObjectType()
export class SpeakerConnection extends Connection(Speaker) {}

/** Training attended (tập huấn, bồi dưỡng nghiệp vụ báo cáo viên). */
@ObjectType()
export class SpeakerTraining {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) speakerId!: string;
  @Field() @ApiProperty({ example: 'Tập huấn báo cáo viên cấp Đảng ủy Khối năm 2026' }) title!: string;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ nullable: true, type: String, example: 'Ban Tuyên giáo Đảng ủy Khối' })
  organiser!: string | null;
  @Field({ description: 'yyyy-MM-dd' }) @ApiProperty({ format: 'date' }) heldOn!: string;
}

/** A yearly assignment (nhiệm vụ được giao hằng năm). */
@ObjectType()
export class SpeakerAssignment {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) speakerId!: string;
  @Field(() => Int) @ApiProperty({ example: 2026 }) year!: number;
  @Field() @ApiProperty({ example: 'Truyền đạt Nghị quyết Hội nghị Trung ương 7 khóa XII' }) description!: string;
}

/** REST: a speaker with the trainings and yearly assignments (GraphQL resolves them as fields). */
export class SpeakerDetail extends Speaker {
  @ApiProperty({ type: [SpeakerTraining], description: 'Newest first' }) trainings!: SpeakerTraining[];
  @ApiProperty({ type: [SpeakerAssignment], description: 'Newest year first' }) assignments!: SpeakerAssignment[];
}
