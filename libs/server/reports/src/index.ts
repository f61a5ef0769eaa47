export * from './reports.module';
export * from './reports-worker.module';
