import { Injectable, Logger } from '@nestjs/common';
import { DeliveriesRepository } from '../deliveries/deliveries.repository';

/** How long the delivery log keeps finished deliveries (DELIVERED, FAILED) and their attempts. */
export const WEBHOOK_LOG_RETENTION_DAYS = 90;
const BATCH = 5000;

/** Daily purge of the delivery log (the events themselves stay in domain_events). Pending deliveries are never purged. */
@Injectable()
export class DeliveryRetentionService {
  private readonly logger = new Logger(DeliveryRetentionService.name);

  constructor(private readonly repo: DeliveriesRepository) {}

  async purge(now = new Date()): Promise<{ purged: number }> {
    const before = new Date(now.getTime() - WEBHOOK_LOG_RETENTION_DAYS * 86_400_000);
    let purged = 0;
    for (;;) {
      const n = await this.repo.purge(before, BATCH);
      purged += n;
      if (n < BATCH) break;
    }
    if (purged) this.logger.log(`Purged ${purged} webhook deliveries older than ${WEBHOOK_LOG_RETENTION_DAYS} days`);
    return { purged };
  }
}
