import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Connection } from '@qt/server-core';
import { WebhookDeliveryStatus, WebhookEventType } from '../common/webhook-enums';

/** One HTTP attempt of a delivery (lần gửi). */
@ObjectType()
export class WebhookDeliveryAttempt {
  @Field(() => Int, { description: '1, 2, 3… across retries and replays' }) @ApiProperty({ example: 1, description: '1, 2, 3… across retries and replays' })
  attempt!: number;
  @Field({ description: 'Started by a replay rather than the first round' }) @ApiProperty({ description: 'Started by a replay rather than the first round' })
  isReplay!: boolean;
  @Field() @ApiProperty() startedAt!: Date;
  @Field(() => Int) @ApiProperty({ example: 42 }) durationMs!: number;
  @Field(() => Int, { nullable: true, description: 'HTTP status of the answer; null when none came (timeout, refused connection)' })
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'HTTP status of the answer; null when none came (timeout, refused connection)' })
  statusCode!: number | null;
  @Field({ description: 'The receiver answered 2xx' }) @ApiProperty({ description: 'The receiver answered 2xx' }) succeeded!: boolean;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) error!: string | null;
  @Field(() => Date, { nullable: true, description: 'When the next retry runs, if one follows' })
  @ApiPropertyOptional({ type: Date, nullable: true, description: 'When the next retry runs, if one follows' })
  nextRetryAt!: Date | null;
}

/** One event sent to one subscription (lượt chuyển sự kiện), with its attempts. */
@ObjectType()
export class WebhookDelivery {
  @Field(() => ID, { description: 'Also the X-QuanTriet-Delivery header: the same on every retry and replay' })
  @ApiProperty({ format: 'uuid', description: 'Also the X-QuanTriet-Delivery header: the same on every retry and replay' })
  id!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) subscriptionId!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) serviceAccountId!: string;
  @Field(() => ID, { description: 'The event (the `id` of the body)' }) @ApiProperty({ example: '1042', description: 'The event (the `id` of the body)' })
  eventId!: string;
  @Field(() => WebhookEventType) @ApiProperty({ enum: WebhookEventType, enumName: 'WebhookEventType' }) eventType!: WebhookEventType;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @Field() @ApiProperty() occurredAt!: Date;
  @Field(() => WebhookDeliveryStatus) @ApiProperty({ enum: WebhookDeliveryStatus, enumName: 'WebhookDeliveryStatus' })
  status!: WebhookDeliveryStatus;
  @Field(() => Int) @ApiProperty() attemptCount!: number;
  @Field(() => Int, { nullable: true }) @ApiPropertyOptional({ type: Number, nullable: true }) lastStatusCode!: number | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) lastError!: string | null;
  @Field(() => Date, { nullable: true }) @ApiPropertyOptional({ type: Date, nullable: true }) lastAttemptAt!: Date | null;
  @Field(() => Date, { nullable: true }) @ApiPropertyOptional({ type: Date, nullable: true }) nextRetryAt!: Date | null;
  @Field(() => Date, { nullable: true }) @ApiPropertyOptional({ type: Date, nullable: true }) deliveredAt!: Date | null;
  @Field() @ApiProperty() createdAt!: Date;
  @Field(() => [WebhookDeliveryAttempt], { description: 'Attempts, oldest first' }) @ApiProperty({ type: [WebhookDeliveryAttempt] })
  attempts!: WebhookDeliveryAttempt[];
}

@ObjectType()
export class WebhookDeliveryConnection extends Connection(WebhookDelivery) {}

/** A delivery as loaded for the service. Never sent out as is. */
export interface DeliveryRecord extends Omit<WebhookDelivery, 'attempts'> {
  ownerPath: string;
  createdAtKey: string;
}
