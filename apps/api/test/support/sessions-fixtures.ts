/**
 * Builders for the sessions tests: a small bloc tree with members, an issued
 * campaign, and helpers that go through the API like a user would.
 */
import { OrganisationKind, Role } from '@qt/shared-domain';
import { insertCampaign, TestCampaign } from './study-fixtures';
import { TestApp, TestMember, TestOrg } from './test-app';

export interface StudyTree {
  root: TestOrg;
  upperA: TestOrg;
  grassA: TestOrg;
  cellA1: TestOrg;
  cellA2: TestOrg;
  upperB: TestOrg;
  cellB1: TestOrg;
  a1: TestMember[];
  a2: TestMember[];
  b1: TestMember[];
  campaign: TestCampaign;
  /** Propaganda board at the root. */
  bloc: string;
  /** Committee office of upper-grassroots A / B. */
  officeA: string;
  officeB: string;
}

/** root → upperA → grassA → {cellA1 (3 members), cellA2 (2)}; root → upperB → cellB1 (2). */
export async function studyTree(t: TestApp, levels?: Parameters<typeof insertCampaign>[1]['levels']): Promise<StudyTree> {
  const root = await t.root();
  const upperA = await t.org(root, OrganisationKind.UPPER_GRASSROOTS, 'Đảng bộ Bộ Tư pháp');
  const grassA = await t.org(upperA, OrganisationKind.GRASSROOTS, 'Đảng bộ Vụ Pháp chế');
  const cellA1 = await t.org(grassA, OrganisationKind.CELL, 'Chi bộ Phòng 1');
  const cellA2 = await t.org(grassA, OrganisationKind.CELL, 'Chi bộ Phòng 2');
  const upperB = await t.org(root, OrganisationKind.UPPER_GRASSROOTS, 'Đảng bộ Bộ Tài chính');
  const cellB1 = await t.org(upperB, OrganisationKind.CELL, 'Chi bộ Vụ Ngân sách');
  const a1 = [
    await t.member(cellA1, { fullName: 'Nguyễn Văn Ánh' }),
    await t.member(cellA1, { fullName: 'Trần Thị Bình' }),
    await t.member(cellA1, { fullName: 'Lê Đức Cường' }),
  ];
  const a2 = [await t.member(cellA2, { fullName: 'Phạm Thị Dung' }), await t.member(cellA2, { fullName: 'Hoàng Văn Em' })];
  const b1 = [await t.member(cellB1, { fullName: 'Vũ Thị Giang' }), await t.member(cellB1, { fullName: 'Đỗ Văn Hải' })];
  const campaign = await insertCampaign(t, { issuer: root, levels });
  return {
    root, upperA, grassA, cellA1, cellA2, upperB, cellB1, a1, a2, b1, campaign,
    bloc: await t.tokenFor([[Role.PROPAGANDA_BOARD, root]]),
    officeA: await t.tokenFor([[Role.COMMITTEE_OFFICE, upperA]]),
    officeB: await t.tokenFor([[Role.COMMITTEE_OFFICE, upperB]]),
  };
}

export const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

/** Creates a session through REST; throws with the body when refused. */
export async function createSession(
  t: TestApp,
  token: string,
  body: Record<string, unknown>,
): Promise<{ id: string; [k: string]: unknown }> {
  const res = await t.http.post('/api/v1/sessions').set('authorization', `Bearer ${token}`).send({
    title: 'Hội nghị học tập, quán triệt Nghị quyết',
    startsAt: inMinutes(10),
    durationMinutes: 240,
    format: 'IN_PERSON',
    venue: 'Hội trường A',
    ...body,
  });
  if (res.status !== 201) throw new Error(`createSession: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Moves a session in time (as if it had been planned earlier): starts `startedMinutesAgo` ago. */
export async function shiftSession(t: TestApp, sessionId: string, startedMinutesAgo: number): Promise<void> {
  await t.query(
    `UPDATE study_sessions SET starts_at = now() - make_interval(mins => $2),
            ends_at = now() - make_interval(mins => $2) + make_interval(mins => duration_minutes) WHERE id = $1`,
    [sessionId, startedMinutesAgo],
  );
}

export async function participants(t: TestApp, sessionId: string) {
  return t.query<{ member_id: string; organisation_id: string; status: string | null; status_source: string | null; source: string; connection_point_id: string | null; checked_in_at: Date | null; checked_out_at: Date | null; removed_at: Date | null }>(
    `SELECT * FROM session_participants WHERE session_id = $1 ORDER BY member_id`,
    [sessionId],
  );
}

/**
 * A session written straight to the tables with marked participants (the
 * shared insertSession cannot insert participants: its $4 is typed both
 * varchar and text, which PostgreSQL refuses).
 */
export async function insertSessionWithRollCall(
  t: TestApp,
  f: { campaign: TestCampaign; organiser: TestOrg; startsAt: string; durationMinutes?: number; status?: 'PLANNED' | 'CLOSED';
       participants: { member: TestMember; status?: string | null; statusReason?: string }[] },
): Promise<{ id: string }> {
  const [row] = await t.query<{ id: string }>(
    `INSERT INTO study_sessions (campaign_id, organiser_organisation_id, title, starts_at, duration_minutes, ends_at, format, status, closed_at)
     VALUES ($1, $2, 'Hội nghị học tập', $3::timestamptz, $4, $3::timestamptz + make_interval(mins => $4), 'IN_PERSON', $5::varchar,
             CASE WHEN $5::varchar = 'CLOSED' THEN $3::timestamptz + make_interval(mins => $4) END)
     RETURNING id`,
    [f.campaign.id, f.organiser.id, f.startsAt, f.durationMinutes ?? 240, f.status ?? 'PLANNED'],
  );
  await t.query(
    `INSERT INTO session_participants (session_id, member_id, organisation_id, source, status, status_source, status_reason, marked_at)
     SELECT $1, u.member_id, m.organisation_id, 'GENERATED', u.status, CASE WHEN u.status IS NULL THEN NULL ELSE 'SECRETARY' END,
            u.reason, CASE WHEN u.status IS NULL THEN NULL ELSE now() END
       FROM unnest($2::uuid[], $3::text[], $4::text[]) AS u(member_id, status, reason) JOIN members m ON m.id = u.member_id`,
    [row.id, f.participants.map((p) => p.member.id), f.participants.map((p) => p.status ?? null), f.participants.map((p) => p.statusReason ?? null)],
  );
  return row;
}
