import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';

/** Says when the worker has stopped: its BullMQ workers closed and active jobs finished first. */
@Injectable()
export class ShutdownLogger implements OnApplicationShutdown {
  onApplicationShutdown(signal?: string): void {
    new Logger('Worker').log(`Quán Triệt worker stopped (${signal ?? 'close'})`);
  }
}
