import { randomBytes } from 'node:crypto';
import { JOBS, QUEUES } from '@qt/server-core';
import { Queue, QueueEvents } from 'bullmq';
import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '../../../tools/testing/test-database';
import { TEST_REDIS_URL } from '../../../tools/testing/test-env';
import { exited, startProcess, waitFor } from '../../../tools/testing/processes';

describe('worker process', () => {
  let db: TestDatabase;
  const prefix = `qt-test-${randomBytes(4).toString('hex')}`;
  const connection = { url: TEST_REDIS_URL };

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('starts, registers its schedules, runs a maintenance job and shuts down gracefully on SIGTERM', async () => {
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    const { rows: [user] } = await pg.query(
      `INSERT INTO users (username, display_name, password_hash) VALUES ('w', 'W', 'x') RETURNING id`,
    );
    await pg.query(
      `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at)
       VALUES ($1, gen_random_uuid(), repeat('a', 64), now() - interval '3 days'),
              ($1, gen_random_uuid(), repeat('b', 64), now() + interval '3 days')`,
      [user.id],
    );

    const worker = startProcess('apps/worker/src/main.ts', {
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      REDIS_URL: TEST_REDIS_URL,
      JWT_SECRET: randomBytes(32).toString('hex'),
      QUEUE_PREFIX: prefix,
      LOG_LEVEL: 'info',
    });
    const queue = new Queue(QUEUES.maintenance, { connection, prefix });
    const events = new QueueEvents(QUEUES.maintenance, { connection, prefix });
    try {
      await waitFor(() => worker.output().includes('Quán Triệt worker started'), 120000);
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.map((s) => s.key).sort()).toEqual(['nightly-purge-access-log', 'nightly-purge-idempotency', 'nightly-purge-tokens']);
      expect(schedulers.every((s) => s.tz === 'Asia/Ho_Chi_Minh')).toBe(true);

      await events.waitUntilReady();
      const job = await queue.add(JOBS.purgeExpiredTokens, {});
      const result = await job.waitUntilFinished(events, 20000);
      expect(result).toEqual({ removed: 1 });
      const { rows } = await pg.query(`SELECT token_hash FROM refresh_tokens`);
      expect(rows.map((r) => r.token_hash)).toEqual(['b'.repeat(64)]);

      // Nest closes the workers (active jobs finish), then re-raises the signal.
      worker.child.kill('SIGTERM');
      expect([0, 'SIGTERM']).toContain(await exited(worker.child));
      expect(worker.output()).toContain('Quán Triệt worker stopped');
    } finally {
      worker.child.kill('SIGKILL');
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
      await events.close();
      await pg.end();
    }
  }, 180_000);

  it('refuses to start with a malformed setting and names it in one line', async () => {
    const worker = startProcess('apps/worker/src/main.ts', {
      DATABASE_URL: db.url,
      REDIS_URL: 'localhost:6379',
      JWT_SECRET: randomBytes(32).toString('hex'),
    });
    expect(await exited(worker.child)).toBe(1);
    expect(worker.output().trim()).toBe('Configuration error: REDIS_URL must be a redis:// URL');
  });

  it('the API refuses to start without a required setting and names it', async () => {
    const api = startProcess('apps/api/src/main.ts', { DATABASE_URL: db.url, REDIS_URL: TEST_REDIS_URL });
    expect(await exited(api.child)).toBe(1);
    expect(api.output().trim()).toBe('Configuration error: JWT_SECRET is missing (see .env.example)');
  });
});

