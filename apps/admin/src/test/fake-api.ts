import { vi } from 'vitest';
import type { TokenResponse } from '../modules/auth/auth-client';

/** One request seen by the fake backend. */
export interface FakeRequest {
  url: string;
  method: string;
  headers: Headers;
  /** Parsed JSON body (or undefined). */
  body: any;
  /** Raw string body (JSON or not). */
  text?: string;
  /** Bearer token, if any. */
  token: string | null;
  /** GraphQL operation name (`query Foo` → `Foo`). */
  operation?: string;
  variables?: Record<string, unknown>;
}

export type Handler = (req: FakeRequest) => Response | Promise<Response>;

export interface FakeApiRoutes {
  /** Keyed by REST path, e.g. `/api/v1/auth/login`. */
  rest?: Record<string, Handler>;
  /** Keyed by GraphQL operation name, e.g. `OrganisationRoots`. */
  graphql?: Record<string, Handler>;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export const gqlData = (data: unknown) => json(200, { data });

export const gqlUnauthenticated = () =>
  json(200, { data: null, errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }] });

export const unauthorized = (message = 'Authentication required') =>
  json(401, { statusCode: 401, code: 'UNAUTHENTICATED', message });

export const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Replace global `fetch` with a fake backend that records every call. */
export function installFakeApi(routes: FakeApiRoutes) {
  const calls: FakeRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers = new Headers(init.headers);
    const text = typeof init.body === 'string' ? init.body : undefined;
    let body: any;
    try {
      body = text === undefined ? undefined : JSON.parse(text);
    } catch {
      body = undefined; // not JSON (e.g. a CSV upload): see `text`
    }
    const auth = headers.get('Authorization');
    const req: FakeRequest = {
      url,
      method: (init.method ?? 'GET').toUpperCase(),
      headers,
      body,
      text,
      token: auth?.startsWith('Bearer ') ? auth.slice(7) : null,
    };
    if (url === '/graphql') {
      req.operation = /(?:query|mutation)\s+(\w+)/.exec(body?.query ?? '')?.[1];
      req.variables = body?.variables;
    }
    calls.push(req);
    const handler = req.operation ? routes.graphql?.[req.operation] : routes.rest?.[url];
    if (!handler) throw new Error(`Unexpected request ${req.method} ${url} ${req.operation ?? ''}`);
    return handler(req);
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    calls,
    fetchMock,
    to: (url: string) => calls.filter((c) => c.url === url),
    ops: (operation: string) => calls.filter((c) => c.operation === operation),
  };
}

export const USER = { id: 'u-1', username: 'admin', displayName: 'Nguyễn Văn Quản Trị' };

export function tokens(n: number, overrides: Partial<TokenResponse> = {}): TokenResponse {
  return {
    accessToken: `access-${n}`,
    refreshToken: `refresh-${n}`,
    expiresIn: 900,
    user: USER,
    ...overrides,
  };
}

export const ROOTS = [
  { id: 'org-1', code: 'DBK-01', name: 'Đảng bộ Khối các cơ quan Trung ương', kind: 'BLOC', childCount: 2, dissolvedOn: null },
  { id: 'org-2', code: 'DBK-02', name: 'Đảng bộ Khối doanh nghiệp', kind: 'BLOC', childCount: 1, dissolvedOn: null },
];

export const CHILDREN_OF_ORG_1 = [
  { id: 'org-11', code: 'TC-01', name: 'Đảng bộ Tổng cục Thuế', kind: 'UPPER_GRASSROOTS', childCount: 5, dissolvedOn: null },
  { id: 'org-12', code: 'CB-99', name: 'Chi bộ Văn phòng cũ', kind: 'CELL', childCount: 0, dissolvedOn: '2023-06-30' },
];

export const CHILDREN_OF_ORG_2 = [
  { id: 'org-21', code: 'CS-07', name: 'Đảng bộ Tập đoàn Điện lực', kind: 'GRASSROOTS', childCount: 0, dissolvedOn: null },
];

export function childrenPage(
  id: string,
  nodes: unknown[],
  pageInfo: { hasNextPage: boolean; endCursor: string | null } = { hasNextPage: false, endCursor: null },
) {
  return gqlData({ organisation: { id, children: { nodes, pageInfo } } });
}

/** `me` of the signed-in user (roles drive the navigation); default: propaganda board at the bloc. */
export function meData(roles: Array<{ role: string; organisation?: { id: string; code: string; name: string } }> = [{ role: 'PROPAGANDA_BOARD' }]) {
  const org = { id: 'org-1', code: 'DBK-01', name: 'Đảng bộ Khối các cơ quan Trung ương' };
  return gqlData({
    me: { ...USER, roles: roles.map((r) => ({ role: r.role, organisation: r.organisation ?? org })) },
  });
}
