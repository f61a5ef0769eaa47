import { useCallback, useSyncExternalStore } from 'react';

/**
 * Tiny hash router. Paths are patterns with `:name` parameters
 * (`/sessions/:id/roll-call`); the pages and their paths are listed in
 * `app/navigation.tsx`. Query strings (`#/members?search=...`) are kept apart.
 */
export const ROUTES = {
  login: '/login',
  dashboard: '/dashboard',
  organisations: '/organisations',
} as const;

export type RoutePath = string;

export interface RouteMatch {
  /** The pattern that matched, e.g. `/sessions/:id/roll-call`. */
  pattern: string;
  /** The path as in the URL, e.g. `/sessions/4f…/roll-call`. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
}

/** `/sessions/:id` against `/sessions/42` → `{ id: '42' }`, or null when it does not match. */
export function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i += 1) {
    if (want[i].startsWith(':')) {
      try {
        params[want[i].slice(1)] = decodeURIComponent(got[i]);
      } catch {
        return null;
      }
    } else if (want[i] !== got[i]) {
      return null;
    }
  }
  return params;
}

/** Fills a pattern: `buildPath('/sessions/:id', { id: 'x' })` → `/sessions/x`. */
export function buildPath(pattern: string, params: Record<string, string> = {}, query?: Record<string, string | undefined>): string {
  const path = pattern.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== '') q.set(k, v);
  const qs = q.toString();
  return qs ? `${path}?${qs}` : path;
}

/** The path part of the hash (`#/a/b?x=1` → `/a/b`). */
export function hashPath(hash: string): string {
  return hash.replace(/^#/, '').split('?')[0] || '/';
}

export function hashQuery(hash: string): URLSearchParams {
  const q = hash.replace(/^#/, '').split('?')[1];
  return new URLSearchParams(q ?? '');
}

/** The first pattern matching the hash, or null. */
export function parseHash(hash: string, patterns: readonly string[] = Object.values(ROUTES)): RouteMatch | null {
  const path = hashPath(hash);
  for (const pattern of patterns) {
    const params = matchPattern(pattern, path);
    if (params) return { pattern, path, params, query: hashQuery(hash) };
  }
  return null;
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

const getHash = () => window.location.hash;

/** Go to a path (with its query string, if any). */
export function navigate(path: string, { replace = false } = {}): void {
  const target = `#${path}`;
  if (window.location.hash === target) return;
  if (replace) {
    window.history.replaceState(window.history.state, '', target);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = path;
  }
}

/** The raw hash, re-rendering when it changes. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, getHash, () => '');
}

/** The current route among `patterns` (null when unknown) and `navigate`. */
export function useHashRoute(patterns: readonly string[] = Object.values(ROUTES)): [RouteMatch | null, typeof navigate] {
  const hash = useHash();
  const nav = useCallback(navigate, []);
  return [parseHash(hash, patterns), nav];
}
