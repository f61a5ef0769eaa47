import { INestApplicationContext } from '@nestjs/common';
import { JOBS } from '@qt/server-core';
import { NotificationsService } from '@qt/server-notifications';
import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { Queue, QueueEvents } from 'bullmq';
import { DataSource } from 'typeorm';
import {
  hcmDate,
  notificationsOf,
  notificationsQueue,
  startNotificationsWorker,
  userWithEmail,
} from './support/notifications-fixtures';
import { insertCampaign } from './support/study-fixtures';
import { TestApp, TestOrg, TestUser } from './support/test-app';

describe('notifications inbox (thông báo) without SMTP', () => {
  let t: TestApp;
  let root: TestOrg;
  let cell: TestOrg;
  let alice: TestUser;
  let bob: TestUser;
  let aliceToken: string;
  let bobToken: string;

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const notify = (items: { recipientUserId: string; title: string; dedupeKey?: string }[]) =>
    t.app.get(NotificationsService).notify(
      t.app.get(DataSource).manager,
      items.map((i) => ({ ...i, kind: 'TEST', body: `Nội dung: ${i.title}`, link: '/campaigns' })),
    );
  const idsOf = async (userId: string) =>
    (await t.query<{ id: string }>(`SELECT id FROM notifications WHERE recipient_user_id = $1 ORDER BY created_at, title`, [userId])).map(
      (r) => r.id,
    );

  beforeAll(async () => {
    t = await TestApp.start();
    root = await t.root();
    cell = await t.org(await t.org(root, K.GRASSROOTS), K.CELL);
    const aliceMember = await t.member(cell, { fullName: 'Nguyễn Thị Hoa' });
    alice = await userWithEmail(t, 'hoa@example.vn', { memberId: aliceMember.id, roles: [[Role.MEMBER, cell]] });
    bob = await userWithEmail(t, 'binh@example.vn', { roles: [[Role.CELL_SECRETARY, cell]] });
    aliceToken = await t.login(alice);
    bobToken = await t.login(bob);
    await notify([
      { recipientUserId: alice.id, title: 'Thông báo 1' },
      { recipientUserId: alice.id, title: 'Thông báo 2' },
      { recipientUserId: alice.id, title: 'Thông báo 3', dedupeKey: 'k3' },
      { recipientUserId: alice.id, title: 'Thông báo 3 (lặp)', dedupeKey: 'k3' },
      { recipientUserId: bob.id, title: 'Thông báo của Bình' },
    ]);
  });
  afterAll(() => t.close());

  it('a user lists only their own notifications, newest first, page by page; a repeated dedupe key is written once', async () => {
    const first = await t.gql(aliceToken, `{ myNotifications(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { title body link isRead } } }`);
    expect(first.errors).toBeUndefined();
    expect(first.data.myNotifications.totalCount).toBe(3);
    expect(first.data.myNotifications.pageInfo.hasNextPage).toBe(true);
    const after = first.data.myNotifications.pageInfo.endCursor;
    const rest = await t.http.get('/api/v1/notifications').query({ first: 2, after }).set(auth(aliceToken));
    expect(rest.status).toBe(200);
    expect(rest.body.pageInfo.hasNextPage).toBe(false);
    const titles = [...first.data.myNotifications.nodes, ...rest.body.nodes].map((n: { title: string }) => n.title);
    expect(titles.sort()).toEqual(['Thông báo 1', 'Thông báo 2', 'Thông báo 3']);
    expect(titles).not.toContain('Thông báo của Bình');
    expect(first.data.myNotifications.nodes[0]).toMatchObject({ link: '/campaigns', isRead: false });
  });

  it("refuses to mark another user's notification read (404) and changes nothing, not even the caller's own ids in the same request", async () => {
    const [bobsId] = await idsOf(bob.id);
    const [alicesId] = await idsOf(alice.id);
    const rest = await t.http.post('/api/v1/notifications/read').set(auth(aliceToken)).send({ ids: [alicesId, bobsId] });
    expect(rest.status).toBe(404);
    const gql = await t.gql(aliceToken, `mutation($ids: [ID!]) { markNotificationsRead(input: { ids: $ids }) { unreadCount } }`, { ids: [bobsId] });
    expect(gql.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const rows = await t.query<{ read_at: Date | null }>(`SELECT read_at FROM notifications WHERE id = ANY($1::uuid[])`, [[alicesId, bobsId]]);
    expect(rows.every((r) => r.read_at === null)).toBe(true);
  });

  it('marks the listed notifications read, then all of them; the unread count follows', async () => {
    const [one] = await idsOf(alice.id);
    const res = await t.gql(aliceToken, `mutation($ids: [ID!]) { markNotificationsRead(input: { ids: $ids }) { unreadCount } }`, { ids: [one] });
    expect(res.data.markNotificationsRead.unreadCount).toBe(2);
    const unread = await t.http.get('/api/v1/notifications').query({ unreadOnly: 'true' }).set(auth(aliceToken));
    expect(unread.body.nodes).toHaveLength(2);
    expect(unread.body.nodes.map((n: { id: string }) => n.id)).not.toContain(one);
    const all = await t.http.post('/api/v1/notifications/read').set(auth(aliceToken)).send({ all: true });
    expect(all.status).toBe(200);
    expect(all.body).toEqual({ unreadCount: 0 });
    expect((await t.gql(aliceToken, `{ unreadNotificationCount }`)).data.unreadNotificationCount).toBe(0);
    const badge = await t.http.get('/api/v1/notifications/unread-count').set(auth(aliceToken));
    expect(badge.status).toBe(200);
    expect(badge.body).toEqual({ unreadCount: 0 });
    // Bob's notification is untouched by Alice's "all".
    expect((await t.gql(bobToken, `{ unreadNotificationCount }`)).data.unreadNotificationCount).toBe(1);
    expect((await t.http.get('/api/v1/notifications/unread-count').set(auth(bobToken))).body).toEqual({ unreadCount: 1 });
  });

  it('rejects bad input with 400 and the field named', async () => {
    const post = (body: object) => t.http.post('/api/v1/notifications/read').set(auth(aliceToken)).send(body);
    const neither = await post({});
    expect(neither.status).toBe(400);
    expect(neither.body.fields).toEqual([expect.objectContaining({ field: 'ids' })]);
    expect((await post({ ids: [(await idsOf(alice.id))[0]], all: true })).status).toBe(400);
    const notUuid = await post({ ids: ['abc'] });
    expect(notUuid.status).toBe(400);
    expect(notUuid.body.fields?.[0].field).toMatch(/^ids/);
    expect((await post({ ids: [] })).status).toBe(400);
    const cursor = await t.http.get('/api/v1/notifications').query({ after: 'not-a-cursor' }).set(auth(aliceToken));
    expect(cursor.status).toBe(400);
    const gql = await t.gql(aliceToken, `{ myNotifications(first: 500) { totalCount } }`);
    expect(gql.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses anonymous callers', async () => {
    expect((await t.http.get('/api/v1/notifications')).status).toBe(401);
    expect((await t.http.get('/api/v1/notifications/unread-count')).status).toBe(401);
    expect((await t.http.post('/api/v1/notifications/read').send({ all: true })).status).toBe(401);
    expect((await t.gql(null, `{ unreadNotificationCount }`)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('with no SMTP_URL configured, reminders are in-app only: no e-mail job is queued', async () => {
    let worker: INestApplicationContext | undefined;
    const queue: Queue = notificationsQueue(t);
    const events = new QueueEvents(queue.name, { connection: { url: t.config.REDIS_URL }, prefix: t.config.QUEUE_PREFIX });
    try {
      worker = await startNotificationsWorker(t);
      await events.waitUntilReady();
      const member = await t.member(cell, { fullName: 'Trần Văn Chưa Nộp' });
      const user = await userWithEmail(t, 'chuanop@example.vn', { memberId: member.id, roles: [[Role.MEMBER, cell]] });
      const dueOn = await hcmDate(t, 1);
      const campaign = await insertCampaign(t, { issuer: root, startsOn: await hcmDate(t, -10), reportDueOn: await hcmDate(t, 30), essayDueOn: dueOn });
      const job = await queue.add(JOBS.essayDueReminder, { campaignId: campaign.id, dueOn, daysBefore: 1 });
      await job.waitUntilFinished(events, 20000);
      const [note, ...more] = await notificationsOf(t, user.id);
      expect(more).toEqual([]);
      expect(note.title).toBe(`Nhắc nộp bài thu hoạch: ${campaign.code}`);
      expect(note.body).toContain(`${dueOn.split('-').reverse().join('/')} (còn 1 ngày)`);
      expect(note).toMatchObject({ emailed_at: null, email_error: null });
      const jobs = await queue.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed']);
      expect(jobs.filter((j) => j.name === JOBS.sendEmail)).toEqual([]);
    } finally {
      await events.close();
      await queue.close();
      await worker?.close();
    }
  });

  describe("users' e-mail address", () => {
    let admin: string;
    beforeAll(async () => {
      admin = await t.tokenFor([[Role.ADMIN, cell]]);
    });

    it('an administrator creates a user with an e-mail address and changes or removes it later', async () => {
      const created = await t.http.post('/api/v1/users').set(auth(admin)).send({
        username: 'email.user',
        displayName: 'Người có thư',
        password: 'Mật khẩu mạnh 2026',
        email: 'nguoi.co.thu@example.vn',
        roles: [{ role: 'MEMBER', organisationId: cell.id }],
      });
      expect(created.status).toBe(201);
      expect(created.body.email).toBe('nguoi.co.thu@example.vn');
      const changed = await t.gql(admin, `mutation($id: ID!) { setUserEmail(userId: $id, input: { email: "moi@example.vn" }) { email } }`, {
        id: created.body.id,
      });
      expect(changed.data.setUserEmail.email).toBe('moi@example.vn');
      const removed = await t.http.patch(`/api/v1/users/${created.body.id}/email`).set(auth(admin)).send({ email: null });
      expect(removed.status).toBe(200);
      expect(removed.body.email).toBeNull();
    });

    it('refuses a malformed address (400, field named) and a user outside the subtree (403)', async () => {
      const bad = await t.http.post('/api/v1/users').set(auth(admin)).send({
        username: 'bad.email',
        displayName: 'Sai thư',
        password: 'Mật khẩu mạnh 2026',
        email: 'không-phải-thư',
      });
      expect(bad.status).toBe(400);
      expect(bad.body.fields).toEqual([expect.objectContaining({ field: 'email' })]);
      const outsider = await t.user([[Role.MEMBER, root]]);
      const res = await t.http.patch(`/api/v1/users/${outsider.id}/email`).set(auth(admin)).send({ email: 'x@example.vn' });
      expect(res.status).toBe(403);
      const [row] = await t.query<{ email: string | null }>(`SELECT email FROM users WHERE id = $1`, [outsider.id]);
      expect(row.email).toBeNull();
    });
  });
});
