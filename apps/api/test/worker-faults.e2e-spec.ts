import { randomBytes } from 'node:crypto';
import { DEFAULT_JOB_OPTIONS, JOBS, QUEUES } from '@qt/server-core';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { exited, startProcess, waitFor } from '../../../tools/testing/processes';
import { createTestDatabase, TestDatabase } from '../../../tools/testing/test-database';
import { TEST_REDIS_URL } from '../../../tools/testing/test-env';

/**
 * The worker under faults, with real worker processes (node + SWC, as `npm start` runs them):
 * - SIGKILL in the middle of a report: the job's lock expires, a second worker finds it stalled, runs it
 *   again, and there is exactly one snapshot with progress 100;
 * - SIGTERM in the middle of a report: the worker stops taking jobs, finishes the one in flight, then exits;
 *   a job queued meanwhile waits for the next worker. Nothing lost, nothing doubled.
 *
 * "In the middle" is made deterministic without a test-only switch in the code: the test holds a SHARE
 * lock on report_snapshots, so the worker computes the report (progress reported), opens its writing
 * transaction and waits at the INSERT of the snapshot, the last step. Contract relied on (reports module):
 * a report job is a report_jobs row, queued as JOBS.computeAnnualReport {jobId} with BullMQ job id = row id;
 * the row mirrors progress and ends DONE with snapshot_id; report_snapshots.job_id is unique.
 *
 * Short lock and stalled-check times (WORKER_LOCK_DURATION_MS, WORKER_STALLED_INTERVAL_MS) keep recovery
 * within seconds; production defaults are 30 s (reports 60 s) and 30 s.
 */
describe('worker faults: SIGKILL and SIGTERM in the middle of a report', () => {
  let db: TestDatabase;
  let pg: Client;
  let queue: Queue;
  let rootId: string;
  const prefix = `qt-test-${randomBytes(4).toString('hex')}`;
  const workers: ReturnType<typeof startProcess>[] = [];

  const startWorker = async (env: Record<string, string> = {}) => {
    const worker = startProcess('apps/worker/src/main.ts', {
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      REDIS_URL: TEST_REDIS_URL,
      JWT_SECRET: randomBytes(32).toString('hex'),
      QUEUE_PREFIX: prefix,
      LOG_LEVEL: 'info',
      WORKER_LOCK_DURATION_MS: '1500',
      WORKER_STALLED_INTERVAL_MS: '1000',
      ...env,
    });
    workers.push(worker);
    await waitFor(() => worker.output().includes('Quán Triệt worker started') || worker.child.exitCode !== null, 120_000);
    if (worker.child.exitCode !== null) throw new Error(`worker exited at start: ${worker.output()}`);
    return worker;
  };

  /** A report job as the API creates it: the row, then the BullMQ job with the project's default options. */
  const enqueueReport = async (year: number) => {
    const [{ id }] = (await pg.query(`INSERT INTO report_jobs (root_organisation_id, year) VALUES ($1, $2) RETURNING id`, [rootId, year])).rows;
    await queue.add(JOBS.computeAnnualReport, { jobId: id }, { ...DEFAULT_JOB_OPTIONS, jobId: id });
    return id as string;
  };

  /** Holds report_snapshots so that no snapshot can be written until `release()`. */
  const holdSnapshots = async () => {
    const blocker = new Client({ connectionString: db.url });
    await blocker.connect();
    await blocker.query(`BEGIN`);
    await blocker.query(`LOCK TABLE report_snapshots IN SHARE MODE`);
    return { release: async () => blocker.query(`COMMIT`).then(() => blocker.end()) };
  };

  /** Backends of this database waiting at the snapshot INSERT. */
  const waitingWriters = async () =>
    (
      await pg.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%INSERT INTO report_snapshots%'`,
      )
    ).rows[0].n as number;

  const until = async (check: () => Promise<boolean>, ms = 60_000) => {
    const end = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > end) throw new Error('condition not met in time');
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  const jobRow = async (id: string) =>
    (await pg.query(`SELECT status, progress, snapshot_id FROM report_jobs WHERE id = $1`, [id])).rows[0] as {
      status: string;
      progress: number;
      snapshot_id: string | null;
    };
  const snapshotsOf = async (id: string) =>
    (await pg.query(`SELECT count(*)::int AS n FROM report_snapshots WHERE job_id = $1`, [id])).rows[0].n as number;

  /** Waits until the worker is mid-way: the job RUNNING with progress reported, its writer blocked at the INSERT. */
  const midway = async (id: string) => {
    await until(async () => (await waitingWriters()) === 1);
    const row = await jobRow(id);
    expect(row.status).toBe('RUNNING');
    expect(row.progress).toBeGreaterThan(0);
    expect(row.progress).toBeLessThan(100);
    expect(await (await queue.getJob(id))!.getState()).toBe('active');
  };

  /** A worker with a report of `year` in flight, held just before its snapshot is written. */
  const reportInFlight = async (year: number, env: Record<string, string> = {}) => {
    const hold = await holdSnapshots();
    const worker = await startWorker(env);
    const id = await enqueueReport(year);
    await midway(id);
    return { hold, worker, id };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    // PostgreSQL notices a vanished client (a killed worker) within a second, even while it waits on a lock,
    // and rolls its transaction back — as TCP keepalives would, later, on a real network.
    await pg.query(`ALTER DATABASE "${db.name}" SET client_connection_check_interval = '500ms'`);
    [{ id: rootId }] = (
      await pg.query(
        `WITH n AS (SELECT gen_random_uuid() AS id)
         INSERT INTO organisations (id, code, name, kind, path, depth) SELECT id, 'DUK', 'Đảng bộ Khối', 'BLOC', '/' || id || '/', 0 FROM n
         RETURNING id`,
      )
    ).rows;
    queue = new Queue(QUEUES.reports, { connection: { url: TEST_REDIS_URL }, prefix });
  });
  afterAll(async () => {
    for (const w of workers) w.child.kill('SIGKILL');
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
    await pg?.end();
    await db?.drop();
  });

  it('SIGKILL mid-report: a second worker recovers the stalled job and finishes it with exactly one snapshot', async () => {
    const { hold, worker: first, id } = await reportInFlight(2025);

    first.child.kill('SIGKILL');
    expect(await exited(first.child)).toBe('SIGKILL');
    // The dead worker's open transaction is rolled back: nothing half-written.
    await until(async () => (await waitingWriters()) === 0, 15_000);
    await hold.release();
    expect(await snapshotsOf(id)).toBe(0);
    expect(await (await queue.getJob(id))!.getState()).toBe('active');

    const second = await startWorker();
    await until(async () => (await queue.getJob(id))!.getState().then((s) => s === 'completed'));
    const job = (await queue.getJob(id))!;
    expect(job.progress).toBe(100);
    // Taken over through stalled-job recovery (not a failed attempt and a retry).
    expect(job.stalledCounter).toBe(1);
    expect(job.attemptsMade).toBeLessThanOrEqual(1);
    expect(await snapshotsOf(id)).toBe(1);
    const row = await jobRow(id);
    expect(row).toEqual({ status: 'DONE', progress: 100, snapshot_id: expect.any(String) });
    expect((await pg.query(`SELECT count(*)::int AS n FROM report_snapshot_rows WHERE snapshot_id = $1`, [row.snapshot_id])).rows[0].n).toBe(1);
    expect(second.output()).toContain('Quán Triệt worker started');

    second.child.kill('SIGTERM');
    expect([0, 'SIGTERM']).toContain(await exited(second.child));
  }, 240_000);

  it('SIGTERM mid-report: the job in flight finishes before the worker exits; a job queued meanwhile waits for the next worker', async () => {
    const { hold, worker, id: inFlight } = await reportInFlight(2024);

    worker.child.kill('SIGTERM');
    await waitFor(() => worker.output().includes('Stopping (SIGTERM)'), 10_000);
    const queuedMeanwhile = await enqueueReport(2023);
    await new Promise((r) => setTimeout(r, 1500));
    expect(worker.child.exitCode).toBeNull(); // still finishing the job in flight

    await hold.release();
    expect([0, 'SIGTERM']).toContain(await exited(worker.child));
    expect(worker.output()).toContain('Quán Triệt worker stopped');
    expect(await (await queue.getJob(inFlight))!.getState()).toBe('completed');
    expect(await jobRow(inFlight)).toEqual({ status: 'DONE', progress: 100, snapshot_id: expect.any(String) });
    expect(await snapshotsOf(inFlight)).toBe(1);
    // The closing worker took nothing new.
    expect(await (await queue.getJob(queuedMeanwhile))!.getState()).toBe('waiting');
    expect((await jobRow(queuedMeanwhile)).status).toBe('QUEUED');

    const next = await startWorker();
    await until(async () => (await queue.getJob(queuedMeanwhile))!.getState().then((s) => s === 'completed'));
    expect(await snapshotsOf(queuedMeanwhile)).toBe(1);
    expect(await snapshotsOf(inFlight)).toBe(1);
    next.child.kill('SIGTERM');
    expect([0, 'SIGTERM']).toContain(await exited(next.child));
  }, 240_000);

  it('SIGTERM past WORKER_SHUTDOWN_GRACE_MS: the worker exits without the job, which the next worker takes over; one snapshot', async () => {
    // The worker still closes its database pool, which waits for the blocked statement: a short statement
    // timeout ends it (a report's statements take far less than the 30 s default).
    const { hold, worker, id } = await reportInFlight(2022, { WORKER_SHUTDOWN_GRACE_MS: '500', DB_STATEMENT_TIMEOUT_MS: '4000' });
    worker.child.kill('SIGTERM');
    expect([0, 'SIGTERM']).toContain(await exited(worker.child));
    expect(worker.output()).toContain('leaving them to stalled-job recovery');
    await until(async () => (await waitingWriters()) === 0, 15_000);
    await hold.release();
    expect(await snapshotsOf(id)).toBe(0);
    expect((await jobRow(id)).status).not.toBe('DONE');

    const next = await startWorker();
    await until(async () => (await queue.getJob(id))!.getState().then((s) => s === 'completed'));
    expect((await queue.getJob(id))!.progress).toBe(100);
    expect(await jobRow(id)).toEqual({ status: 'DONE', progress: 100, snapshot_id: expect.any(String) });
    expect(await snapshotsOf(id)).toBe(1);
    next.child.kill('SIGTERM');
    expect([0, 'SIGTERM']).toContain(await exited(next.child));
  }, 240_000);
});
