import { Module } from '@nestjs/common';

/** The reports processors run in apps/worker. */
@Module({})
export class ReportsWorkerModule {}
