import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audit log filters (lọc nhật ký kiểm toán): by action and by period, newest first (id order).
 * `(action, id)` serves "these actions, newest first" with keyset pagination; `(occurred_at)`
 * serves a period far back in a large log.
 */
export class AuditFilters1732501300000 implements MigrationInterface {
  name = 'AuditFilters1732501300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX audit_log_action_idx ON audit_log (action, id)`);
    await q.query(`CREATE INDEX audit_log_occurred_idx ON audit_log (occurred_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_log_occurred_idx`);
    await q.query(`DROP INDEX audit_log_action_idx`);
  }
}
