import { QUEUES } from '@qt/server-core';
import { loadWorkerTuning, workerOptionsFor } from './worker-tuning';

describe('worker tuning (lock, stalled-job recovery, shutdown grace)', () => {
  it('defaults: 30 s locks, reports twice that, stalled check every 30 s, two recoveries, 10 min grace', () => {
    const tuning = loadWorkerTuning({});
    expect(tuning).toEqual({ lockDuration: 30_000, stalledInterval: 30_000, maxStalledCount: 2, shutdownGraceMs: 600_000 });
    expect(workerOptionsFor(QUEUES.reports, tuning)).toEqual({ lockDuration: 60_000, stalledInterval: 30_000, maxStalledCount: 2 });
    expect(workerOptionsFor(QUEUES.maintenance, tuning)).toEqual({ lockDuration: 30_000, stalledInterval: 30_000, maxStalledCount: 2 });
  });

  it('reads the WORKER_* settings', () => {
    const tuning = loadWorkerTuning({ WORKER_LOCK_DURATION_MS: '1500', WORKER_STALLED_INTERVAL_MS: '1000', WORKER_MAX_STALLED_COUNT: '0', WORKER_SHUTDOWN_GRACE_MS: '0' });
    expect(tuning).toEqual({ lockDuration: 1500, stalledInterval: 1000, maxStalledCount: 0, shutdownGraceMs: 0 });
  });

  it.each([
    ['WORKER_LOCK_DURATION_MS', '10', 'Configuration error: WORKER_LOCK_DURATION_MS must be an integer between 1000 and 3600000'],
    ['WORKER_STALLED_INTERVAL_MS', '1.5', 'Configuration error: WORKER_STALLED_INTERVAL_MS must be an integer between 500 and 3600000'],
    ['WORKER_MAX_STALLED_COUNT', 'two', 'Configuration error: WORKER_MAX_STALLED_COUNT must be an integer between 0 and 100'],
  ])('refuses a malformed %s and names it', (name, value, message) => {
    expect(() => loadWorkerTuning({ [name]: value })).toThrow(message);
  });
});
