import { BullModule } from '@nestjs/bullmq';
import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { bullRootModule, ConfigModule, DatabaseModule, JOBS, LoggingModule, QUEUES, RedisModule } from '@qt/server-core';
import { purgeServiceAccountAccessLog } from '@qt/server-integration';
import { Queue, QueueEvents } from 'bullmq';
import { DataSource } from 'typeorm';
import { TestApp, TestOrg } from '../../api/test/support/test-app';
import { TEST_REDIS_URL } from '../../../tools/testing/test-env';
import { MaintenanceProcessor } from '../src/maintenance/maintenance.processor';

/**
 * Retention of service_account_access_log (nhật ký truy cập của tài khoản dịch vụ): the nightly
 * maintenance job, run by the real processor from the maintenance queue, removes rows older than
 * ACCESS_LOG_RETENTION_DAYS (30 here) and keeps the recent ones.
 */
describe('maintenance: service account access log retention', () => {
  let t: TestApp;
  let worker: INestApplicationContext | undefined;
  let queue: Queue;
  let events: QueueEvents;
  let root: TestOrg;
  let accountId: string;

  beforeAll(async () => {
    t = await TestApp.start({ ACCESS_LOG_RETENTION_DAYS: '30' });
    root = await t.root();
    const [user] = await t.query<{ id: string }>(
      `INSERT INTO users (username, display_name, password_hash) VALUES ('svc-retention', 'Tích hợp', 'x') RETURNING id`,
    );
    accountId = user.id;
    await t.query(
      `INSERT INTO service_accounts (id, name, organisation_id, client_id, secret_hash, scopes)
       VALUES ($1, 'Tích hợp', $2, 'qt_retention', repeat('a', 64), ARRAY['members:read'])`,
      [accountId, root.id],
    );
    @Module({
      imports: [
        ConfigModule.forRoot(t.config),
        LoggingModule,
        DatabaseModule,
        RedisModule,
        bullRootModule(),
        BullModule.registerQueue({ name: QUEUES.maintenance }),
      ],
      providers: [MaintenanceProcessor],
    })
    class TestWorkerModule {}
    worker = await NestFactory.createApplicationContext(TestWorkerModule, { logger: false });
    await worker.init();
    const connection = { url: TEST_REDIS_URL };
    queue = new Queue(QUEUES.maintenance, { connection, prefix: t.config.QUEUE_PREFIX });
    events = new QueueEvents(QUEUES.maintenance, { connection, prefix: t.config.QUEUE_PREFIX });
    await events.waitUntilReady();
  });
  afterAll(async () => {
    await worker?.close();
    await queue?.close();
    await events?.close();
    await t.close();
  });

  /** Inserts `count` access rows `daysAgo` days old, operation = label. */
  async function insertRows(label: string, daysAgo: number, count = 1): Promise<void> {
    await t.query(
      `INSERT INTO service_account_access_log (service_account_id, occurred_at, operation, method, path, status)
       SELECT $1, now() - make_interval(days => $2), $3, 'GET', '/api/v1/members', 200 FROM generate_series(1, $4)`,
      [accountId, daysAgo, label, count],
    );
  }
  const remaining = async () =>
    (await t.query<{ operation: string; n: number }>(
      `SELECT operation, count(*)::int AS n FROM service_account_access_log GROUP BY operation ORDER BY operation`,
    ));

  it('the nightly job deletes rows older than the retention (across several batches) and keeps recent ones', async () => {
    await t.query(`DELETE FROM service_account_access_log`);
    await insertRows('old', 400, 12_001);
    await insertRows('just-expired', 31);
    await insertRows('recent', 29);
    await insertRows('today', 0, 3);

    const job = await queue.add(JOBS.purgeServiceAccessLog, {});
    expect(await job.waitUntilFinished(events, 30_000)).toEqual({ removed: 12_002 });
    expect(await remaining()).toEqual([
      { operation: 'recent', n: 1 },
      { operation: 'today', n: 3 },
    ]);

    // Idempotent: a second run finds nothing to delete.
    const again = await queue.add(JOBS.purgeServiceAccessLog, {});
    expect(await again.waitUntilFinished(events, 30_000)).toEqual({ removed: 0 });
  });

  it('deletes in batches: every batch is a separate statement until nothing old is left', async () => {
    await t.query(`DELETE FROM service_account_access_log`);
    await insertRows('old', 90, 7);
    await insertRows('recent', 5, 2);
    const manager = worker!.get(DataSource).manager;
    const statements: string[] = [];
    const query = manager.query.bind(manager);
    const spy = jest.spyOn(manager, 'query').mockImplementation((text: string, params?: unknown[]) => {
      statements.push(text);
      return query(text, params);
    });
    try {
      expect(await purgeServiceAccountAccessLog(manager, 30, 3)).toBe(7);
    } finally {
      spy.mockRestore();
    }
    expect(statements).toHaveLength(3); // 3 + 3 + 1
    expect(await remaining()).toEqual([{ operation: 'recent', n: 2 }]);
  });
});
