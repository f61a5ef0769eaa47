import type { StudyContext } from './context';

/**
 * Demo data of the reporters module (báo cáo viên, domain.md §7), shaped like
 * seed 001 (30 bloc speakers; speakers at most upper-grassroots committees but
 * not all — 31 of 35; a few per grassroots committee):
 * - bloc roster: ~24 members (key leaders first) and 6 external experts;
 * - upper-grassroots rosters: 3-6 members each (and an expert at some), except
 *   about 4 of every 35 committees, which have none;
 * - grassroots rosters: 1-2 members at about half of the grassroots committees;
 * - about 1 in 20 appointments already ended; ~70 % trained during the term,
 *   the rest never trained (the "never trained" view has something to show);
 * - a yearly assignment per serving speaker for the last years.
 * Every statement is set-based (INSERT … SELECT over the tree, choices from
 * hashes of ids), so the same seeder holds at 65,000 members.
 *
 * Evaluations belong to sessions, which are seeded after this module: call
 * seedSpeakerEvaluations() after the sessions seeder (it does nothing while
 * there are no session_speakers rows).
 */

/** Deterministic integer in [0, n) from an SQL text expression. */
const h = (expr: string, n: number) => `((hashtext(${expr})::bigint + 2147483648) % ${n})::int`;

const EXPERTISE = [
  'Xây dựng Đảng', 'Lý luận chính trị', 'Kinh tế', 'Pháp luật', 'Quốc phòng, an ninh', 'Đối ngoại',
  'Văn hóa, xã hội', 'Khoa học, công nghệ', 'Chuyển đổi số', 'Công tác dân vận', 'Phòng, chống tham nhũng',
];
const EXPERTS: [string, string, string][] = [
  ['PGS.TS. Nguyễn Văn Khoa', 'Học viện Chính trị quốc gia Hồ Chí Minh', 'Giảng viên cao cấp'],
  ['GS.TS. Trần Thị Lý Luận', 'Hội đồng Lý luận Trung ương', 'Ủy viên Hội đồng'],
  ['TS. Lê Minh Kinh', 'Viện Hàn lâm Khoa học xã hội Việt Nam', 'Viện trưởng'],
  ['PGS.TS. Phạm Quốc Tế', 'Học viện Ngoại giao', 'Phó Giám đốc'],
  ['TS. Hoàng Thị Báo', 'Học viện Báo chí và Tuyên truyền', 'Trưởng khoa'],
  ['TS. Đỗ Văn Pháp', 'Trường Đại học Luật Hà Nội', 'Giảng viên chính'],
  ['ThS. Vũ Thị Số', 'Đại học Quốc gia Hà Nội', 'Giảng viên'],
  ['TS. Bùi Văn Dân', 'Tạp chí Cộng sản', 'Phó Tổng biên tập'],
];
const ASSIGNMENTS = [
  'Truyền đạt các nghị quyết của Trung ương và Đảng ủy Khối tại các hội nghị học tập, quán triệt',
  'Thông tin thời sự, chuyên đề hằng quý cho cán bộ, đảng viên',
  'Tuyên truyền miệng về các ngày lễ lớn, sự kiện trọng đại của đất nước',
  'Giới thiệu chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'Định hướng thông tin, đấu tranh phản bác quan điểm sai trái, thù địch',
];

/** Expertise: 1-3 distinct fields chosen from the speaker id. */
const expertiseOf = (idExpr: string) => `(
  SELECT array_agg(f ORDER BY f) FROM (
    SELECT f FROM unnest($2::text[]) f ORDER BY md5(${idExpr}::text || f) LIMIT 1 + ${h(`${idExpr}::text || 'x'`, 3)}) e)`;

/** Appointment within the last ~5 years, at least 60 days ago. */
const appointedOn = (keyExpr: string) => `($1::date - (60 + ${h(keyExpr, 1800)}))`;

/** Member candidates: in the roster's subtree, able to work; ranked key leaders first, then by hash. */
const memberPick = (rosterKinds: string, perRoster: string, salt: string, where = 'true') => `
  INSERT INTO speakers (level, organisation_id, member_id, title, expertise, appointed_on)
  SELECT p.kind, p.roster_id, p.member_id, COALESCE(p.position, 'Báo cáo viên'), '{}', ${appointedOn(`p.member_id::text || '${salt}'`)}
    FROM (
      SELECT r.kind, r.id AS roster_id, m.id AS member_id, m.position,
             row_number() OVER (PARTITION BY r.id ORDER BY m.is_key_leader DESC, md5(m.id::text || '${salt}')) AS rn,
             ${perRoster} AS wanted
        FROM organisations r
        JOIN organisations o ON o.path >= r.path AND o.path < left(r.path, -1) || '0'
        JOIN members m ON m.organisation_id = o.id
       WHERE r.kind IN (${rosterKinds}) AND r.dissolved_on IS NULL AND ${where}
         AND NOT m.is_retired AND NOT m.is_unfit_for_work AND NOT m.is_exempt_from_activities
    ) p
   WHERE p.rn <= p.wanted`;

export async function seedReporters(ctx: StudyContext): Promise<void> {
  const { client, today } = ctx;
  const params = [today, EXPERTISE];

  // Upper-grassroots committees directly under the root without any roster: ~4 of every 35.
  const skipUpper = `(SELECT c.id FROM (
      SELECT id, row_number() OVER (ORDER BY md5(id::text || 'no-roster')) AS rn, count(*) OVER () AS n
        FROM organisations WHERE kind = 'UPPER_GRASSROOTS' AND dissolved_on IS NULL) c
     WHERE c.rn <= greatest(1, round(c.n * 4.0 / 35)))`;

  // Bloc roster: ~24 members of the whole bloc.
  await client.query(`${memberPick(`'BLOC'`, '24', 'bloc')}`, [today]);
  // Upper-grassroots rosters: 3-6 members each, a few committees without.
  await client.query(
    memberPick(`'UPPER_GRASSROOTS'`, `3 + ${h(`r.id::text`, 4)}`, 'upper', `r.id NOT IN ${skipUpper}`),
    [today],
  );
  // Grassroots rosters: 1-2 members at about half of the grassroots committees.
  await client.query(memberPick(`'GRASSROOTS'`, `1 + ${h(`r.id::text || 'g'`, 2)}`, 'grassroots', `${h(`r.id::text || 'has'`, 2)} = 0`), [today]);

  // External experts: 6 at the bloc, one at every third upper-grassroots committee that has a roster.
  await client.query(
    `INSERT INTO speakers (level, organisation_id, external_name, external_workplace, title, expertise, appointed_on)
     SELECT r.kind, r.id, e.name, e.workplace, e.title, '{}', ${appointedOn(`r.id::text || e.name`)}
       FROM organisations r
       CROSS JOIN LATERAL (
         SELECT x.name, x.workplace, x.title, row_number() OVER (ORDER BY md5(r.id::text || x.name)) AS rn
           FROM unnest($2::text[], $3::text[], $4::text[]) AS x(name, workplace, title)) e
      WHERE e.rn <= CASE WHEN r.kind = 'BLOC' THEN 6 WHEN ${h(`r.id::text || 'ext'`, 3)} = 0 THEN 1 ELSE 0 END
        AND (r.kind = 'BLOC' OR (r.kind = 'UPPER_GRASSROOTS' AND r.dissolved_on IS NULL AND r.id NOT IN ${skipUpper}))`,
    [today, EXPERTS.map((e) => e[0]), EXPERTS.map((e) => e[1]), EXPERTS.map((e) => e[2])],
  );

  // Expertise, and about 1 in 20 appointments ended (the entry stays).
  await client.query(
    `UPDATE speakers s SET expertise = ${expertiseOf('s.id')},
            ended_on = CASE WHEN ${h(`s.id::text || 'end'`, 20)} = 0
                            THEN least($1::date - 1, s.appointed_on + 30 + ${h(`s.id::text || 'len'`, 900)}) END`,
    params,
  );

  // Trainings (tập huấn, bồi dưỡng): ~70 % of speakers, in some years since their appointment; the rest never trained.
  await client.query(
    `INSERT INTO speaker_trainings (speaker_id, title, organiser, held_on)
     SELECT s.id,
            CASE s.level WHEN 'BLOC' THEN 'Hội nghị tập huấn báo cáo viên cấp Đảng ủy Khối năm ' || y
                         ELSE 'Bồi dưỡng nghiệp vụ báo cáo viên, tuyên truyền miệng năm ' || y END,
            CASE s.level WHEN 'BLOC' THEN 'Ban Tuyên giáo Đảng ủy Khối' ELSE 'Ban Tuyên giáo ' || o.name END,
            d.held_on
       FROM speakers s
       JOIN organisations o ON o.id = s.organisation_id
       CROSS JOIN LATERAL generate_series(extract(year FROM s.appointed_on)::int, extract(year FROM $1::date)::int) AS y
       CROSS JOIN LATERAL (SELECT make_date(y, 3 + ${h(`s.organisation_id::text || y`, 8)}, 5 + ${h(`s.id::text || y`, 20)}) AS held_on) d
      WHERE ${h(`s.id::text || 'trained'`, 10)} < 7
        AND ${h(`s.id::text || 'year' || y`, 3)} < 2
        AND d.held_on >= s.appointed_on AND d.held_on < $1::date
        AND (s.ended_on IS NULL OR d.held_on < s.ended_on)`,
    [today],
  );

  // Yearly assignments (nhiệm vụ hằng năm) for the last two years and this one, while serving.
  await client.query(
    `INSERT INTO speaker_assignments (speaker_id, year, description)
     SELECT s.id, y, ($2::text[])[1 + ${h(`s.id::text || y`, ASSIGNMENTS.length)}]
       FROM speakers s
       CROSS JOIN LATERAL generate_series(greatest(extract(year FROM s.appointed_on)::int, extract(year FROM $1::date)::int - 2),
                                          extract(year FROM COALESCE(s.ended_on - 1, $1::date))::int) AS y`,
    [today, ASSIGNMENTS],
  );

  const { rows } = await client.query<{ level: string; n: number; rosters: number; untrained: number }>(
    `SELECT s.level, count(*)::int AS n, count(DISTINCT s.organisation_id)::int AS rosters,
            count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM speaker_trainings t WHERE t.speaker_id = s.id))::int AS untrained
       FROM speakers s WHERE s.ended_on IS NULL GROUP BY s.level ORDER BY s.level`,
  );
  ctx.log(`seed: speakers ${rows.map((r) => `${r.level} ${r.n} on ${r.rosters} rosters (${r.untrained} never trained)`).join(', ')}`);
}

/**
 * The organisers' evaluations of speakers at closed sessions: about 4 in 5
 * speaker rows of closed sessions get a score 3-5 (sometimes 2) and a comment,
 * the day after the session. Run after the sessions seeder; a no-op before.
 */
export async function seedSpeakerEvaluations(ctx: StudyContext): Promise<void> {
  const comments = [
    'Truyền đạt rõ ràng, đúng trọng tâm',
    'Liên hệ thực tiễn của cơ quan, đơn vị tốt',
    'Cần tăng thời gian trao đổi, thảo luận',
    'Trình bày sinh động, có nhiều ví dụ minh họa',
    'Nội dung còn dàn trải, cần làm rõ điểm mới của nghị quyết',
  ];
  const result = await ctx.client.query(
    `UPDATE session_speakers ss
        SET score = CASE WHEN ${h(`ss.speaker_id::text || ss.session_id::text || 's'`, 12)} = 0 THEN 2
                         ELSE 3 + ${h(`ss.speaker_id::text || ss.session_id::text`, 3)} END,
            comment = ($1::text[])[1 + ${h(`ss.session_id::text || ss.speaker_id::text`, comments.length)}],
            evaluated_at = st.ends_at + interval '1 day'
       FROM study_sessions st
      WHERE st.id = ss.session_id AND st.status = 'CLOSED' AND ss.score IS NULL
        AND ${h(`ss.speaker_id::text || ss.session_id::text || 'e'`, 5)} < 4`,
    [comments],
  );
  if (result.rowCount) ctx.log(`seed: ${result.rowCount} speaker evaluations`);
}
