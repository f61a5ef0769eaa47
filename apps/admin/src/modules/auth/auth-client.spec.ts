import { AUTH_ENDPOINTS, AuthClient, SESSION_EXPIRED_EVENT, STORAGE_KEYS } from './auth-client';
import { delay, gqlData, gqlUnauthenticated, installFakeApi, json, tokens, unauthorized } from '../../test/fake-api';

const REFRESH = AUTH_ENDPOINTS.refresh;

/** A protected resource that only accepts `access-2` (the token after one refresh). */
function protectedData(req: { token: string | null }) {
  return req.token === 'access-2' ? gqlData({ organisationRoots: [{ id: 'org-1', name: 'Đảng bộ Khối' }] }) : unauthorized();
}

async function readRoots(res: Response) {
  return ((await res.json()) as { data: { organisationRoots: Array<{ name: string }> } }).data.organisationRoots;
}

describe('fetchWithAuth', () => {
  let client: AuthClient;
  beforeEach(() => {
    client = new AuthClient(sessionStorage);
    client.setSession(tokens(1));
  });

  it('refreshes once on a 401, retries, and the caller gets the data (rotated refresh token kept)', async () => {
    const api = installFakeApi({
      rest: { [REFRESH]: () => json(200, tokens(2)) },
      graphql: { OrganisationRoots: protectedData },
    });

    const res = await client.fetchWithAuth('/graphql', {
      method: 'POST',
      body: JSON.stringify({ query: 'query OrganisationRoots { organisationRoots { id } }' }),
    });

    expect(res.status).toBe(200);
    expect(await readRoots(res)).toEqual([{ id: 'org-1', name: 'Đảng bộ Khối' }]);
    expect(api.to(REFRESH)).toHaveLength(1);
    expect(api.to(REFRESH)[0].body).toEqual({ refreshToken: 'refresh-1' });
    expect(api.ops('OrganisationRoots').map((c) => c.token)).toEqual(['access-1', 'access-2']);
    expect(sessionStorage.getItem(STORAGE_KEYS.refreshToken)).toBe('refresh-2');
    expect(client.getSnapshot().status).toBe('authenticated');
  });

  it('treats a GraphQL UNAUTHENTICATED error like a 401', async () => {
    const api = installFakeApi({
      rest: { [REFRESH]: () => json(200, tokens(2)) },
      graphql: {
        OrganisationRoots: (req) =>
          req.token === 'access-2' ? gqlData({ organisationRoots: [{ name: 'Đảng bộ Khối' }] }) : gqlUnauthenticated(),
      },
    });

    const res = await client.fetchWithAuth('/graphql', {
      method: 'POST',
      body: JSON.stringify({ query: 'query OrganisationRoots { organisationRoots { name } }' }),
    });

    expect(await readRoots(res)).toEqual([{ name: 'Đảng bộ Khối' }]);
    expect(api.to(REFRESH)).toHaveLength(1);
  });

  it('two concurrent 401s share ONE refresh call and both callers get their data', async () => {
    let releaseRefresh!: () => void;
    const refreshGate = new Promise<void>((resolve) => (releaseRefresh = resolve));
    const api = installFakeApi({
      rest: {
        [REFRESH]: async () => {
          await refreshGate; // hold the refresh until both requests have failed
          return json(200, tokens(2));
        },
      },
      graphql: { OrganisationRoots: protectedData },
    });
    const body = JSON.stringify({ query: 'query OrganisationRoots { organisationRoots { name } }' });

    const both = Promise.all([
      client.fetchWithAuth('/graphql', { method: 'POST', body }),
      client.fetchWithAuth('/graphql', { method: 'POST', body }),
    ]);
    await vi.waitFor(() => expect(api.ops('OrganisationRoots')).toHaveLength(2));
    await delay(0);
    releaseRefresh();
    const [a, b] = await both;

    expect(await readRoots(a)).toEqual([{ id: 'org-1', name: 'Đảng bộ Khối' }]);
    expect(await readRoots(b)).toEqual([{ id: 'org-1', name: 'Đảng bộ Khối' }]);
    expect(api.to(REFRESH)).toHaveLength(1);
    expect(api.ops('OrganisationRoots').map((c) => c.token)).toEqual(['access-1', 'access-1', 'access-2', 'access-2']);
  });

  it('a refused refresh raises session-expired, and the waiting request completes after a new login', async () => {
    const domEvent = vi.fn();
    const listener = vi.fn();
    window.addEventListener(SESSION_EXPIRED_EVENT, domEvent);
    client.onSessionExpired(listener);
    installFakeApi({
      rest: {
        [REFRESH]: () => unauthorized('Refresh token revoked'),
        [AUTH_ENDPOINTS.login]: () => json(200, tokens(2)),
      },
      graphql: { OrganisationRoots: protectedData },
    });

    const pending = client.fetchWithAuth('/graphql', {
      method: 'POST',
      body: JSON.stringify({ query: 'query OrganisationRoots { organisationRoots { name } }' }),
    });
    await vi.waitFor(() => expect(client.getSnapshot().status).toBe('expired'));
    expect(domEvent).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(sessionStorage.getItem(STORAGE_KEYS.accessToken)).toBeNull();
    expect(client.getSnapshot().user?.displayName).toBe('Nguyễn Văn Quản Trị');

    await client.login('admin', 'secret');
    expect(await readRoots(await pending)).toEqual([{ id: 'org-1', name: 'Đảng bộ Khối' }]);
    window.removeEventListener(SESSION_EXPIRED_EVENT, domEvent);
  });

  it('refreshes before sending when the access token is known to be expired', async () => {
    client.setSession(tokens(1, { expiresIn: 1 }));
    sessionStorage.setItem(STORAGE_KEYS.expiresAt, String(Date.now() - 1000));
    const api = installFakeApi({
      rest: { [REFRESH]: () => json(200, tokens(2)) },
      graphql: { OrganisationRoots: protectedData },
    });

    const res = await client.fetchWithAuth('/graphql', {
      method: 'POST',
      body: JSON.stringify({ query: 'query OrganisationRoots { organisationRoots { name } }' }),
    });

    expect(res.status).toBe(200);
    expect(api.ops('OrganisationRoots').map((c) => c.token)).toEqual(['access-2']);
  });

  it('logout revokes the refresh token with the Bearer access token and forgets the session', async () => {
    const api = installFakeApi({ rest: { [AUTH_ENDPOINTS.logout]: () => new Response(null, { status: 204 }) } });

    await client.logout();

    expect(api.to(AUTH_ENDPOINTS.logout)).toHaveLength(1);
    expect(api.to(AUTH_ENDPOINTS.logout)[0].token).toBe('access-1');
    expect(api.to(AUTH_ENDPOINTS.logout)[0].body).toEqual({ refreshToken: 'refresh-1' });
    expect(client.getSnapshot()).toEqual({ status: 'anonymous', user: null });
    expect(sessionStorage.getItem(STORAGE_KEYS.refreshToken)).toBeNull();
  });
});
