import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@qt/server-core';
import { SamplingProcessor } from './sampling/sampling.processor';
import { SamplingRepository } from './sampling/sampling.repository';
import { SamplingService } from './sampling/sampling.service';

/** The inspection sampling processor (QUEUES.inspections), imported by apps/worker. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.inspections })],
  providers: [SamplingRepository, SamplingService, SamplingProcessor],
  exports: [SamplingService],
})
export class InspectionsWorkerModule {}
