import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfigOrExit } from '@qt/server-core';
import { Logger } from 'nestjs-pino';
import { loadWorkerTuning, WorkerTuning } from './worker-tuning';
import { WorkerModule } from './worker.module';

async function main() {
  const config = loadConfigOrExit();
  const tuning = loadTuningOrExit();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, tuning), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // SIGTERM/SIGINT: workers stop taking jobs, finish the active ones (WorkerLifecycle), then connections close.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.init();
  app.get(Logger).log('Quán Triệt worker started', 'Worker');
}

function loadTuningOrExit(): WorkerTuning {
  try {
    return loadWorkerTuning();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
}

main().catch((err) => {
  console.error(`Worker failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
