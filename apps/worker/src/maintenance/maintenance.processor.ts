import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { purgeExpiredRefreshTokens } from '@qt/server-auth';
import { AppConfig, JOBS, purgeIdempotencyKeys, QUEUES } from '@qt/server-core';
import { purgeServiceAccountAccessLog } from '@qt/server-integration';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';

/** Housekeeping jobs: idempotent, safe to run twice. */
@Processor(QUEUES.maintenance)
export class MaintenanceProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.WORKER_CONCURRENCY;
  }

  async process(job: Job): Promise<{ removed: number }> {
    switch (job.name) {
      case JOBS.purgeExpiredTokens: {
        const removed = await purgeExpiredRefreshTokens(this.dataSource.manager);
        this.logger.log(`Purged ${removed} expired refresh token(s)`);
        return { removed };
      }
      case JOBS.purgeIdempotencyKeys: {
        const removed = await purgeIdempotencyKeys(this.dataSource.manager);
        this.logger.log(`Purged ${removed} idempotency key(s)`);
        return { removed };
      }
      case JOBS.purgeServiceAccessLog: {
        const removed = await purgeServiceAccountAccessLog(this.dataSource.manager, this.config.ACCESS_LOG_RETENTION_DAYS);
        this.logger.log(`Purged ${removed} service account access log row(s) older than ${this.config.ACCESS_LOG_RETENTION_DAYS} day(s)`);
        return { removed };
      }
      default:
        throw new Error(`No handler for job ${job.name} on queue ${QUEUES.maintenance}`);
    }
  }
}
