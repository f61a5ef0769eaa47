import type { StudyContext } from './context';

/**
 * Demo data of the cell-life module (seed 002), set-based: one INSERT … SELECT per table, choices from hashes of
 * ids (hashtext), so the same bloc gives the same picture and 65,000 members stay fast.
 * - Regular meetings for every cell (CELL, or GRASSROOTS without sub-organisations) for the 12 months up to
 *   ctx.today: ~78 % in the first week, ~12 % on the 8th-10th, ~4 % held after the 10th, ~6 % not held.
 * - Thematic meetings in ~85 % of the cell-quarters (some quarters without one, flagged).
 * - Attendance only for the meetings of the last 3 months (all 12 months would be ~1 million rows at 65,000
 *   members): ~90 % present, ~7 % excused with a reason, ~3 % unexcused, for the members on the meeting date.
 * - Six-monthly checks by the parent committee for ~85 % of the cells in each half-year up to today.
 * - Registrations for this year (cells ~96 %, members ~93 %, targets GOOD or EXCELLENT) and ratings of last year
 *   for organisations and members with a realistic spread (mostly GOOD, few NOT_COMPLETED).
 */
export async function seedCellLife(ctx: StudyContext): Promise<void> {
  const { client, today, log } = ctx;
  const q = async (label: string, text: string) => {
    const started = Date.now();
    const res = await client.query(text, [today]);
    log(`cell-life: ${res.rowCount ?? 0} ${label} in ${Date.now() - started} ms`);
  };
  const cells = `SELECT o.id, o.parent_id, o.active_from, o.dissolved_on FROM organisations o
     WHERE (o.kind = 'CELL' OR (o.kind = 'GRASSROOTS' AND NOT EXISTS (
             SELECT 1 FROM organisations ch WHERE ch.parent_id = o.id AND ch.dissolved_on IS NULL)))`;
  const h = (expr: string) => `(abs(hashtext(${expr})) % 100)`;

  await q(
    'regular cell meetings',
    `WITH cells AS (${cells}),
     months AS (SELECT generate_series(date_trunc('month', $1::date) - interval '11 months', date_trunc('month', $1::date), interval '1 month')::date AS m),
     plan AS (
       SELECT c.id, mo.m, ${h(`c.id::text || mo.m::text`)} AS r FROM cells c CROSS JOIN months mo
        WHERE c.active_from <= mo.m AND (c.dissolved_on IS NULL OR c.dissolved_on > mo.m + 31)
     ), held AS (
       SELECT id, m, CASE WHEN r < 78 THEN m + (r % 7) WHEN r < 90 THEN m + 7 + (r % 3) WHEN r < 94 THEN m + 11 + (r % 9) END AS held_on
         FROM plan
     )
     INSERT INTO cell_meetings (organisation_id, kind, held_on, for_month, topic, conclusion)
     SELECT id, 'REGULAR', held_on, m, 'Sinh hoạt chi bộ thường kỳ tháng ' || extract(month FROM m) || '/' || extract(year FROM m),
            (ARRAY['Chi bộ thống nhất kết luận: hoàn thành nhiệm vụ chuyên môn tháng, phân công đảng viên theo dõi, đôn đốc.',
                   'Nghị quyết: tiếp tục quán triệt nghị quyết của cấp trên, mỗi đảng viên gắn với nhiệm vụ được giao.',
                   'Kết luận: chi bộ duy trì nền nếp sinh hoạt, tăng cường tự phê bình và phê bình, giao chi ủy kiểm tra việc thực hiện.'])[1 + (abs(hashtext(id::text || 'c' || m::text)) % 3)]
       FROM held WHERE held_on IS NOT NULL AND held_on <= $1::date`,
  );

  await q(
    'thematic cell meetings',
    `WITH cells AS (${cells}),
     quarters AS (SELECT generate_series(date_trunc('quarter', $1::date) - interval '12 months', date_trunc('quarter', $1::date), interval '3 months')::date AS qs),
     plan AS (
       SELECT c.id, qz.qs, ${h(`c.id::text || 'T' || qz.qs::text`)} AS r FROM cells c CROSS JOIN quarters qz
        WHERE c.active_from <= qz.qs AND (c.dissolved_on IS NULL OR c.dissolved_on > qz.qs + 92)
     )
     INSERT INTO cell_meetings (organisation_id, kind, held_on, topic, conclusion, resolution_id)
     SELECT p.id, 'THEMATIC', p.qs + 14 + (p.r * 7 % 60),
            (ARRAY['Chuyên đề: học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
                   'Chuyên đề: nâng cao chất lượng sinh hoạt chi bộ',
                   'Chuyên đề: quán triệt nghị quyết về công tác cán bộ',
                   'Chuyên đề: phòng, chống suy thoái tư tưởng chính trị, đạo đức, lối sống'])[1 + (p.r % 4)],
            'Kết luận chuyên đề: mỗi đảng viên xây dựng kế hoạch vận dụng vào nhiệm vụ chuyên môn; chi ủy theo dõi, đánh giá.',
            CASE WHEN p.r % 4 = 2 THEN (SELECT cr.resolution_id FROM campaigns c JOIN campaign_resolutions cr ON cr.campaign_id = c.id
                                         WHERE c.code = 'HT-TW7-XII' ORDER BY cr.resolution_id LIMIT 1) END
       FROM plan p
      WHERE p.r < 85 AND p.qs + 14 + (p.r * 7 % 60) <= $1::date
        AND p.qs + 14 + (p.r * 7 % 60) >= date_trunc('month', $1::date) - interval '11 months'`,
  );

  await q(
    'attendance rows (meetings of the last 3 months)',
    `INSERT INTO cell_meeting_attendance (meeting_id, member_id, status, reason)
     SELECT cm.id, ms.member_id,
            CASE WHEN ${h(`cm.id::text || ms.member_id::text`)} < 90 THEN 'PRESENT'
                 WHEN ${h(`cm.id::text || ms.member_id::text`)} < 97 THEN 'EXCUSED' ELSE 'UNEXCUSED' END,
            CASE WHEN ${h(`cm.id::text || ms.member_id::text`)} BETWEEN 90 AND 96
                 THEN (ARRAY['Đi công tác', 'Ốm', 'Việc gia đình', 'Đi học tập trung'])[1 + (abs(hashtext(ms.member_id::text || cm.id::text)) % 4)] END
       FROM cell_meetings cm
       JOIN memberships ms ON ms.organisation_id = cm.organisation_id AND ms.valid_from <= cm.held_on
                          AND (ms.valid_to IS NULL OR ms.valid_to > cm.held_on)
      WHERE cm.held_on >= date_trunc('month', $1::date) - interval '2 months'`,
  );

  await q(
    'six-monthly checks',
    `WITH cells AS (${cells}),
     halves AS (SELECT make_date(y, 6 * hf - 5, 1) AS hs, y, hf
                  FROM generate_series(extract(year FROM $1::date)::int - 1, extract(year FROM $1::date)::int) y, generate_series(1, 2) hf),
     plan AS (SELECT c.id, c.parent_id, hv.*, ${h(`c.id::text || 'K' || hv.hs::text`)} AS r FROM cells c CROSS JOIN halves hv
               WHERE c.parent_id IS NOT NULL AND c.active_from <= hv.hs AND c.dissolved_on IS NULL)
     INSERT INTO cell_checks (organisation_id, checking_organisation_id, year, half, checked_on, findings, conclusion)
     SELECT id, parent_id, y, hf, hs + 100 + (r % 70),
            (ARRAY['Chi bộ duy trì nền nếp sinh hoạt; sổ sách, biên bản đầy đủ; nội dung sinh hoạt bám sát nhiệm vụ chính trị.',
                   'Chi bộ sinh hoạt đều nhưng nội dung còn chung chung; một số kỳ họp chậm so với quy định.',
                   'Chi bộ thực hiện tốt việc phân công nhiệm vụ đảng viên; sinh hoạt chuyên đề chưa đều.'])[1 + (r % 3)],
            CASE WHEN r % 3 = 1 THEN 'Yêu cầu chi bộ khắc phục, báo cáo kết quả trong kỳ kiểm tra sau.' ELSE 'Đạt yêu cầu.' END
       FROM plan WHERE r < 85 AND hs + 100 + (r % 70) <= $1::date`,
  );

  await q(
    'cell registrations for this year',
    `WITH cells AS (${cells})
     INSERT INTO registrations (year, organisation_id, target_rating, tasks, registered_on)
     SELECT extract(year FROM $1::date)::int, c.id, CASE WHEN ${h(`c.id::text || 'R'`)} < 30 THEN 'EXCELLENT' ELSE 'GOOD' END,
            'Chi bộ đăng ký phấn đấu đạt trong sạch, vững mạnh; 100% đảng viên hoàn thành tốt nhiệm vụ trở lên.',
            LEAST($1::date, date_trunc('year', $1::date)::date + 9 + ${h(`c.id::text || 'D'`)} % 20)
       FROM cells c WHERE c.dissolved_on IS NULL AND ${h(`c.id::text || 'G'`)} < 96`,
  );

  await q(
    'member registrations for this year',
    `WITH d AS (SELECT LEAST($1::date, date_trunc('year', $1::date)::date + 14) AS on_date)
     INSERT INTO registrations (year, organisation_id, member_id, target_rating, tasks, registered_on)
     SELECT extract(year FROM $1::date)::int, ms.organisation_id, ms.member_id,
            CASE WHEN ${h(`ms.member_id::text || 'R'`)} < 20 THEN 'EXCELLENT' ELSE 'GOOD' END,
            (ARRAY['Hoàn thành nhiệm vụ chuyên môn được giao; tham gia đầy đủ sinh hoạt chi bộ.',
                   'Phụ trách công tác tuyên truyền của chi bộ; gương mẫu thực hiện quy định nêu gương.',
                   'Theo dõi việc học tập, quán triệt nghị quyết của đảng viên trong tổ; viết thu hoạch đầy đủ.',
                   'Tham gia công tác đoàn thể; giúp đỡ quần chúng ưu tú phấn đấu vào Đảng.'])[1 + ${h(`ms.member_id::text || 'T'`)} % 4],
            d.on_date
       FROM d JOIN memberships ms ON ms.valid_from <= d.on_date AND (ms.valid_to IS NULL OR ms.valid_to > d.on_date)
      WHERE ${h(`ms.member_id::text || 'G'`)} < 93`,
  );

  await q(
    'organisation ratings of last year',
    `WITH y AS (SELECT extract(year FROM $1::date)::int - 1 AS y)
     INSERT INTO ratings (year, organisation_id, rating, comment, rated_on)
     SELECT y.y, o.id, CASE WHEN r < 20 THEN 'EXCELLENT' WHEN r < 80 THEN 'GOOD' WHEN r < 97 THEN 'COMPLETED' ELSE 'NOT_COMPLETED' END,
            CASE WHEN r < 20 THEN 'Tổ chức đảng trong sạch, vững mạnh tiêu biểu' WHEN r >= 97 THEN 'Chưa duy trì nền nếp sinh hoạt' END,
            make_date(y.y, 12, 18 + r % 10)
       FROM y CROSS JOIN LATERAL (SELECT o.id, ${h(`o.id::text || 'X' || y.y::text`)} AS r FROM organisations o
                                   WHERE o.parent_id IS NOT NULL AND o.active_from <= make_date(y.y, 1, 1)
                                     AND (o.dissolved_on IS NULL OR o.dissolved_on > make_date(y.y, 12, 31))) o`,
  );

  await q(
    'member ratings of last year',
    `WITH y AS (SELECT extract(year FROM $1::date)::int - 1 AS y)
     INSERT INTO ratings (year, organisation_id, member_id, rating, rated_on)
     SELECT y.y, ms.organisation_id, ms.member_id,
            CASE WHEN r < 15 THEN 'EXCELLENT' WHEN r < 80 THEN 'GOOD' WHEN r < 97 THEN 'COMPLETED' ELSE 'NOT_COMPLETED' END,
            make_date(y.y, 12, 10 + r % 10)
       FROM y JOIN memberships ms ON ms.valid_from <= make_date(y.y, 12, 31) AND (ms.valid_to IS NULL OR ms.valid_to > make_date(y.y, 12, 31))
       CROSS JOIN LATERAL (SELECT ${h(`ms.member_id::text || 'X' || y.y::text`)} AS r) rr`,
  );
}
