import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Transactional outbox of domain events (report.submitted, session.completed, …):
 * modules insert a row in the transaction of the change; the webhooks module relays
 * undispatched rows to subscribers and stamps dispatched_at.
 */
export class DomainEvents1732500700000 implements MigrationInterface {
  name = 'DomainEvents1732500700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE domain_events (
        id              bigserial PRIMARY KEY,
        type            varchar(60) NOT NULL,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        data            jsonb NOT NULL DEFAULT '{}'::jsonb,
        dedupe_key      varchar(200) NOT NULL,
        occurred_at     timestamptz NOT NULL DEFAULT now(),
        dispatched_at   timestamptz,
        CONSTRAINT uq_domain_events_dedupe UNIQUE (dedupe_key)
      )`);
    await q.query(`CREATE INDEX ix_domain_events_undispatched ON domain_events (id) WHERE dispatched_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE domain_events`);
  }
}
