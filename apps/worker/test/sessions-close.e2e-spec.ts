import { Module } from '@nestjs/common';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { bullRootModule, ConfigModule, DatabaseModule, JOBS, LoggingModule, QUEUES, RedisModule } from '@qt/server-core';
import { closeJobId, SessionsWorkerModule } from '@qt/server-sessions';
import { Role } from '@qt/shared-domain';
import { Queue } from 'bullmq';
import {
  createSession,
  insertSessionWithRollCall,
  participants,
  shiftSession,
  studyTree,
  StudyTree,
} from '../../api/test/support/sessions-fixtures';
import { TestApp } from '../../api/test/support/test-app';
import { TEST_REDIS_URL } from '../../../tools/testing/test-env';

async function until<T>(probe: () => Promise<T | undefined | false>, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting for the worker');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('sessions worker: automatic close and absence-streak warnings', () => {
  let t: TestApp;
  let tree: StudyTree;
  let worker: INestApplicationContext | undefined;
  let queue: Queue;

  beforeAll(async () => {
    t = await TestApp.start();
    tree = await studyTree(t);
    queue = new Queue(QUEUES.sessions, { connection: { url: TEST_REDIS_URL }, prefix: t.config.QUEUE_PREFIX });
  });
  afterAll(async () => {
    await worker?.close();
    await queue.close();
    await t.close();
  });

  async function startWorker() {
    @Module({
      imports: [ConfigModule.forRoot(t.config), LoggingModule, DatabaseModule, RedisModule, bullRootModule(), SessionsWorkerModule],
    })
    class TestWorkerModule {}
    worker = await NestFactory.createApplicationContext(TestWorkerModule, { logger: false });
    await worker.init();
  }

  it('closes a session through its delayed job: unmarked become UNEXCUSED (AUTO_CLOSE), marks stay; the sweep catches the rest; streaks warn the cell secretary', async () => {
    // 1. A session planned through the API has its close job at ends_at.
    const s = await createSession(t, tree.officeA, { campaignId: tree.campaign.id, organiserOrganisationId: tree.cellA1.id });
    const job = await queue.getJob(closeJobId(s.id));
    expect(job?.name).toBe(JOBS.closeSession);
    const [row] = await t.query<{ ends_at: Date }>(`SELECT ends_at FROM study_sessions WHERE id = $1`, [s.id]);
    expect(job!.opts.delay).toBeGreaterThan(row.ends_at.getTime() - Date.now() - 60_000);
    // Then it happened: it ended, one member was marked present.
    await shiftSession(t, s.id, 300);
    await t.query(`UPDATE session_participants SET status = 'PRESENT', status_source = 'SECRETARY' WHERE session_id = $1 AND member_id = $2`, [s.id, tree.a1[0].id]);

    // 2. A session past its end whose job was lost: only the sweep closes it.
    const lost = await insertSessionWithRollCall(t, {
      campaign: tree.campaign, organiser: tree.cellB1, startsAt: new Date(Date.now() - 5 * 3600_000).toISOString(), durationMinutes: 60,
      participants: [{ member: tree.b1[0] }],
    });

    // 3. Absence streak: a1[1] was absent from two earlier closed sessions (one excused); a1[2] attended one of them.
    for (const [i, when] of [[1, 30], [2, 20]] as const) {
      await insertSessionWithRollCall(t, {
        campaign: tree.campaign, organiser: tree.cellA1, status: 'CLOSED' as const, startsAt: new Date(Date.now() - when * 86400_000).toISOString(),
        participants: [
          { member: tree.a1[1], status: i === 1 ? 'UNEXCUSED' : 'EXCUSED', statusReason: 'Ốm' },
          { member: tree.a1[2], status: i === 1 ? 'PRESENT' : 'UNEXCUSED' },
        ],
      });
    }
    const secretaryUser = await t.user([[Role.CELL_SECRETARY, tree.cellA1]]);
    const officeHolder = await t.member(tree.cellA1, { fullName: 'Bí thư Chi bộ' });
    await t.query(`INSERT INTO committee_offices (organisation_id, member_id, office, start_date) VALUES ($1, $2, 'SECRETARY', '2020-01-01')`, [tree.cellA1.id, officeHolder.id]);
    const officeHolderUser = await t.user([[Role.MEMBER, tree.cellA1]], officeHolder.id);

    await startWorker();
    await job!.promote();
    await queue.add(JOBS.closeSession, {}); // one tick of the sweep schedule

    await until(async () => (await t.query(`SELECT 1 FROM study_sessions WHERE id = ANY($1) AND status = 'CLOSED'`, [[s.id, lost.id]])).length === 2);
    const rows = await participants(t, s.id);
    const byMember = new Map(rows.map((r) => [r.member_id, r]));
    expect(byMember.get(tree.a1[0].id)).toMatchObject({ status: 'PRESENT', status_source: 'SECRETARY' });
    expect(byMember.get(tree.a1[1].id)).toMatchObject({ status: 'UNEXCUSED', status_source: 'AUTO_CLOSE' });
    expect((await participants(t, lost.id))[0]).toMatchObject({ status: 'UNEXCUSED', status_source: 'AUTO_CLOSE' });
    expect((await queue.getJobSchedulers()).map((x) => x.key)).toContain('sessions-close-sweep');

    const notes = await until(async () => {
      const n = await t.query<{ recipient_user_id: string; kind: string; body: string; link: string }>(
        `SELECT recipient_user_id, kind, body, link FROM notifications WHERE kind = 'ABSENCE_STREAK' ORDER BY recipient_user_id`);
      return n.length >= 2 ? n : undefined;
    });
    expect(notes.map((n) => n.recipient_user_id).sort()).toEqual([secretaryUser.id, officeHolderUser.id].sort());
    expect(notes.every((n) => n.link === `/members/${tree.a1[1].id}` && n.body.includes('Trần Thị Bình'))).toBe(true);

    // Closing again (a retried job, another sweep) changes nothing and warns nobody twice.
    const again = await queue.add(JOBS.closeSession, { sessionId: s.id }, { jobId: 'close-again' });
    const sweep = await queue.add(JOBS.closeSession, {});
    await until(async () => (await again.isCompleted()) && (await sweep.isCompleted()));
    expect((await queue.getJob('close-again'))?.returnvalue).toEqual({ closed: 0 });
    expect(await t.query(`SELECT 1 FROM notifications WHERE kind = 'ABSENCE_STREAK'`)).toHaveLength(2);
  });
});
