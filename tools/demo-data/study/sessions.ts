import type { StudyContext } from './context';

/**
 * Demo data of the sessions module (set-based SQL only, dates around ctx.today):
 * - 'HT-TW7-XII': one bloc conference (online, a connection point at every
 *   upper-grassroots committee, key leaders and heads below), one session per
 *   grassroots organisation (most closed with attendance in every state, about
 *   one in eight still planned in the coming days), and make-up sessions for
 *   the absentees of the two grassroots sessions with most absences;
 * - 'HT-KL04-<last year>': one closed session per grassroots organisation with attendance.
 * Attendance is chosen from hashes of ids, so the same bloc gives the same picture.
 * Skipped when the campaigns seeder did not write the campaign.
 */
export async function seedSessions(ctx: StudyContext): Promise<void> {
  const { client, today } = ctx;
  const lastYear = Number(today.slice(0, 4)) - 1;
  const { rows: campaigns } = await client.query<{ id: string; code: string; starts_on: string }>(
    `SELECT id, code, starts_on::text FROM campaigns WHERE code = ANY($1::text[])`,
    [['HT-TW7-XII', `HT-KL04-${lastYear}`]],
  );
  const live = campaigns.find((c) => c.code === 'HT-TW7-XII');
  const past = campaigns.find((c) => c.code !== 'HT-TW7-XII');
  if (!live) {
    ctx.log('sessions: campaign HT-TW7-XII absent, skipped');
    return;
  }
  // hash(x) in [0, 1000): deterministic choices from ids.
  const h = (expr: string) => `(('x' || substr(md5(${expr}::text), 1, 7))::bit(28)::int % 1000)`;

  // 1. The bloc conference, 20 days ago, online with a point at every upper-grassroots committee.
  await client.query(
    `WITH root AS (SELECT id FROM organisations WHERE depth = 0 LIMIT 1)
     INSERT INTO study_sessions (campaign_id, organiser_organisation_id, title, starts_at, duration_minutes, ends_at, format, venue,
                                 status, closed_at, secretary_presented, pre_briefing_at, pre_briefing_note,
                                 evaluation_rule_compliance, evaluation_speaker_quality, evaluation_comment, evaluated_at)
     SELECT $1, root.id, 'Hội nghị trực tuyến học tập, quán triệt Nghị quyết Trung ương 7 khóa XII',
            t.s, 480, t.s + interval '8 hours', 'ONLINE', 'Hội trường Đảng ủy Khối', 'CLOSED', t.s + interval '8 hours', true,
            t.s - interval '2 days', 'Thông báo nhanh nội dung cốt lõi, điểm mới của các nghị quyết cho đồng chí cấp ủy viên',
            5, 5, 'Học viên chấp hành nghiêm nội quy; báo cáo viên truyền đạt sâu sắc', t.s + interval '9 hours'
       FROM root, (SELECT (($2::date - 20)::timestamp + interval '8 hours') AT TIME ZONE 'Asia/Ho_Chi_Minh' AS s) t`,
    [live.id, today],
  );
  await client.query(
    `INSERT INTO session_connection_points (session_id, host_organisation_id, place)
     SELECT s.id, o.id, 'Hội trường ' || o.name
       FROM study_sessions s JOIN organisations o ON o.kind = 'UPPER_GRASSROOTS'
      WHERE s.campaign_id = $1 AND s.organiser_organisation_id = (SELECT id FROM organisations WHERE depth = 0 LIMIT 1)`,
    [live.id],
  );
  await client.query(
    `INSERT INTO session_participants (session_id, member_id, organisation_id, connection_point_id, source, status, status_source,
                                       status_reason, checked_in_at, checked_out_at, marked_at)
     SELECT cp.session_id, m.id, m.organisation_id, cp.id, 'GENERATED', a.status, 'IMPORT', NULL,
            s.starts_at + make_interval(mins => CASE a.status WHEN 'LATE' THEN 35 ELSE 0 END) - interval '10 minutes',
            CASE a.status WHEN 'LEFT_EARLY' THEN s.starts_at + interval '3 hours' ELSE s.ends_at END, s.ends_at
       FROM session_connection_points cp JOIN study_sessions s ON s.id = cp.session_id AND s.campaign_id = $1
       JOIN organisations host ON host.id = cp.host_organisation_id
       JOIN organisations o ON o.path >= host.path AND o.path < left(host.path, -1) || '0'
       JOIN members m ON m.organisation_id = o.id AND (m.is_key_leader OR m.is_head_of_unit) AND NOT m.is_exempt_from_activities
       CROSS JOIN LATERAL (SELECT CASE WHEN ${h("m.id || 'bloc'")} < 900 THEN 'PRESENT' WHEN ${h("m.id || 'bloc'")} < 960 THEN 'LATE'
                                       ELSE 'LEFT_EARLY' END AS status) a
     ON CONFLICT DO NOTHING`,
    [live.id],
  );

  // 2. One session per grassroots organisation: closed 2-26 days ago, or (1 in 8) planned in the coming 1-5 days.
  await client.query(
    `INSERT INTO study_sessions (campaign_id, organiser_organisation_id, title, starts_at, duration_minutes, ends_at, format, venue,
                                 status, closed_at, secretary_presented)
     SELECT $1, o.id, 'Học tập, quán triệt Nghị quyết Trung ương 7 khóa XII — ' || o.name, t.s, 240, t.s + interval '4 hours',
            'IN_PERSON', 'Phòng họp ' || o.name, CASE WHEN t.planned THEN 'PLANNED' ELSE 'CLOSED' END,
            CASE WHEN t.planned THEN NULL ELSE t.s + interval '4 hours' END,
            CASE WHEN t.planned THEN NULL ELSE ${h("o.id || 'sec'")} < 850 END
       FROM organisations o
       CROSS JOIN LATERAL (SELECT ${h('o.id')} % 8 = 0 AS planned) p
       CROSS JOIN LATERAL (SELECT ((CASE WHEN p.planned THEN $2::date + 1 + ${h('o.id')} % 5 ELSE $2::date - 2 - ${h('o.id')} % 25 END)::timestamp
                                   + interval '8 hours') AT TIME ZONE 'Asia/Ho_Chi_Minh' AS s, p.planned) t
      WHERE o.kind = 'GRASSROOTS' AND o.dissolved_on IS NULL`,
    [live.id, today],
  );
  // Participants: study-required members of the subtree on the session date; attendance for closed sessions.
  await client.query(
    `INSERT INTO session_participants (session_id, member_id, organisation_id, source, status, status_source, status_reason,
                                       checked_in_at, checked_out_at, marked_at)
     SELECT s.id, r.member_id, r.organisation_id, 'GENERATED', a.status,
            CASE WHEN a.status IS NULL THEN NULL WHEN a.status IN ('EXCUSED','UNEXCUSED') THEN 'SECRETARY' ELSE 'SELF' END,
            CASE WHEN a.status = 'EXCUSED' THEN 'Đi công tác theo quyết định của cơ quan' END,
            CASE WHEN a.status IN ('PRESENT','LEFT_EARLY') THEN s.starts_at - interval '5 minutes'
                 WHEN a.status = 'LATE' THEN s.starts_at + interval '25 minutes' END,
            CASE WHEN a.status = 'LEFT_EARLY' THEN s.starts_at + interval '2 hours'
                 WHEN a.status IN ('PRESENT','LATE') THEN s.ends_at END,
            CASE WHEN a.status IS NOT NULL THEN s.ends_at END
       FROM study_sessions s JOIN organisations o ON o.id = s.organiser_organisation_id AND o.kind = 'GRASSROOTS'
       CROSS JOIN LATERAL campaign_required_members(s.campaign_id, (s.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, o.path) r
       CROSS JOIN LATERAL (SELECT CASE WHEN s.status = 'PLANNED' THEN NULL
                                       WHEN ${h("r.member_id::text || s.id::text")} < 820 THEN 'PRESENT'
                                       WHEN ${h("r.member_id::text || s.id::text")} < 880 THEN 'LATE'
                                       WHEN ${h("r.member_id::text || s.id::text")} < 920 THEN 'LEFT_EARLY'
                                       WHEN ${h("r.member_id::text || s.id::text")} < 965 THEN 'EXCUSED'
                                       ELSE 'UNEXCUSED' END AS status) a
      WHERE s.campaign_id = ANY($1::uuid[]) AND r.study_required
        AND r.organisation_path >= o.path AND r.organisation_path < left(o.path, -1) || '0'`,
    [[live.id]],
  );

  // 3. Make-up sessions (học bù) for the two grassroots sessions with most absentees, in 3 days.
  await client.query(
    `WITH worst AS (
       SELECT s.id, s.organiser_organisation_id AS org FROM study_sessions s JOIN session_participants sp ON sp.session_id = s.id
        WHERE s.campaign_id = $1 AND s.status = 'CLOSED' AND NOT s.is_makeup AND sp.status IN ('UNEXCUSED','EXCUSED','LEFT_EARLY')
          AND s.organiser_organisation_id <> (SELECT id FROM organisations WHERE depth = 0 LIMIT 1)
        GROUP BY s.id ORDER BY count(*) DESC, s.id LIMIT 2
     ), made AS (
       INSERT INTO study_sessions (campaign_id, organiser_organisation_id, title, starts_at, duration_minutes, ends_at, format, venue, is_makeup)
       SELECT $1, w.org, 'Học bù: Nghị quyết Trung ương 7 khóa XII', t.s, 120, t.s + interval '2 hours', 'IN_PERSON', 'Phòng họp chi bộ', true
         FROM worst w, (SELECT (($2::date + 3)::timestamp + interval '14 hours') AT TIME ZONE 'Asia/Ho_Chi_Minh' AS s) t
       RETURNING id, organiser_organisation_id AS org
     ), linked AS (
       UPDATE session_participants sp SET makeup_session_id = made.id
         FROM worst w JOIN made ON made.org = w.org
        WHERE sp.session_id = w.id AND sp.status IN ('UNEXCUSED','EXCUSED','LEFT_EARLY')
       RETURNING sp.member_id, sp.organisation_id, made.id AS makeup_id
     )
     INSERT INTO session_participants (session_id, member_id, organisation_id, source, added_reason)
     SELECT makeup_id, member_id, organisation_id, 'MANUAL', 'Học bù' FROM linked`,
    [live.id, today],
  );

  // 4. Last year's campaign: one closed session per grassroots organisation, 30 days after it started.
  if (past) {
    await client.query(
      `INSERT INTO study_sessions (campaign_id, organiser_organisation_id, title, starts_at, duration_minutes, ends_at, format, venue,
                                   status, closed_at, secretary_presented)
       SELECT $1, o.id, 'Quán triệt Kết luận 04-KL/ĐUK — ' || o.name, t.s, 240, t.s + interval '4 hours', 'IN_PERSON',
              'Phòng họp ' || o.name, 'CLOSED', t.s + interval '4 hours', ${h("o.id || 'kl'")} < 800
         FROM organisations o
         CROSS JOIN LATERAL (SELECT (($2::date + 20 + ${h("o.id || 'kl'")} % 20)::timestamp + interval '8 hours') AT TIME ZONE 'Asia/Ho_Chi_Minh' AS s) t
        WHERE o.kind = 'GRASSROOTS' AND o.dissolved_on IS NULL`,
      [past.id, past.starts_on],
    );
    await client.query(
      `INSERT INTO session_participants (session_id, member_id, organisation_id, source, status, status_source, status_reason,
                                         checked_in_at, checked_out_at, marked_at)
       SELECT s.id, r.member_id, r.organisation_id, 'GENERATED', a.status, 'SECRETARY',
              CASE WHEN a.status = 'EXCUSED' THEN 'Ốm, có giấy của cơ sở y tế' END,
              CASE WHEN a.status IN ('PRESENT','LATE') THEN s.starts_at END, CASE WHEN a.status IN ('PRESENT','LATE') THEN s.ends_at END,
              s.ends_at
         FROM study_sessions s JOIN organisations o ON o.id = s.organiser_organisation_id
         CROSS JOIN LATERAL campaign_required_members(s.campaign_id, (s.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, o.path) r
         CROSS JOIN LATERAL (SELECT CASE WHEN ${h("r.member_id::text || s.id::text")} < 930 THEN 'PRESENT'
                                         WHEN ${h("r.member_id::text || s.id::text")} < 970 THEN 'LATE'
                                         WHEN ${h("r.member_id::text || s.id::text")} < 990 THEN 'EXCUSED' ELSE 'UNEXCUSED' END AS status) a
        WHERE s.campaign_id = $1 AND r.study_required
          AND r.organisation_path >= o.path AND r.organisation_path < left(o.path, -1) || '0'`,
      [past.id],
    );
  }
  // 5. Speakers (báo cáo viên) on every session: the organiser's own roster first, else the nearest
  //    ancestor's, else the bloc's; the bloc conference gets two bloc speakers.
  await client.query(
    `WITH active AS (
       SELECT sp.id, sp.organisation_id, o.path, ${h("sp.id || 'pick'")} AS rank
         FROM speakers sp JOIN organisations o ON o.id = sp.organisation_id WHERE sp.ended_on IS NULL
     ), pick AS (
       SELECT s.id AS session_id, a.id AS speaker_id,
              row_number() OVER (PARTITION BY s.id ORDER BY length(a.path) DESC, (a.rank + ${h('s.id')}) % 1000, a.id) AS n,
              o.depth
         FROM study_sessions s JOIN organisations o ON o.id = s.organiser_organisation_id
         JOIN active a ON o.path >= a.path AND o.path < left(a.path, -1) || '0'
     )
     INSERT INTO session_speakers (session_id, speaker_id, topic)
     SELECT session_id, speaker_id,
            CASE n WHEN 1 THEN 'Những nội dung cơ bản, điểm mới của nghị quyết' ELSE 'Liên hệ thực tiễn, nhiệm vụ của cơ quan, đơn vị' END
       FROM pick WHERE n <= CASE WHEN depth = 0 THEN 2 ELSE 1 END`,
  );

  const { rows: [n] } = await client.query<{ sessions: number; participants: number }>(
    `SELECT (SELECT count(*) FROM study_sessions)::int AS sessions, (SELECT count(*) FROM session_participants)::int AS participants`,
  );
  ctx.log(`sessions: ${n.sessions} sessions, ${n.participants} participants with roll call`);
}
