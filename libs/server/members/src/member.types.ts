import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Connection } from '@qt/server-core';
import { Gender, PartyStanding } from '@qt/shared-domain';

registerEnumType(Gender, { name: 'Gender', description: 'MALE (nam), FEMALE (nữ)' });
registerEnumType(PartyStanding, {
  name: 'PartyStanding',
  description: 'OFFICIAL (đảng viên chính thức), PROBATIONARY (đảng viên dự bị)',
});

/** A party member (đảng viên), domain.md §2. Only the data the rules use. */
@ObjectType()
export class Member {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field({ description: 'Party card number (số thẻ đảng viên), unique' })
  @ApiProperty({ example: '01.012345', description: 'Party card number (số thẻ đảng viên), unique' })
  cardNumber!: string;
  @Field() @ApiProperty({ example: 'Nguyễn Văn An' }) fullName!: string;
  @Field({ description: 'yyyy-MM-dd' }) @ApiProperty({ format: 'date', example: '1980-05-17' }) birthDate!: string;
  @Field(() => Gender) @ApiProperty({ enum: Gender, enumName: 'Gender' }) gender!: Gender;
  @Field(() => PartyStanding) @ApiProperty({ enum: PartyStanding, enumName: 'PartyStanding' }) standing!: PartyStanding;
  @Field(() => String, { nullable: true, description: 'Position at work (chức vụ)' })
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Vụ trưởng' })
  position!: string | null;
  @Field(() => ID, { description: 'Organisation where the member takes part in party life today' })
  @ApiProperty({ format: 'uuid', description: 'Organisation where the member takes part in party life today' })
  organisationId!: string;
  @Field({ description: 'Head of an agency or unit (người đứng đầu)' }) @ApiProperty() isHeadOfUnit!: boolean;
  @Field({ description: 'Key leader or manager (cán bộ lãnh đạo, quản lý chủ chốt)' }) @ApiProperty() isKeyLeader!: boolean;
  @Field({ description: "Under the management of the bloc's standing committee (thuộc diện BTV quản lý)" })
  @ApiProperty()
  isUnderBlocStandingCommittee!: boolean;
  @Field({ description: 'Retired from work (đã nghỉ công tác)' }) @ApiProperty() isRetired!: boolean;
  @Field({ description: 'Not fit for work (không đủ sức khỏe)' }) @ApiProperty() isUnfitForWork!: boolean;
  @Field({ description: 'Exempt from party activities (miễn sinh hoạt đảng)' }) @ApiProperty() isExemptFromActivities!: boolean;
  @Field() @ApiProperty() updatedAt!: Date;
}

/** A member as loaded for the service: with the path of the current organisation, for scope checks. Never sent out. */
export type MemberRecord = Member & { organisationPath: string };

@ObjectType()
export class MemberConnection extends Connection(Member) {}

/** One period of party life in one organisation (sinh hoạt đảng), [validFrom, validTo). */
@ObjectType()
export class Membership {
  @Field(() => ID) @ApiProperty({ type: String }) id!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) memberId!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @Field({ description: 'First day, yyyy-MM-dd' }) @ApiProperty({ format: 'date' }) validFrom!: string;
  @Field(() => String, { nullable: true, description: 'First day no longer there (exclusive), yyyy-MM-dd; null while current' })
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  validTo!: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ nullable: true, type: String }) reason!: string | null;
}

export enum BulkOutcome {
  created = 'created',
  updated = 'updated',
  unchanged = 'unchanged',
  error = 'error',
}
registerEnumType(BulkOutcome, { name: 'BulkMemberOutcome' });

@ObjectType()
export class BulkMemberRowResult {
  @Field(() => Int, { description: '1-based position in the rows (CSV: data row, header excluded)' })
  @ApiProperty({ description: '1-based position in the rows (CSV: data row, header excluded)' })
  row!: number;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) cardNumber!: string | null;
  @Field(() => BulkOutcome) @ApiProperty({ enum: BulkOutcome, enumName: 'BulkMemberOutcome' }) outcome!: BulkOutcome;
  @Field(() => [String]) @ApiProperty({ type: [String] }) errors!: string[];
}

@ObjectType()
export class BulkMembersResult {
  @Field(() => Int) @ApiProperty() total!: number;
  @Field(() => Int) @ApiProperty() created!: number;
  @Field(() => Int) @ApiProperty() updated!: number;
  @Field(() => Int, { description: 'Updated rows whose organisation changed: transfers (chuyển sinh hoạt)' })
  @ApiProperty({ description: 'Updated rows whose organisation changed: transfers (chuyển sinh hoạt)' })
  transferred!: number;
  @Field(() => Int) @ApiProperty() unchanged!: number;
  @Field(() => Int, { description: 'Rows refused and not written' }) @ApiProperty({ description: 'Rows refused and not written' })
  failed!: number;
  @Field(() => [BulkMemberRowResult]) @ApiProperty({ type: [BulkMemberRowResult] }) rows!: BulkMemberRowResult[];
}
