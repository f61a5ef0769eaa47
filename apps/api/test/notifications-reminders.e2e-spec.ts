import { INestApplicationContext } from '@nestjs/common';
import { JOBS } from '@qt/server-core';
import { NotificationsService, reminderInstant, RemindersService } from '@qt/server-notifications';
import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { Queue, QueueEvents } from 'bullmq';
import { DataSource } from 'typeorm';
import {
  eventually,
  hcmDate,
  insertAttendedSession,
  insertEssay,
  notificationsOf,
  notificationsQueue,
  startNotificationsWorker,
  startSmtpServer,
  TestSmtp,
  userWithEmail,
} from './support/notifications-fixtures';
import { insertCampaign, TestCampaign } from './support/study-fixtures';
import { TestApp, TestMember, TestOrg, TestUser } from './support/test-app';

const vnDate = (d: string) => d.split('-').reverse().join('/');

describe('deadline reminders (nhắc hạn) delivered in-app and by e-mail', () => {
  let smtp: TestSmtp;
  let t: TestApp;
  let worker: INestApplicationContext;
  let queue: Queue;
  let events: QueueEvents;

  let root: TestOrg;
  let grassroots: TestOrg;
  let cellBehind: TestOrg;
  let cellDone: TestOrg;
  let writer: TestMember; // cell 1, has an account with e-mail, no essay, not studied
  let submitted: TestMember; // cell 1, has an account with e-mail, essay submitted, studied
  let noAccount: TestMember; // cell 1, no user account, not studied
  let studied: TestMember; // cell 2, studied, account without e-mail, no essay
  let writerUser: TestUser;
  let submittedUser: TestUser;
  let studiedUser: TestUser;
  let secretaryBehind: TestUser;
  let secretaryDone: TestUser;
  let office: TestUser;
  let campaign: TestCampaign;
  let deadline: string;
  let essayDue: string;

  /** Adds a job now (no delay) and waits until it finished; returns its result. */
  async function run(name: string, data: object): Promise<unknown> {
    const job = await queue.add(name, data);
    return job.waitUntilFinished(events, 20000);
  }

  const mailTo = (address: string) => smtp.messages.filter((m) => m.to && JSON.stringify(m.to).includes(address));

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await TestApp.start({ SMTP_URL: smtp.url, MAIL_FROM: 'Quán Triệt <no-reply@quantriet.test>' });
    worker = await startNotificationsWorker(t);
    queue = notificationsQueue(t);
    events = new QueueEvents(queue.name, { connection: { url: t.config.REDIS_URL }, prefix: t.config.QUEUE_PREFIX });
    await events.waitUntilReady();

    root = await t.root();
    grassroots = await t.org(root, K.GRASSROOTS, 'Đảng bộ Bộ Thử');
    cellBehind = await t.org(grassroots, K.CELL, 'Chi bộ Vụ Một');
    cellDone = await t.org(grassroots, K.CELL, 'Chi bộ Vụ Hai');
    writer = await t.member(cellBehind, { fullName: 'Nguyễn Văn Viết' });
    submitted = await t.member(cellBehind, { fullName: 'Trần Thị Nộp' });
    noAccount = await t.member(cellBehind, { fullName: 'Lê Văn Không' });
    studied = await t.member(cellDone, { fullName: 'Phạm Thị Học' });
    await t.member(cellDone, { fullName: 'Đỗ Văn Miễn', flags: { isExemptFromActivities: true } });
    writerUser = await userWithEmail(t, 'viet@example.vn', { memberId: writer.id, roles: [[Role.MEMBER, cellBehind]] });
    submittedUser = await userWithEmail(t, 'nop@example.vn', { memberId: submitted.id, roles: [[Role.MEMBER, cellBehind]] });
    studiedUser = await userWithEmail(t, null, { memberId: studied.id, roles: [[Role.MEMBER, cellDone]] });
    secretaryBehind = await userWithEmail(t, 'bithu1@example.vn', { roles: [[Role.CELL_SECRETARY, cellBehind]] });
    secretaryDone = await userWithEmail(t, 'bithu2@example.vn', { roles: [[Role.CELL_SECRETARY, cellDone]] });
    office = await userWithEmail(t, 'vanphong@example.vn', { roles: [[Role.COMMITTEE_OFFICE, grassroots]] });

    deadline = await hcmDate(t, 3);
    essayDue = await hcmDate(t, 2);
    campaign = await insertCampaign(t, {
      issuer: root,
      startsOn: await hcmDate(t, -30),
      reportDueOn: await hcmDate(t, 60),
      essayDueOn: essayDue,
      levels: [
        { level: K.GRASSROOTS, deadline },
        { level: K.CELL, deadline },
      ],
    });
    await insertEssay(t, campaign.id, submitted);
    await insertAttendedSession(t, campaign.id, grassroots.id, [
      { member: studied, status: 'PRESENT' },
      { member: submitted, status: 'LATE' },
      { member: writer, status: 'LEFT_EARLY' },
      { member: noAccount, status: 'UNEXCUSED' },
    ]);
    // A cancelled session does not count, even with PRESENT marked.
    await insertAttendedSession(t, campaign.id, grassroots.id, [{ member: noAccount, status: 'PRESENT' }], { status: 'CANCELLED' });
  });

  afterAll(async () => {
    await events?.close();
    await queue?.close();
    await worker?.close();
    await t?.close();
    await smtp?.close();
  });

  it('essay reminder: members who have not submitted get one notification and one e-mail, even when the job runs twice', async () => {
    const job = { campaignId: campaign.id, dueOn: essayDue, daysBefore: 3 };
    expect(await run(JOBS.essayDueReminder, job)).toEqual({ notified: 2 }); // writer + studied (no e-mail); not submitted, not noAccount
    expect(await run(JOBS.essayDueReminder, job)).toEqual({ notified: 2 });

    const mine = await notificationsOf(t, writerUser.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: 'ESSAY_DUE_REMINDER', title: `Nhắc nộp bài thu hoạch: ${campaign.code}` });
    expect(mine[0].body).toContain(`là ngày ${vnDate(essayDue)} (còn 2 ngày)`);
    expect(mine[0].body).toContain('Đồng chí chưa nộp bài thu hoạch');

    await eventually(async () => (await notificationsOf(t, writerUser.id))[0].emailed_at);
    const mails = mailTo('viet@example.vn');
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(`Nhắc nộp bài thu hoạch: ${campaign.code}`);
    expect(mails[0].from?.text).toContain('no-reply@quantriet.test');
    expect(mails[0].text).toContain(`là ngày ${vnDate(essayDue)}`);

    // The member who submitted gets nothing; the one without an e-mail address gets the in-app copy only.
    expect(await notificationsOf(t, submittedUser.id)).toEqual([]);
    expect(mailTo('nop@example.vn')).toEqual([]);
    const noEmail = await notificationsOf(t, studiedUser.id);
    expect(noEmail).toHaveLength(1);
    expect(noEmail[0]).toMatchObject({ emailed_at: null, email_error: null });
  });

  it('the recipient reads the reminder in the app and marks it read', async () => {
    const token = await t.login(writerUser);
    const list = await t.gql(token, `{ myNotifications(unreadOnly: true) { totalCount nodes { id kind title isRead } } unreadNotificationCount }`);
    expect(list.errors).toBeUndefined();
    expect(list.data.myNotifications.nodes).toEqual([
      expect.objectContaining({ kind: 'ESSAY_DUE_REMINDER', title: `Nhắc nộp bài thu hoạch: ${campaign.code}`, isRead: false }),
    ]);
    expect(list.data.unreadNotificationCount).toBe(1);
    const id = list.data.myNotifications.nodes[0].id;
    const read = await t.http.post('/api/v1/notifications/read').set('authorization', `Bearer ${token}`).send({ ids: [id] });
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ unreadCount: 0 });
  });

  it('deadline reminder: the secretary of a cell that is behind is told how many members have not studied; a cell fully studied gets none', async () => {
    const job = { campaignId: campaign.id, level: K.CELL, deadline, daysBefore: 3 };
    expect(await run(JOBS.campaignDeadlineReminder, job)).toEqual({ notified: 1 });
    expect(await run(JOBS.campaignDeadlineReminder, job)).toEqual({ notified: 1 });

    const [note, ...more] = await notificationsOf(t, secretaryBehind.id);
    expect(more).toEqual([]);
    expect(note.kind).toBe('CAMPAIGN_DEADLINE_REMINDER');
    expect(note.title).toBe(`Nhắc hạn học tập, quán triệt: ${campaign.code}`);
    // LEFT_EARLY and UNEXCUSED do not count as studied: 2 of the cell's 3 members are pending.
    expect(note.body).toContain(`Chi bộ Vụ Một còn 2 đảng viên chưa học tập`);
    expect(note.body).toContain(`ở chi bộ là ngày ${vnDate(deadline)} (còn 3 ngày)`);
    expect(await notificationsOf(t, secretaryDone.id)).toEqual([]);

    await eventually(async () => (await notificationsOf(t, secretaryBehind.id))[0].emailed_at);
    const mails = mailTo('bithu1@example.vn');
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(`Nhắc hạn học tập, quán triệt: ${campaign.code}`);
    expect(mailTo('bithu2@example.vn')).toEqual([]);
  });

  it('deadline reminder of the grassroots level goes to its committee office with the pending count of its whole subtree', async () => {
    const job = { campaignId: campaign.id, level: K.GRASSROOTS, deadline, daysBefore: 3 };
    expect(await run(JOBS.campaignDeadlineReminder, job)).toEqual({ notified: 1 });
    const [note] = await notificationsOf(t, office.id);
    expect(note.body).toContain('Đảng bộ Bộ Thử còn 2 đảng viên chưa học tập');
    expect(note.body).toContain('ở cấp cơ sở');
    await eventually(async () => mailTo('vanphong@example.vn').length === 1);
  });

  it('a stale job (the deadline moved since it was planned) or a closed campaign reminds nobody', async () => {
    const moved = { campaignId: campaign.id, level: K.CELL, deadline: await hcmDate(t, 5), daysBefore: 1 };
    expect(await run(JOBS.campaignDeadlineReminder, moved)).toEqual({ notified: 0 });
    const closed = await insertCampaign(t, {
      issuer: root,
      status: 'CLOSED',
      startsOn: await hcmDate(t, -30),
      reportDueOn: await hcmDate(t, 60),
      essayDueOn: essayDue,
    });
    expect(await run(JOBS.essayDueReminder, { campaignId: closed.id, dueOn: essayDue, daysBefore: 1 })).toEqual({ notified: 0 });
  });

  it('scheduleCampaign plans delayed jobs at 08:00 Asia/Ho_Chi_Minh, skips past ones and replaces them when called again', async () => {
    const far = await hcmDate(t, 10);
    const past = await hcmDate(t, -1);
    const later = await insertCampaign(t, {
      issuer: root,
      startsOn: await hcmDate(t, -30),
      reportDueOn: await hcmDate(t, 60),
      essayDueOn: far,
      levels: [
        { level: K.GRASSROOTS, deadline: far },
        { level: K.CELL, deadline: past },
      ],
    });
    const reminders = t.app.get(RemindersService);
    const planned = async () =>
      (await queue.getDelayed()).filter((j) => j.id?.includes(later.id)).map((j) => ({ id: j.id, at: j.timestamp + (j.opts.delay ?? 0) }));

    await reminders.scheduleCampaign(later.id);
    await reminders.scheduleCampaign(later.id);
    const jobs = await planned();
    expect(jobs.map((j) => j.id).sort()).toEqual(
      [
        `campaign-deadline.${later.id}.GRASSROOTS.1d`,
        `campaign-deadline.${later.id}.GRASSROOTS.3d`,
        `campaign-deadline.${later.id}.GRASSROOTS.7d`,
        `essay-due.${later.id}.1d`,
        `essay-due.${later.id}.3d`,
        `essay-due.${later.id}.7d`,
      ].sort(),
    );
    const at = new Map(jobs.map((j) => [j.id, j.at]));
    expect(new Date(at.get(`campaign-deadline.${later.id}.GRASSROOTS.7d`)!).toISOString()).toBe(reminderInstant(far, 7).toISOString());
    expect(new Date(at.get(`essay-due.${later.id}.1d`)!).toISOString()).toMatch(/T01:00:00\.000Z$/);

    // The deadline moves earlier: re-planning drops the 7-day reminder that is now past.
    const sooner = await hcmDate(t, 5);
    await t.query(`UPDATE campaign_levels SET deadline = $2 WHERE campaign_id = $1 AND level = 'GRASSROOTS'`, [later.id, sooner]);
    await reminders.scheduleCampaign(later.id);
    const replanned = await planned();
    expect(replanned.filter((j) => j.id!.startsWith('campaign-deadline')).map((j) => j.id).sort()).toEqual([
      `campaign-deadline.${later.id}.GRASSROOTS.1d`,
      `campaign-deadline.${later.id}.GRASSROOTS.3d`,
    ]);
    const threeDays = replanned.find((j) => j.id === `campaign-deadline.${later.id}.GRASSROOTS.3d`)!;
    expect(new Date(threeDays.at).toISOString()).toBe(reminderInstant(sooner, 3).toISOString());
  });

  it('records a permanent e-mail failure on the notification instead of retrying forever', async () => {
    const user = await userWithEmail(t, 'khongton@example.vn');
    smtp.refuseWith(550);
    try {
      await t.app.get(DataSource).transaction((manager) =>
        t.app.get(NotificationsService).notify(manager, [
          { recipientUserId: user.id, kind: 'TEST', title: 'Thông báo thử', body: 'Nội dung', dedupeKey: 'perm-fail' },
        ]),
      );
      const [row] = await eventually(async () => {
        const rows = await notificationsOf(t, user.id);
        return rows[0]?.email_error ? rows : undefined;
      });
      expect(row.email_error).toContain('550');
      expect(row.emailed_at).toBeNull();
      const job = await queue.getJob(`email.${(await t.query<{ id: string }>(`SELECT id FROM notifications WHERE recipient_user_id = $1`, [user.id]))[0].id}`);
      await eventually(async () => (await job?.isCompleted()) ?? false);
    } finally {
      smtp.refuseWith(undefined);
    }
    expect(mailTo('khongton@example.vn')).toEqual([]);
  });

  it('writes nothing and sends nothing when the caller’s transaction rolls back', async () => {
    const user = await userWithEmail(t, 'rollback@example.vn');
    await expect(
      t.app.get(DataSource).transaction(async (manager) => {
        await t.app.get(NotificationsService).notify(manager, [{ recipientUserId: user.id, kind: 'TEST', title: 'Thử', body: 'Thử' }]);
        throw new Error('caller failed');
      }),
    ).rejects.toThrow('caller failed');
    expect(await notificationsOf(t, user.id)).toEqual([]);
    const waiting = await queue.getJobs(['waiting', 'active', 'delayed', 'completed', 'failed']);
    expect(waiting.filter((j) => j.name === JOBS.sendEmail).length).toBe(
      (await t.query(`SELECT 1 FROM notifications n JOIN users u ON u.id = n.recipient_user_id WHERE u.email IS NOT NULL`)).length,
    );
  });
});
