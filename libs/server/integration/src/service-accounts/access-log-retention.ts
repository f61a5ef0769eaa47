import { EntityManager } from 'typeorm';

/** Rows deleted per statement: each batch is its own short statement, so a large table is never locked for long. */
export const ACCESS_LOG_PURGE_BATCH = 5000;

/**
 * Retention of the service accounts' access log (nhật ký truy cập của tài khoản dịch vụ): deletes rows
 * older than `days` days in batches of `batchSize` (maintenance job). Identities grow with time, so the
 * oldest rows are found from the start of the primary key. Returns how many rows were removed.
 */
export async function purgeServiceAccountAccessLog(
  manager: EntityManager,
  days: number,
  batchSize = ACCESS_LOG_PURGE_BATCH,
): Promise<number> {
  let removed = 0;
  for (;;) {
    const [, count] = await manager.query(
      `DELETE FROM service_account_access_log
        WHERE id IN (SELECT id FROM service_account_access_log
                      WHERE occurred_at < now() - make_interval(days => $1)
                      ORDER BY id LIMIT $2)`,
      [days, batchSize],
    );
    const n = Number(count ?? 0);
    removed += n;
    if (n < batchSize) return removed;
  }
}
