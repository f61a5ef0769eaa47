import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-app notifications (and their e-mail delivery state) and the e-mail
 * address of a user. dedupe_key makes a retried reminder job write once.
 */
export class Notifications1732500400000 implements MigrationInterface {
  name = 'Notifications1732500400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN email varchar(254)`);
    await q.query(`
      CREATE TABLE notifications (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        organisation_id   uuid REFERENCES organisations(id),
        kind              varchar(60)  NOT NULL,
        title             varchar(255) NOT NULL,
        body              text NOT NULL,
        link              varchar(500),
        dedupe_key        varchar(255),
        created_at        timestamptz NOT NULL DEFAULT now(),
        read_at           timestamptz,
        emailed_at        timestamptz,
        email_error       varchar(500),
        CONSTRAINT notifications_dedupe_key UNIQUE (recipient_user_id, dedupe_key)
      )`);
    await q.query(`CREATE INDEX notifications_recipient_idx ON notifications (recipient_user_id, created_at DESC)`);
    // The unread badge (unreadNotificationCount) is read on every page of the admin app.
    await q.query(`CREATE INDEX notifications_unread_idx ON notifications (recipient_user_id) WHERE read_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notifications`);
    await q.query(`ALTER TABLE users DROP COLUMN email`);
  }
}
