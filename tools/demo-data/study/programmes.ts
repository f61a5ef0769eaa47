import type { StudyContext } from './context';

/** Hash bucket 0-9 of an id and a salt: deterministic choices without one statement per row. */
const bucket = (expr: string, salt: string) => `(abs(hashtext(${expr}::text || '${salt}')) % 10)`;

const ITEM_TITLES = [
  'Rà soát, bổ sung quy hoạch cán bộ lãnh đạo, quản lý các cấp',
  'Đổi mới công tác đánh giá cán bộ gắn với kết quả thực hiện nhiệm vụ',
  'Chuẩn bị thực hiện cải cách chính sách tiền lương',
  'Tuyên truyền, phổ biến chính sách bảo hiểm xã hội đến người lao động',
];

/**
 * Demo data of the programmes module (domain.md §6), for the campaigns written by the campaigns seeder:
 * - 'HT-TW7-XII' (live): action programmes of the committees it asks one of, in every state (some missing,
 *   drafts whose item 2 has no owner yet, discussed, issued on time or late), items with roadmaps and
 *   progress; personal plans of secretaries and heads (some missing, drafts, submitted, returned, accepted);
 * - last year's 'HT-KL04-<year>': evaluated programmes (a few late or missing) and accepted plans with the
 *   yearly evaluation.
 * Skips a campaign that is absent or does not ask for programmes / plans. Set-based SQL throughout.
 */
export async function seedProgrammes(ctx: StudyContext): Promise<void> {
  const { client, today, log } = ctx;
  const lastYear = `HT-KL04-${Number(today.slice(0, 4)) - 1}`;
  const { rows: campaigns } = await client.query<{ id: string; code: string; programme: boolean; plans: boolean }>(
    `SELECT id, code, programme_required AS programme, personal_plans_required AS plans FROM campaigns WHERE code = ANY($1::text[])`,
    [['HT-TW7-XII', lastYear]],
  );
  for (const c of campaigns) {
    const finished = c.code === lastYear;
    if (c.programme) await seedCampaignProgrammes(ctx, c.id, finished);
    if (c.plans) await seedCampaignPlans(ctx, c.id, finished);
  }
  const [{ programmes, plans }] = (
    await client.query<{ programmes: number; plans: number }>(
      `SELECT (SELECT count(*) FROM action_programmes)::int AS programmes, (SELECT count(*) FROM personal_action_plans)::int AS plans`,
    )
  ).rows;
  log(`seed: programmes ${programmes}, personal plans ${plans}${campaigns.length ? '' : ' (no demo campaigns found)'}`);
}

async function seedCampaignProgrammes(ctx: StudyContext, campaignId: string, finished: boolean): Promise<void> {
  const { client, today } = ctx;
  const b = bucket('o.id', 'programme');
  // Live: 0-1 none, 2 draft, 3 discussed, 4-7 issued on time, 8 issued late, 9 issued on time.
  // Finished: 0 none, 1 issued late (not evaluated), 2-9 evaluated.
  const status = finished
    ? `CASE WHEN ${b} = 0 THEN NULL WHEN ${b} = 1 THEN 'ISSUED' ELSE 'EVALUATED' END`
    : `CASE WHEN ${b} <= 1 THEN NULL WHEN ${b} = 2 THEN 'DRAFT' WHEN ${b} = 3 THEN 'DISCUSSED' ELSE 'ISSUED' END`;
  const late = finished ? `${b} = 1` : `${b} = 8`;
  await client.query(
    `WITH c AS (
       SELECT c.id, c.starts_on, c.programme_due_on AS due, c.programme_levels AS levels, io.path AS issuer_path, $2::date AS today
         FROM campaigns c JOIN organisations io ON io.id = c.issuer_organisation_id WHERE c.id = $1
     ), o AS (
       SELECT o.id, o.name, ${status} AS status, ${late} AS late,
              LEAST(c.starts_on + 10, c.today) AS disc, c.due, c.today
         FROM c JOIN organisations o ON o.kind = ANY(c.levels)
          AND o.path >= c.issuer_path AND o.path < left(c.issuer_path, -1) || '0' AND o.dissolved_on IS NULL
     ), d AS (
       SELECT o.*, GREATEST(o.disc, LEAST(o.due - 5, o.today)) AS on_time FROM o WHERE o.status IS NOT NULL
     ), x AS (
       SELECT d.*, CASE WHEN d.status IN ('ISSUED','EVALUATED')
                        THEN CASE WHEN d.late AND d.due + 7 <= d.today THEN GREATEST(d.disc, d.due + 7) ELSE d.on_time END END AS issued
         FROM d
     )
     INSERT INTO action_programmes (campaign_id, organisation_id, title, status, discussion_record, discussed_on, document_number,
                                    issued_on, evaluation, evaluation_result, evaluated_on, created_at, updated_at)
     SELECT $1, x.id, 'Chương trình hành động của ' || x.name, x.status,
            CASE WHEN x.status <> 'DRAFT' THEN 'Biên bản hội nghị Ban Thường vụ: thảo luận dân chủ, thống nhất các chỉ tiêu, giải pháp và phân công' END,
            CASE WHEN x.status <> 'DRAFT' THEN x.disc END,
            CASE WHEN x.issued IS NOT NULL THEN (10 + abs(hashtext(x.id::text)) % 80)::text || '-CTr/ĐU' END,
            x.issued,
            CASE WHEN x.status = 'EVALUATED' THEN 'Sơ kết: cơ bản hoàn thành các chỉ tiêu; còn chậm ở nội dung cải cách tiền lương' END,
            CASE WHEN x.status = 'EVALUATED' THEN (ARRAY['EXCELLENT','GOOD','GOOD','COMPLETED','NOT_COMPLETED'])[1 + abs(hashtext(x.id::text || 'res')) % 5] END,
            CASE WHEN x.status = 'EVALUATED' THEN LEAST(x.today, GREATEST(x.issued, x.due + 120)) END,
            x.disc::timestamptz, x.disc::timestamptz
       FROM x
     ON CONFLICT ON CONSTRAINT action_programmes_one_per_committee DO NOTHING`,
    [campaignId, today],
  );

  // Items: 3-4 per programme, owned by a child organisation (or the committee), dated; in drafts item 2 has no owner yet.
  await client.query(
    `INSERT INTO action_programme_items (programme_id, position, title, target, solutions, owner_organisation_id, deadline)
     SELECT p.id, n, ($2::text[])[n], 'Chỉ tiêu ' || n || ': hoàn thành 100% nội dung được giao',
            'Phân công cụ thể; kiểm tra, đôn đốc hằng quý; sơ kết rút kinh nghiệm',
            CASE WHEN p.status = 'DRAFT' AND n = 2 THEN NULL ELSE COALESCE(ch.id, p.organisation_id) END,
            c.programme_due_on + (n * 60)
       FROM action_programmes p
       JOIN campaigns c ON c.id = p.campaign_id
       CROSS JOIN LATERAL generate_series(1, 3 + abs(hashtext(p.id::text)) % 2) AS n
       LEFT JOIN LATERAL (SELECT id FROM organisations WHERE parent_id = p.organisation_id AND dissolved_on IS NULL
                           ORDER BY hashtext(id::text || n) LIMIT 1) ch ON true
      WHERE p.campaign_id = $1`,
    [campaignId, ITEM_TITLES],
  );

  // Roadmap: two steps per item; done when due and the programme is issued.
  await client.query(
    `INSERT INTO action_programme_milestones (item_id, due_on, description, done_on)
     SELECT i.id, s.due_on, s.description,
            CASE WHEN p.issued_on IS NOT NULL AND s.due_on <= $2::date AND ${bucket('i.id', 's')} < 8
                 THEN GREATEST(p.issued_on, LEAST(s.due_on, $2::date)) END
       FROM action_programme_items i
       JOIN action_programmes p ON p.id = i.programme_id
       CROSS JOIN LATERAL (VALUES (p.discussed_on + 60, 'Xây dựng kế hoạch chi tiết, phân công cán bộ phụ trách'),
                                  (i.deadline - 30, 'Tổng hợp kết quả, báo cáo cấp ủy')) AS s(due_on, description)
      WHERE p.campaign_id = $1 AND i.deadline IS NOT NULL AND p.discussed_on IS NOT NULL`,
    [campaignId, today],
  );

  // Progress of issued programmes: a first report a month after issue, a second one later for most items.
  await client.query(
    `INSERT INTO action_programme_item_progress (item_id, status, evidence, reported_on, created_at)
     SELECT i.id, r.status, r.evidence, r.reported_on, r.reported_on::timestamptz
       FROM action_programme_items i
       JOIN action_programmes p ON p.id = i.programme_id
       CROSS JOIN LATERAL (VALUES
         (1, 'IN_PROGRESS', 'Đã ban hành kế hoạch triển khai', LEAST($2::date, p.issued_on + 30)),
         (2, CASE WHEN ${bucket('i.id', 'st')} < 5 THEN 'DONE' ELSE 'IN_PROGRESS' END, 'Báo cáo kết quả thực hiện', LEAST($2::date, p.issued_on + 120))
       ) AS r(k, status, evidence, reported_on)
      WHERE p.campaign_id = $1 AND p.issued_on IS NOT NULL AND ${bucket('i.id', 'pr')} >= 2
        AND (r.k = 1 OR ${bucket('i.id', 'pr')} >= 5 OR p.status = 'EVALUATED')`,
    [campaignId, today],
  );
  await client.query(
    `UPDATE action_programme_items i SET status = l.status, evidence = l.evidence, progress_on = l.reported_on
       FROM (SELECT DISTINCT ON (pr.item_id) pr.item_id, pr.status, pr.evidence, pr.reported_on
               FROM action_programme_item_progress pr
               JOIN action_programme_items i2 ON i2.id = pr.item_id
               JOIN action_programmes p ON p.id = i2.programme_id
              WHERE p.campaign_id = $1
              ORDER BY pr.item_id, pr.reported_on DESC, pr.id DESC) l
      WHERE i.id = l.item_id`,
    [campaignId],
  );
}

async function seedCampaignPlans(ctx: StudyContext, campaignId: string, finished: boolean): Promise<void> {
  const { client, today } = ctx;
  const b = bucket('r.member_id', 'plan');
  // Live: 0-1 none, 2 draft, 3 returned, 4-5 submitted, 6-9 accepted. Finished: 0-1 none, others accepted.
  const status = finished
    ? `CASE WHEN ${b} <= 1 THEN NULL ELSE 'ACCEPTED' END`
    : `CASE WHEN ${b} <= 1 THEN NULL WHEN ${b} = 2 THEN 'DRAFT' WHEN ${b} = 3 THEN 'RETURNED' WHEN ${b} <= 5 THEN 'SUBMITTED' ELSE 'ACCEPTED' END`;
  // Who owes a plan: the same definition as PersonalPlansRepository.required(), on the reference date
  // (today, capped at the plans' due date, not before the campaign start).
  await client.query(
    `WITH c AS (
       SELECT c.id, io.path AS issuer_path, c.starts_on,
              GREATEST(c.starts_on, LEAST($2::date, c.personal_plans_due_on)) AS d
         FROM campaigns c JOIN organisations io ON io.id = c.issuer_organisation_id WHERE c.id = $1
     ), sec AS (
       SELECT DISTINCT co.member_id
         FROM c JOIN committee_offices co ON co.office = 'SECRETARY' AND co.start_date <= c.d AND (co.end_date IS NULL OR co.end_date >= c.d)
         JOIN organisations so ON so.id = co.organisation_id AND so.path >= c.issuer_path AND so.path < left(c.issuer_path, -1) || '0'
     ), cand AS (
       SELECT id AS member_id FROM members WHERE is_head_of_unit UNION SELECT member_id FROM sec
     ), r AS (
       SELECT ms.member_id, ms.organisation_id, c.starts_on, c.d
         FROM c CROSS JOIN cand
         JOIN memberships ms ON ms.member_id = cand.member_id AND ms.valid_from <= c.d AND (ms.valid_to IS NULL OR ms.valid_to > c.d)
         JOIN organisations o ON o.id = ms.organisation_id AND o.path >= c.issuer_path AND o.path < left(c.issuer_path, -1) || '0'
         JOIN members mb ON mb.id = ms.member_id AND NOT mb.is_exempt_from_activities
     ), s AS (
       SELECT r.*, ${status} AS status, LEAST(r.d, r.starts_on + 20 + ${b}) AS written FROM r
     )
     INSERT INTO personal_action_plans (campaign_id, member_id, organisation_id, content, status, submitted_at, reviewed_at,
                                        review_comment, created_at, updated_at)
     SELECT $1, s.member_id, s.organisation_id,
            'Kế hoạch hành động cá nhân: cụ thể hóa nghị quyết vào nhiệm vụ được giao; lộ trình theo quý; cam kết nêu gương của người đứng đầu.',
            s.status,
            CASE WHEN s.status <> 'DRAFT' THEN s.written::timestamptz + interval '9 hours' END,
            CASE WHEN s.status IN ('RETURNED','ACCEPTED') THEN s.written::timestamptz + interval '5 days' END,
            CASE WHEN s.status = 'RETURNED' THEN 'Đề nghị bổ sung lộ trình và chỉ tiêu cụ thể' END,
            s.written::timestamptz, s.written::timestamptz
       FROM s WHERE s.status IS NOT NULL
     ON CONFLICT ON CONSTRAINT personal_action_plans_one_per_member DO NOTHING`,
    [campaignId, today],
  );
  await client.query(
    `INSERT INTO personal_plan_reviews (plan_id, decision, comment, reviewed_at)
     SELECT id, status, review_comment, reviewed_at FROM personal_action_plans
      WHERE campaign_id = $1 AND status IN ('RETURNED','ACCEPTED')`,
    [campaignId],
  );
  if (finished) {
    await client.query(
      `INSERT INTO personal_plan_evaluations (plan_id, year, result, comment, evaluated_at)
       SELECT p.id, extract(year FROM c.starts_on)::int,
              (ARRAY['EXCELLENT','GOOD','GOOD','COMPLETED','NOT_COMPLETED'])[1 + abs(hashtext(p.id::text || 'eval')) % 5],
              'Đánh giá kết quả thực hiện kế hoạch hành động cá nhân cuối năm',
              make_date(extract(year FROM c.starts_on)::int, 12, 20)::timestamptz
         FROM personal_action_plans p JOIN campaigns c ON c.id = p.campaign_id
        WHERE p.campaign_id = $1 AND p.status = 'ACCEPTED'
       ON CONFLICT ON CONSTRAINT personal_plan_evaluations_year_key DO NOTHING`,
      [campaignId],
    );
  }
}
