/**
 * Builders for the campaigns module's tests: dates around today, transfers,
 * essays, exemptions and committee offices written straight to PostgreSQL.
 */
import { addDays } from 'date-fns';
import { SessionFixture } from './study-fixtures';
import { TestApp, TestMember, TestOrg } from './test-app';

/** Today in Asia/Ho_Chi_Minh, yyyy-MM-dd. */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

/** Today plus `n` days (negative: in the past), yyyy-MM-dd. */
export function day(n: number): string {
  return addDays(new Date(`${today()}T00:00:00Z`), n).toISOString().slice(0, 10);
}

/** A session instant on day `n`, 09:00 Asia/Ho_Chi_Minh. */
export function at(n: number): string {
  return `${day(n)}T02:00:00Z`;
}

/** Transfer (chuyển sinh hoạt) effective on `on`: closes the open membership and opens one in `to`. */
export async function transfer(t: TestApp, member: TestMember, to: TestOrg, on: string): Promise<void> {
  await t.query(`UPDATE memberships SET valid_to = $2 WHERE member_id = $1 AND valid_to IS NULL`, [member.id, on]);
  await t.query(`INSERT INTO memberships (member_id, organisation_id, valid_from) VALUES ($1, $2, $3)`, [member.id, to.id, on]);
  await t.query(`UPDATE members SET organisation_id = $2 WHERE id = $1`, [member.id, to.id]);
}

export async function insertEssay(t: TestApp, campaignId: string, member: TestMember, grade: number | null = null): Promise<void> {
  await t.query(
    `INSERT INTO essays (campaign_id, member_id, organisation_id, body, word_count, grade, graded_at)
     VALUES ($1, $2, $3, 'Bài thu hoạch', 400, $4::smallint, CASE WHEN $4::smallint IS NULL THEN NULL ELSE now() END)`,
    [campaignId, member.id, member.organisationId, grade],
  );
}

export async function insertExemption(
  t: TestApp,
  member: TestMember,
  f: { reason: string; basis: string; validFrom: string; validTo?: string | null },
): Promise<void> {
  await t.query(`INSERT INTO member_exemptions (member_id, reason, basis, valid_from, valid_to) VALUES ($1, $2, $3, $4, $5)`, [
    member.id, f.reason, f.basis, f.validFrom, f.validTo ?? null,
  ]);
}

export async function insertOffice(t: TestApp, org: TestOrg, member: TestMember, office = 'COMMITTEE_MEMBER', start = '2020-01-01'): Promise<void> {
  await t.query(`INSERT INTO committee_offices (organisation_id, member_id, office, start_date) VALUES ($1, $2, $3, $4)`, [
    org.id, member.id, office, start,
  ]);
}

/**
 * A session with its participant snapshot, like insertSession of study-fixtures.ts (whose INSERT compares the
 * untyped status parameter with text and fails with "inconsistent types deduced for parameter $7": reported to the lead).
 */
export async function insertStudySession(t: TestApp, f: SessionFixture): Promise<{ id: string }> {
  const startsAt = f.startsAt ?? '2026-06-15T01:00:00Z';
  const duration = f.durationMinutes ?? 240;
  const status = f.status ?? 'PLANNED';
  const [row] = await t.query<{ id: string }>(
    `INSERT INTO study_sessions (campaign_id, organiser_organisation_id, title, starts_at, duration_minutes, ends_at, format,
                                 venue, status, closed_at, is_makeup)
     VALUES ($1, $2, 'Hội nghị học tập', $3::timestamptz, $4::int, $3::timestamptz + make_interval(mins => $4::int), $5,
             'Hội trường A', $6::varchar, CASE WHEN $6::varchar = 'CLOSED' THEN $3::timestamptz + make_interval(mins => $4::int) END, $7)
     RETURNING id`,
    [f.campaign.id, f.organiser.id, startsAt, duration, f.format ?? 'IN_PERSON', status, f.isMakeup ?? false],
  );
  for (const p of f.participants ?? []) {
    await t.query(
      `INSERT INTO session_participants (session_id, member_id, organisation_id, source, status, status_source, status_reason, marked_at)
       VALUES ($1, $2, $3, 'GENERATED', $4::varchar, CASE WHEN $4::varchar IS NULL THEN NULL ELSE 'SECRETARY' END, $5,
               CASE WHEN $4::varchar IS NULL THEN NULL ELSE now() END)`,
      [row.id, p.member.id, p.organisationId ?? p.member.organisationId, p.status ?? null, p.statusReason ?? (p.status === 'EXCUSED' ? 'Ốm' : null)],
    );
  }
  return row;
}
