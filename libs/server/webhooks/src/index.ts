export * from './webhooks.module';
export * from './webhooks-worker.module';
