import { WorkerHost } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { ConfigError, QUEUES } from '@qt/server-core';
import { Worker } from 'bullmq';

/** Where @Processor(queue, options) keeps the queue and the worker options (@nestjs/bullmq 12, bull.constants). */
const PROCESSOR_METADATA = 'bullmq:processor_metadata';
const WORKER_METADATA = 'bullmq:worker_metadata';

/**
 * How BullMQ workers hold and recover jobs (ADR-style notes in README "Worker behaviour"):
 * - lockDuration: a job's lock in Redis, renewed every half of it while the process lives. Reports get
 *   a longer one (a long set-based computation may keep the event loop busy for a while between renewals).
 * - stalledInterval: how often every worker looks for jobs whose lock expired (their process died) and
 *   hands them back to the queue; another worker then runs them again (handlers are idempotent).
 * - maxStalledCount: how many times a job may be handed back like that before it fails.
 * Recovery after a crash takes at most lockDuration + stalledInterval.
 */
export class WorkerTuning {
  lockDuration = 30_000;
  stalledInterval = 30_000;
  maxStalledCount = 2;
  /** On SIGTERM, how long active jobs may run on before the worker stops waiting (they are then recovered as stalled). */
  shutdownGraceMs = 10 * 60_000;
}

/** Queues whose jobs run long (annual reports over a whole tree): twice the lock. */
export const LONG_JOB_QUEUES: readonly string[] = [QUEUES.reports];

const SETTINGS = {
  WORKER_LOCK_DURATION_MS: { field: 'lockDuration', min: 1000, max: 3_600_000 },
  WORKER_STALLED_INTERVAL_MS: { field: 'stalledInterval', min: 500, max: 3_600_000 },
  WORKER_MAX_STALLED_COUNT: { field: 'maxStalledCount', min: 0, max: 100 },
  WORKER_SHUTDOWN_GRACE_MS: { field: 'shutdownGraceMs', min: 0, max: 86_400_000 },
} as const;

/** Reads the worker settings from the environment (defaults above); a malformed value is a configuration error. */
export function loadWorkerTuning(env: NodeJS.ProcessEnv = process.env): WorkerTuning {
  const tuning = new WorkerTuning();
  for (const [name, s] of Object.entries(SETTINGS)) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < s.min || value > s.max) {
      throw new ConfigError(`Configuration error: ${name} must be an integer between ${s.min} and ${s.max}`);
    }
    tuning[s.field] = value;
  }
  return tuning;
}

/** The options of one queue's worker: long-job queues hold their lock twice as long. */
export function workerOptionsFor(queue: string, tuning: WorkerTuning) {
  const long = LONG_JOB_QUEUES.includes(queue);
  return {
    lockDuration: long ? tuning.lockDuration * 2 : tuning.lockDuration,
    stalledInterval: tuning.stalledInterval,
    maxStalledCount: tuning.maxStalledCount,
  };
}

/**
 * Applies the tuning to every @Processor of the worker and drains the workers first on shutdown.
 *
 * - Options: processors are declared in the domain libs; their worker options are set here in one place,
 *   in the constructor, i.e. before @nestjs/bullmq creates the workers (on module init).
 * - Shutdown: Nest closes BullMQ workers and the database pool in the same phase (onApplicationShutdown),
 *   so a job still running could lose its connection. Here the workers are closed earlier
 *   (beforeApplicationShutdown): they stop taking jobs and the active ones finish with the database still
 *   there. After WORKER_SHUTDOWN_GRACE_MS the worker stops waiting and exits; unfinished jobs keep their
 *   lock until it expires and another worker takes them over (stalled-job recovery), so nothing is lost.
 */
@Injectable()
export class WorkerLifecycle implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Worker');

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly tuning: WorkerTuning,
  ) {
    for (const wrapper of this.discovery.getProviders()) {
      const type = wrapper.metatype as (abstract new (...args: never[]) => unknown) | undefined;
      const processor = type && (Reflect.getMetadata(PROCESSOR_METADATA, type) as { name?: string } | undefined);
      if (!type || !processor?.name) continue;
      const declared = (Reflect.getMetadata(WORKER_METADATA, type) as Record<string, unknown> | undefined) ?? {};
      Reflect.defineMetadata(WORKER_METADATA, { ...workerOptionsFor(processor.name, tuning), ...declared }, type);
    }
  }

  private workers(): Worker[] {
    return this.discovery
      .getProviders()
      .filter((w) => w.instance instanceof WorkerHost)
      .map((w) => (w.instance as WorkerHost).worker);
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    const workers = this.workers();
    this.logger.log(`Stopping (${signal ?? 'close'}): ${workers.length} worker(s) stop taking jobs, active jobs finish first`);
    let timer: NodeJS.Timeout | undefined;
    const drained = Promise.all(workers.map((w) => w.close())).then(() => true);
    const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), this.tuning.shutdownGraceMs)));
    const finished = await Promise.race([drained, late]);
    clearTimeout(timer);
    if (!finished) {
      this.logger.warn('Active jobs did not finish in WORKER_SHUTDOWN_GRACE_MS: leaving them to stalled-job recovery by another worker');
      await Promise.all(workers.map((w) => w.close(true).catch(() => undefined)));
    }
  }
}
