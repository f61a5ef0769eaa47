import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, JOBS, QUEUES } from '@qt/server-core';
import { Job, Queue } from 'bullmq';
import { CloseSessionJob } from './close-planner';
import { SessionCloseService } from './session-close.service';

/** The sweep that closes any PLANNED session past its end (missed or lost delayed jobs). */
export const SESSIONS_SWEEP = { id: 'sessions-close-sweep', every: 10 * 60 * 1000 } as const;

/** Jobs of the sessions queue: close one session (delayed job `close-<id>`) or sweep. Idempotent. */
@Processor(QUEUES.sessions)
export class SessionsProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(SessionsProcessor.name);

  constructor(
    private readonly closer: SessionCloseService,
    private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.WORKER_CONCURRENCY;
  }

  async process(job: Job<CloseSessionJob>): Promise<{ closed: number }> {
    switch (job.name) {
      case JOBS.closeSession:
        return { closed: job.data.sessionId ? Number(await this.closer.close(job.data.sessionId)) : await this.closer.sweep() };
      default:
        throw new Error(`No handler for job ${job.name} on queue ${QUEUES.sessions}`);
    }
  }
}

/** Registers the sweep schedule once (job schedulers are idempotent across workers). */
@Injectable()
export class SessionsScheduleRegistrar implements OnApplicationBootstrap {
  private readonly logger = new Logger(SessionsScheduleRegistrar.name);

  constructor(@InjectQueue(QUEUES.sessions) private readonly queue: Queue<CloseSessionJob>) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(SESSIONS_SWEEP.id, { every: SESSIONS_SWEEP.every }, { name: JOBS.closeSession, data: {} });
    this.logger.log(`Registered the session close sweep (every ${SESSIONS_SWEEP.every / 60000} min)`);
  }
}
