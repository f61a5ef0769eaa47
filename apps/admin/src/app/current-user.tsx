import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { MeQuery, Role } from '../graphql/generated/graphql';
import { useSession } from '../modules/auth';
import { gql } from '../graphql/client';
import { ME_QUERY } from '../modules/organisations/graphql/queries';

export type Me = MeQuery['me'];

export interface CurrentUser {
  status: 'loading' | 'ready' | 'error';
  me: Me | null;
  roles: ReadonlySet<Role>;
  /** The organisations where the user holds a role (the tops of their scope). */
  scopeRoots: Array<{ id: string; code: string; name: string }>;
  hasRole: (...roles: Role[]) => boolean;
  reload: () => void;
}

const EMPTY = new Set<Role>();
const CurrentUserContext = createContext<CurrentUser>({
  status: 'loading',
  me: null,
  roles: EMPTY,
  scopeRoots: [],
  hasRole: () => false,
  reload: () => undefined,
});

/** Loads `me` (roles and their organisations) once per signed-in user. */
export function CurrentUserProvider({ children }: { children: ReactNode }) {
  const session = useSession();
  const userId = session.status === 'anonymous' ? null : (session.user?.id ?? null);
  const [state, setState] = useState<{ userId: string | null; me: Me | null; status: CurrentUser['status'] }>({
    userId: null,
    me: null,
    status: 'loading',
  });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!userId) return;
    let live = true;
    gql(ME_QUERY)
      .then(({ me }) => live && setState({ userId, me, status: 'ready' }))
      .catch(() => live && setState({ userId, me: null, status: 'error' }));
    return () => {
      live = false;
    };
  }, [userId, attempt]);

  const value = useMemo<CurrentUser>(() => {
    const me = state.userId === userId ? state.me : null;
    const status = state.userId === userId ? state.status : 'loading';
    const roles = new Set<Role>((me?.roles ?? []).map((r) => r.role));
    const seen = new Set<string>();
    const scopeRoots = (me?.roles ?? [])
      .map((r) => r.organisation)
      .filter((o) => (seen.has(o.id) ? false : (seen.add(o.id), true)));
    return {
      status,
      me,
      roles,
      scopeRoots,
      hasRole: (...wanted) => wanted.some((r) => roles.has(r)),
      reload: () => setAttempt((n) => n + 1),
    };
  }, [state, userId]);

  return <CurrentUserContext.Provider value={value}>{children}</CurrentUserContext.Provider>;
}

export function useCurrentUser(): CurrentUser {
  return useContext(CurrentUserContext);
}
