import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import {
  AppConfig,
  bullRootModule,
  ConfigModule,
  DatabaseModule,
  LoggingModule,
  QUEUES,
  RedisModule,
} from '@qt/server-core';
import { MaintenanceProcessor } from './maintenance/maintenance.processor';
import { ScheduleRegistrar } from './schedules';
import { ShutdownLogger } from './shutdown-logger';

/** The worker: BullMQ processors and schedules, no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule,
        RedisModule,
        bullRootModule(),
        BullModule.registerQueue({ name: QUEUES.maintenance }),
      ],
      providers: [MaintenanceProcessor, ScheduleRegistrar, ShutdownLogger],
    };
  }
}
