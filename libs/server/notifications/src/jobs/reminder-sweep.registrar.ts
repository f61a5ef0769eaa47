import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { QUEUES } from '@qt/server-core';
import { Queue } from 'bullmq';
import { BUSINESS_TZ } from '../reminders/reminder-schedule';
import { REMINDER_SWEEP_JOB, REMINDER_SWEEP_SCHEDULER_ID } from './job-payloads';

/** Registers the daily reminder sweep (00:30 Asia/Ho_Chi_Minh); job schedulers are idempotent across workers. */
@Injectable()
export class ReminderSweepRegistrar implements OnApplicationBootstrap {
  constructor(@InjectQueue(QUEUES.notifications) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      REMINDER_SWEEP_SCHEDULER_ID,
      { pattern: '30 0 * * *', tz: BUSINESS_TZ },
      { name: REMINDER_SWEEP_JOB },
    );
  }
}
