export { SessionsPage, SessionStatusTag } from './SessionsPage';
export { SessionDetailPage } from './SessionDetailPage';
export { RollCallPage } from './RollCallPage';
export { RollCallBoard, countersFor } from './RollCallBoard';
