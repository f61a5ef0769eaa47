import { createHash } from 'node:crypto';
import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { TestApp, TestMember, TestOrg } from './support/test-app';

/**
 * Service accounts (tài khoản tích hợp): administrators create clients for their subtree, clients get
 * tokens with OAuth2 client credentials (RFC 6749 §4.4), scopes and the subtree limit what they reach,
 * secrets are shown once and stored hashed, rotation and revocation take effect at once, and every
 * call is recorded under the client.
 */
describe('service accounts and OAuth2 client credentials', () => {
  let t: TestApp;
  let a: TestOrg;
  let cellA: TestOrg;
  let cellB: TestOrg;
  let adminA: string;
  let adminB: string;
  let officeA: string;
  let memberA: TestMember;
  let memberB: TestMember;
  let client: { id: string; clientId: string; secret: string };

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;
  const tokenForm = (form: Record<string, string>, authorization?: string) => {
    const req = t.http.post('/api/v1/oauth/token').set('content-type', 'application/x-www-form-urlencoded');
    if (authorization) req.set('authorization', authorization);
    return req.send(new URLSearchParams(form).toString());
  };
  const clientToken = async (scope?: string, c = client) => {
    const res = await tokenForm({ grant_type: 'client_credentials', ...(scope ? { scope } : {}) }, basic(c.clientId, c.secret));
    expect(res.status).toBe(200);
    return res.body.access_token as string;
  };
  const createAccount = async (token: string, body: Record<string, unknown>) =>
    t.http.post('/api/v1/service-accounts').set(auth(token)).send(body);
  const row = (over: Record<string, unknown> = {}) => ({
    cardNumber: 'SA000001', fullName: 'Trần Văn Đồng Bộ', birthDate: '1979-04-30', gender: 'MALE', standing: 'OFFICIAL',
    organisationCode: 'A.C1', ...over,
  });

  beforeAll(async () => {
    t = await TestApp.start();
    const root = await t.root();
    a = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Tư pháp', 'DUK.A');
    cellA = await t.org(a, K.CELL, 'Chi bộ Vụ Pháp chế', 'A.C1');
    const b = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Y tế', 'DUK.B');
    cellB = await t.org(b, K.CELL, 'Chi bộ Cục Quản lý Dược', 'B.C1');
    adminA = await t.tokenFor([[Role.ADMIN, a]]);
    adminB = await t.tokenFor([[Role.ADMIN, b]]);
    officeA = await t.tokenFor([[Role.COMMITTEE_OFFICE, a]]);
    memberA = await t.member(cellA, { fullName: 'Nguyễn Thị Phương', cardNumber: 'A0000001' });
    memberB = await t.member(cellB, { fullName: 'Lê Văn Bình', cardNumber: 'B0000001' });

    const res = await createAccount(adminA, {
      organisationId: a.id,
      name: 'CSDL đảng viên 3.0',
      scopes: ['members:read', 'members:write', 'organisations:read'],
    });
    expect(res.status).toBe(201);
    client = { id: res.body.account.id, clientId: res.body.account.clientId, secret: res.body.clientSecret };
  });
  afterAll(() => t?.close());

  describe('administration', () => {
    it('shows the secret once; reads never return it and the database keeps only its SHA-256', async () => {
      expect(client.secret).toMatch(/^qts_[A-Za-z0-9_-]{43}$/);
      const one = await t.http.get(`/api/v1/service-accounts/${client.id}`).set(auth(adminA));
      expect(one.status).toBe(200);
      expect(one.body).toMatchObject({ name: 'CSDL đảng viên 3.0', organisationId: a.id, organisationName: 'Đảng bộ Bộ Tư pháp', revokedAt: null });
      expect(one.body.scopes).toEqual(['members:read', 'members:write', 'organisations:read']);
      const list = await t.http.get('/api/v1/service-accounts').set(auth(adminA));
      expect(list.body.nodes.map((n: { id: string }) => n.id)).toEqual([client.id]);
      const gql = await t.gql(adminA, `{ serviceAccounts { nodes { id clientId scopes } } }`);
      expect(gql.data.serviceAccounts.nodes).toEqual([{ id: client.id, clientId: client.clientId, scopes: one.body.scopes }]);
      for (const body of [one.body, list.body, gql.data]) expect(JSON.stringify(body)).not.toContain(client.secret);

      const [stored] = await t.query<{ secret_hash: string }>(`SELECT secret_hash FROM service_accounts WHERE id = $1`, [client.id]);
      expect(stored.secret_hash).toBe(createHash('sha256').update(client.secret).digest('hex'));
      const leaks = await t.query(
        `SELECT 1 FROM audit_log WHERE after::text LIKE '%' || $1 || '%' OR after::text LIKE '%' || $2 || '%'`,
        [client.secret, stored.secret_hash],
      );
      expect(leaks).toHaveLength(0);
      const [audit] = await t.query(`SELECT action, entity_id FROM audit_log WHERE entity_type = 'service_account'`);
      expect(audit).toEqual({ action: 'serviceAccount.create', entity_id: client.id });
    });

    it('refuses other roles, other subtrees, anonymous callers and unknown scopes', async () => {
      const body = { organisationId: a.id, name: 'Hệ thống hội nghị', scopes: ['attendance:write'] };
      expect((await createAccount(officeA, body)).status).toBe(403);
      expect((await createAccount(adminB, body)).status).toBe(403);
      expect((await t.http.post('/api/v1/service-accounts').send(body)).status).toBe(401);
      expect((await t.http.get(`/api/v1/service-accounts/${client.id}`).set(auth(adminB))).status).toBe(403);
      expect((await t.http.post(`/api/v1/service-accounts/${client.id}/revoke`).set(auth(adminB))).status).toBe(403);
      expect((await t.http.get('/api/v1/service-accounts').set(auth(adminB))).body.nodes).toEqual([]);
      const unknown = await createAccount(adminA, { ...body, scopes: ['members:read', 'everything:write'] });
      expect(unknown.status).toBe(400);
      expect(unknown.body.fields.map((f: { field: string }) => f.field)).toEqual(['scopes']);
      const gql = await t.gql(officeA, `mutation($i: CreateServiceAccountInput!) { createServiceAccount(input: $i) { clientSecret } }`, { i: body });
      expect(gql.errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect(await t.query(`SELECT 1 FROM service_accounts WHERE name = 'Hệ thống hội nghị'`)).toHaveLength(0);
    });

    it('answers bad input with 400/404/422 naming the field, never a 500 or a half-written account', async () => {
      const before = await t.query(`SELECT id FROM service_accounts`);
      const cases: [Record<string, unknown>, number, string | undefined][] = [
        [{ organisationId: a.id, name: '', scopes: ['members:read'] }, 400, 'name'],
        [{ organisationId: a.id, name: 'X', scopes: [] }, 400, 'scopes'],
        [{ organisationId: a.id, name: 'X', scopes: ['members:read', 'members:read'] }, 400, 'scopes'],
        [{ organisationId: a.id, name: 'X', scopes: 'members:read' }, 400, 'scopes'],
        [{ organisationId: a.id, name: 'X', scopes: ['members:read'], rateLimitPerMinute: 0 }, 400, 'rateLimitPerMinute'],
        [{ organisationId: 'not-a-uuid', name: 'X', scopes: ['members:read'] }, 400, 'organisationId'],
        [{ organisationId: '00000000-0000-4000-8000-000000000000', name: 'X', scopes: ['members:read'] }, 422, 'organisationId'],
        [{ organisationId: a.id, name: 'X\u0000', scopes: ['members:read'] }, 400, undefined],
      ];
      for (const [body, status, field] of cases) {
        const res = await createAccount(adminA, body);
        expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), status]);
        if (field) expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
      }
      const patch = await t.http.patch(`/api/v1/service-accounts/${client.id}`).set(auth(adminA)).send({ name: null });
      expect(patch.status).toBe(400);
      const overlap = await t.http.post(`/api/v1/service-accounts/${client.id}/rotate-secret`).set(auth(adminA)).send({ overlapSeconds: -1 });
      expect(overlap.status).toBe(400);
      expect((await t.http.get('/api/v1/service-accounts/nope').set(auth(adminA))).status).toBe(400);
      expect((await t.http.get('/api/v1/service-accounts/00000000-0000-4000-8000-000000000000').set(auth(adminA))).status).toBe(404);
      expect((await t.http.get('/api/v1/service-accounts?after=%%%').set(auth(adminA))).status).toBe(400);
      expect(await t.query(`SELECT id FROM service_accounts`)).toEqual(before);

      const weird = [
        t.http.post('/api/v1/oauth/token').send({ grant_type: ['client_credentials'], client_id: client.clientId, client_secret: client.secret }),
        t.http.post('/api/v1/oauth/token').send({ grant_type: 'client_credentials', client_id: 42, client_secret: { $ne: '' } }),
        t.http.post('/api/v1/oauth/token').set('authorization', 'Basic ###').send({ grant_type: 'client_credentials' }),
        t.http.post('/api/v1/oauth/token').send({ grant_type: 'client_credentials', client_id: 'x'.repeat(5000), client_secret: 'y' }),
        t.http.post('/api/v1/oauth/token').send({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.secret, scope: ['members:read'] }),
      ];
      const answers = await Promise.all(weird);
      expect(answers.map((r) => [r.status, r.body.error])).toEqual([
        [400, 'unsupported_grant_type'], [401, 'invalid_client'], [401, 'invalid_client'], [401, 'invalid_client'], [400, 'invalid_request'],
      ]);
    });
  });

  describe('token endpoint (RFC 6749 §4.4, errors per §5.2)', () => {
    it('issues a Bearer JWT for Basic credentials in a form body, and for credentials in a JSON body', async () => {
      const form = await tokenForm({ grant_type: 'client_credentials' }, basic(client.clientId, client.secret));
      expect(form.status).toBe(200);
      expect(form.headers['cache-control']).toBe('no-store');
      expect(form.body).toEqual({
        access_token: expect.any(String), token_type: 'Bearer', expires_in: t.config.JWT_ACCESS_TTL_SECONDS,
        scope: 'members:read members:write organisations:read',
      });
      const claims = JSON.parse(Buffer.from(form.body.access_token.split('.')[1], 'base64url').toString());
      expect(claims).toMatchObject({ sub: `client:${client.id}`, typ: 'client', client_id: client.clientId, iss: t.config.JWT_ISSUER });

      const json = await t.http.post('/api/v1/oauth/token').send({
        grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.secret, scope: 'members:read',
      });
      expect(json.status).toBe(200);
      expect(json.body.scope).toBe('members:read');
      const inForm = await tokenForm({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.secret });
      expect(inForm.status).toBe(200);
    });

    it('answers invalid_client (401 + WWW-Authenticate), unsupported_grant_type, invalid_scope, invalid_request', async () => {
      const wrong = await tokenForm({ grant_type: 'client_credentials' }, basic(client.clientId, `${client.secret}x`));
      expect(wrong.status).toBe(401);
      expect(wrong.body).toEqual({ error: 'invalid_client', error_description: expect.any(String) });
      expect(wrong.headers['www-authenticate']).toMatch(/^Basic realm=/);
      const unknownClient = await tokenForm({ grant_type: 'client_credentials', client_id: 'qtc_nobody', client_secret: client.secret });
      expect([unknownClient.status, unknownClient.body.error]).toEqual([401, 'invalid_client']);
      const noSecret = await tokenForm({ grant_type: 'client_credentials', client_id: client.clientId });
      expect([noSecret.status, noSecret.body.error]).toEqual([401, 'invalid_client']);

      const grant = await tokenForm({ grant_type: 'password', username: 'x', password: 'y' }, basic(client.clientId, client.secret));
      expect([grant.status, grant.body.error]).toEqual([400, 'unsupported_grant_type']);
      const noGrant = await tokenForm({}, basic(client.clientId, client.secret));
      expect([noGrant.status, noGrant.body.error]).toEqual([400, 'invalid_request']);
      const unknownScope = await tokenForm({ grant_type: 'client_credentials', scope: 'members:read root:everything' }, basic(client.clientId, client.secret));
      expect([unknownScope.status, unknownScope.body.error]).toEqual([400, 'invalid_scope']);
      const notGranted = await tokenForm({ grant_type: 'client_credentials', scope: 'attendance:write' }, basic(client.clientId, client.secret));
      expect([notGranted.status, notGranted.body.error]).toEqual([400, 'invalid_scope']);
      const both = await tokenForm(
        { grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.secret },
        basic(client.clientId, client.secret),
      );
      expect([both.status, both.body.error]).toEqual([400, 'invalid_request']);
    });
  });

  describe('what a client token reaches', () => {
    it('reads members of its subtree only, by REST and GraphQL; ids of another subtree are refused', async () => {
      const token = await clientToken();
      const list = await t.http.get('/api/v1/members').set(auth(token));
      expect(list.status).toBe(200);
      expect(list.body.nodes.map((m: { id: string }) => m.id)).toEqual([memberA.id]);
      expect((await t.http.get(`/api/v1/members/${memberA.id}`).set(auth(token))).status).toBe(200);
      expect((await t.http.get(`/api/v1/members/${memberB.id}`).set(auth(token))).status).toBe(403);
      expect((await t.http.get(`/api/v1/members?withinId=${cellB.id}`).set(auth(token))).status).toBe(403);
      const gql = await t.gql(token, `{ members { nodes { id fullName } } }`);
      expect(gql.data.members.nodes).toEqual([{ id: memberA.id, fullName: 'Nguyễn Thị Phương' }]);
      const orgs = await t.http.get(`/api/v1/organisations/${cellA.id}`).set(auth(token));
      expect(orgs.status).toBe(200);
    });

    it('writes only where its scope and subtree allow, audited under the client', async () => {
      const token = await clientToken();
      const res = await t.http.post('/api/v1/members/bulk').set(auth(token))
        .send({ rows: [row(), row({ cardNumber: 'SA000002', organisationCode: 'B.C1' }), row({ cardNumber: 'B0000001', fullName: 'Lê Văn Bình Sửa' })] });
      expect(res.status).toBe(200);
      expect(res.body.rows.map((r: { outcome: string }) => r.outcome)).toEqual(['created', 'error', 'error']);
      expect(await t.query(`SELECT 1 FROM members WHERE card_number = 'SA000002'`)).toHaveLength(0);
      const [b] = await t.query<{ full_name: string }>(`SELECT full_name FROM members WHERE id = $1`, [memberB.id]);
      expect(b.full_name).toBe('Lê Văn Bình');
      const patch = await t.http.patch(`/api/v1/members/${memberB.id}`).set(auth(token)).send({ position: 'Đoán mò' });
      expect(patch.status).toBe(403);

      const audit = await t.query<{ actor_user_id: string; actor_label: string }>(
        `SELECT actor_user_id, actor_label FROM audit_log WHERE entity_type = 'member' AND action = 'member.create'`,
      );
      expect(audit).toEqual([{ actor_user_id: client.id, actor_label: `client:${client.clientId}` }]);
    });

    it('refuses operations its token scopes do not name, and operations meant for people', async () => {
      const readOnly = await clientToken('members:read');
      const upsert = await t.http.post('/api/v1/members/bulk').set(auth(readOnly)).send({ rows: [row({ cardNumber: 'SA000003' })] });
      expect(upsert.status).toBe(403);
      expect(upsert.body.message).toMatch(/scopes/);
      expect(await t.query(`SELECT 1 FROM members WHERE card_number = 'SA000003'`)).toHaveLength(0);
      expect((await t.http.get(`/api/v1/organisations/${cellA.id}`).set(auth(readOnly))).status).toBe(403);
      const full = await clientToken();
      expect((await t.http.get('/api/v1/service-accounts').set(auth(full))).status).toBe(403);
      expect((await t.http.get('/api/v1/campaigns').set(auth(full))).status).toBe(403);
      expect((await t.http.get('/api/v1/members/me').set(auth(full))).status).toBe(403);
      const me = await t.gql(full, `{ me { id } }`);
      expect(me.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it('keeps an access log row for every call of the client, reads and refusals included', async () => {
      const token = await clientToken();
      await t.http.get(`/api/v1/members/${memberA.id}`).set(auth(token)).set('x-request-id', 'sa-read-1');
      await t.http.get(`/api/v1/members/${memberB.id}`).set(auth(token)).set('x-request-id', 'sa-read-2');
      let rows: { operation: string; status: number; request_id: string }[] = [];
      for (let i = 0; i < 50 && rows.length < 2; i++) {
        rows = await t.query(
          `SELECT operation, status, request_id FROM service_account_access_log
            WHERE service_account_id = $1 AND request_id IN ('sa-read-1', 'sa-read-2') ORDER BY request_id`,
          [client.id],
        );
        if (rows.length < 2) await new Promise((r) => setTimeout(r, 20));
      }
      expect(rows).toEqual([
        { operation: 'GET /api/v1/members/:id', status: 200, request_id: 'sa-read-1' },
        { operation: 'GET /api/v1/members/:id', status: 403, request_id: 'sa-read-2' },
      ]);
    });
  });

  describe('scope changes, rotation and revocation take effect at once', () => {
    it('drops a removed scope from tokens already issued', async () => {
      const res = await createAccount(adminA, { organisationId: a.id, name: 'Cổng thông tin', scopes: ['members:read', 'organisations:read'] });
      const portal = { id: res.body.account.id, clientId: res.body.account.clientId, secret: res.body.clientSecret };
      const token = await clientToken(undefined, portal);
      expect((await t.http.get(`/api/v1/organisations/${cellA.id}`).set(auth(token))).status).toBe(200);
      const upd = await t.http.patch(`/api/v1/service-accounts/${portal.id}`).set(auth(adminA)).send({ scopes: ['members:read'] });
      expect(upd.status).toBe(200);
      expect((await t.http.get(`/api/v1/organisations/${cellA.id}`).set(auth(token))).status).toBe(403);
      expect((await t.http.get(`/api/v1/members/${memberA.id}`).set(auth(token))).status).toBe(200);
    });

    it('rotates: the old secret stops at once, or after an overlap', async () => {
      const res = await createAccount(adminA, { organisationId: a.id, name: 'Hệ thống E-learning', scopes: ['members:read'] });
      const first = { id: res.body.account.id, clientId: res.body.account.clientId, secret: res.body.clientSecret };

      const rotated = await t.http.post(`/api/v1/service-accounts/${first.id}/rotate-secret`).set(auth(adminA)).send({});
      expect(rotated.status).toBe(200);
      const second = { ...first, secret: rotated.body.clientSecret as string };
      expect(second.secret).not.toBe(first.secret);
      expect(rotated.body.account.secretRotatedAt).toEqual(expect.any(String));
      const old = await tokenForm({ grant_type: 'client_credentials' }, basic(first.clientId, first.secret));
      expect([old.status, old.body.error]).toEqual([401, 'invalid_client']);
      await clientToken(undefined, second);

      const overlap = await t.gql(adminA, `mutation($id: ID!) { rotateServiceAccountSecret(id: $id, input: { overlapSeconds: 300 }) {
        clientSecret account { previousSecretExpiresAt } } }`, { id: first.id });
      const third = { ...first, secret: overlap.data.rotateServiceAccountSecret.clientSecret as string };
      expect(overlap.data.rotateServiceAccountSecret.account.previousSecretExpiresAt).toEqual(expect.any(String));
      await clientToken(undefined, second);
      await clientToken(undefined, third);
      const expired = await tokenForm({ grant_type: 'client_credentials' }, basic(first.clientId, first.secret));
      expect(expired.status).toBe(401);
    });

    it('revokes: issued tokens are refused on their next request and no new token is issued', async () => {
      const res = await createAccount(adminA, { organisationId: a.id, name: 'Hệ thống hội nghị trực tuyến', scopes: ['members:read'] });
      const conf = { id: res.body.account.id, clientId: res.body.account.clientId, secret: res.body.clientSecret };
      const token = await clientToken(undefined, conf);
      expect((await t.http.get('/api/v1/members').set(auth(token))).status).toBe(200);
      const revoked = await t.gql(adminA, `mutation($id: ID!) { revokeServiceAccount(id: $id) { revokedAt } }`, { id: conf.id });
      expect(revoked.data.revokeServiceAccount.revokedAt).toEqual(expect.any(String));
      expect((await t.http.get('/api/v1/members').set(auth(token))).status).toBe(401);
      const again = await tokenForm({ grant_type: 'client_credentials' }, basic(conf.clientId, conf.secret));
      expect([again.status, again.body.error]).toEqual([401, 'invalid_client']);
      const rotate = await t.http.post(`/api/v1/service-accounts/${conf.id}/rotate-secret`).set(auth(adminA)).send({});
      expect(rotate.status).toBe(422);
      const listed = await t.http.get('/api/v1/service-accounts').set(auth(adminA));
      expect(listed.body.nodes.map((n: { id: string }) => n.id)).not.toContain(conf.id);
      const all = await t.http.get('/api/v1/service-accounts?includeRevoked=true').set(auth(adminA));
      expect(all.body.nodes.map((n: { id: string }) => n.id)).toContain(conf.id);
    });

    it('never lets the technical user row of a client act or log in as a person', async () => {
      const login = await t.http.post('/api/v1/auth/login').send({ username: `client:${client.clientId}`, password: client.secret });
      expect([400, 401]).toContain(login.status);
      const users = await t.http.get('/api/v1/users').set(auth(adminA));
      expect(JSON.stringify(users.body)).not.toContain(client.clientId);
    });
  });
});
