import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { JOBS, QUEUES } from '@qt/server-core';
import { Queue } from 'bullmq';

/** Payload of JOBS.detectEssayFlags. */
export interface DetectEssayFlagsJob {
  essayId: string;
  version: number;
}

/** BullMQ job id of the flag check of one version of one essay: a retried request adds nothing twice. */
export const detectFlagsJobId = (essayId: string, version: number) => `essay-flags-${essayId}-v${version}`;

/** API side: asks the worker to check an essay's flags, after the submitting transaction committed. */
@Injectable()
export class EssayFlagsQueue {
  private readonly logger = new Logger(EssayFlagsQueue.name);

  constructor(@InjectQueue(QUEUES.essays) private readonly queue: Queue<DetectEssayFlagsJob>) {}

  /**
   * Never fails the request: the essay is saved already. When Redis is unreachable the essay
   * stays unchecked (flags.checkedAt null) and the next change of its text queues it again.
   */
  async request(essayId: string, version: number): Promise<void> {
    try {
      await this.queue.add(JOBS.detectEssayFlags, { essayId, version }, { jobId: detectFlagsJobId(essayId, version) });
    } catch (err) {
      this.logger.warn(`Could not queue the flag check of essay ${essayId} v${version}: ${(err as Error).message}`);
    }
  }
}
