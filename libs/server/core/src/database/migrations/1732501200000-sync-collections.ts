import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables other systems sync incrementally (`updatedSince`, keyset on (updated_at, id)). */
const SYNCED = ['organisations', 'members', 'campaigns', 'study_sessions', 'session_participants'];

/**
 * Sync collections (đồng bộ): every synced row carries `updated_at`, kept by a
 * trigger on insert and on every update whatever statement wrote it (roll call,
 * bulk upsert, moves, the auto-close job), at millisecond precision so that the
 * value round-trips through JSON and keyset cursors exactly. Indexes serve the
 * `(updated_at, id)` order of incremental sync.
 */
export class SyncCollections1732501200000 implements MigrationInterface {
  name = 'SyncCollections1732501200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE session_participants ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`
      CREATE FUNCTION qt_touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.updated_at := date_trunc('milliseconds', now());
        RETURN NEW;
      END $$`);
    for (const table of SYNCED) {
      await q.query(`UPDATE ${table} SET updated_at = date_trunc('milliseconds', updated_at)
                      WHERE updated_at <> date_trunc('milliseconds', updated_at)`);
      await q.query(`CREATE TRIGGER ${table}_touch_updated_at BEFORE INSERT OR UPDATE ON ${table}
                     FOR EACH ROW EXECUTE FUNCTION qt_touch_updated_at()`);
    }
    await q.query(`CREATE INDEX organisations_updated_idx ON organisations (updated_at, id)`);
    await q.query(`CREATE INDEX members_updated_idx ON members (updated_at, id)`);
    await q.query(`CREATE INDEX campaigns_updated_idx ON campaigns (updated_at, id)`);
    await q.query(`CREATE INDEX study_sessions_updated_idx ON study_sessions (campaign_id, updated_at, id)`);
    await q.query(`CREATE INDEX session_participants_updated_idx ON session_participants (session_id, updated_at, member_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX session_participants_updated_idx`);
    await q.query(`DROP INDEX study_sessions_updated_idx`);
    await q.query(`DROP INDEX campaigns_updated_idx`);
    await q.query(`DROP INDEX members_updated_idx`);
    await q.query(`DROP INDEX organisations_updated_idx`);
    for (const table of SYNCED) await q.query(`DROP TRIGGER ${table}_touch_updated_at ON ${table}`);
    await q.query(`DROP FUNCTION qt_touch_updated_at()`);
    await q.query(`ALTER TABLE session_participants DROP COLUMN updated_at`);
  }
}
