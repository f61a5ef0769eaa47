export * from './sessions.module';
export * from './sessions-worker.module';
export * from './session.types';
export * from './rules/attendance-rules';
export { SessionCloseService } from './jobs/session-close.service';
export { closeJobId } from './jobs/close-planner';
