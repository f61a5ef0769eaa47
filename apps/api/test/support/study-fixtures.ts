/**
 * Shared builders for study data (campaigns, sessions, speakers), written
 * straight to PostgreSQL so a test of one module does not depend on another
 * module's API. Module-specific builders live in `<module>-fixtures.ts`.
 */
import { OrganisationKind } from '@qt/shared-domain';
import { TestApp, TestMember, TestOrg } from './test-app';

let seq = 0;
const next = () => ++seq;

export interface TestCampaign {
  id: string;
  code: string;
}

export async function insertResolution(t: TestApp, fields: Partial<{ code: string; title: string; type: string }> = {}) {
  const n = next();
  const [row] = await t.query<{ id: string; code: string }>(
    `INSERT INTO resolutions (code, title, issuer, issued_on, type)
     VALUES ($1, $2, 'Ban Chấp hành Trung ương', '2018-05-19', $3) RETURNING id, code`,
    [fields.code ?? `${n}-NQ/TW`, fields.title ?? `Nghị quyết thử ${n}`, fields.type ?? 'RESOLUTION'],
  );
  return row;
}

export interface CampaignFixture {
  issuer: TestOrg;
  status?: 'DRAFT' | 'ISSUED' | 'CLOSED';
  startsOn?: string;
  reportDueOn?: string;
  essayPolicy?: 'NONE' | 'ALL_ATTENDEES' | 'KEY_LEADERS_ONLY';
  essayDueOn?: string | null;
  essayMinWords?: number;
  essaySimilarityThreshold?: number;
  programmeRequired?: boolean;
  programmeDueOn?: string | null;
  programmeLevels?: OrganisationKind[];
  personalPlansRequired?: boolean;
  personalPlansDueOn?: string | null;
  /** Per-level rules; default: every level, all members, deadline 2026-07-31. */
  levels?: { level: OrganisationKind; audience?: 'ALL_MEMBERS' | 'KEY_LEADERS'; deadline: string; includeSubordinateCommittees?: boolean; includeSubordinateHeads?: boolean }[];
  resolutionIds?: string[];
}

/** An issued campaign with its levels and (unless given) one new resolution. */
export async function insertCampaign(t: TestApp, f: CampaignFixture): Promise<TestCampaign> {
  const n = next();
  const essayPolicy = f.essayPolicy ?? 'ALL_ATTENDEES';
  const [row] = await t.query<TestCampaign>(
    `INSERT INTO campaigns (code, title, issuer_organisation_id, status, issued_on, starts_on, report_due_on, formats,
                            expected_duration_minutes, discussion_minutes, essay_policy, essay_due_on, essay_min_words,
                            essay_similarity_threshold, programme_required, programme_due_on, programme_levels,
                            personal_plans_required, personal_plans_due_on)
     VALUES ($1, $2, $3, $4, $5, $5, $6, ARRAY['IN_PERSON','ONLINE'], 480, 240, $7, $8, $9, $10, $11, $12, $13, $14, $15)
     RETURNING id, code`,
    [
      `DHT-${n}`,
      `Đợt học tập thử ${n}`,
      f.issuer.id,
      f.status ?? 'ISSUED',
      f.startsOn ?? '2026-06-01',
      f.reportDueOn ?? '2026-09-30',
      essayPolicy,
      essayPolicy === 'NONE' ? null : (f.essayDueOn ?? '2026-08-15'),
      f.essayMinWords ?? 300,
      f.essaySimilarityThreshold ?? 0.8,
      f.programmeRequired ?? false,
      f.programmeRequired ? (f.programmeDueOn ?? '2026-08-31') : (f.programmeDueOn ?? null),
      f.programmeLevels ?? (f.programmeRequired ? ['UPPER_GRASSROOTS', 'GRASSROOTS'] : []),
      f.personalPlansRequired ?? false,
      f.personalPlansRequired ? (f.personalPlansDueOn ?? '2026-08-31') : (f.personalPlansDueOn ?? null),
    ],
  );
  const levels: NonNullable<CampaignFixture['levels']> =
    f.levels ??
    (['BLOC', 'UPPER_GRASSROOTS', 'GRASSROOTS', 'CELL'] as OrganisationKind[]).map((level) => ({ level, deadline: '2026-07-31' }));
  for (const l of levels) {
    await t.query(
      `INSERT INTO campaign_levels (campaign_id, level, audience, include_subordinate_committees, include_subordinate_heads, deadline)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [row.id, l.level, l.audience ?? 'ALL_MEMBERS', l.includeSubordinateCommittees ?? false, l.includeSubordinateHeads ?? false, l.deadline],
    );
  }
  const resolutionIds = f.resolutionIds ?? [(await insertResolution(t)).id];
  for (const id of resolutionIds) {
    await t.query(`INSERT INTO campaign_resolutions (campaign_id, resolution_id) VALUES ($1, $2)`, [row.id, id]);
  }
  return row;
}

export interface SessionFixture {
  campaign: TestCampaign;
  organiser: TestOrg;
  startsAt?: string;
  durationMinutes?: number;
  format?: 'IN_PERSON' | 'ONLINE' | 'LIVE_BROADCAST' | 'HYBRID';
  status?: 'PLANNED' | 'CLOSED' | 'CANCELLED';
  isMakeup?: boolean;
  secretaryPresented?: boolean | null;
  /** Participants (GENERATED) with an optional roll-call status. */
  participants?: { member: TestMember; organisationId?: string; status?: string | null; statusReason?: string }[];
}

/** A session written straight to the tables, with its participant snapshot. */
export async function insertSession(t: TestApp, f: SessionFixture): Promise<{ id: string }> {
  const startsAt = f.startsAt ?? '2026-06-15T01:00:00Z';
  const duration = f.durationMinutes ?? 240;
  const [row] = await t.query<{ id: string }>(
    `INSERT INTO study_sessions (campaign_id, organiser_organisation_id, title, starts_at, duration_minutes, ends_at, format,
                                 venue, status, closed_at, is_makeup, secretary_presented)
     VALUES ($1, $2, $3, $4::timestamptz, $5, $4::timestamptz + make_interval(mins => $5), $6, 'Hội trường A', $7::varchar,
             CASE WHEN $7::varchar = 'CLOSED' THEN $4::timestamptz + make_interval(mins => $5) END, $8, $9)
     RETURNING id`,
    [f.campaign.id, f.organiser.id, `Hội nghị học tập thử ${next()}`, startsAt, duration, f.format ?? 'IN_PERSON', f.status ?? 'PLANNED', f.isMakeup ?? false, f.secretaryPresented ?? null],
  );
  for (const p of f.participants ?? []) {
    await t.query(
      `INSERT INTO session_participants (session_id, member_id, organisation_id, source, status, status_source, status_reason, marked_at)
       VALUES ($1, $2, $3, 'GENERATED', $4::varchar, CASE WHEN $4::varchar IS NULL THEN NULL ELSE 'SECRETARY' END, $5,
               CASE WHEN $4::varchar IS NULL THEN NULL ELSE now() END)`,
      [row.id, p.member.id, p.organisationId ?? p.member.organisationId, p.status ?? null, p.statusReason ?? null],
    );
  }
  return row;
}

/** A speaker on a committee's roster: a member, or an external person when `member` is omitted. */
export async function insertSpeaker(
  t: TestApp,
  f: { organisation: TestOrg; level: 'BLOC' | 'UPPER_GRASSROOTS' | 'GRASSROOTS'; member?: TestMember; externalName?: string; appointedOn?: string },
): Promise<{ id: string }> {
  const [row] = await t.query<{ id: string }>(
    `INSERT INTO speakers (level, organisation_id, member_id, external_name, appointed_on) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [f.level, f.organisation.id, f.member?.id ?? null, f.member ? null : (f.externalName ?? `Chuyên gia ${next()}`), f.appointedOn ?? '2021-01-01'],
  );
  return row;
}
