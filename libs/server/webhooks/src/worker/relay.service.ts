import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, QUEUES } from '@qt/server-core';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { DeliverWebhookJob, queueDeliveries } from '../common/delivery-jobs';
import { DeliveriesRepository } from '../deliveries/deliveries.repository';

const BATCH = 500;
const MAX_ROUNDS = 20;

/**
 * The relay (worker side): turns undispatched domain events into deliveries (fanOut, SKIP LOCKED, unique per
 * event and subscription) and hands every delivery not yet queued to QUEUES.webhooks. Safe on several
 * workers at once; a crash between the two steps leaves deliveries unqueued, and the next run queues them.
 */
@Injectable()
export class WebhookRelayService {
  private readonly logger = new Logger(WebhookRelayService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: DeliveriesRepository,
    private readonly config: AppConfig,
    @InjectQueue(QUEUES.webhooks) private readonly queue: Queue<DeliverWebhookJob>,
  ) {}

  async relay(): Promise<{ events: number; queued: number }> {
    let events = 0;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const n = await this.dataSource.transaction((manager) => this.repo.fanOut(manager, BATCH));
      events += n;
      if (n < BATCH) break;
    }
    let queued = 0;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const n = await this.dataSource.transaction(async (manager) => {
        const rows = await this.repo.unqueued(manager, BATCH);
        await queueDeliveries(this.queue, this.config, rows);
        await this.repo.markEnqueued(manager, rows.map((r) => r.id));
        return rows.length;
      });
      queued += n;
      if (n < BATCH) break;
    }
    if (events || queued) this.logger.log(`Relayed ${events} event(s), queued ${queued} delivery round(s)`);
    return { events, queued };
  }
}
