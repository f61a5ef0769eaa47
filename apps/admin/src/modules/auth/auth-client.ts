/**
 * REST authentication client for the admin SPA.
 *
 * - Tokens live in sessionStorage (one tab = one session, gone when the tab closes).
 * - `fetchWithAuth` adds the Bearer token; on a 401 (or a GraphQL error with
 *   `extensions.code === 'UNAUTHENTICATED'`) it refreshes once and retries.
 *   Refreshes are single-flight: concurrent callers share one refresh request,
 *   which matters because the refresh token rotates on every use.
 * - If the refresh fails the session becomes "expired": listeners are told, the
 *   app shows a login modal over the current page, and the requests that were
 *   waiting resume (retry) once the user signs in again.
 */

export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
}

export interface TokenResponse {
  accessToken: string;
  refreshToken: string;
  /** Lifetime of the access token, in seconds. */
  expiresIn: number;
  user: AuthUser;
}

/** Error body of the REST API (`{statusCode, code, message}`). */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  retryAfterSeconds?: number;
}

export class AuthError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AuthError';
  }
}

/** Thrown to callers that were waiting for a re-login that never came (logout). */
export class SessionEndedError extends Error {
  constructor(message = 'Session ended') {
    super(message);
    this.name = 'SessionEndedError';
  }
}

export type SessionStatus = 'anonymous' | 'authenticated' | 'expired';

export interface SessionSnapshot {
  status: SessionStatus;
  user: AuthUser | null;
}

export const AUTH_ENDPOINTS = {
  login: '/api/v1/auth/login',
  refresh: '/api/v1/auth/refresh',
  logout: '/api/v1/auth/logout',
} as const;

export const STORAGE_KEYS = {
  accessToken: 'qt.auth.accessToken',
  refreshToken: 'qt.auth.refreshToken',
  expiresAt: 'qt.auth.expiresAt',
  user: 'qt.auth.user',
} as const;

/** DOM event fired on `window` when the session expires. */
export const SESSION_EXPIRED_EVENT = 'qt:session-expired';

/** Refresh a little before the announced expiry to avoid a guaranteed 401. */
const EXPIRY_SKEW_MS = 5_000;

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };

interface Waiter {
  resolve: (accessToken: string) => void;
  reject: (error: Error) => void;
}

export class AuthClient {
  private refreshInFlight: Promise<string | null> | null = null;
  private waiters: Waiter[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly expiredListeners = new Set<() => void>();
  private snapshot: SessionSnapshot;

  constructor(private readonly storage: Storage = window.sessionStorage) {
    this.snapshot = this.snapshotFromStorage();
  }

  // ---------------------------------------------------------------- state

  getSnapshot = (): SessionSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Called once each time the session expires (refresh failed). */
  onSessionExpired(listener: () => void): () => void {
    this.expiredListeners.add(listener);
    return () => this.expiredListeners.delete(listener);
  }

  getAccessToken(): string | null {
    return this.storage.getItem(STORAGE_KEYS.accessToken);
  }

  getRefreshToken(): string | null {
    return this.storage.getItem(STORAGE_KEYS.refreshToken);
  }

  /** Forget everything (tests, or a hard reset). Pending callers are rejected. */
  reset(): void {
    this.clearTokens();
    this.storage.removeItem(STORAGE_KEYS.user);
    this.refreshInFlight = null;
    this.rejectWaiters(new SessionEndedError());
    this.setSnapshot({ status: 'anonymous', user: null });
  }

  // ---------------------------------------------------------------- REST calls

  async login(username: string, password: string): Promise<AuthUser> {
    const res = await fetch(AUTH_ENDPOINTS.login, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ username, password }),
    });
    if (!res.ok) throw await toAuthError(res);
    const tokens = (await res.json()) as TokenResponse;
    this.setSession(tokens);
    return tokens.user;
  }

  /** Adopt a token pair (after login). Requests waiting for a re-login resume with it. */
  setSession(tokens: TokenResponse): void {
    this.storeTokens(tokens);
    this.setSnapshot({ status: 'authenticated', user: sameUser(this.snapshot.user, tokens.user) });
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((w) => w.resolve(tokens.accessToken));
  }

  /**
   * Exchange the refresh token for a new pair. Single-flight: while a refresh is
   * running every caller gets the same promise. Resolves to the new access token,
   * or null when the server refused (the session is then expired).
   */
  refresh(): Promise<string | null> {
    if (!this.refreshInFlight) {
      this.refreshInFlight = this.doRefresh({ expireOnFailure: true }).finally(() => {
        this.refreshInFlight = null;
      });
    }
    return this.refreshInFlight;
  }

  async logout(): Promise<void> {
    const refreshToken = this.getRefreshToken();
    try {
      if (refreshToken) {
        let res = await this.postLogout(this.getAccessToken(), refreshToken);
        if (res.status === 401) {
          // Access token already expired: refresh quietly, then revoke the new refresh token.
          const access = await this.doRefresh({ expireOnFailure: false });
          const rotated = this.getRefreshToken();
          if (access && rotated) res = await this.postLogout(access, rotated);
        }
      }
    } catch {
      /* network trouble: the local session is dropped anyway */
    } finally {
      this.clearTokens();
      this.storage.removeItem(STORAGE_KEYS.user);
      this.rejectWaiters(new SessionEndedError());
      this.setSnapshot({ status: 'anonymous', user: null });
    }
  }

  /**
   * `fetch` with `Authorization: Bearer`. Refreshes once on 401/UNAUTHENTICATED and
   * retries; if the refresh fails it waits for the user to sign in again (login
   * modal) and retries then.
   */
  fetchWithAuth = async (url: string, init: RequestInit = {}): Promise<Response> => {
    const token = await this.usableAccessToken();
    const res = await this.send(url, init, token);
    if (!(await isUnauthenticated(res))) return res;

    const current = this.getAccessToken();
    let next: string | null;
    if (current && current !== token) {
      // Another caller refreshed while this request was in flight.
      next = current;
    } else {
      next = await this.refresh();
    }
    if (!next) next = await this.waitForReauth();
    return this.send(url, init, next);
  };

  // ---------------------------------------------------------------- internals

  private async usableAccessToken(): Promise<string> {
    if (this.snapshot.status === 'expired') return this.waitForReauth();
    const token = this.getAccessToken();
    const expiresAt = Number(this.storage.getItem(STORAGE_KEYS.expiresAt) ?? 0);
    const stale = !token || (expiresAt > 0 && Date.now() >= expiresAt - EXPIRY_SKEW_MS);
    if (token && !stale) return token;
    if (!this.getRefreshToken()) {
      if (this.snapshot.status === 'authenticated') {
        this.expire();
        return this.waitForReauth();
      }
      throw new SessionEndedError('Not signed in');
    }
    return (await this.refresh()) ?? this.waitForReauth();
  }

  private send(url: string, init: RequestInit, token: string): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${token}`);
    return fetch(url, { ...init, headers });
  }

  private async doRefresh({ expireOnFailure }: { expireOnFailure: boolean }): Promise<string | null> {
    const refreshToken = this.getRefreshToken();
    if (!refreshToken) {
      if (expireOnFailure) this.expire();
      return null;
    }
    const res = await fetch(AUTH_ENDPOINTS.refresh, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ refreshToken }),
    });
    if (res.ok) {
      const tokens = (await res.json()) as TokenResponse;
      this.storeTokens(tokens); // the refresh token rotates: always keep the new one
      this.setSnapshot({ status: 'authenticated', user: sameUser(this.snapshot.user, tokens.user) });
      return tokens.accessToken;
    }
    if (res.status >= 500 || res.status === 429) {
      // The refresh token may still be good; do not throw the session away.
      throw await toAuthError(res);
    }
    if (expireOnFailure) this.expire();
    return null;
  }

  private postLogout(accessToken: string | null, refreshToken: string): Promise<Response> {
    const headers: Record<string, string> = { ...JSON_HEADERS };
    if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
    return fetch(AUTH_ENDPOINTS.logout, {
      method: 'POST',
      headers,
      body: JSON.stringify({ refreshToken }),
    });
  }

  private waitForReauth(): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      this.waiters.push({ resolve, reject });
    });
  }

  private rejectWaiters(error: Error): void {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((w) => w.reject(error));
  }

  private expire(): void {
    this.clearTokens();
    if (this.snapshot.status === 'expired') return;
    this.setSnapshot({ status: 'expired', user: this.snapshot.user });
    this.expiredListeners.forEach((l) => l());
    window.dispatchEvent(new CustomEvent(SESSION_EXPIRED_EVENT));
  }

  private storeTokens(tokens: TokenResponse): void {
    this.storage.setItem(STORAGE_KEYS.accessToken, tokens.accessToken);
    this.storage.setItem(STORAGE_KEYS.refreshToken, tokens.refreshToken);
    if (Number.isFinite(tokens.expiresIn) && tokens.expiresIn > 0) {
      this.storage.setItem(STORAGE_KEYS.expiresAt, String(Date.now() + tokens.expiresIn * 1000));
    } else {
      this.storage.removeItem(STORAGE_KEYS.expiresAt);
    }
    if (tokens.user) this.storage.setItem(STORAGE_KEYS.user, JSON.stringify(tokens.user));
  }

  private clearTokens(): void {
    this.storage.removeItem(STORAGE_KEYS.accessToken);
    this.storage.removeItem(STORAGE_KEYS.refreshToken);
    this.storage.removeItem(STORAGE_KEYS.expiresAt);
  }

  private snapshotFromStorage(): SessionSnapshot {
    const user = readUser(this.storage);
    if (user && this.getRefreshToken()) return { status: 'authenticated', user };
    return { status: 'anonymous', user: null };
  }

  private setSnapshot(next: SessionSnapshot): void {
    if (next.status === this.snapshot.status && next.user === this.snapshot.user) return;
    this.snapshot = next;
    this.listeners.forEach((l) => l());
  }
}

/** Keep the current user object when the refresh response describes the same user. */
function sameUser(current: AuthUser | null, next: AuthUser | undefined): AuthUser | null {
  if (!next) return current;
  if (current && current.id === next.id && current.displayName === next.displayName) return current;
  return next;
}

function readUser(storage: Storage): AuthUser | null {
  const raw = storage.getItem(STORAGE_KEYS.user);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as AuthUser;
  } catch {
    return null;
  }
}

async function toAuthError(res: Response): Promise<AuthError> {
  let body: Partial<ApiErrorBody> = {};
  try {
    body = (await res.json()) as Partial<ApiErrorBody>;
  } catch {
    /* not JSON */
  }
  const header = Number(res.headers.get('Retry-After'));
  const retryAfter = body.retryAfterSeconds ?? (Number.isFinite(header) && header > 0 ? header : undefined);
  return new AuthError(res.status, body.code ?? `HTTP_${res.status}`, body.message ?? res.statusText, retryAfter);
}

/** A 401, or a GraphQL response whose errors say UNAUTHENTICATED. */
async function isUnauthenticated(res: Response): Promise<boolean> {
  if (res.status === 401) return true;
  if (!res.ok || !(res.headers.get('Content-Type') ?? '').includes('json')) return false;
  try {
    const body = (await res.clone().json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    return Array.isArray(body?.errors) && body.errors.some((e) => e?.extensions?.code === 'UNAUTHENTICATED');
  } catch {
    return false;
  }
}

/** The application-wide client. */
export const authClient = new AuthClient();
export const fetchWithAuth = authClient.fetchWithAuth;
