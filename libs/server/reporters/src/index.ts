export * from './reporters.module';
