import { AppConfig, JOBS } from '@qt/server-core';
import { JobsOptions, Queue } from 'bullmq';

/** Payload of JOBS.deliverWebhook. */
export interface DeliverWebhookJob {
  deliveryId: string;
  /** 0 for the first round, n for the n-th replay. */
  replay: number;
}

/** BullMQ job id of one round of one delivery (no ':' allowed): the relay and a replay never queue a round twice. */
export const deliveryJobId = (deliveryId: string, replay: number) => (replay ? `delivery-${deliveryId}-replay-${replay}` : `delivery-${deliveryId}`);

/** Retries with exponential backoff: the n-th retry waits WEBHOOK_BACKOFF_MS × 2^(n-1). */
export function deliveryJobOptions(config: AppConfig, deliveryId: string, replay: number): JobsOptions {
  return {
    jobId: deliveryJobId(deliveryId, replay),
    attempts: config.WEBHOOK_MAX_ATTEMPTS,
    backoff: { type: 'exponential', delay: config.WEBHOOK_BACKOFF_MS },
  };
}

/** When BullMQ runs the retry after the `attemptsMade`-th failed attempt (1-based), as its exponential strategy computes it. */
export function retryDelayMs(config: AppConfig, attemptsMade: number): number {
  return Math.round(2 ** (attemptsMade - 1) * config.WEBHOOK_BACKOFF_MS);
}

/** Queues one round of deliveries. */
export async function queueDeliveries(queue: Queue<DeliverWebhookJob>, config: AppConfig, rows: { id: string; replayCount: number }[]): Promise<void> {
  if (rows.length === 0) return;
  await queue.addBulk(
    rows.map((r) => ({
      name: JOBS.deliverWebhook,
      data: { deliveryId: r.id, replay: r.replayCount },
      opts: deliveryJobOptions(config, r.id, r.replayCount),
    })),
  );
}
