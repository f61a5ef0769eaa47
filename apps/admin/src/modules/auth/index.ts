export * from './auth-client';
export { useSession } from './use-session';
export { LoginForm } from './LoginForm';
export { LoginPage } from './LoginPage';
export { SessionExpiredModal } from './SessionExpiredModal';
