import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CLIENT_SCOPES, Connection } from '@qt/server-core';

/**
 * A service account (tài khoản tích hợp) of another ministry system: an OAuth2 client limited to an
 * organisation subtree and a list of scopes. The secret is never part of it (shown once, stored hashed).
 */
@ObjectType()
export class ServiceAccount {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field() @ApiProperty({ example: 'CSDL đảng viên 3.0' }) name!: string;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) description!: string | null;
  @Field(() => ID, { description: 'The client reaches this organisation and its subtree' })
  @ApiProperty({ format: 'uuid', description: 'The client reaches this organisation and its subtree' })
  organisationId!: string;
  @Field() @ApiProperty({ example: 'Đảng bộ Bộ Tư pháp' }) organisationName!: string;
  @Field({ description: 'OAuth2 client_id' }) @ApiProperty({ example: 'qtc_3f9a0c1d2e4b5a6978c0d1e2', description: 'OAuth2 client_id' })
  clientId!: string;
  @Field(() => [String], { description: `Granted scopes, of: ${CLIENT_SCOPES.join(', ')}` })
  @ApiProperty({ type: [String], enum: CLIENT_SCOPES, example: ['members:read', 'members:write'] })
  scopes!: string[];
  @Field(() => Int, { nullable: true, description: 'Requests per minute; null: the deployment default (RATE_LIMIT_CLIENT_PER_MINUTE)' })
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Requests per minute; null: the deployment default' })
  rateLimitPerMinute!: number | null;
  @Field(() => GraphQLISODateTime) @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid', type: String, nullable: true }) createdBy!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @ApiPropertyOptional({ format: 'date-time', type: String, nullable: true })
  secretRotatedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Until when the previous secret still works after a rotation with overlap' })
  @ApiPropertyOptional({ format: 'date-time', type: String, nullable: true })
  previousSecretExpiresAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the client last obtained a token' })
  @ApiPropertyOptional({ format: 'date-time', type: String, nullable: true })
  lastTokenAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @ApiPropertyOptional({ format: 'date-time', type: String, nullable: true })
  revokedAt!: Date | null;
}

@ObjectType()
export class ServiceAccountConnection extends Connection(ServiceAccount) {}

/** Answer of creation and rotation: the only time the secret is ever shown. */
@ObjectType()
export class ServiceAccountCredentials {
  @Field(() => ServiceAccount) @ApiProperty({ type: () => ServiceAccount }) account!: ServiceAccount;
  @Field({ description: 'OAuth2 client_secret: shown once, store it now; only a hash is kept' })
  @ApiProperty({ description: 'OAuth2 client_secret: shown once, store it now; only a hash is kept', example: 'qts_…' })
  clientSecret!: string;
}
