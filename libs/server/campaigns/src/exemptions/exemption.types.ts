import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Connection } from '@qt/server-core';
import { ExemptionReason } from '../common/enums';

/** An exemption (miễn viết thu hoạch / miễn sinh hoạt) of a member for a period, with its basis and approver (seed 004 §6). */
@ObjectType()
export class MemberExemption {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) memberId!: string;
  @Field() @ApiProperty() memberName!: string;
  @Field(() => ID, { description: "The member's current organisation" }) @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @Field(() => ExemptionReason) @ApiProperty({ enum: ExemptionReason, enumName: 'ExemptionReason' }) reason!: ExemptionReason;
  @Field({ description: 'Basis (căn cứ): decision, medical certificate…' }) @ApiProperty() basis!: string;
  @Field({ description: 'First day, yyyy-MM-dd' }) @ApiProperty({ format: 'date' }) validFrom!: string;
  @Field(() => String, { nullable: true, description: 'Last day (inclusive), yyyy-MM-dd; null while open' })
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) validTo!: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) approvedBy!: string | null;
  @Field() @ApiProperty() approvedAt!: Date;
}

@ObjectType()
export class MemberExemptionConnection extends Connection(MemberExemption) {}

export type ExemptionRecord = MemberExemption & { organisationPath: string };
