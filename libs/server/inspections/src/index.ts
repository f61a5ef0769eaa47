export * from './inspections.module';
export * from './inspections-worker.module';
export { SamplingService } from './sampling/sampling.service';
