import { Module } from '@nestjs/common';

/** The inspection sampling processors run in apps/worker. */
@Module({})
export class InspectionsWorkerModule {}
