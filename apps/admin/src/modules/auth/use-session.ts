import { useSyncExternalStore } from 'react';
import { authClient, type SessionSnapshot } from './auth-client';

/** Current session (status + user), re-rendering on login, refresh, expiry, logout. */
export function useSession(): SessionSnapshot {
  return useSyncExternalStore(authClient.subscribe, authClient.getSnapshot, authClient.getSnapshot);
}
