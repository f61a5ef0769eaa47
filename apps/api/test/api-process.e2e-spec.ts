import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startProcess, waitFor } from '../../../tools/testing/processes';
import { createTestDatabase, TestDatabase } from '../../../tools/testing/test-database';
import { TEST_REDIS_URL } from '../../../tools/testing/test-env';

describe('API process', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('logs JSON lines carrying the request id, and survives PostgreSQL dropping its connections', async () => {
    const port = 40000 + Math.floor(Math.random() * 10000);
    const api = startProcess('apps/api/src/main.ts', {
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      REDIS_URL: TEST_REDIS_URL,
      JWT_SECRET: randomBytes(32).toString('hex'),
      QUEUE_PREFIX: `qt-test-${randomBytes(4).toString('hex')}`,
      API_PORT: String(port),
      API_HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    });
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    try {
      await waitFor(() => api.output().includes('API listening'), 120000);
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/organisations`, { headers: { 'x-request-id': 'req-test-000042' } });
      expect(res.status).toBe(401);
      expect(res.headers.get('x-request-id')).toBe('req-test-000042');
      await waitFor(() => api.output().includes('req-test-000042'), 5000);
      const line = api.output().split('\n').find((l) => l.includes('req-test-000042')) as string;
      const entry = JSON.parse(line);
      expect(entry).toEqual(expect.objectContaining({ level: 40, req: expect.objectContaining({ id: 'req-test-000042' }) }));

      // A PostgreSQL restart as the pool sees it: every server connection is terminated.
      expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);
      await pg.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
      await new Promise((r) => setTimeout(r, 500));
      expect(api.child.exitCode).toBeNull();
      let ready = 0;
      for (let i = 0; i < 20 && ready !== 200; i++) {
        ready = (await fetch(`http://127.0.0.1:${port}/health/ready`)).status;
        if (ready !== 200) await new Promise((r) => setTimeout(r, 250));
      }
      expect(ready).toBe(200);
    } finally {
      api.child.kill('SIGKILL');
      await pg.end();
    }
  }, 180_000);
});
