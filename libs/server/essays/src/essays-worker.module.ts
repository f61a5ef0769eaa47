import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@qt/server-core';
import { EssayFlagsProcessor } from './flags/essay-flags.processor';
import { EssayFlagsRepository } from './flags/essay-flags.repository';
import { EssayFlagsService } from './flags/essay-flags.service';

/** Essays jobs (worker side): the perfunctory-essay flags, imported by apps/worker. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.essays })],
  providers: [EssayFlagsRepository, EssayFlagsService, EssayFlagsProcessor],
  exports: [EssayFlagsService],
})
export class EssaysWorkerModule {}
