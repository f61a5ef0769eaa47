import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@qt/server-core';
import { ReportExportsController } from './exports/report-exports.controller';
import { ReportExportsService } from './exports/report-exports.service';
import { ReportsController } from './reports.controller';
import { ReportsRepository } from './reports.repository';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

/**
 * Annual compliance reports (báo cáo kết quả học tập, quán triệt) — domain.md §10: requests (jobs), snapshots,
 * submit / accept / return. The computation runs in apps/worker (ReportsWorkerModule).
 */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.reports })],
  providers: [ReportsRepository, ReportsService, ReportsResolver, ReportExportsService],
  controllers: [ReportsController, ReportExportsController],
  exports: [ReportsService, ReportsRepository],
})
export class ReportsModule {}
