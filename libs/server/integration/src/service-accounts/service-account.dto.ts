import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CLIENT_SCOPES, IsOmittable, PageArgs } from '@qt/server-core';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const nfc = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value);
const SCOPES_HELP = `Scopes, of: ${CLIENT_SCOPES.join(', ')}`;
export const MAX_OVERLAP_SECONDS = 86_400;

@InputType()
export class CreateServiceAccountInput {
  @Field(() => ID, { description: 'The organisation whose subtree the client reaches (inside your scope)' })
  @ApiProperty({ format: 'uuid' }) @IsUUID() organisationId!: string;

  @Field() @ApiProperty({ maxLength: 120, example: 'CSDL đảng viên 3.0' })
  @Transform(nfc) @IsString() @Length(1, 120) name!: string;

  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(500) description?: string;

  @Field(() => [String], { description: SCOPES_HELP })
  @ApiProperty({ type: [String], enum: CLIENT_SCOPES, example: ['members:read', 'members:write'] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(CLIENT_SCOPES.length) @ArrayUnique() @IsIn(CLIENT_SCOPES, { each: true })
  scopes!: string[];

  @Field(() => Int, { nullable: true, description: 'Requests per minute (default: RATE_LIMIT_CLIENT_PER_MINUTE)' })
  @ApiPropertyOptional({ minimum: 1, maximum: 1_000_000 })
  @IsOptional() @IsInt() @Min(1) @Max(1_000_000) rateLimitPerMinute?: number;
}

@InputType()
export class UpdateServiceAccountInput {
  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: 120 })
  @IsOmittable() @Transform(nfc) @IsString() @Length(1, 120) name?: string;

  @Field(() => String, { nullable: true, description: 'null clears it' }) @ApiPropertyOptional({ maxLength: 500, nullable: true, type: String })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(500) description?: string | null;

  @Field(() => [String], { nullable: true, description: `${SCOPES_HELP}; tokens already issued lose removed scopes at once` })
  @ApiPropertyOptional({ type: [String], enum: CLIENT_SCOPES })
  @IsOmittable() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(CLIENT_SCOPES.length) @ArrayUnique() @IsIn(CLIENT_SCOPES, { each: true })
  scopes?: string[];

  @Field(() => Int, { nullable: true, description: 'Requests per minute; null: back to the deployment default' })
  @ApiPropertyOptional({ minimum: 1, maximum: 1_000_000, nullable: true, type: Number })
  @IsOptional() @IsInt() @Min(1) @Max(1_000_000) rateLimitPerMinute?: number | null;
}

@InputType()
export class RotateServiceAccountSecretInput {
  @Field(() => Int, { nullable: true, description: `Seconds the old secret keeps working (0-${MAX_OVERLAP_SECONDS}, default 0: stops at once)` })
  @ApiPropertyOptional({ minimum: 0, maximum: MAX_OVERLAP_SECONDS, default: 0 })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_OVERLAP_SECONDS) overlapSeconds?: number;
}

@ArgsType()
export class ServiceAccountsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only accounts of this organisation’s subtree' })
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() within?: string;

  @Field({ nullable: true, description: 'Include revoked accounts (default false)' })
  @ApiPropertyOptional({ default: false })
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean()
  includeRevoked?: boolean;
}
