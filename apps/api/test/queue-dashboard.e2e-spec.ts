import { JOBS, QUEUES } from '@qt/server-core';
import { OrganisationKind, Role } from '@qt/shared-domain';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { QUEUE_DASHBOARD_COOKIE } from '../src/queue-dashboard';
import { TestApp, TestOrg } from './support/test-app';

/** The BullMQ dashboard (bull-board) at /admin/queues: root administrators only, bearer or short-lived cookie. */
describe('queue dashboard (/admin/queues)', () => {
  let t: TestApp;
  let root: TestOrg;
  let adminToken: string;
  let boardToken: string;
  let subtreeAdminToken: string;
  let queue: Queue;
  let connection: Redis;

  beforeAll(async () => {
    t = await TestApp.start();
    root = await t.root();
    const upper = await t.org(root, OrganisationKind.UPPER_GRASSROOTS, 'Đảng bộ Bộ Tài chính');
    adminToken = await t.tokenFor([[Role.ADMIN, root]]);
    boardToken = await t.tokenFor([[Role.PROPAGANDA_BOARD, root]]);
    subtreeAdminToken = await t.tokenFor([[Role.ADMIN, upper]]);
    connection = t.redis.duplicate({ maxRetriesPerRequest: null });
    queue = new Queue(QUEUES.maintenance, { connection, prefix: t.config.QUEUE_PREFIX });
    await queue.add(JOBS.purgeExpiredTokens, {}, { jobId: 'dashboard-visible-job' });
  });
  afterAll(async () => {
    await queue?.close();
    await connection?.quit();
    await t?.close();
  });

  const cookieOf = (setCookie: string | string[] | undefined) =>
    ([] as string[]).concat(setCookie ?? []).find((c) => c.startsWith(`${QUEUE_DASHBOARD_COOKIE}=`));

  it('refuses anonymous callers (401) and a bad token (401), for the page and its API', async () => {
    expect((await t.http.get('/admin/queues')).status).toBe(401);
    expect((await t.http.get('/admin/queues/api/queues')).status).toBe(401);
    const forged = await t.http.get('/admin/queues/api/queues').set('authorization', `Bearer ${adminToken.slice(0, -4)}AAAA`);
    expect(forged.status).toBe(401);
    expect(forged.body).toEqual(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    const cookieOnly = await t.http.get('/admin/queues/api/queues').set('cookie', `${QUEUE_DASHBOARD_COOKIE}=not-a-jwt`);
    expect(cookieOnly.status).toBe(401);
  });

  it('refuses signed-in staff who are not administrators (403), and an administrator of a subtree only (403)', async () => {
    const board = await t.http.get('/admin/queues/api/queues').set('authorization', `Bearer ${boardToken}`);
    expect(board.status).toBe(403);
    expect(board.body).toEqual(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect((await t.http.get('/admin/queues').set('authorization', `Bearer ${subtreeAdminToken}`)).status).toBe(403);
    const session = await t.http.post('/admin/queues/session').set('authorization', `Bearer ${boardToken}`);
    expect(session.status).toBe(403);
    expect(cookieOf(session.headers['set-cookie'])).toBeUndefined();
  });

  it('shows the administrator every queue of QUEUES, with their jobs', async () => {
    const page = await t.http.get('/admin/queues').set('authorization', `Bearer ${adminToken}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('<base href="/admin/queues/" />');
    // The page's assets are behind the same gate (the browser sends the cookie, whose path covers them).
    const asset = /src="(static\/js\/main[^"]+)"/.exec(page.text)![1];
    expect((await t.http.get(`/admin/queues/${asset}`)).status).toBe(401);
    expect((await t.http.get(`/admin/queues/${asset}`).set('authorization', `Bearer ${adminToken}`)).status).toBe(200);

    const api = await t.http
      .get('/admin/queues/api/queues')
      .query({ activeQueue: QUEUES.maintenance, status: 'latest', page: 1, jobsPerPage: 10 })
      .set('authorization', `Bearer ${adminToken}`);
    expect(api.status).toBe(200);
    const names = (api.body.queues as { name: string }[]).map((q) => q.name).sort();
    expect(names).toEqual(Object.values(QUEUES).sort());
    const maintenance = (api.body.queues as { name: string; jobs: { id: string }[] }[]).find((q) => q.name === QUEUES.maintenance)!;
    expect(maintenance.jobs.map((j) => j.id)).toContain('dashboard-visible-job');
  });

  it('a browser session: the bearer token is exchanged for a short-lived HttpOnly cookie scoped to the dashboard', async () => {
    const session = await t.http.post('/admin/queues/session').set('authorization', `Bearer ${adminToken}`);
    expect(session.status).toBe(200);
    const cookie = cookieOf(session.headers['set-cookie'])!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\/admin\/queues/);
    const maxAge = Number(/Max-Age=(\d+)/.exec(cookie)![1]);
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(t.config.JWT_ACCESS_TTL_SECONDS);
    expect(session.body.expiresInSeconds).toBe(maxAge);

    const pair = cookie.split(';')[0];
    expect((await t.http.get('/admin/queues/api/queues').set('cookie', pair)).status).toBe(200);

    // A change through the cookie from another site is refused; from the dashboard's own page it works.
    const foreign = await t.http.put(`/admin/queues/api/queues/${QUEUES.maintenance}/pause`).set('cookie', pair).set('origin', 'https://evil.example');
    expect(foreign.status).toBe(403);
    expect(await queue.isPaused()).toBe(false);
    const host = new URL(String((await t.http.get('/health')).request.url)).host;
    const own = await t.http.put(`/admin/queues/api/queues/${QUEUES.maintenance}/pause`).set('cookie', pair).set('origin', `http://${host}`).set('host', host);
    expect(own.status).toBe(200);
    expect(await queue.isPaused()).toBe(true);
    await queue.resume();

    const logout = await t.http.delete('/admin/queues/session').set('cookie', pair);
    expect(logout.status).toBe(204);
    expect(cookieOf(logout.headers['set-cookie'])).toMatch(/Expires=Thu, 01 Jan 1970/);
  });

  it('a form post with the token (from a page) sets the cookie and goes on to the dashboard', async () => {
    const res = await t.http.post('/admin/queues/session').type('form').send({ token: adminToken });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/admin/queues/');
    expect(cookieOf(res.headers['set-cookie'])).toMatch(/HttpOnly/);
  });
});
