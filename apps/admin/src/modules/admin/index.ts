export { AuditLogPage } from './AuditLogPage';
export { UsersPage } from './UsersPage';
