import { useCallback, useSyncExternalStore } from 'react';

/** The few routes of the admin shell. */
export const ROUTES = {
  login: '/login',
  organisations: '/organisations',
} as const;

export type RoutePath = (typeof ROUTES)[keyof typeof ROUTES];

const KNOWN = new Set<string>(Object.values(ROUTES));

export function parseHash(hash: string): RoutePath | null {
  const path = hash.replace(/^#/, '').split('?')[0] || '/';
  return KNOWN.has(path) ? (path as RoutePath) : null;
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

const getHash = () => window.location.hash;

export function navigate(path: RoutePath, { replace = false } = {}): void {
  const target = `#${path}`;
  if (window.location.hash === target) return;
  if (replace) {
    window.history.replaceState(window.history.state, '', target);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = path;
  }
}

/** Tiny hash router: returns the current route (null when unknown) and `navigate`. */
export function useHashRoute(): [RoutePath | null, typeof navigate] {
  const hash = useSyncExternalStore(subscribe, getHash, () => '');
  const nav = useCallback(navigate, []);
  return [parseHash(hash), nav];
}
