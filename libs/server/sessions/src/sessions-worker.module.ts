import { Module } from '@nestjs/common';

/** Sessions jobs (worker side): BullMQ processors, imported by apps/worker. */
@Module({})
export class SessionsWorkerModule {}
