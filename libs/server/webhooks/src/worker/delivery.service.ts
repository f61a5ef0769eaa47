import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@qt/server-core';
import { Job } from 'bullmq';
import { DeliverWebhookJob, retryDelayMs } from '../common/delivery-jobs';
import { signPayload, WEBHOOK_HEADERS } from '../common/signature';
import { WebhookDeliveryStatus } from '../common/webhook-enums';
import { DeliveriesRepository } from '../deliveries/deliveries.repository';

/** Thrown to make BullMQ retry a delivery (the attempt is already in the log). */
export class DeliveryAttemptFailed extends Error {}

const errorText = (err: unknown): string => {
  const e = err as Error & { cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError') return 'Timed out waiting for the receiver';
  const cause = e?.cause?.code ?? e?.cause?.message;
  return (cause ? `${e.message}: ${cause}` : String(e?.message ?? err)).slice(0, 1000);
};

/**
 * One attempt of one delivery: POST the event as JSON, signed, with a timeout; 2xx = delivered. Redirects are
 * not followed (a 3xx fails the attempt). Every attempt is logged with its status code, duration and error.
 */
@Injectable()
export class WebhookDeliveryService {
  private readonly logger = new Logger(WebhookDeliveryService.name);

  constructor(
    private readonly repo: DeliveriesRepository,
    private readonly config: AppConfig,
  ) {}

  async attempt(job: Job<DeliverWebhookJob>): Promise<{ status: string; attempt?: number }> {
    const work = await this.repo.work(job.data.deliveryId);
    if (!work) return { status: 'missing' };
    if (work.status !== WebhookDeliveryStatus.PENDING) return { status: `already ${work.status}` };
    if (!work.live) {
      await this.repo.abandon(work.id, 'The subscription was deactivated or deleted, or its service account revoked');
      return { status: 'abandoned' };
    }

    const body = JSON.stringify({
      id: work.eventId,
      type: work.eventType,
      occurredAt: new Date(work.occurredAt).toISOString(),
      organisationId: work.organisationId,
      data: work.data,
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const startedAt = new Date();
    const t0 = performance.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const res = await fetch(work.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.WEBHOOK_TIMEOUT_MS),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'QuanTriet-Webhooks/1',
          [WEBHOOK_HEADERS.event]: work.eventType,
          [WEBHOOK_HEADERS.delivery]: work.id,
          [WEBHOOK_HEADERS.timestamp]: String(timestamp),
          [WEBHOOK_HEADERS.signature]: signPayload(work.secret, timestamp, body),
        },
        body,
      });
      statusCode = res.status;
      await res.body?.cancel().catch(() => undefined);
      if (statusCode < 200 || statusCode > 299) error = `The receiver answered ${statusCode}`;
    } catch (err) {
      error = errorText(err);
    }
    const durationMs = Math.round(performance.now() - t0);
    const succeeded = error === null;
    const made = job.attemptsMade + 1;
    const last = made >= (job.opts.attempts ?? 1);
    const nextRetryAt = succeeded || last ? null : new Date(Date.now() + retryDelayMs(this.config, made));
    const attempt = await this.repo.recordAttempt(work.id, {
      isReplay: job.data.replay > 0, startedAt, durationMs, statusCode, succeeded, error, nextRetryAt,
    });
    if (!succeeded) {
      this.logger.warn(`Delivery ${work.id} attempt ${attempt} failed: ${error}${nextRetryAt ? '' : ' (no retry left)'}`);
      throw new DeliveryAttemptFailed(error ?? 'failed');
    }
    return { status: WebhookDeliveryStatus.DELIVERED, attempt };
  }
}
