import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';
import { Connection } from '@qt/server-core';

/** A six-monthly check of a cell by an upper committee (kiểm tra chi bộ định kỳ 6 tháng, seed 002 §2.6). */
@ObjectType()
export class CellCheck {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => ID, { description: 'The cell checked' }) @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @Field(() => ID, { description: 'The upper committee that checked (an ancestor of the cell)' })
  @ApiProperty({ format: 'uuid' })
  checkingOrganisationId!: string;
  @Field(() => Int) @ApiProperty() year!: number;
  @Field(() => Int, { description: '1 (January-June) or 2 (July-December)' }) @ApiProperty({ enum: [1, 2] }) half!: number;
  @Field() @ApiProperty({ format: 'date' }) checkedOn!: string;
  @Field() @ApiProperty() findings!: string;
  @Field() @ApiProperty() conclusion!: string;
  @Field() @ApiProperty() createdAt!: Date;
}

@ObjectType()
export class CellCheckConnection extends Connection(CellCheck) {}

/** A cell without a check for a half-year. */
@ObjectType()
export class UncheckedCell {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @Field() @ApiProperty() code!: string;
  @Field() @ApiProperty() name!: string;
  @Field(() => ID, { nullable: true }) @ApiProperty({ format: 'uuid', nullable: true, type: String }) parentId!: string | null;
}

@ObjectType()
export class UncheckedCellConnection extends Connection(UncheckedCell) {}
