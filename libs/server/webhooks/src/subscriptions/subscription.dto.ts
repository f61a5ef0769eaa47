import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageArgs } from '@qt/server-core';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { WebhookEventType } from '../common/webhook-enums';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().normalize('NFC') : value);
const EVENTS = Object.values(WebhookEventType).length;

@InputType()
export class CreateWebhookSubscriptionInput {
  @Field({ description: 'https URL (http only for localhost, or when WEBHOOK_ALLOW_HTTP is on)' })
  @ApiProperty({ maxLength: 2000, example: 'https://hooks.example.gov.vn/quan-triet', description: 'https URL (http only for localhost, or when WEBHOOK_ALLOW_HTTP is on)' })
  @Transform(trim) @IsString() @Length(1, 2000) url!: string;

  @Field(() => [WebhookEventType])
  @ApiProperty({ enum: WebhookEventType, enumName: 'WebhookEventType', isArray: true, example: ['session.completed', 'report.submitted'] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(EVENTS) @ArrayUnique() @IsEnum(WebhookEventType, { each: true })
  eventTypes!: WebhookEventType[];

  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(500) description?: string;

  @Field(() => ID, { nullable: true, description: 'The service account to subscribe: required for administrators, ignored for a client (itself)' })
  @ApiPropertyOptional({ format: 'uuid', description: 'The service account to subscribe: required for administrators, ignored for a client (itself)' })
  @IsOptional() @IsUUID() serviceAccountId?: string;
}

@InputType()
export class UpdateWebhookSubscriptionInput {
  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional() @Transform(trim) @IsString() @Length(1, 2000) url?: string;

  @Field(() => [WebhookEventType], { nullable: true })
  @ApiPropertyOptional({ enum: WebhookEventType, enumName: 'WebhookEventType', isArray: true })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(EVENTS) @ArrayUnique() @IsEnum(WebhookEventType, { each: true })
  eventTypes?: WebhookEventType[];

  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, maxLength: 500, nullable: true })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(500) description?: string | null;

  @Field({ nullable: true }) @ApiPropertyOptional() @IsOptional() @IsBoolean() isActive?: boolean;
}

@ArgsType()
export class WebhookSubscriptionsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this service account (administrators)' })
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this service account (administrators)' })
  @IsOptional() @IsUUID() serviceAccountId?: string;
}
