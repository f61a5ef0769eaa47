import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JOBS, QUEUES } from '@qt/server-core';
import { Queue } from 'bullmq';

/** Repeatable jobs, declared as data and registered once (job schedulers are idempotent across workers). */
export const SCHEDULES = [
  { id: 'nightly-purge-tokens', queue: QUEUES.maintenance, job: JOBS.purgeExpiredTokens, pattern: '0 3 * * *' },
  { id: 'nightly-purge-idempotency', queue: QUEUES.maintenance, job: JOBS.purgeIdempotencyKeys, pattern: '30 3 * * *' },
  { id: 'nightly-purge-access-log', queue: QUEUES.maintenance, job: JOBS.purgeServiceAccessLog, pattern: '0 4 * * *' },
] as const;

export const SCHEDULE_TZ = 'Asia/Ho_Chi_Minh';

@Injectable()
export class ScheduleRegistrar implements OnApplicationBootstrap {
  private readonly logger = new Logger(ScheduleRegistrar.name);

  constructor(@InjectQueue(QUEUES.maintenance) private readonly maintenance: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const s of SCHEDULES) {
      await this.maintenance.upsertJobScheduler(s.id, { pattern: s.pattern, tz: SCHEDULE_TZ }, { name: s.job });
    }
    this.logger.log(`Registered ${SCHEDULES.length} schedule(s) (${SCHEDULE_TZ})`);
  }
}
