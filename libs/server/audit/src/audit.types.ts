import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Connection } from '@qt/server-core';
import GraphQLJSON from './json.scalar';

/** One append-only audit record (nhật ký kiểm toán). */
@ObjectType()
export class AuditRecord {
  @Field(() => ID) @ApiProperty() id!: string;
  @Field(() => GraphQLISODateTime) @ApiProperty() occurredAt!: Date;
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ nullable: true }) actorUserId!: string | null;
  @Field() @ApiProperty() actorLabel!: string;
  @Field() @ApiProperty({ example: 'organisation.move' }) action!: string;
  @Field() @ApiProperty({ example: 'organisation' }) entityType!: string;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ nullable: true }) entityId!: string | null;
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ nullable: true }) organisationId!: string | null;
  @Field(() => GraphQLJSON, { nullable: true }) @ApiPropertyOptional({ type: 'object', nullable: true, additionalProperties: true }) before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) @ApiPropertyOptional({ type: 'object', nullable: true, additionalProperties: true }) after!: unknown;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ nullable: true }) requestId!: string | null;
}

@ObjectType()
export class AuditRecordConnection extends Connection(AuditRecord) {}
