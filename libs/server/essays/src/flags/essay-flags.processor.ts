import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, JOBS, QUEUES } from '@qt/server-core';
import { Job } from 'bullmq';
import { DetectEssayFlagsJob } from './essay-flags.queue';
import { EssayFlagsService, FlagResult } from './essay-flags.service';

/** Worker of QUEUES.essays: JOBS.detectEssayFlags (too short, near-duplicate). */
@Processor(QUEUES.essays)
export class EssayFlagsProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(EssayFlagsProcessor.name);

  constructor(
    private readonly flags: EssayFlagsService,
    private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.WORKER_CONCURRENCY;
  }

  async process(job: Job<DetectEssayFlagsJob>): Promise<FlagResult> {
    switch (job.name) {
      case JOBS.detectEssayFlags: {
        const result = await this.flags.detect(job.data.essayId);
        if (result.tooShort || result.similarEssayId) {
          this.logger.log(`Essay ${job.data.essayId} v${job.data.version} flagged: ${JSON.stringify(result)}`);
        }
        return result;
      }
      default:
        throw new Error(`No handler for job ${job.name} on queue ${QUEUES.essays}`);
    }
  }
}
