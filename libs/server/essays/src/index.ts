export * from './essays.module';
export * from './essays-worker.module';
export * from './essays.service';
export * from './essay.types';
export * from './flags/essay-flags.service';
export * from './flags/essay-flags.queue';
export * from './similarity/minhash';
