import type { StudyContext } from './context';

/** Hash bucket 0-99 of an SQL expression and a salt: deterministic choices without one statement per row. */
const pct = (expr: string, salt: string) => `(abs(hashtext(${expr}::text || '${salt}')) % 100)`;
const pick = (expr: string, salt: string, n: number) => `(1 + abs(hashtext(${expr}::text || '${salt}')) % ${n})`;

/**
 * Template paragraphs (seed 004 §6: the state of things, what is new, how to apply it to one's own work).
 * A normal essay takes an opening, then reflections, content and applications in a member-specific order
 * until it passes the campaign's essay_min_words, then a closing.
 */
const OPENINGS = [
  'Qua nghiên cứu, học tập và quán triệt nghị quyết, bản thân tôi nhận thức sâu sắc hơn về tầm quan trọng của việc đưa nghị quyết của Đảng vào cuộc sống, gắn với chức năng, nhiệm vụ của cơ quan, đơn vị.',
  'Được tham dự hội nghị học tập, quán triệt do cấp ủy tổ chức, tôi đã nghiên cứu kỹ tài liệu và nắm được những nội dung cơ bản, cốt lõi, những điểm mới của nghị quyết.',
  'Là đảng viên trực tiếp làm công tác chuyên môn, sau khi học tập nghị quyết tôi thấy rõ hơn trách nhiệm của mình trong việc cụ thể hóa các quan điểm, mục tiêu của Đảng thành việc làm cụ thể.',
  'Việc học tập, quán triệt nghị quyết lần này được tổ chức nghiêm túc, có thời gian thảo luận sâu, giúp tôi hiểu rõ thực trạng, nguyên nhân và các giải pháp mà nghị quyết đề ra.',
];
const REFLECTIONS = [
  'Thời gian qua, công tác học tập, quán triệt nghị quyết ở cơ quan, đơn vị đã đạt nhiều kết quả: cấp ủy quan tâm lãnh đạo, đảng viên tham gia đầy đủ, tài liệu được cung cấp trước. Tuy nhiên, việc liên hệ với nhiệm vụ chuyên môn có lúc còn chung chung, chưa chỉ ra được việc làm cụ thể.',
  'Nguyên nhân của những hạn chế trước hết là nhận thức của một bộ phận cán bộ, đảng viên chưa đầy đủ; việc tự học, tự nghiên cứu chưa thành nền nếp; công tác kiểm tra, giám sát việc thực hiện nghị quyết sau học tập có lúc chưa thường xuyên.',
  'Tôi nhận thấy thành tựu lớn nhất là đội ngũ cán bộ của cơ quan đã trưởng thành, có bản lĩnh chính trị vững vàng; song năng lực dự báo, tham mưu chiến lược và tinh thần dám nghĩ, dám làm ở một số vị trí vẫn còn hạn chế, cần được khắc phục.',
  'Thực tiễn ở đơn vị cho thấy khi nghị quyết được cụ thể hóa bằng kế hoạch có chỉ tiêu, có phân công và có kiểm tra thì kết quả rõ rệt; ngược lại, nơi nào chỉ dừng ở học tập, quán triệt thì nghị quyết chậm đi vào cuộc sống.',
];
const TW7 = [
  'Nghị quyết số 26-NQ/TW khẳng định cán bộ là nhân tố quyết định sự thành bại của cách mạng; mục tiêu là xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược, đủ phẩm chất, năng lực và uy tín, ngang tầm nhiệm vụ. Điểm mới là kiểm soát chặt chẽ quyền lực trong công tác cán bộ, chống chạy chức, chạy quyền.',
  'Nghị quyết số 27-NQ/TW về cải cách chính sách tiền lương xác định tiền lương phải là nguồn thu nhập chính bảo đảm đời sống người lao động và gia đình; trả lương đúng là đầu tư cho phát triển nguồn nhân lực, tạo động lực nâng cao năng suất lao động và hiệu quả làm việc.',
  'Nghị quyết số 28-NQ/TW về cải cách chính sách bảo hiểm xã hội hướng tới bảo hiểm xã hội toàn dân, phát triển hệ thống bảo hiểm xã hội linh hoạt, đa tầng, hiện đại, hội nhập quốc tế, bảo đảm công bằng, bình đẳng, chia sẻ và bền vững.',
  'Các nghị quyết đều nhấn mạnh trách nhiệm nêu gương của người đứng đầu, đổi mới công tác đánh giá cán bộ theo kết quả, sản phẩm cụ thể và gắn cải cách tiền lương với sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả.',
];
const KL04 = [
  'Kết luận số 04-KL/ĐUK tiếp tục thực hiện Nghị quyết số 02-NQ/ĐUK, yêu cầu đồng chí bí thư cấp ủy trực tiếp quán triệt nghị quyết, người học phải tự nghiên cứu trước, tăng thời gian thảo luận và liên hệ với nhiệm vụ chính trị của cơ quan, đơn vị.',
  'Điểm mới của Kết luận là đẩy mạnh ứng dụng công nghệ thông tin trong học tập nghị quyết, tổ chức hội nghị trực tuyến đến các điểm cầu, đồng thời nâng cao chất lượng bài thu hoạch, tránh sơ sài, đối phó.',
  'Kết luận đặt chỉ tiêu kiểm tra, giám sát việc học tập, quán triệt từ 15% đến 20% tổ chức đảng trực thuộc mỗi năm, xử lý nghiêm tổ chức đảng và đảng viên không chấp hành nghiêm túc chế độ học tập nghị quyết.',
  'Cán bộ lãnh đạo, quản lý chủ chốt phải viết bài thu hoạch và xây dựng kế hoạch hành động cá nhân, thể hiện quyết tâm, tinh thần đổi mới, dám nghĩ, dám làm, dám chịu trách nhiệm.',
];
const APPLY = [
  'Liên hệ với {org}, tôi đề xuất rà soát quy chế làm việc, phân công rõ người, rõ việc, rõ thời hạn hoàn thành; định kỳ hằng quý đánh giá kết quả thực hiện và báo cáo chi bộ.',
  'Tại {org}, cần đưa nội dung nghị quyết vào sinh hoạt chuyên đề của chi bộ, gắn với nhiệm vụ chuyên môn được giao; mỗi đảng viên đăng ký việc làm cụ thể và tự đánh giá vào cuối năm.',
  'Đối với {org}, tôi kiến nghị xây dựng bộ tiêu chí đánh giá theo vị trí việc làm, công khai kết quả, lấy đó làm căn cứ bình xét thi đua, khen thưởng và bố trí cán bộ.',
  'Ở {org}, bản thân tôi sẽ chủ động tham mưu lãnh đạo cụ thể hóa nghị quyết thành kế hoạch công tác năm, theo dõi tiến độ và kịp thời đề xuất tháo gỡ vướng mắc.',
];
const CLOSINGS = [
  'Bản thân tôi cam kết tiếp tục tu dưỡng, rèn luyện, gương mẫu thực hiện và vận động gia đình, đồng nghiệp cùng thực hiện tốt nghị quyết.',
  'Tôi xác định việc học tập và thực hiện nghị quyết là trách nhiệm thường xuyên, sẽ tự kiểm điểm định kỳ và tiếp thu ý kiến góp ý của chi bộ.',
  'Tôi sẽ nghiêm túc thực hiện, đồng thời đề nghị cấp ủy tăng cường kiểm tra, giám sát để nghị quyết sớm đi vào cuộc sống.',
];
const SKETCHY = [
  'Tôi nhất trí với nội dung nghị quyết và sẽ thực hiện nghiêm túc.',
  'Nghị quyết rất đúng đắn, bản thân tôi hoàn toàn đồng ý và cam kết thực hiện tốt.',
  'Sau khi học tập tôi đã nắm được nội dung cơ bản của nghị quyết, sẽ vận dụng vào công việc.',
];

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

const arr = (values: string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]::text[]`;

/**
 * Demo data of the essays module (bài thu hoạch, domain.md §5) for the campaigns written by the campaigns seeder:
 * 'HT-TW7-XII' (live; KEY_LEADERS_ONLY) and last year's 'HT-KL04-<year>' (ALL_ATTENDEES). From the members
 * each campaign requires (campaign_required_members on the essay due day, or today before it):
 * - about 85% of essay-required members have an essay, a few voluntary ones from retired/unfit members;
 * - some first submitted after the due day (is_late), most on time;
 * - graded: nearly all of last year's, about a third of the live campaign's older essays;
 * - about 5% sketchy (a sentence: flag_too_short) and about 5% lightly edited copies of an earlier essay of
 *   the same organisation (similar_essay_id both ways, similarity 0.86-0.95).
 * The texts are assembled from template paragraphs joined by single spaces (so words = space-separated
 * tokens, counted without a regular expression). The flags are written directly (the worker computes them
 * for real submissions), so `minhash` and the LSH bands stay empty for demo essays.
 */
export async function seedEssays(ctx: StudyContext): Promise<void> {
  const { client, today, log } = ctx;
  const lastYear = `HT-KL04-${Number(today.slice(0, 4)) - 1}`;
  const { rows: campaigns } = await client.query<{ id: string; code: string }>(
    `SELECT id, code FROM campaigns WHERE code = ANY($1::text[]) AND essay_policy <> 'NONE' AND essay_due_on IS NOT NULL`,
    [['HT-TW7-XII', lastYear]],
  );
  for (const c of campaigns) await seedCampaignEssays(ctx, c.id, c.code === lastYear ? KL04 : TW7, c.code === lastYear);
  const [counts] = (
    await client.query<{ essays: number; late: number; graded: number; short: number; dup: number }>(
      `SELECT count(*)::int AS essays, count(*) FILTER (WHERE is_late)::int AS late, count(grade)::int AS graded,
              count(*) FILTER (WHERE flag_too_short)::int AS short, count(similar_essay_id)::int AS dup
         FROM essays WHERE campaign_id = ANY($1::uuid[])`,
      [campaigns.map((c) => c.id)],
    )
  ).rows;
  log(
    `seed: essays ${counts.essays} (late ${counts.late}, graded ${counts.graded}, too short ${counts.short}, near-duplicate ${counts.dup})` +
      (campaigns.length ? '' : ' (no demo campaigns found)'),
  );
}

async function seedCampaignEssays(ctx: StudyContext, campaignId: string, body: string[], finished: boolean): Promise<void> {
  const { client, today } = ctx;
  const b = pct('r.member_id', 'essay');
  const gradedPct = finished ? 95 : 35;
  // A normal essay: an opening, paragraphs of the pool in a member-specific order (repeating if the campaign's
  // minimum needs it) until above essay_min_words, a closing.
  const pool = [...REFLECTIONS, ...body, ...APPLY];
  const words = (p: string) => p.split(' ').length;
  const average = pool.reduce((sum, p) => sum + words(p), 0) / pool.length;
  const frame = Math.min(...OPENINGS.map(words)) + Math.min(...CLOSINGS.map(words));
  const step = [5, 7, 11, 13].find((n) => pool.length % n !== 0 && gcd(n, pool.length) === 1) ?? 1;
  // b: 0-14 no essay (missing); 15-19 late (if the due day has passed); 20-24 sketchy; 25-29 copy of an earlier essay.
  await client.query(
    `WITH c AS (
       SELECT c.id, c.starts_on, c.essay_due_on AS due, c.essay_min_words AS min_words, LEAST(c.essay_due_on, $2::date) AS on_date,
              $2::date AS today
         FROM campaigns c WHERE c.id = $1
     ), grader AS (
       SELECT ra.user_id FROM role_assignments ra
        WHERE ra.role IN ('PROPAGANDA_BOARD', 'COMMITTEE_OFFICE', 'CELL_SECRETARY') ORDER BY ra.role DESC, ra.user_id LIMIT 1
     ), r AS (
       SELECT r.member_id, r.organisation_id, o.name AS org_name, ${b} AS b, c.*,
              CASE WHEN ${b} BETWEEN 15 AND 19 AND c.due < c.today THEN LEAST(c.today, c.due + 1 + ${b} % 5)
                   ELSE GREATEST(c.starts_on, LEAST(c.due, c.today) - ${pick('r.member_id', 'day', 20)}) END AS day
         FROM c CROSS JOIN LATERAL campaign_required_members(c.id, c.on_date) r
         JOIN organisations o ON o.id = r.organisation_id
        WHERE r.study_required
          AND ((r.essay_required AND ${b} >= 15)
               OR (r.exemption_reason IN ('RETIRED', 'UNFIT_FOR_WORK') AND ${pct('r.member_id', 'voluntary')} < 10))
     ), t AS (
       SELECT r.*,
              CASE WHEN r.b BETWEEN 20 AND 24 THEN (${arr(SKETCHY)})[${pick('r.member_id', 'sk', SKETCHY.length)}]
                   ELSE concat_ws(' ',
                          (${arr(OPENINGS)})[${pick('r.member_id', 'op', OPENINGS.length)}],
                          (SELECT string_agg(replace((${arr(pool)})[1 + (${pick('r.member_id', 'start', pool.length)} + k * ${step}) % ${pool.length}],
                                                     '{org}', r.org_name), ' ' ORDER BY k)
                             FROM generate_series(0, GREATEST(4, ceil((r.min_words - ${frame})::numeric / ${average.toFixed(2)})::int + 1)) k),
                          (${arr(CLOSINGS)})[${pick('r.member_id', 'cl', CLOSINGS.length)}]) END AS body,
              ((r.day + time '08:00' + make_interval(mins => ${pct('r.member_id', 'min')} * 6)) AT TIME ZONE 'Asia/Ho_Chi_Minh') AS at
         FROM r
     )
     INSERT INTO essays (campaign_id, member_id, organisation_id, body, word_count, submitted_at, updated_at, is_late,
                         grade, grade_comment, graded_by, graded_at, flag_too_short, flags_checked_at)
     SELECT t.id, t.member_id, t.organisation_id, t.body, cardinality(string_to_array(t.body, ' ')), t.at, t.at,
            t.at >= ((t.due + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'),
            g.grade, CASE WHEN g.grade IS NOT NULL THEN
                            (ARRAY['Liên hệ thực tế tốt, có đề xuất cụ thể.', 'Nắm được nội dung cơ bản; cần liên hệ sâu hơn với nhiệm vụ.',
                                   'Bài viết sơ sài, chưa đạt yêu cầu.'])[CASE WHEN g.grade >= 8 THEN 1 WHEN g.grade >= 5 THEN 2 ELSE 3 END] END,
            CASE WHEN g.grade IS NOT NULL THEN (SELECT user_id FROM grader) END,
            CASE WHEN g.grade IS NOT NULL THEN LEAST(now(), t.at + interval '3 days') END,
            cardinality(string_to_array(t.body, ' ')) < t.min_words, t.at + interval '1 minute'
       FROM t
       CROSS JOIN LATERAL (SELECT CASE WHEN ${pct('t.member_id', 'graded')} < ${gradedPct} AND t.at < now() - interval '3 days'
                                       THEN CASE WHEN t.b BETWEEN 20 AND 24 THEN 2 + ${pct('t.member_id', 'g')} % 3
                                                 ELSE 6 + ${pct('t.member_id', 'g')} % 5 END END AS grade) g
     ON CONFLICT (campaign_id, member_id) DO NOTHING`,
    [campaignId, today],
  );

  // Lightly edited copies (sao chép): each copier takes the earliest normal essay of another member of its organisation.
  await client.query(
    `WITH c AS (SELECT id, essay_due_on AS due FROM campaigns WHERE id = $1),
     copier AS (
       SELECT e.id, e.organisation_id, e.submitted_at, e.member_id FROM essays e
        WHERE e.campaign_id = $1 AND ${pct('e.member_id', 'essay')} BETWEEN 25 AND 29
     ), src AS (
       SELECT DISTINCT ON (k.id) k.id AS copy_id, s.id AS source_id, s.body, s.submitted_at
         FROM copier k JOIN essays s ON s.campaign_id = $1 AND s.organisation_id = k.organisation_id AND s.member_id <> k.member_id
          AND NOT COALESCE(s.flag_too_short, false) AND ${pct('s.member_id', 'essay')} NOT BETWEEN 25 AND 29
        ORDER BY k.id, s.submitted_at, s.id
     )
     UPDATE essays e
        SET body = replace(replace(replace(src.body, 'sâu sắc hơn', 'rõ hơn'), 'Bản thân tôi', 'Tôi'), 'nghiêm túc', 'nghiêm chỉnh'),
            submitted_at = LEAST(now(), GREATEST(e.submitted_at, src.submitted_at + interval '2 hours')),
            updated_at = LEAST(now(), GREATEST(e.submitted_at, src.submitted_at + interval '2 hours')),
            similar_essay_id = src.source_id,
            similarity = 0.86 + (${pct('e.id', 'sim')} % 10) / 100.0,
            flags_checked_at = LEAST(now(), GREATEST(e.submitted_at, src.submitted_at + interval '2 hours')) + interval '1 minute'
       FROM src WHERE e.id = src.copy_id`,
    [campaignId],
  );
  // Both essays of a pair are flagged (as the worker does): the source points at its first copy.
  await client.query(
    `WITH pairs AS (
       SELECT DISTINCT ON (similar_essay_id) similar_essay_id AS source_id, id AS copy_id, similarity
         FROM essays WHERE campaign_id = $1 AND similar_essay_id IS NOT NULL ORDER BY similar_essay_id, submitted_at, id
     )
     UPDATE essays e SET similar_essay_id = p.copy_id, similarity = p.similarity
       FROM pairs p WHERE e.id = p.source_id AND e.similar_essay_id IS NULL`,
    [campaignId],
  );
  // The copies changed text and time: their counts and late flag follow.
  await client.query(
    `UPDATE essays e
        SET word_count = cardinality(string_to_array(e.body, ' ')),
            is_late = e.submitted_at >= ((c.essay_due_on + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'),
            flag_too_short = cardinality(string_to_array(e.body, ' ')) < c.essay_min_words
       FROM campaigns c WHERE c.id = e.campaign_id AND e.campaign_id = $1 AND e.similar_essay_id IS NOT NULL`,
    [campaignId],
  );
}
