export { MembersPage } from './MembersPage';
export { MemberDetailPanel } from './MemberDetailPanel';
export { MemberImport } from './MemberImport';
