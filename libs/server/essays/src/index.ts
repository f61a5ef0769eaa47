export * from './essays.module';
export * from './essays-worker.module';
