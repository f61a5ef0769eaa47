export * from './programmes.module';
