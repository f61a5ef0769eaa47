import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@qt/server-core';
import { ChecksController } from './checks/checks.controller';
import { ChecksRepository } from './checks/checks.repository';
import { ChecksResolver } from './checks/checks.resolver';
import { ChecksService } from './checks/checks.service';
import { PlansController } from './plans/plans.controller';
import { PlansRepository } from './plans/plans.repository';
import { PlansResolver } from './plans/plans.resolver';
import { PlansService } from './plans/plans.service';
import { RecordsController } from './records/records.controller';
import { RecordsRepository } from './records/records.repository';
import { RecordsResolver } from './records/records.resolver';
import { RecordsService } from './records/records.service';
import { SamplingQueue } from './sampling/sampling.queue';

/**
 * Inspections (kiểm tra, giám sát) — domain.md §9: annual plans and their seeded sampling (the picking runs in
 * apps/worker, InspectionsWorkerModule), inspection records with violations and follow-ups, member and cell checks.
 */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.inspections })],
  providers: [
    PlansRepository, PlansService, PlansResolver, SamplingQueue,
    RecordsRepository, RecordsService, RecordsResolver,
    ChecksRepository, ChecksService, ChecksResolver,
  ],
  controllers: [PlansController, RecordsController, ChecksController],
  exports: [PlansService],
})
export class InspectionsModule {}
