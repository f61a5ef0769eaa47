import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@qt/server-core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

async function main() {
  const config = loadConfigOrExit();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // SIGTERM/SIGINT: workers stop taking jobs, finish the active ones, then connections close.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.init();
  app.get(Logger).log('Quán Triệt worker started', 'Worker');
}

main().catch((err) => {
  console.error(`Worker failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
