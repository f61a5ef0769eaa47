export * from './campaigns.module';
