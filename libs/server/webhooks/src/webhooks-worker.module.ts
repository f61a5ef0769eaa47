import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@qt/server-core';
import { DeliveriesRepository } from './deliveries/deliveries.repository';
import { DeliveryRetentionService } from './worker/delivery-retention.service';
import { WebhookDeliveryService } from './worker/delivery.service';
import { MissedDeadlinesRepository } from './worker/missed-deadlines.repository';
import { MissedDeadlinesService } from './worker/missed-deadlines.service';
import { WebhookRelayService } from './worker/relay.service';
import { WebhooksProcessor, WebhooksScheduleRegistrar } from './worker/webhooks.processor';

/** Webhooks (worker side): the relay of domain events, signed deliveries with retries, the missed-deadline scan, the log purge. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.webhooks })],
  providers: [
    DeliveriesRepository,
    WebhookRelayService,
    WebhookDeliveryService,
    DeliveryRetentionService,
    MissedDeadlinesRepository,
    MissedDeadlinesService,
    WebhooksProcessor,
    WebhooksScheduleRegistrar,
  ],
  exports: [WebhookRelayService, MissedDeadlinesService, DeliveryRetentionService],
})
export class WebhooksWorkerModule {}
