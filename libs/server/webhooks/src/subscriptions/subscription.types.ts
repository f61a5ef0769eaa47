import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Connection } from '@qt/server-core';
import { WebhookEventType } from '../common/webhook-enums';

/** A webhook subscription (đăng ký nhận sự kiện) of a service account: a URL and the events it receives. */
@ObjectType()
export class WebhookSubscription {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => ID, { description: 'The service account (client) that owns the subscription and whose subtree limits the events' })
  @ApiProperty({ format: 'uuid', description: 'The service account (client) that owns the subscription and whose subtree limits the events' })
  serviceAccountId!: string;
  @Field() @ApiProperty({ example: 'https://hooks.example.gov.vn/quan-triet' }) url!: string;
  @Field(() => [WebhookEventType])
  @ApiProperty({ enum: WebhookEventType, enumName: 'WebhookEventType', isArray: true, example: ['session.completed'] })
  eventTypes!: WebhookEventType[];
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) description!: string | null;
  @Field({ description: 'Inactive subscriptions receive nothing' }) @ApiProperty({ description: 'Inactive subscriptions receive nothing' })
  isActive!: boolean;
  @Field(() => Date, { nullable: true }) @ApiPropertyOptional({ type: Date, nullable: true }) secretRotatedAt!: Date | null;
  @Field() @ApiProperty() createdAt!: Date;
  @Field() @ApiProperty() updatedAt!: Date;
}

/** A subscription with its signing secret: returned only when created and when the secret is rotated. */
@ObjectType()
export class WebhookSubscriptionWithSecret extends WebhookSubscription {
  @Field({ description: 'HMAC-SHA256 key of X-QuanTriet-Signature. Shown once: store it now' })
  @ApiProperty({ example: 'whsec_3mV0…', description: 'HMAC-SHA256 key of X-QuanTriet-Signature. Shown once: store it now' })
  signingSecret!: string;
}

@ObjectType()
export class WebhookSubscriptionConnection extends Connection(WebhookSubscription) {}

/** A subscription as loaded for the service (with where its owner sits). Never sent out as is. */
export interface SubscriptionRecord extends WebhookSubscription {
  ownerOrganisationId: string;
  ownerPath: string;
  createdAtKey: string;
}
