/**
 * Builders for the notifications tests: an in-process SMTP server that keeps
 * the parsed messages, the notifications worker run in-process on the TestApp's
 * database and queue prefix, and users with an e-mail address.
 */
import { AddressInfo } from 'node:net';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { bullRootModule, ConfigModule, DatabaseModule, LoggingModule, QUEUES, RedisModule } from '@qt/server-core';
import { NotificationsWorkerModule } from '@qt/server-notifications';
import { Role } from '@qt/shared-domain';
import { Queue } from 'bullmq';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { TestApp, TestOrg, TestUser } from './test-app';

export interface TestSmtp {
  port: number;
  url: string;
  messages: ParsedMail[];
  /** Makes the server refuse every message with this SMTP reply code (e.g. 550), or accept again (undefined). */
  refuseWith(code: number | undefined): void;
  close(): Promise<void>;
}

/** A real SMTP server on a free port of 127.0.0.1 (no TLS, no auth); received mail is parsed with mailparser. */
export async function startSmtpServer(): Promise<TestSmtp> {
  const messages: ParsedMail[] = [];
  let refuse: number | undefined;
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          if (refuse) {
            callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: refuse }));
            return;
          }
          messages.push(mail);
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refuseWith: (code) => {
      refuse = code;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The notifications worker, in-process, on the TestApp's database and queue prefix. */
export async function startNotificationsWorker(t: TestApp): Promise<INestApplicationContext> {
  const ctx = await NestFactory.createApplicationContext(
    {
      module: class NotificationsTestWorker {},
      imports: [ConfigModule.forRoot(t.config), LoggingModule, DatabaseModule, RedisModule, bullRootModule(), NotificationsWorkerModule],
    },
    { logger: false, abortOnError: false },
  );
  await ctx.init();
  return ctx;
}

/** A producer on the notifications queue of the TestApp (to add jobs straight away and look at planned ones). */
export function notificationsQueue(t: TestApp): Queue {
  return new Queue(QUEUES.notifications, { connection: { url: t.config.REDIS_URL }, prefix: t.config.QUEUE_PREFIX });
}

/** Polls until `check` returns a truthy value; fails after `ms`. */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, ms = 20000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A user (optionally a member, with roles) that has an e-mail address. */
export async function userWithEmail(
  t: TestApp,
  email: string | null,
  opts: { memberId?: string; roles?: [Role, TestOrg][] } = {},
): Promise<TestUser> {
  const user = await t.user(opts.roles ?? [], opts.memberId);
  await t.query(`UPDATE users SET email = $2 WHERE id = $1`, [user.id, email]);
  return user;
}

/** Today's date in Asia/Ho_Chi_Minh plus `days`, as 'yyyy-MM-dd'. */
export async function hcmDate(t: TestApp, days: number): Promise<string> {
  const [row] = await t.query<{ d: string }>(
    `SELECT to_char((now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + $1::int, 'YYYY-MM-DD') AS d`,
    [days],
  );
  return row.d;
}

export interface NotificationRowView {
  recipient_user_id: string;
  kind: string;
  title: string;
  body: string;
  emailed_at: Date | null;
  email_error: string | null;
}

export function notificationsOf(t: TestApp, userId: string): Promise<NotificationRowView[]> {
  return t.query<NotificationRowView>(
    `SELECT recipient_user_id, kind, title, body, emailed_at, email_error FROM notifications
      WHERE recipient_user_id = $1 ORDER BY created_at`,
    [userId],
  );
}

/** A submitted essay (bài thu hoạch), written straight to the table. */
export async function insertEssay(t: TestApp, campaignId: string, member: { id: string; organisationId: string }): Promise<void> {
  await t.query(
    `INSERT INTO essays (campaign_id, member_id, organisation_id, body, word_count) VALUES ($1, $2, $3, $4, 4)`,
    [campaignId, member.id, member.organisationId, 'Bài thu hoạch thử nghiệm'],
  );
}

/**
 * A closed study session of the campaign with roll-call statuses (PRESENT, LATE, LEFT_EARLY…), written
 * straight to the tables (the shared insertSession of study-fixtures fails on its status parameter today).
 */
export async function insertAttendedSession(
  t: TestApp,
  campaignId: string,
  organiserId: string,
  participants: { member: { id: string; organisationId: string }; status: string | null }[],
  opts: { status?: 'CLOSED' | 'CANCELLED'; isMakeup?: boolean } = {},
): Promise<{ id: string }> {
  const [session] = await t.query<{ id: string }>(
    `INSERT INTO study_sessions (campaign_id, organiser_organisation_id, title, starts_at, duration_minutes, ends_at, format,
                                 status, is_makeup)
     VALUES ($1, $2, 'Hội nghị học tập thử', now() - interval '5 days', 240, now() - interval '5 days' + interval '4 hours',
             'IN_PERSON', $3::varchar, $4)
     RETURNING id`,
    [campaignId, organiserId, opts.status ?? 'CLOSED', opts.isMakeup ?? false],
  );
  for (const p of participants) {
    await t.query(
      `INSERT INTO session_participants (session_id, member_id, organisation_id, source, status, status_source, marked_at)
       VALUES ($1, $2, $3, 'GENERATED', $4::varchar, CASE WHEN $4::varchar IS NULL THEN NULL ELSE 'SECRETARY' END,
               CASE WHEN $4::varchar IS NULL THEN NULL ELSE now() END)`,
      [session.id, p.member.id, p.member.organisationId, p.status],
    );
  }
  return session;
}
