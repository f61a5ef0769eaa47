import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { JOBS, QUEUES } from '@qt/server-core';
import { Queue } from 'bullmq';

/** Payload of JOBS.sampleInspectionPlan: the runs of one batch (one plan, or every committee of a subtree). */
export interface SampleInspectionJob {
  batchId: string;
}

/** BullMQ job id of a batch: a retried request never queues it twice. */
export const samplingJobId = (batchId: string) => `inspection-sampling-${batchId}`;

/** API side: asks the worker to pick, after the requesting transaction committed. */
@Injectable()
export class SamplingQueue {
  private readonly logger = new Logger(SamplingQueue.name);

  constructor(@InjectQueue(QUEUES.inspections) private readonly queue: Queue<SampleInspectionJob>) {}

  /** Never fails the request: the run is stored QUEUED and can be requested again when Redis is back. */
  async request(batchId: string): Promise<void> {
    try {
      await this.queue.add(JOBS.sampleInspectionPlan, { batchId }, { jobId: samplingJobId(batchId) });
    } catch (err) {
      this.logger.warn(`Could not queue inspection sampling ${batchId}: ${(err as Error).message}`);
    }
  }
}
