import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageArgs } from '@qt/server-core';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { WebhookDeliveryStatus, WebhookEventType } from '../common/webhook-enums';

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() subscriptionId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this service account (administrators)' })
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this service account (administrators)' })
  @IsOptional() @IsUUID() serviceAccountId?: string;

  @Field(() => WebhookDeliveryStatus, { nullable: true })
  @ApiPropertyOptional({ enum: WebhookDeliveryStatus, enumName: 'WebhookDeliveryStatus' })
  @IsOptional() @IsEnum(WebhookDeliveryStatus) status?: WebhookDeliveryStatus;

  @Field(() => WebhookEventType, { nullable: true })
  @ApiPropertyOptional({ enum: WebhookEventType, enumName: 'WebhookEventType' })
  @IsOptional() @IsEnum(WebhookEventType) eventType?: WebhookEventType;
}
