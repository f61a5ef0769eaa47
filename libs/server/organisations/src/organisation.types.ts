import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Connection } from '@qt/server-core';
import { CommitteeOffice, OrganisationKind } from '@qt/shared-domain';

registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'BLOC (Đảng bộ Khối), UPPER_GRASSROOTS (đảng bộ cấp trên cơ sở), GRASSROOTS (đảng bộ cơ sở), CELL (chi bộ)',
});
registerEnumType(CommitteeOffice, {
  name: 'CommitteeOffice',
  description: 'SECRETARY (bí thư), DEPUTY_SECRETARY (phó bí thư), STANDING_COMMITTEE (ủy viên BTV), COMMITTEE_MEMBER (cấp ủy viên)',
});

/** A party organisation (tổ chức đảng), a node of the tree. */
@ObjectType()
export class Organisation {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field() @ApiProperty({ example: 'DUK.BCT' }) code!: string;
  @Field() @ApiProperty({ example: 'Đảng bộ Bộ Công Thương' }) name!: string;
  @Field(() => OrganisationKind) @ApiProperty({ enum: OrganisationKind, enumName: 'OrganisationKind' }) kind!: OrganisationKind;
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) parentId!: string | null;
  @Field(() => Int, { description: '0 for the root' }) @ApiProperty() depth!: number;
  @Field(() => String, { nullable: true, description: 'Agency or unit it sits in (cơ quan, đơn vị)' })
  @ApiPropertyOptional({ nullable: true, type: String }) agency!: string | null;
  @Field(() => String, { nullable: true, description: 'Term start (nhiệm kỳ), yyyy-MM-dd' })
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) termStart!: string | null;
  @Field(() => String, { nullable: true, description: 'Term end, yyyy-MM-dd' })
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) termEnd!: string | null;
  @Field({ description: 'Active since, yyyy-MM-dd' }) @ApiProperty({ format: 'date' }) activeFrom!: string;
  @Field(() => String, { nullable: true, description: 'Dissolved on (giải thể), yyyy-MM-dd' })
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) dissolvedOn!: string | null;
  @Field() @ApiProperty() updatedAt!: Date;
  /** Internal: materialised path, used for scope checks; not exposed. */
  path!: string;
}

@ObjectType()
export class OrganisationConnection extends Connection(Organisation) {}

/** A committee office (chức vụ trong cấp ủy) held by a member for a period. */
@ObjectType()
export class CommitteeOfficeHolding {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) memberId!: string;
  @Field() @ApiProperty() memberName!: string;
  @Field(() => CommitteeOffice) @ApiProperty({ enum: CommitteeOffice, enumName: 'CommitteeOffice' }) office!: CommitteeOffice;
  @Field() @ApiProperty({ format: 'date' }) startDate!: string;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ format: 'date', nullable: true, type: String }) endDate!: string | null;
}

@ObjectType()
export class OrganisationImportRow {
  @Field(() => Int, { description: '1-based data row number (header excluded)' }) @ApiProperty() row!: number;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ nullable: true, type: String }) code!: string | null;
  @Field({ description: 'created, unchanged, error, or valid (a good row of a rejected file: not written)' })
  @ApiProperty({ enum: ['created', 'unchanged', 'valid', 'error'] }) outcome!: string;
  @Field(() => [String]) @ApiProperty({ type: [String] }) errors!: string[];
}

@ObjectType()
export class OrganisationImportResult {
  @Field(() => Int) @ApiProperty() created!: number;
  @Field(() => Int) @ApiProperty() unchanged!: number;
  @Field(() => Int) @ApiProperty() failed!: number;
  @Field({ description: 'True when nothing was written because some rows failed' }) @ApiProperty() rejected!: boolean;
  @Field(() => [OrganisationImportRow]) @ApiProperty({ type: [OrganisationImportRow] }) rows!: OrganisationImportRow[];
}
