import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, JOBS, QUEUES } from '@qt/server-core';
import { Job } from 'bullmq';
import { SampleInspectionJob } from './sampling.queue';
import { SamplingService } from './sampling.service';

/** Worker of QUEUES.inspections: JOBS.sampleInspectionPlan. Idempotent: a retry replaces the picks identically. */
@Processor(QUEUES.inspections)
export class SamplingProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(SamplingProcessor.name);

  constructor(
    private readonly sampling: SamplingService,
    private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.WORKER_CONCURRENCY;
  }

  async process(job: Job<SampleInspectionJob>): Promise<{ runs: number; picks: number }> {
    if (job.name !== JOBS.sampleInspectionPlan) throw new Error(`No handler for job ${job.name} on queue ${QUEUES.inspections}`);
    try {
      const result = await this.sampling.run(job.data.batchId);
      this.logger.log(`Inspection sampling ${job.data.batchId}: ${result.runs} runs, ${result.picks} picks`);
      return result;
    } catch (err) {
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) await this.sampling.fail(job.data.batchId, (err as Error).message);
      throw err;
    }
  }
}
