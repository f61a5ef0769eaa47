/**
 * Builders for the reports tests, written straight to PostgreSQL: essays with their late flag, sessions with
 * the secretary-presented fact, cell meetings of a year, ratings, inspection plans and records, and the
 * reports worker run in-process.
 */
import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { bullRootModule, ConfigModule, DatabaseModule, LoggingModule, RedisModule } from '@qt/server-core';
import { ReportsProcessor, ReportsWorkerModule } from '@qt/server-reports';
import { Job } from 'bullmq';
import { TestCampaign } from './study-fixtures';
import { TestApp, TestMember, TestOrg } from './test-app';

/** The reports worker (processor + schedule) in this process, on the test's database and queue prefix. */
export async function startReportsWorker(t: TestApp): Promise<INestApplicationContext> {
  @Module({ imports: [ConfigModule.forRoot(t.config), LoggingModule, DatabaseModule, RedisModule, bullRootModule(), ReportsWorkerModule] })
  class TestReportsWorkerModule {}
  const worker = await NestFactory.createApplicationContext(TestReportsWorkerModule, { logger: ['error'] });
  await worker.init();
  return worker;
}

/** Calls the processor's compute handler directly, as BullMQ would (a retry, a second worker). */
export function runReportJob(worker: INestApplicationContext, jobId: string, progress: number[] = []) {
  const job = {
    data: { jobId },
    attemptsMade: 0,
    opts: { attempts: 5 },
    updateProgress: async (p: number) => void progress.push(p),
  } as unknown as Job<{ jobId: string }>;
  return worker.get(ReportsProcessor).computeJob(job);
}

export async function insertReportEssay(
  t: TestApp,
  f: { campaign: TestCampaign; member: TestMember; submittedAt: string; late?: boolean; grade?: number | null },
): Promise<void> {
  await t.query(
    `INSERT INTO essays (campaign_id, member_id, organisation_id, body, word_count, submitted_at, is_late, grade, graded_at)
     VALUES ($1, $2, $3, 'Bài thu hoạch', 400, $4, $5, $6::smallint, CASE WHEN $6::smallint IS NULL THEN NULL ELSE $4::timestamptz END)`,
    [f.campaign.id, f.member.id, f.member.organisationId, f.submittedAt, f.late ?? false, f.grade ?? null],
  );
}

/** A session with roll call; `speakerIds` are put on its speaker list. */
export async function insertReportSession(
  t: TestApp,
  f: {
    campaign: TestCampaign;
    organiser: TestOrg;
    startsAt: string;
    status?: 'PLANNED' | 'CLOSED' | 'CANCELLED';
    isMakeup?: boolean;
    secretaryPresented?: boolean | null;
    participants?: { member: TestMember; status: string | null }[];
    speakerIds?: string[];
  },
): Promise<{ id: string }> {
  const [row] = await t.query<{ id: string }>(
    `INSERT INTO study_sessions (campaign_id, organiser_organisation_id, title, starts_at, duration_minutes, ends_at, format, status,
                                 closed_at, cancelled_at, cancelled_reason, is_makeup, secretary_presented)
     VALUES ($1, $2, 'Hội nghị học tập, quán triệt', $3::timestamptz, 240, $3::timestamptz + interval '4 hours', 'IN_PERSON', $4::varchar,
             CASE WHEN $4::varchar = 'CLOSED' THEN $3::timestamptz + interval '4 hours' END,
             CASE WHEN $4::varchar = 'CANCELLED' THEN $3::timestamptz END, CASE WHEN $4::varchar = 'CANCELLED' THEN 'Hoãn' END, $5, $6)
     RETURNING id`,
    [f.campaign.id, f.organiser.id, f.startsAt, f.status ?? 'CLOSED', f.isMakeup ?? false, f.secretaryPresented ?? null],
  );
  for (const p of f.participants ?? []) {
    await t.query(
      `INSERT INTO session_participants (session_id, member_id, organisation_id, source, status, status_source, status_reason, marked_at)
       VALUES ($1, $2, $3, 'GENERATED', $4::varchar, CASE WHEN $4::varchar IS NULL THEN NULL ELSE 'SECRETARY' END,
               CASE WHEN $4::varchar = 'EXCUSED' THEN 'Công tác' END, CASE WHEN $4::varchar IS NULL THEN NULL ELSE now() END)`,
      [row.id, p.member.id, p.member.organisationId, p.status],
    );
  }
  for (const id of f.speakerIds ?? []) {
    await t.query(`INSERT INTO session_speakers (session_id, speaker_id) VALUES ($1, $2)`, [row.id, id]);
  }
  return row;
}

/**
 * Regular meetings of a year held on day `day` of each month (months in `skip` without one; `lateMonths` held
 * on the 9th), and one thematic meeting in each quarter listed.
 */
export async function insertYearOfMeetings(
  t: TestApp,
  cell: TestOrg,
  f: { year: number; day: number; skip?: number[]; lateMonths?: number[]; thematicQuarters: number[] },
): Promise<void> {
  await t.query(
    `INSERT INTO cell_meetings (organisation_id, kind, held_on, for_month, topic, conclusion)
     SELECT $1, 'REGULAR', make_date($2::int, m, CASE WHEN m = ANY($5::int[]) THEN 9 ELSE $3::int END), make_date($2::int, m, 1),
            'Sinh hoạt thường kỳ tháng ' || m, 'Chi bộ thống nhất kết luận'
       FROM generate_series(1, 12) AS m WHERE NOT (m = ANY($4::int[]))`,
    [cell.id, f.year, f.day, f.skip ?? [], f.lateMonths ?? []],
  );
  await t.query(
    `INSERT INTO cell_meetings (organisation_id, kind, held_on, topic, conclusion)
     SELECT $1, 'THEMATIC', make_date($2::int, 3 * q - 1, 20), 'Sinh hoạt chuyên đề quý ' || q, 'Chi bộ thống nhất kết luận'
       FROM unnest($3::int[]) AS q`,
    [cell.id, f.year, f.thematicQuarters],
  );
}

export async function insertRating(t: TestApp, f: { year: number; org: TestOrg; member?: TestMember; rating: string; ratedOn: string }) {
  await t.query(`INSERT INTO ratings (year, organisation_id, member_id, rating, rated_on) VALUES ($1, $2, $3, $4, $5)`, [
    f.year, f.org.id, f.member?.id ?? null, f.rating, f.ratedOn,
  ]);
}

/** A PUBLISHED inspection plan of the inspections module (conclusion 04-KL basis). */
export async function insertInspectionPlan(t: TestApp, f: { org: TestOrg; year: number; sharePercent: number }) {
  await t.query(
    `INSERT INTO inspection_plans (organisation_id, year, theme, period_from, period_to, basis, share_percent, term_start_year,
                                   term_end_year, status, published_at)
     VALUES ($1, $2::int, 'Kiểm tra việc học tập, quán triệt nghị quyết', make_date($2::int, 3, 1), make_date($2::int, 11, 30), 'KL04', $3,
             $2::int - 1, $2::int + 3, 'PUBLISHED', now())`,
    [f.org.id, f.year, f.sharePercent],
  );
}

export async function insertInspectionRecord(t: TestApp, f: { by: TestOrg; of: TestOrg; startedOn: string }) {
  await t.query(
    `INSERT INTO inspection_records (inspecting_organisation_id, organisation_id, title, scope, started_on)
     VALUES ($1, $2, 'Kiểm tra học tập nghị quyết', 'Việc học tập, quán triệt', $3)`,
    [f.by.id, f.of.id, f.startedOn],
  );
}

/** Polls until `check` answers something truthy. */
export async function until<T>(check: () => Promise<T | undefined | null | false>, ms = 30000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}
