import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks (webhook): subscriptions of service accounts (tài khoản tích hợp) to domain events, and the
 * delivery log. The relay fans every undispatched `domain_events` row out to the matching subscriptions as
 * one delivery each (unique per event and subscription: never delivered twice by concurrent relays); each
 * attempt to POST a delivery is kept (status code, duration, error, next retry) for the client to read.
 * Runs after 1732501000000-service-accounts (service_accounts).
 */
export class Webhooks1732501100000 implements MigrationInterface {
  name = 'Webhooks1732501100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_subscriptions (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        service_account_id uuid NOT NULL REFERENCES service_accounts(id),
        url                varchar(2000) NOT NULL,
        event_types        text[] NOT NULL CHECK (cardinality(event_types) > 0 AND event_types <@ ARRAY[
                             'report.submitted','report.accepted','session.completed',
                             'campaign.deadline_missed','inspection.plan_published']::text[]),
        description        varchar(500),
        -- The HMAC key must be readable to sign deliveries; it is shown to the client only when created or rotated.
        secret             varchar(200) NOT NULL,
        secret_rotated_at  timestamptz,
        is_active          boolean NOT NULL DEFAULT true,
        deleted_at         timestamptz,
        created_by_user_id uuid REFERENCES users(id),
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX webhook_subscriptions_account_idx ON webhook_subscriptions (service_account_id, created_at)`);
    // One live subscription per URL and client (a retried create cannot double every delivery; change events with PATCH).
    await q.query(`CREATE UNIQUE INDEX webhook_subscriptions_url_key ON webhook_subscriptions (service_account_id, url) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX webhook_subscriptions_live_idx ON webhook_subscriptions USING gin (event_types)
                    WHERE is_active AND deleted_at IS NULL`);

    await q.query(`
      CREATE TABLE webhook_deliveries (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id           bigint NOT NULL REFERENCES domain_events(id),
        subscription_id    uuid NOT NULL REFERENCES webhook_subscriptions(id),
        service_account_id uuid NOT NULL REFERENCES service_accounts(id),
        status             varchar(20) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','DELIVERED','FAILED')),
        attempt_count      integer NOT NULL DEFAULT 0,
        replay_count       integer NOT NULL DEFAULT 0,
        last_status_code   integer,
        last_error         varchar(1000),
        last_attempt_at    timestamptz,
        next_retry_at      timestamptz,
        delivered_at       timestamptz,
        enqueued_at        timestamptz,
        created_at         timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT webhook_deliveries_event_subscription_key UNIQUE (event_id, subscription_id)
      )`);
    await q.query(`CREATE INDEX webhook_deliveries_account_idx ON webhook_deliveries (service_account_id, created_at DESC, id)`);
    await q.query(`CREATE INDEX webhook_deliveries_subscription_idx ON webhook_deliveries (subscription_id, created_at DESC)`);
    await q.query(`CREATE INDEX webhook_deliveries_unqueued_idx ON webhook_deliveries (created_at) WHERE enqueued_at IS NULL`);

    await q.query(`
      CREATE TABLE webhook_delivery_attempts (
        delivery_id   uuid NOT NULL REFERENCES webhook_deliveries(id) ON DELETE CASCADE,
        attempt       integer NOT NULL,
        is_replay     boolean NOT NULL DEFAULT false,
        started_at    timestamptz NOT NULL,
        duration_ms   integer NOT NULL,
        status_code   integer,
        succeeded     boolean NOT NULL,
        error         varchar(1000),
        next_retry_at timestamptz,
        PRIMARY KEY (delivery_id, attempt)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_delivery_attempts`);
    await q.query(`DROP TABLE webhook_deliveries`);
    await q.query(`DROP TABLE webhook_subscriptions`);
  }
}
