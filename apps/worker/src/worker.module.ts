import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import {
  AppConfig,
  bullRootModule,
  ConfigModule,
  DatabaseModule,
  LoggingModule,
  QUEUES,
  RedisModule,
} from '@qt/server-core';
import { EssaysWorkerModule } from '@qt/server-essays';
import { InspectionsWorkerModule } from '@qt/server-inspections';
import { ReportsWorkerModule } from '@qt/server-reports';
import { WebhooksWorkerModule } from '@qt/server-webhooks';
import { NotificationsWorkerModule } from '@qt/server-notifications';
import { SessionsWorkerModule } from '@qt/server-sessions';
import { MaintenanceProcessor } from './maintenance/maintenance.processor';
import { ScheduleRegistrar } from './schedules';
import { ShutdownLogger } from './shutdown-logger';
import { WorkerLifecycle, WorkerTuning } from './worker-tuning';

/** The worker: BullMQ processors and schedules, no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, tuning: WorkerTuning): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule,
        RedisModule,
        DiscoveryModule,
        bullRootModule(),
        BullModule.registerQueue({ name: QUEUES.maintenance }),
        NotificationsWorkerModule,
        SessionsWorkerModule,
        EssaysWorkerModule,
        ReportsWorkerModule,
        InspectionsWorkerModule,
        WebhooksWorkerModule,
      ],
      providers: [
        MaintenanceProcessor,
        ScheduleRegistrar,
        ShutdownLogger,
        { provide: WorkerTuning, useValue: tuning },
        WorkerLifecycle,
      ],
    };
  }
}
