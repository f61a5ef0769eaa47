import { Module } from '@nestjs/common';

/** Notifications jobs (worker side): BullMQ processors, imported by apps/worker. */
@Module({})
export class NotificationsWorkerModule {}
