export * from './cell-life.module';
