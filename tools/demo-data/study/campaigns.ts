import type { StudyContext } from './context';

/**
 * Demo data of the campaigns module: the resolutions of the 7th Plenum of the
 * 12th Central Committee (seed 004) and of the bloc (seeds 000, 003) with
 * study-material links; the live campaign 'HT-TW7-XII' issued by the root
 * and laid out around ctx.today (started 40 days ago, upper-grassroots
 * deadline 10 days ago, grassroots and cells 20 days ahead, essays from key
 * leaders only 30 days ahead); a finished campaign of last year
 * 'HT-KL04-<year-1>' (essays from all attendees); and a few recorded
 * exemptions. Set-based SQL only.
 */
export async function seedCampaigns(ctx: StudyContext): Promise<void> {
  const { client, today } = ctx;
  const lastYear = Number(today.slice(0, 4)) - 1;

  await client.query(`
    INSERT INTO resolutions (code, title, issuer, issued_on, type, summary) VALUES
      ('26-NQ/TW', 'Về tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược, đủ phẩm chất, năng lực và uy tín, ngang tầm nhiệm vụ',
       'Ban Chấp hành Trung ương Đảng (Hội nghị Trung ương 7 khóa XII)', '2018-05-19', 'RESOLUTION', 'Nghị quyết Hội nghị Trung ương 7 khóa XII'),
      ('27-NQ/TW', 'Về cải cách chính sách tiền lương đối với cán bộ, công chức, viên chức, lực lượng vũ trang và người lao động trong doanh nghiệp',
       'Ban Chấp hành Trung ương Đảng (Hội nghị Trung ương 7 khóa XII)', '2018-05-21', 'RESOLUTION', 'Nghị quyết Hội nghị Trung ương 7 khóa XII'),
      ('28-NQ/TW', 'Về cải cách chính sách bảo hiểm xã hội',
       'Ban Chấp hành Trung ương Đảng (Hội nghị Trung ương 7 khóa XII)', '2018-05-23', 'RESOLUTION', 'Nghị quyết Hội nghị Trung ương 7 khóa XII'),
      ('02-NQ/ĐUK', 'Về đổi mới phương thức, nâng cao chất lượng học tập, quán triệt nghị quyết của Đảng trong Đảng bộ Khối các cơ quan Trung ương',
       'Ban Chấp hành Đảng bộ Khối các cơ quan Trung ương', '2016-10-27', 'RESOLUTION', NULL),
      ('04-KL/ĐUK', 'Về tiếp tục thực hiện Nghị quyết số 02-NQ/ĐUK ngày 27/10/2016 về đổi mới phương thức, nâng cao chất lượng học tập, quán triệt nghị quyết của Đảng',
       'Ban Chấp hành Đảng bộ Khối các cơ quan Trung ương', '2021-10-26', 'CONCLUSION', NULL)`);

  // Study materials (seed 004 §7): research, study and Q&A documents, as links.
  await client.query(`
    INSERT INTO resolution_materials (resolution_id, kind, title, url)
    SELECT r.id, k.kind, k.label || ' ' || r.code, 'https://tuyengiao.vn/tai-lieu/' || lower(replace(replace(r.code, '/', '-'), 'Đ', 'D')) || '/' || lower(k.kind)
      FROM resolutions r
      CROSS JOIN (VALUES ('RESEARCH', 'Tài liệu nghiên cứu'), ('STUDY', 'Tài liệu học tập'), ('QA', 'Tài liệu hỏi - đáp')) AS k(kind, label)
     WHERE r.code IN ('26-NQ/TW', '27-NQ/TW', '28-NQ/TW')
        OR (r.code IN ('02-NQ/ĐUK', '04-KL/ĐUK') AND k.kind = 'STUDY')`);

  // The live campaign, modelled on seed 004 and dated around today.
  await client.query(
    `WITH root AS (SELECT id FROM organisations WHERE parent_id IS NULL LIMIT 1), d AS (SELECT $1::date AS t)
     INSERT INTO campaigns (code, title, issuer_organisation_id, status, issued_on, starts_on, report_due_on, formats,
                            expected_duration_minutes, discussion_minutes, essay_policy, essay_due_on, essay_min_words,
                            essay_similarity_threshold, programme_required, programme_due_on, programme_levels,
                            personal_plans_required, personal_plans_due_on, description)
     SELECT 'HT-TW7-XII', 'Học tập, quán triệt các nghị quyết Hội nghị Trung ương 7 khóa XII', root.id, 'ISSUED', d.t - 42, d.t - 40, d.t + 60,
            ARRAY['IN_PERSON','ONLINE','LIVE_BROADCAST'], 480, 240, 'KEY_LEADERS_ONLY', d.t + 30, 1000, 0.800,
            true, d.t + 25, ARRAY['UPPER_GRASSROOTS','GRASSROOTS'], true, d.t + 35,
            'Hội nghị 01 ngày, trong đó 01 buổi nghiên cứu, thảo luận, thông qua chương trình hành động; sau đó viết thu hoạch.'
       FROM root, d`,
    [today],
  );
  await client.query(
    `INSERT INTO campaign_levels (campaign_id, level, audience, include_subordinate_committees, include_subordinate_heads, deadline)
     SELECT c.id, l.level, l.audience, l.committees, l.heads, $1::date + l.offset_days
       FROM campaigns c
      CROSS JOIN (VALUES ('BLOC', 'KEY_LEADERS', true, true, -25), ('UPPER_GRASSROOTS', 'KEY_LEADERS', false, false, -10),
                         ('GRASSROOTS', 'ALL_MEMBERS', false, false, 20), ('CELL', 'ALL_MEMBERS', false, false, 20))
            AS l(level, audience, committees, heads, offset_days)
      WHERE c.code = 'HT-TW7-XII'`,
    [today],
  );

  // Last year's finished campaign on Conclusion 04-KL/ĐUK: every attendee writes.
  await client.query(
    `WITH root AS (SELECT id FROM organisations WHERE parent_id IS NULL LIMIT 1), y AS (SELECT make_date($1::int, 1, 1) AS j)
     INSERT INTO campaigns (code, title, issuer_organisation_id, status, issued_on, starts_on, report_due_on, formats,
                            expected_duration_minutes, discussion_minutes, essay_policy, essay_due_on, essay_min_words,
                            programme_required, programme_due_on, programme_levels, personal_plans_required, personal_plans_due_on)
     SELECT 'HT-KL04-' || $1::int, 'Quán triệt Kết luận số 04-KL/ĐUK và Nghị quyết số 02-NQ/ĐUK năm ' || $1::int, root.id, 'CLOSED',
            y.j + 58, y.j + 59, y.j + 180, ARRAY['IN_PERSON','ONLINE'], 240, 60, 'ALL_ATTENDEES', y.j + 150, 500,
            true, y.j + 160, ARRAY['UPPER_GRASSROOTS','GRASSROOTS','CELL'], true, y.j + 165
       FROM root, y`,
    [lastYear],
  );
  await client.query(
    `INSERT INTO campaign_levels (campaign_id, level, audience, include_subordinate_committees, include_subordinate_heads, deadline)
     SELECT c.id, l.level, 'ALL_MEMBERS', false, false, make_date($1::int, 1, 1) + l.offset_days
       FROM campaigns c
      CROSS JOIN (VALUES ('BLOC', 90), ('UPPER_GRASSROOTS', 105), ('GRASSROOTS', 120), ('CELL', 120)) AS l(level, offset_days)
      WHERE c.code = 'HT-KL04-' || $1::int`,
    [lastYear],
  );
  await client.query(
    `INSERT INTO campaign_resolutions (campaign_id, resolution_id)
     SELECT c.id, r.id FROM campaigns c JOIN resolutions r
         ON (c.code = 'HT-TW7-XII' AND r.code IN ('26-NQ/TW', '27-NQ/TW', '28-NQ/TW'))
         OR (c.code = 'HT-KL04-' || $1::int AND r.code IN ('02-NQ/ĐUK', '04-KL/ĐUK'))`,
    [lastYear],
  );

  // A few recorded exemptions (about 1 member in 250), chosen deterministically from the ids.
  const { rowCount } = await client.query(
    `INSERT INTO member_exemptions (member_id, reason, basis, valid_from, valid_to, approved_by_user_id)
     SELECT m.id,
            CASE WHEN abs(hashtext(m.id::text)) % 3 = 0 THEN 'UNFIT_FOR_WORK' ELSE 'OTHER' END,
            CASE WHEN abs(hashtext(m.id::text)) % 3 = 0 THEN 'Giấy xác nhận điều trị dài ngày của bệnh viện'
                 ELSE 'Quyết định cử đi công tác, học tập dài hạn ở nước ngoài của cấp ủy' END,
            $1::date - 120, CASE WHEN abs(hashtext(m.id::text)) % 2 = 0 THEN $1::date + 180 END,
            (SELECT u.id FROM users u JOIN role_assignments r ON r.user_id = u.id WHERE r.role = 'ADMIN' ORDER BY u.created_at LIMIT 1)
       FROM members m
      WHERE abs(hashtext(m.id::text || ':exemption')) % 250 = 0
        AND NOT (m.is_retired OR m.is_unfit_for_work OR m.is_exempt_from_activities)`,
    [today],
  );
  ctx.log(`campaigns: 5 resolutions, HT-TW7-XII (live) and HT-KL04-${lastYear} (closed), ${rowCount ?? 0} exemptions`);
}
