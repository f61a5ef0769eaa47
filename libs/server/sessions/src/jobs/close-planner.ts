import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { JOBS, QUEUES } from '@qt/server-core';
import { Queue } from 'bullmq';

/** BullMQ refuses custom ids with one ':' (they clash with repeat keys), so `close-<sessionId>`. */
export const closeJobId = (sessionId: string) => `close-${sessionId}`;

export interface CloseSessionJob {
  /** The session to close; absent = sweep every PLANNED session past its end. */
  sessionId?: string;
}

/**
 * Plans the automatic close of a session (API side): a delayed job at ends_at
 * with a deterministic id, replaced when the session is rescheduled and
 * removed when it is cancelled. The worker's sweep catches anything missed.
 */
@Injectable()
export class SessionClosePlanner {
  private readonly logger = new Logger(SessionClosePlanner.name);

  constructor(@InjectQueue(QUEUES.sessions) private readonly queue: Queue<CloseSessionJob>) {}

  async plan(sessionId: string, endsAt: Date): Promise<void> {
    await this.unplan(sessionId);
    await this.queue.add(JOBS.closeSession, { sessionId }, {
      jobId: closeJobId(sessionId),
      delay: Math.max(0, endsAt.getTime() - Date.now()),
    });
  }

  async unplan(sessionId: string): Promise<void> {
    try {
      await this.queue.remove(closeJobId(sessionId));
    } catch (err) {
      // A running close job cannot be removed; it re-checks ends_at and the status itself.
      this.logger.warn(`Could not remove ${closeJobId(sessionId)}: ${(err as Error).message}`);
    }
  }
}
