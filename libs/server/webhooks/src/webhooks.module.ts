import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@qt/server-core';
import { DeliveriesRepository } from './deliveries/deliveries.repository';
import { SubscriptionsRepository } from './subscriptions/subscriptions.repository';
import { WebhooksController } from './webhooks.controller';
import { WebhooksResolver } from './webhooks.resolver';
import { WebhooksService } from './webhooks.service';

/** Webhook subscriptions of service accounts and their delivery log (API side); replays are queued for the worker. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.webhooks })],
  providers: [SubscriptionsRepository, DeliveriesRepository, WebhooksService, WebhooksResolver],
  controllers: [WebhooksController],
  exports: [WebhooksService],
})
export class WebhooksModule {}
