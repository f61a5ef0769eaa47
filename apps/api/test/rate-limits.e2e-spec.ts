import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { OrganisationKind as K, Role } from '@qt/shared-domain';
import request from 'supertest';
import { createApp } from '../src/create-app';
import { TestApp, TestOrg } from './support/test-app';

/**
 * Rate limits (giới hạn tần suất) counted in Redis: two API instances on the same database and Redis
 * (as two replicas behind a load balancer) share one budget per service account, per user and per
 * address; over it, REST answers 429 with Retry-After and GraphQL TOO_MANY_REQUESTS with retryAfterSeconds.
 */
describe('rate limits shared by two API instances', () => {
  let t: TestApp;
  let second: NestFastifyApplication;
  let a: TestOrg;
  let adminA: string;
  const USER_LIMIT = 8;
  const CLIENT_DEFAULT_LIMIT = 5;
  const ANONYMOUS_LIMIT = 40;

  /** The instance that serves request number i: alternating, as a round-robin balancer would. */
  const api = (i: number) => (i % 2 === 0 ? t.http : request(second.getHttpServer()));
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  const newClient = async (name: string, rateLimitPerMinute?: number) => {
    const res = await t.http.post('/api/v1/service-accounts').set(auth(adminA))
      .send({ organisationId: a.id, name, scopes: ['members:read'], ...(rateLimitPerMinute ? { rateLimitPerMinute } : {}) });
    expect(res.status).toBe(201);
    const token = await t.http.post('/api/v1/oauth/token')
      .send({ grant_type: 'client_credentials', client_id: res.body.account.clientId, client_secret: res.body.clientSecret });
    expect(token.status).toBe(200);
    return token.body.access_token as string;
  };

  beforeAll(async () => {
    t = await TestApp.start({
      RATE_LIMIT_USER_PER_MINUTE: String(USER_LIMIT),
      RATE_LIMIT_CLIENT_PER_MINUTE: String(CLIENT_DEFAULT_LIMIT),
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: String(ANONYMOUS_LIMIT),
    });
    // The second replica: same configuration (database, Redis, key prefix, JWT key), its own process state.
    second = await createApp(t.config, { plainLogger: true });
    await second.getHttpAdapter().getInstance().ready();
    const root = await t.root();
    a = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Công Thương', 'DUK.A');
    await t.member(await t.org(a, K.CELL, 'Chi bộ Vụ Thị trường', 'A.C1'));
    adminA = await t.tokenFor([[Role.ADMIN, a]]);
  });
  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  it('stops a client after its own limit, counted across both instances; REST 429 with Retry-After, GraphQL TOO_MANY_REQUESTS', async () => {
    const token = await newClient('Hệ thống đồng bộ', 6);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await api(i).get('/api/v1/members').set(auth(token))).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);

    const over = await api(6).get('/api/v1/members').set(auth(token));
    expect(over.status).toBe(429);
    const retryAfter = Number(over.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(over.body).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: retryAfter });

    const gql = await api(7).post('/graphql').set(auth(token)).send({ query: '{ members { nodes { id } } }' });
    expect(gql.body.errors[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) });
    expect(gql.body.errors[0].extensions.retryAfterSeconds).toBeGreaterThanOrEqual(1);

    // Another client has its own budget (the deployment default) and is not affected.
    const other = await newClient('Cổng thông tin điện tử');
    for (let i = 0; i < CLIENT_DEFAULT_LIMIT; i++) expect((await api(i).get('/api/v1/members').set(auth(other))).status).toBe(200);
    expect((await api(1).get('/api/v1/members').set(auth(other))).status).toBe(429);
  });

  it('gives each signed-in user one budget across both instances, REST and GraphQL together', async () => {
    const token = await t.tokenFor([[Role.COMMITTEE_OFFICE, a]]);
    for (let i = 0; i < USER_LIMIT; i++) {
      const res = i % 3 === 0
        ? await api(i).post('/graphql').set(auth(token)).send({ query: '{ members { nodes { id } } }' })
        : await api(i).get('/api/v1/members').set(auth(token));
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
    }
    const over = await api(USER_LIMIT).get('/api/v1/members').set(auth(token));
    expect(over.status).toBe(429);
    expect(Number(over.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // The administrator's own budget is untouched.
    expect((await api(1).get('/api/v1/service-accounts').set(auth(adminA))).status).toBe(200);
  });

  it('limits callers without a token per address, on the token endpoint too', async () => {
    let status = 0;
    let n = 0;
    while (status !== 429 && n < ANONYMOUS_LIMIT + 5) {
      status = (await api(n).post('/api/v1/oauth/token').send({ grant_type: 'client_credentials', client_id: 'qtc_x', client_secret: 'y' })).status;
      n++;
    }
    expect(status).toBe(429);
    // Some of the budget went to the logins and token requests above; never more than the limit passes.
    expect(n).toBeLessThanOrEqual(ANONYMOUS_LIMIT + 1);
    const login = await api(n).post('/api/v1/auth/login').send({ username: 'nobody', password: 'Sai-mat-khau-123' });
    expect(login.status).toBe(429);
    expect(Number(login.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  });
});
