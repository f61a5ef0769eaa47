import { Injectable } from '@nestjs/common';
import { AccessScope, sql } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { ownerPredicate } from '../common/owner';
import { WebhookDeliveryStatus, WebhookEventType } from '../common/webhook-enums';
import { DeliveryRecord, WebhookDeliveryAttempt } from './delivery.types';

const COLUMNS = `d.id, d.subscription_id AS "subscriptionId", d.service_account_id AS "serviceAccountId", d.event_id::text AS "eventId",
  e.type AS "eventType", e.organisation_id AS "organisationId", e.occurred_at AS "occurredAt", d.status, d.attempt_count AS "attemptCount",
  d.last_status_code AS "lastStatusCode", d.last_error AS "lastError", d.last_attempt_at AS "lastAttemptAt",
  d.next_retry_at AS "nextRetryAt", d.delivered_at AS "deliveredAt", d.created_at AS "createdAt",
  so.path AS "ownerPath", d.created_at::text AS "createdAtKey"`;
const FROM = `webhook_deliveries d JOIN domain_events e ON e.id = d.event_id
  JOIN service_accounts sa ON sa.id = d.service_account_id JOIN organisations so ON so.id = sa.organisation_id`;

/** What one attempt needs: the target, the secret, the event. */
export interface DeliveryWork {
  id: string;
  status: WebhookDeliveryStatus;
  url: string;
  secret: string;
  live: boolean;
  eventId: string;
  eventType: WebhookEventType;
  organisationId: string;
  occurredAt: Date;
  data: Record<string, unknown>;
}

export interface AttemptOutcome {
  isReplay: boolean;
  startedAt: Date;
  durationMs: number;
  statusCode: number | null;
  succeeded: boolean;
  error: string | null;
  /** Set when another attempt follows; null when this one was the last of its round. */
  nextRetryAt: Date | null;
}

/** The only place that queries webhook deliveries and their attempts (API and worker). */
@Injectable()
export class DeliveriesRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async find(id: string, manager?: EntityManager, lock = false): Promise<DeliveryRecord | undefined> {
    const [row] = await sql<DeliveryRecord>(this.m(manager), `SELECT ${COLUMNS} FROM ${FROM} WHERE d.id = $1 ${lock ? 'FOR UPDATE OF d' : ''}`, [id]);
    return row;
  }

  /** Newest first, keyset on (created_at, id). */
  async list(f: {
    scope: AccessScope; subscriptionId?: string; serviceAccountId?: string; status?: WebhookDeliveryStatus; eventType?: WebhookEventType;
    after?: [string, string]; limit: number;
  }): Promise<DeliveryRecord[]> {
    const params: unknown[] = [];
    const where = [ownerPredicate(f.scope, params, 'd.service_account_id', 'so.path')];
    if (f.subscriptionId) where.push(`d.subscription_id = $${params.push(f.subscriptionId)}::uuid`);
    if (f.serviceAccountId) where.push(`d.service_account_id = $${params.push(f.serviceAccountId)}::uuid`);
    if (f.status) where.push(`d.status = $${params.push(f.status)}`);
    if (f.eventType) where.push(`e.type = $${params.push(f.eventType)}`);
    if (f.after) where.push(`(d.created_at, d.id) < ($${params.push(f.after[0])}::timestamptz, $${params.push(f.after[1])}::uuid)`);
    return sql<DeliveryRecord>(
      this.m(),
      `SELECT ${COLUMNS} FROM ${FROM} WHERE ${where.join(' AND ')} ORDER BY d.created_at DESC, d.id DESC LIMIT ${f.limit}`,
      params,
    );
  }

  async attemptsOf(deliveryIds: readonly string[]): Promise<(WebhookDeliveryAttempt & { deliveryId: string })[]> {
    if (deliveryIds.length === 0) return [];
    return sql(
      this.m(),
      `SELECT delivery_id AS "deliveryId", attempt, is_replay AS "isReplay", started_at AS "startedAt", duration_ms AS "durationMs",
              status_code AS "statusCode", succeeded, error, next_retry_at AS "nextRetryAt"
         FROM webhook_delivery_attempts WHERE delivery_id = ANY($1::uuid[]) ORDER BY delivery_id, attempt`,
      [deliveryIds],
    );
  }

  /** Starts a new round for a delivery: PENDING again; returns the replay number. */
  async markReplay(manager: EntityManager, id: string): Promise<number> {
    const [row] = await sql<{ replayCount: number }>(
      manager,
      `WITH u AS (UPDATE webhook_deliveries SET status = 'PENDING', replay_count = replay_count + 1, next_retry_at = NULL, enqueued_at = NULL
          WHERE id = $1 RETURNING replay_count) SELECT replay_count AS "replayCount" FROM u`,
      [id],
    );
    return row.replayCount;
  }

  // --- relay (worker) ---------------------------------------------------------------------

  /**
   * Fans out up to `batch` undispatched events to the live subscriptions whose service account (not revoked)
   * has the event's organisation in its subtree, and stamps the events dispatched. Events are taken with
   * FOR UPDATE SKIP LOCKED, so relays running at once on several workers split the work; the unique
   * (event_id, subscription_id) makes a delivery row exist once whatever happens. Returns the events taken.
   */
  async fanOut(manager: EntityManager, batch: number): Promise<number> {
    const [row] = await sql<{ events: number }>(
      manager,
      `WITH ev AS (
         SELECT id, type, organisation_id FROM domain_events
          WHERE dispatched_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED
       ), ins AS (
         INSERT INTO webhook_deliveries (event_id, subscription_id, service_account_id)
         SELECT ev.id, s.id, s.service_account_id
           FROM ev JOIN organisations eo ON eo.id = ev.organisation_id
           JOIN webhook_subscriptions s ON s.is_active AND s.deleted_at IS NULL AND ev.type = ANY(s.event_types)
           JOIN service_accounts sa ON sa.id = s.service_account_id AND sa.revoked_at IS NULL
           JOIN organisations so ON so.id = sa.organisation_id
          WHERE eo.path >= so.path AND eo.path < left(so.path, -1) || '0'
         ON CONFLICT ON CONSTRAINT webhook_deliveries_event_subscription_key DO NOTHING
         RETURNING id
       ), upd AS (
         UPDATE domain_events SET dispatched_at = now() WHERE id IN (SELECT id FROM ev) RETURNING id
       )
       SELECT (SELECT count(*) FROM upd)::int AS events, (SELECT count(*) FROM ins)::int AS deliveries`,
      [batch],
    );
    return row.events;
  }

  /** Deliveries not yet handed to the queue (new, or replayed), oldest first, locked for the caller. */
  async unqueued(manager: EntityManager, limit: number): Promise<{ id: string; replayCount: number }[]> {
    return sql(
      manager,
      `SELECT id, replay_count AS "replayCount" FROM webhook_deliveries
        WHERE enqueued_at IS NULL ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
  }

  async markEnqueued(manager: EntityManager, ids: string[]): Promise<void> {
    await manager.query(`UPDATE webhook_deliveries SET enqueued_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  }

  // --- delivery (worker) --------------------------------------------------------------------

  async work(id: string): Promise<DeliveryWork | undefined> {
    const [row] = await sql<DeliveryWork>(
      this.m(),
      `SELECT d.id, d.status, s.url, s.secret, (s.is_active AND s.deleted_at IS NULL AND sa.revoked_at IS NULL) AS live,
              e.id::text AS "eventId", e.type AS "eventType", e.organisation_id AS "organisationId", e.occurred_at AS "occurredAt", e.data
         FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id
         JOIN service_accounts sa ON sa.id = d.service_account_id JOIN domain_events e ON e.id = d.event_id
        WHERE d.id = $1`,
      [id],
    );
    return row;
  }

  /** Records one attempt and the delivery's new state, in one statement; the attempt number is taken atomically. */
  async recordAttempt(id: string, o: AttemptOutcome): Promise<number> {
    const status = o.succeeded ? 'DELIVERED' : o.nextRetryAt ? 'PENDING' : 'FAILED';
    const [row] = await sql<{ attempt: number }>(
      this.m(),
      `WITH d AS (
         UPDATE webhook_deliveries SET attempt_count = attempt_count + 1, status = $2::varchar, last_status_code = $3::int,
                last_error = $4::varchar, last_attempt_at = $5::timestamptz, next_retry_at = $6::timestamptz,
                delivered_at = CASE WHEN $2::varchar = 'DELIVERED' THEN now() ELSE delivered_at END
          WHERE id = $1 RETURNING id, attempt_count
       ), a AS (
         INSERT INTO webhook_delivery_attempts (delivery_id, attempt, is_replay, started_at, duration_ms, status_code, succeeded, error, next_retry_at)
         SELECT id, attempt_count, $7::boolean, $5::timestamptz, $8::int, $3::int, $9::boolean, $4::varchar, $6::timestamptz FROM d RETURNING attempt
       )
       SELECT attempt FROM a`,
      [id, status, o.statusCode, o.error, o.startedAt, o.nextRetryAt, o.isReplay, o.durationMs, o.succeeded],
    );
    return row?.attempt ?? 0;
  }

  /** Deletes up to `limit` finished deliveries (DELIVERED or FAILED) created before `before`, with their attempts. */
  async purge(before: Date, limit: number): Promise<number> {
    const rows = await sql<{ id: string }>(
      this.m(),
      `WITH old AS (
         SELECT id FROM webhook_deliveries WHERE created_at < $1 AND status <> 'PENDING' ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED
       ), d AS (DELETE FROM webhook_deliveries WHERE id IN (SELECT id FROM old) RETURNING id)
       SELECT id FROM d`,
      [before, limit],
    );
    return rows.length;
  }

  /** A delivery whose subscription went away: FAILED without an attempt. */
  async abandon(id: string, reason: string): Promise<void> {
    await this.m().query(`UPDATE webhook_deliveries SET status = 'FAILED', last_error = $2, next_retry_at = NULL WHERE id = $1 AND status = 'PENDING'`, [id, reason]);
  }
}
