export * from './sessions.module';
export * from './sessions-worker.module';
