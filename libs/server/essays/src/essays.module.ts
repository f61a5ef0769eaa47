import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@qt/server-core';
import { EssaysController } from './essays.controller';
import { EssaysRepository } from './essays.repository';
import { EssaysResolver } from './essays.resolver';
import { EssaysService } from './essays.service';
import { EssayFilesService } from './files/essay-files.service';
import { EssayFlagsQueue } from './flags/essay-flags.queue';

/** Essays module (API side): submission, files, grading, missing essays; flags are queued for the worker. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.essays })],
  providers: [EssaysRepository, EssaysService, EssayFilesService, EssayFlagsQueue, EssaysResolver],
  controllers: [EssaysController],
  exports: [EssaysService],
})
export class EssaysModule {}
