import { Module } from '@nestjs/common';

/** Essays jobs (worker side): BullMQ processors, imported by apps/worker. */
@Module({})
export class EssaysWorkerModule {}
