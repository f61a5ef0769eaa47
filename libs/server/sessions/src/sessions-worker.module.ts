import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@qt/server-core';
import { NotificationsModule } from '@qt/server-notifications';
import { SessionCloseService } from './jobs/session-close.service';
import { SessionsProcessor, SessionsScheduleRegistrar } from './jobs/sessions.processor';

/** Sessions jobs (worker side): closing finished sessions and absence-streak warnings. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.sessions }), NotificationsModule],
  providers: [SessionCloseService, SessionsProcessor, SessionsScheduleRegistrar],
  exports: [SessionCloseService],
})
export class SessionsWorkerModule {}
