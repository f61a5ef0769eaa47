import type { StudyContext } from './context';

/**
 * Demo data of the inspections module (domain.md §9), set-based like the other study seeders (choices from
 * hashes of ids, one statement per table):
 * - last year: a PUBLISHED plan (04-KL/ĐUK, 20 %) for every committee with active subordinate organisations, one
 *   DONE sampling run each, picks ceil(20 %) of the children by a hash of the seed with the reasons;
 * - inspection records for ~85 % of those picks (team, scope, findings, conclusion, recommendations), violations
 *   for ~12 % (members: khiển trách / cảnh cáo; a few organisations: khiển trách) and follow-ups in every state
 *   (done, in progress, open, overdue);
 * - this year: a DRAFT plan for every committee, ready to sample (the worker job picks);
 * - this year's member checks (every member once, months spread within each cell) and the six-monthly cell check
 *   schedule (by the parent committee; the recorded checks are cell-life's cell_checks).
 */
export async function seedInspections(ctx: StudyContext): Promise<void> {
  const { client, today, log } = ctx;
  const q = async (label: string, text: string) => {
    const started = Date.now();
    const res = await client.query(text, [today]);
    log(`inspections: ${res.rowCount ?? 0} ${label} in ${Date.now() - started} ms`);
  };
  const h = (expr: string) => `(abs(hashtext(${expr})) % 100)`;
  const committees = `SELECT o.id, o.path FROM organisations o WHERE o.dissolved_on IS NULL
     AND EXISTS (SELECT 1 FROM organisations c WHERE c.parent_id = o.id AND c.dissolved_on IS NULL)`;
  const y = `extract(year FROM $1::date)::int`;
  const termStart = (year: string) => `((${year}) / 5 * 5)`;

  await q(
    "last year's published inspection plans",
    `INSERT INTO inspection_plans (organisation_id, year, theme, period_from, period_to, basis, share_percent, term_start_year,
                                   term_end_year, status, published_at)
     SELECT c.id, ${y} - 1, 'Kiểm tra việc học tập, quán triệt và tổ chức thực hiện các nghị quyết của Đảng',
            make_date(${y} - 1, 3, 1), make_date(${y} - 1, 11, 30), 'KL04', 20,
            ${termStart(`${y} - 1`)}, ${termStart(`${y} - 1`)} + 5, 'PUBLISHED', make_date(${y} - 1, 2, 15)
       FROM (${committees}) c
     ON CONFLICT (organisation_id, year) DO NOTHING`,
  );

  await q(
    'sampling runs of those plans',
    `WITH runs AS (
       INSERT INTO inspection_sampling_runs (plan_id, batch_id, seed, status, requested_at, finished_at, summary)
       SELECT p.id, p.id, abs(hashtext(p.id::text)), 'DONE', make_date(${y} - 1, 2, 10), make_date(${y} - 1, 2, 10),
              NULL
         FROM inspection_plans p WHERE p.year = ${y} - 1 AND p.current_run_id IS NULL
       RETURNING id, plan_id)
     UPDATE inspection_plans p SET current_run_id = runs.id FROM runs WHERE p.id = runs.plan_id`,
  );

  await q(
    "last year's picks with their reasons",
    `WITH ranked AS (
       SELECT r.id AS run_id, ch.id AS org_id, ch.kind,
              row_number() OVER (PARTITION BY r.id ORDER BY md5(r.seed::text || ':' || ch.id::text)) AS rk,
              count(*) OVER (PARTITION BY r.id) AS n
         FROM inspection_plans p JOIN inspection_sampling_runs r ON r.id = p.current_run_id
         JOIN organisations ch ON ch.parent_id = p.organisation_id AND ch.dissolved_on IS NULL
        WHERE p.year = ${y} - 1 AND NOT EXISTS (SELECT 1 FROM inspection_picks k WHERE k.run_id = r.id))
     INSERT INTO inspection_picks (run_id, organisation_id, stratum, rank, forced, reasons)
     SELECT run_id, org_id, kind, rk, false,
            jsonb_build_array(
              jsonb_build_object('code', 'NOT_INSPECTED_IN_TERM', 'text', 'chưa được kiểm tra trong nhiệm kỳ'),
              jsonb_build_object('code', 'NEVER_INSPECTED', 'text', 'chưa từng được kiểm tra'),
              jsonb_build_object('code', 'RANDOM_IN_STRATUM', 'text', 'chọn ngẫu nhiên theo tầng ' ||
                CASE kind WHEN 'UPPER_GRASSROOTS' THEN 'Đảng bộ cấp trên cơ sở' WHEN 'GRASSROOTS' THEN 'Đảng bộ cơ sở' ELSE 'Chi bộ' END))
       FROM ranked WHERE rk <= ceil(n * 0.2)`,
  );

  await q(
    'run summaries',
    `WITH strata AS (
       SELECT r.id AS run_id, ch.kind, count(*)::int AS size, count(k.organisation_id)::int AS picked
         FROM inspection_plans p JOIN inspection_sampling_runs r ON r.id = p.current_run_id
         JOIN organisations ch ON ch.parent_id = p.organisation_id AND ch.dissolved_on IS NULL
         LEFT JOIN inspection_picks k ON k.run_id = r.id AND k.organisation_id = ch.id
        WHERE p.year = ${y} - 1 GROUP BY r.id, ch.kind)
     UPDATE inspection_sampling_runs r SET candidate_count = s.candidates, pick_count = s.picked,
            summary = jsonb_build_object('candidates', s.candidates, 'sampleSize', ceil(s.candidates * 0.2)::int, 'picked', s.picked,
              'forced', 0, 'remainingYears', p.term_end_year - p.year + 1, 'notInspectedInTerm', s.candidates, 'reportUsed', false,
              'strata', s.strata)
       FROM (SELECT run_id, sum(size)::int AS candidates, sum(picked)::int AS picked,
                    jsonb_agg(jsonb_build_object('kind', kind, 'size', size, 'allocated', picked, 'forced', 0) ORDER BY kind) AS strata
               FROM strata GROUP BY run_id) s, inspection_plans p
      WHERE r.id = s.run_id AND p.id = r.plan_id AND r.candidate_count IS NULL`,
  );

  await q(
    'inspection records of those picks',
    `INSERT INTO inspection_records (inspecting_organisation_id, organisation_id, plan_id, title, scope, started_on, ended_on, team,
                                     findings, conclusion, recommendations)
     SELECT p.organisation_id, k.organisation_id, p.id,
            'Kiểm tra việc học tập, quán triệt nghị quyết năm ' || p.year,
            'Việc tổ chức học tập, quán triệt; xây dựng chương trình hành động, kế hoạch cá nhân; chất lượng bài thu hoạch',
            make_date(p.year, 4, 1) + ${h(`k.organisation_id::text || 'S'`)} * 2,
            make_date(p.year, 4, 1) + ${h(`k.organisation_id::text || 'S'`)} * 2 + 5,
            '[{"fullName": "Nguyễn Văn Kiểm", "role": "LEAD", "memberId": null},
              {"fullName": "Trần Thị Tra", "role": "MEMBER", "memberId": null},
              {"fullName": "Lê Thị Thư", "role": "SECRETARY", "memberId": null}]'::jsonb,
            (ARRAY['Tổ chức học tập đầy đủ, đúng thành phần; chương trình hành động cụ thể, có lộ trình.',
                   'Học tập đầy đủ nhưng một số bài thu hoạch sơ sài; chương trình hành động còn chung chung.',
                   'Tỷ lệ đảng viên tham gia học tập chưa đạt; chưa tổ chức học bù kịp thời.'])[1 + ${h(`k.organisation_id::text || 'F'`)} % 3],
            CASE WHEN ${h(`k.organisation_id::text || 'F'`)} % 3 = 0 THEN 'Thực hiện tốt.' ELSE 'Cơ bản thực hiện đúng quy định, cần khắc phục các hạn chế đã nêu.' END,
            'Tổ chức học bù cho đảng viên vắng; bổ sung chỉ tiêu, lộ trình vào chương trình hành động.'
       FROM inspection_plans p JOIN inspection_picks k ON k.run_id = p.current_run_id
      WHERE p.year = ${y} - 1 AND ${h(`k.organisation_id::text || 'R'`)} < 85
        AND NOT EXISTS (SELECT 1 FROM inspection_records x WHERE x.plan_id = p.id AND x.organisation_id = k.organisation_id)`,
  );

  await q(
    'violations (Regulation 181-QĐ/TW)',
    `WITH recs AS (
       SELECT r.id, r.organisation_id, o.path, ${h(`r.id::text || 'V'`)} AS v FROM inspection_records r
         JOIN organisations o ON o.id = r.organisation_id
        WHERE r.started_on >= make_date(${y} - 1, 1, 1) AND r.started_on < make_date(${y}, 1, 1)
          AND NOT EXISTS (SELECT 1 FROM inspection_violations x WHERE x.record_id = r.id)),
     offender AS (
       SELECT DISTINCT ON (recs.id) recs.id, m.id AS member_id, recs.v FROM recs
         JOIN organisations o ON o.path >= recs.path AND o.path < left(recs.path, -1) || '0'
         JOIN members m ON m.organisation_id = o.id
        WHERE recs.v < 10 ORDER BY recs.id, md5(m.id::text))
     INSERT INTO inspection_violations (record_id, subject_kind, member_id, organisation_id, description, discipline, decided_on, basis)
     SELECT id, 'MEMBER', member_id, NULL, 'Không tham gia học tập nghị quyết, không nộp bài thu hoạch theo quy định',
            CASE WHEN v < 7 THEN 'REPRIMAND' ELSE 'WARNING' END, make_date(${y} - 1, 9, 15), 'Quy định 181-QĐ/TW'
       FROM offender
     UNION ALL
     SELECT id, 'ORGANISATION', NULL, organisation_id, 'Không tổ chức học tập, quán triệt nghị quyết đúng thời hạn',
            CASE WHEN v = 10 THEN 'REPRIMAND' END, CASE WHEN v = 10 THEN make_date(${y} - 1, 10, 1) END, 'Quy định 181-QĐ/TW'
       FROM recs WHERE v BETWEEN 10 AND 11`,
  );

  await q(
    'follow-ups in every state',
    `INSERT INTO inspection_follow_ups (record_id, description, responsible, due_on, status, done_on)
     SELECT r.id, 'Khắc phục hạn chế theo kết luận kiểm tra, báo cáo kết quả bằng văn bản', 'Cấp ủy được kiểm tra',
            CASE WHEN f < 70 THEN make_date(${y} - 1, 12, 31) WHEN f < 85 THEN $1::date - 20 ELSE $1::date + 45 END,
            CASE WHEN f < 70 THEN 'DONE' WHEN f < 78 THEN 'IN_PROGRESS' ELSE 'OPEN' END,
            CASE WHEN f < 70 THEN make_date(${y} - 1, 12, 20) END
       FROM (SELECT r.id, ${h(`r.id::text || 'U'`)} AS f FROM inspection_records r
              WHERE r.started_on >= make_date(${y} - 1, 1, 1) AND r.started_on < make_date(${y}, 1, 1)
                AND NOT EXISTS (SELECT 1 FROM inspection_follow_ups x WHERE x.record_id = r.id)) r`,
  );

  await q(
    "this year's draft plans",
    `INSERT INTO inspection_plans (organisation_id, year, theme, period_from, period_to, basis, share_percent, term_start_year, term_end_year)
     SELECT c.id, ${y}, 'Kiểm tra việc học tập, quán triệt và tổ chức thực hiện các nghị quyết của Đảng',
            make_date(${y}, 1, 1), make_date(${y}, 12, 31), 'KL04', 15, ${termStart(y)}, ${termStart(y)} + 5
       FROM (${committees}) c
     ON CONFLICT (organisation_id, year) DO NOTHING`,
  );

  await q(
    "this year's member checks",
    `WITH m AS (
       SELECT ms.member_id, ms.organisation_id,
              row_number() OVER (PARTITION BY ms.organisation_id ORDER BY md5(ms.member_id::text)) - 1 AS rn
         FROM memberships ms WHERE ms.valid_from <= $1::date AND (ms.valid_to IS NULL OR ms.valid_to > $1::date))
     INSERT INTO member_check_schedule (year, member_id, organisation_id, month, checked_on, result)
     SELECT ${y}, member_id, organisation_id, (rn + abs(hashtext(organisation_id::text)) % 12) % 12 + 1,
            CASE WHEN make_date(${y}, ((rn + abs(hashtext(organisation_id::text)) % 12) % 12 + 1)::int, 20) <= $1::date
                      AND ${h(`member_id::text || 'K'`)} < 92
                 THEN make_date(${y}, ((rn + abs(hashtext(organisation_id::text)) % 12) % 12 + 1)::int, 20) END,
            CASE WHEN make_date(${y}, ((rn + abs(hashtext(organisation_id::text)) % 12) % 12 + 1)::int, 20) <= $1::date
                      AND ${h(`member_id::text || 'K'`)} < 92
                 THEN 'Chấp hành tốt nghị quyết, chỉ thị; tham gia học tập đầy đủ.' END
       FROM m
     ON CONFLICT (year, member_id) DO NOTHING`,
  );

  await q(
    "this year's six-monthly cell check schedule",
    `WITH cells AS (
       SELECT o.id, o.parent_id, row_number() OVER (PARTITION BY o.parent_id ORDER BY md5(o.id::text)) - 1 AS rn
         FROM organisations o
        WHERE o.parent_id IS NOT NULL AND o.dissolved_on IS NULL
          AND (o.kind = 'CELL' OR (o.kind = 'GRASSROOTS' AND NOT EXISTS (
                SELECT 1 FROM organisations ch WHERE ch.parent_id = o.id AND ch.dissolved_on IS NULL))))
     INSERT INTO cell_check_schedule (organisation_id, year, half, checking_organisation_id, month)
     SELECT c.id, ${y}, h.half, c.parent_id, (h.half - 1) * 6 + 1 + c.rn % 6
       FROM cells c CROSS JOIN (VALUES (1), (2)) AS h(half)
     ON CONFLICT (organisation_id, year, half) DO NOTHING`,
  );
}
