import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, JOBS, QUEUES } from '@qt/server-core';
import { Job, Queue } from 'bullmq';
import { DeliverWebhookJob } from '../common/delivery-jobs';
import { DeliveryRetentionService } from './delivery-retention.service';
import { WebhookDeliveryService } from './delivery.service';
import { MissedDeadlinesService } from './missed-deadlines.service';
import { WebhookRelayService } from './relay.service';

/** Job scheduler ids (idempotent across workers). */
export const WEBHOOK_SCHEDULES = {
  relay: 'webhooks-relay',
  missedDeadlines: 'webhooks-missed-deadlines',
  purge: 'webhooks-purge-deliveries',
} as const;

/** Jobs of QUEUES.webhooks: the relay (every WEBHOOK_RELAY_EVERY_MS), deliveries (retried), the daily missed-deadline scan and log purge. */
@Processor(QUEUES.webhooks)
export class WebhooksProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly relay: WebhookRelayService,
    private readonly delivery: WebhookDeliveryService,
    private readonly missed: MissedDeadlinesService,
    private readonly retention: DeliveryRetentionService,
    private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.WORKER_CONCURRENCY;
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case JOBS.relayDomainEvents:
        return this.relay.relay();
      case JOBS.deliverWebhook:
        return this.delivery.attempt(job as Job<DeliverWebhookJob>);
      case JOBS.scanMissedDeadlines:
        return this.missed.scan();
      case JOBS.purgeWebhookDeliveries:
        return this.retention.purge();
      default:
        throw new Error(`No handler for job ${job.name} on queue ${QUEUES.webhooks}`);
    }
  }
}

/** Registers the relay (every few seconds), the missed-deadline scan (daily 00:20) and the log purge (daily 03:45, Asia/Ho_Chi_Minh). */
@Injectable()
export class WebhooksScheduleRegistrar implements OnApplicationBootstrap {
  private readonly logger = new Logger(WebhooksScheduleRegistrar.name);

  constructor(
    @InjectQueue(QUEUES.webhooks) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const every = this.config.WEBHOOK_RELAY_EVERY_MS;
    // The relay's own result is worth little once done: keep few finished runs.
    await this.queue.upsertJobScheduler(WEBHOOK_SCHEDULES.relay, { every }, {
      name: JOBS.relayDomainEvents, opts: { attempts: 1, removeOnComplete: { count: 20 }, removeOnFail: { count: 100 } },
    });
    await this.queue.upsertJobScheduler(WEBHOOK_SCHEDULES.missedDeadlines, { pattern: '20 0 * * *', tz: 'Asia/Ho_Chi_Minh' }, {
      name: JOBS.scanMissedDeadlines,
    });
    await this.queue.upsertJobScheduler(WEBHOOK_SCHEDULES.purge, { pattern: '45 3 * * *', tz: 'Asia/Ho_Chi_Minh' }, {
      name: JOBS.purgeWebhookDeliveries,
    });
    this.logger.log(`Registered the webhook relay (every ${every} ms), the daily missed-deadline scan and the delivery log purge`);
  }
}
