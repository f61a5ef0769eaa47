import { Role } from '@qt/shared-domain';
import jwt from 'jsonwebtoken';
import { TEST_PASSWORD, TestApp, TestUser } from './support/test-app';

describe('auth: login, refresh rotation, logout, throttling', () => {
  let t: TestApp;
  let user: TestUser;

  beforeAll(async () => {
    t = await TestApp.start({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '1000' });
    const root = await t.root();
    user = await t.user([[Role.PROPAGANDA_BOARD, root]]);
  });
  afterAll(() => t.close());

  const login = (username: string, password: string) =>
    t.http.post('/api/v1/auth/login').send({ username, password });

  it('logs in with the right password and the access token opens GraphQL and REST', async () => {
    const res = await login(user.username, TEST_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(
      expect.objectContaining({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 900 }),
    );
    const header = JSON.parse(Buffer.from(res.body.accessToken.split('.')[0], 'base64url').toString());
    expect(header).toEqual(expect.objectContaining({ alg: 'HS256', kid: 'k1' }));
    const me = await t.http.get('/api/v1/auth/me').set('authorization', `Bearer ${res.body.accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body.roles).toEqual([expect.objectContaining({ role: 'PROPAGANDA_BOARD' })]);
    const gql = await t.gql(res.body.accessToken, '{ me { username } }');
    expect(gql.data?.me.username).toBe(user.username);
  });

  it('refuses a wrong password with 401 and the same message as an unknown user', async () => {
    const wrong = await login(user.username, 'not-the-password-1');
    const unknown = await login('nobody-here', 'not-the-password-1');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.message).toBe(unknown.body.message);
    expect(wrong.body.code).toBe('UNAUTHENTICATED');
  });

  it('answers 401 to calls without a token, with a bad signature, expired, or from another issuer', async () => {
    expect((await t.http.get('/api/v1/organisations')).status).toBe(401);
    const gql = await t.gql(null, '{ organisationRoots { id } }');
    expect(gql.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');

    const base = { sub: user.id, username: user.username, typ: 'access' };
    const opts = { issuer: t.config.JWT_ISSUER, audience: t.config.JWT_AUDIENCE };
    const forged = jwt.sign(base, 'another-secret-another-secret-xx', { ...opts, expiresIn: 60 });
    const expired = jwt.sign({ ...base, exp: Math.floor(Date.now() / 1000) - 10 }, t.config.JWT_SECRET, opts);
    const otherIssuer = jwt.sign(base, t.config.JWT_SECRET, { issuer: 'evil', audience: t.config.JWT_AUDIENCE, expiresIn: 60 });
    const noneAlg = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(
      JSON.stringify({ ...base, iss: t.config.JWT_ISSUER, aud: t.config.JWT_AUDIENCE, exp: Math.floor(Date.now() / 1000) + 60 }),
    ).toString('base64url')}.`;
    for (const token of [forged, expired, otherIssuer, noneAlg]) {
      const res = await t.http.get('/api/v1/auth/me').set('authorization', `Bearer ${token}`);
      expect(res.status).toBe(401);
    }
  });

  it('rotates the refresh token; reusing the old one revokes the whole family', async () => {
    const first = (await login(user.username, TEST_PASSWORD)).body;
    const second = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);

    // The stolen old token is replayed: refused, and the family dies with it.
    const replay = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(replay.status).toBe(401);
    const afterTheft = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: second.body.refreshToken });
    expect(afterTheft.status).toBe(401);
    const alarms = await t.query(`SELECT actor_label FROM audit_log WHERE action = 'auth.refreshReuse' AND entity_id = $1`, [user.id]);
    expect(alarms).toEqual([{ actor_label: user.username }]);

    const [stored] = await t.query<{ hashed: boolean }>(
      `SELECT bool_and(token_hash <> $1) AS hashed FROM refresh_tokens`,
      [first.refreshToken],
    );
    expect(stored.hashed).toBe(true);
  });

  it('logout revokes the refresh token', async () => {
    const session = (await login(user.username, TEST_PASSWORD)).body;
    const out = await t.http
      .post('/api/v1/auth/logout')
      .set('authorization', `Bearer ${session.accessToken}`)
      .send({ refreshToken: session.refreshToken });
    expect(out.status).toBe(204);
    const [audit] = await t.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.logout' AND entity_id = $1`, [user.id]);
    expect(audit).toEqual({ n: 1 });
    const refresh = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken });
    expect(refresh.status).toBe(401);
  });

  it('locks an account after repeated failures, even for the right password, with Retry-After', async () => {
    const victim = await t.user([]);
    for (let i = 0; i < 3; i++) expect((await login(victim.username, 'wrong-password-123')).status).toBe(401);
    const locked = await login(victim.username, TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(locked.body.code).toBe('TOO_MANY_REQUESTS');
  });

  it('refuses unknown fields and malformed bodies with 400 naming the field', async () => {
    const extra = await t.http.post('/api/v1/auth/login').send({ username: 'a', password: 'b', role: 'ADMIN' });
    expect(extra.status).toBe(400);
    expect(extra.body.fields).toEqual([expect.objectContaining({ field: 'role' })]);
    const wrongType = await t.http.post('/api/v1/auth/login').send({ username: 42, password: 'x' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.fields.map((f: { field: string }) => f.field)).toContain('username');
    const huge = await t.http.post('/api/v1/auth/login').send({ username: 'x'.repeat(5000), password: 'x' });
    expect(huge.status).toBe(400);
    const notJson = await t.http.post('/api/v1/auth/login').set('content-type', 'application/json').send('{"username":');
    expect(notJson.status).toBe(400);
  });
});

describe('auth: throttling per address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '4' });
  });
  afterAll(() => t.close());

  it('refuses the fifth attempt from one address within the window', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await t.http.post('/api/v1/auth/login').send({ username: `u${i}`, password: 'whatever-123' })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
  });

  it('cannot be bypassed by forging X-Forwarded-For (no proxy is trusted by default)', async () => {
    const res = await t.http.post('/api/v1/auth/login').set('x-forwarded-for', '203.0.113.77').send({ username: 'u9', password: 'whatever-123' });
    expect(res.status).toBe(429);
  });
});
