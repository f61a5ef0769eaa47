/**
 * Builders for the programmes module's tests: committee offices, and programmes written straight to the
 * tables (for the missing-programmes views, where the lifecycle through the API is not what is tested).
 */
import { TestCampaign } from './study-fixtures';
import { TestApp, TestMember, TestOrg } from './test-app';

/** A committee office (default: secretary) held by a member since `start`. */
export async function addCommitteeOffice(
  t: TestApp,
  org: TestOrg,
  member: TestMember,
  office: 'SECRETARY' | 'DEPUTY_SECRETARY' | 'STANDING_COMMITTEE' | 'COMMITTEE_MEMBER' = 'SECRETARY',
  start = '2020-01-01',
  end: string | null = null,
): Promise<void> {
  await t.query(`INSERT INTO committee_offices (organisation_id, member_id, office, start_date, end_date) VALUES ($1, $2, $3, $4, $5)`, [
    org.id, member.id, office, start, end,
  ]);
}

/** A programme in the given state, with one complete item. */
export async function insertProgramme(
  t: TestApp,
  f: { campaign: TestCampaign; committee: TestOrg; status: 'DRAFT' | 'DISCUSSED' | 'ISSUED' | 'EVALUATED'; issuedOn?: string },
): Promise<{ id: string }> {
  const discussed = f.status !== 'DRAFT';
  const issued = f.status === 'ISSUED' || f.status === 'EVALUATED';
  const issuedOn = issued ? (f.issuedOn ?? '2026-07-15') : null;
  const [row] = await t.query<{ id: string }>(
    `INSERT INTO action_programmes (campaign_id, organisation_id, title, status, discussion_record, discussed_on, issued_on,
                                    evaluation, evaluation_result, evaluated_on)
     VALUES ($1, $2, 'Chương trình hành động thử', $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      f.campaign.id, f.committee.id, f.status,
      discussed ? 'Biên bản thảo luận' : null, discussed ? (issuedOn ?? '2026-07-01') : null, issuedOn,
      f.status === 'EVALUATED' ? 'Đánh giá' : null, f.status === 'EVALUATED' ? 'GOOD' : null, f.status === 'EVALUATED' ? issuedOn : null,
    ],
  );
  await t.query(
    `INSERT INTO action_programme_items (programme_id, position, title, owner_organisation_id, deadline) VALUES ($1, 1, 'Mục 1', $2, '2026-12-31')`,
    [row.id, f.committee.id],
  );
  return row;
}
