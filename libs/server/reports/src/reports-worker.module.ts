import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AuditService } from '@qt/server-audit';
import { QUEUES } from '@qt/server-core';
import { ReportComputeService } from './compute/report-compute.service';
import { ReportFiguresRepository } from './compute/report-figures.repository';
import { ReportsRepository } from './reports.repository';
import { ReportsProcessor } from './worker/reports.processor';

/** The reports processors (computation, annual schedule) run in apps/worker (AuditService: the worker has no AuditModule). */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.reports })],
  providers: [AuditService, ReportsRepository, ReportFiguresRepository, ReportComputeService, ReportsProcessor],
  exports: [ReportComputeService, ReportsProcessor],
})
export class ReportsWorkerModule {}
