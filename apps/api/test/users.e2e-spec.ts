import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { TestApp, TestOrg } from './support/test-app';

describe('users and role assignments', () => {
  let t: TestApp;
  let root: TestOrg;
  let a: TestOrg;
  let b: TestOrg;
  let adminA: string;

  beforeAll(async () => {
    t = await TestApp.start();
    root = await t.root();
    a = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ A');
    b = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ B');
    adminA = await t.tokenFor([[Role.ADMIN, a]]);
  });
  afterAll(() => t.close());

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  it('an administrator creates a user with a role in their subtree; the user logs in with it', async () => {
    const cell = await t.org(a, K.CELL, 'Chi bộ 1');
    const res = await t.http.post('/api/v1/users').set(auth(adminA)).send({
      username: 'bithu.cb1',
      displayName: 'Lê Văn Bí Thư',
      password: 'Mật khẩu mạnh 2026',
      roles: [{ role: 'CELL_SECRETARY', organisationId: cell.id }],
    });
    expect(res.status).toBe(201);
    expect(res.body.roles).toEqual([expect.objectContaining({ role: 'CELL_SECRETARY', organisation: expect.objectContaining({ id: cell.id }) })]);
    const login = await t.http.post('/api/v1/auth/login').send({ username: 'bithu.cb1', password: 'Mật khẩu mạnh 2026' });
    expect(login.status).toBe(200);
    const [row] = await t.query<{ password_hash: string }>(`SELECT password_hash FROM users WHERE username = 'bithu.cb1'`);
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    const audit = await t.query(`SELECT after FROM audit_log WHERE action = 'user.create'`);
    expect(JSON.stringify(audit)).not.toContain('Mật khẩu mạnh');
  });

  it('enforces the password policy with the field named', async () => {
    const res = await t.http.post('/api/v1/users').set(auth(adminA)).send({ username: 'weak', displayName: 'Yếu', password: 'short1' });
    expect(res.status).toBe(400);
    expect(res.body.fields[0].field).toBe('password');
    const same = await t.http.post('/api/v1/users').set(auth(adminA)).send({ username: 'nguyenvana', displayName: 'A', password: 'nguyenvana2026' });
    expect(same.status).toBe(400);
  });

  it('refuses to grant a role at an organisation outside the administrator\'s subtree', async () => {
    const res = await t.http.post('/api/v1/users').set(auth(adminA)).send({
      username: 'lan.ra.ngoai',
      displayName: 'Ra ngoài',
      password: 'Mật khẩu mạnh 2026',
      roles: [{ role: 'ADMIN', organisationId: b.id }],
    });
    expect(res.status).toBe(403);
    const [{ n }] = await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM users WHERE username = 'lan.ra.ngoai'`);
    expect(n).toBe(0);
  });

  it('assigns and revokes roles; a revoked role stops working at once', async () => {
    const user = await t.user([]);
    const token = await t.login(user);
    expect((await t.http.get(`/api/v1/organisations/${a.id}`).set(auth(token))).status).toBe(403);
    const assigned = await t.http.post(`/api/v1/users/${user.id}/roles`).set(auth(adminA)).send({ role: 'ORGANISATION_BOARD', organisationId: a.id });
    expect(assigned.status).toBe(201);
    expect((await t.http.get(`/api/v1/organisations/${a.id}`).set(auth(token))).status).toBe(200);
    const grant = assigned.body.roles[0];
    const revoked = await t.http.delete(`/api/v1/users/${user.id}/roles/${grant.id}`).set(auth(adminA));
    expect(revoked.status).toBe(200);
    expect((await t.http.get(`/api/v1/organisations/${a.id}`).set(auth(token))).status).toBe(403);
  });

  it('lists only users holding roles in the subtree, and refuses non-administrators', async () => {
    await t.user([[Role.COMMITTEE_OFFICE, b]]);
    const list = await t.gql(adminA, `{ users(first: 100) { nodes { username roles { organisation { id } } } } }`);
    const search = await t.gql(adminA, `{ users(search: "LE VAN BI", first: 10) { nodes { username } } }`);
    expect(search.data.users.nodes).toEqual([{ username: 'bithu.cb1' }]);
    const wildcard = await t.gql(adminA, `{ users(search: "%", first: 10) { nodes { username } } }`);
    expect(wildcard.data.users.nodes).toEqual([]);
    const orgIds = list.data.users.nodes.flatMap((u: { roles: { organisation: { id: string } }[] }) => u.roles.map((r) => r.organisation.id));
    expect(orgIds).not.toContain(b.id);
    const office = await t.tokenFor([[Role.COMMITTEE_OFFICE, a]]);
    expect((await t.http.get('/api/v1/users').set(auth(office))).status).toBe(403);
    const gql = await t.gql(office, `mutation { createUser(input: { username: "x.y.z", displayName: "X", password: "Mật khẩu mạnh 2026" }) { id } }`);
    expect(gql.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('a deactivated user can no longer use their token or refresh', async () => {
    const user = await t.user([[Role.PROPAGANDA_BOARD, a]]);
    const session = (await t.http.post('/api/v1/auth/login').send({ username: user.username, password: 'Mật-khẩu-thử-2026' })).body;
    const off = await t.http.patch(`/api/v1/users/${user.id}/active`).set(auth(adminA)).send({ isActive: false });
    expect(off.status).toBe(200);
    expect((await t.http.get('/api/v1/auth/me').set(auth(session.accessToken))).status).toBe(401);
    expect((await t.http.post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken })).status).toBe(401);
  });

  it('cannot reach into an account that also belongs to another subtree', async () => {
    const adminB = await t.user([[Role.ADMIN, b]]);
    const grant = await t.http.post(`/api/v1/users/${adminB.id}/roles`).set(auth(adminA)).send({ role: 'MEMBER', organisationId: a.id });
    expect(grant.status).toBe(403);
    expect(JSON.stringify(grant.body)).not.toContain(b.name);
    const [{ n }] = await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM role_assignments WHERE user_id = $1`, [adminB.id]);
    expect(n).toBe(1);
    // A user with roles in both subtrees is listed to A's administrator with A's roles only.
    const both = await t.user([[Role.PROPAGANDA_BOARD, a], [Role.PROPAGANDA_BOARD, b]]);
    const list = await t.gql(adminA, `{ users(first: 100) { nodes { id roles { organisation { id name } } } } }`);
    const seen = list.data.users.nodes.find((u: { id: string }) => u.id === both.id);
    expect(seen.roles).toEqual([{ organisation: { id: a.id, name: a.name } }]);
  });

  it('names a malformed id instead of failing', async () => {
    const res = await t.http.post('/api/v1/users/not-a-uuid/roles').set(auth(adminA)).send({ role: 'ADMIN', organisationId: a.id });
    expect(res.status).toBe(400);
    expect(res.body.fields[0].field).toBe('id');
  });
});
