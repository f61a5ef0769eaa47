export * from './inspections.module';
export * from './inspections-worker.module';
