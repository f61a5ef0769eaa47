import { Injectable } from '@nestjs/common';
import { sql } from '@qt/server-core';
import { monthStateSql, quarterStateSql } from '@qt/server-cell-life';
import { EntityManager } from 'typeorm';

/**
 * The annual report's SQL: a handful of set-based aggregate statements over the root's subtree, each
 * returning figures keyed by organisation (the organisation where the fact belongs). The roll-up by path
 * prefix happens afterwards in one pass (report-builder.ts). Nothing here loops over organisations.
 *
 * Parameters of every statement: $1 = root path, $2 = year, $3 = as-of date (the earlier of 31/12 and today).
 */

/** Start of the year and end of the as-of day, as instants in Asia/Ho_Chi_Minh. */
const YEAR_START = `(make_date($2::int, 1, 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`;
const AS_OF_END = `(($3::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`;
const IN_ROOT = (col: string) => `(${col} >= $1::text AND ${col} < left($1::text, -1) || '0')`;

/**
 * Campaigns of the year that reach the root's subtree: issued (not DRAFT), started by the as-of date, whose
 * start or deadline (last level deadline, else the report due date) falls in the year, issued by the root, an
 * ancestor of it or an organisation inside it. on_date: the day who is required is read (the deadline, capped
 * at the as-of date) — membership as it was then, so a later transfer does not move a past year's figures.
 */
const CAMPAIGNS = `camp AS (
  SELECT c.id, c.code, io.path AS issuer_path, c.programme_required, c.programme_due_on, c.programme_levels,
         c.personal_plans_required, LEAST($3::date, c.personal_plans_due_on) AS plans_on,
         LEAST($3::date, COALESCE(lv.max_deadline, c.report_due_on)) AS on_date
    FROM campaigns c
    JOIN organisations io ON io.id = c.issuer_organisation_id
    CROSS JOIN LATERAL (SELECT max(l.deadline) AS max_deadline FROM campaign_levels l WHERE l.campaign_id = c.id) lv
   WHERE c.status <> 'DRAFT' AND c.starts_on <= $3::date
     AND (c.starts_on >= make_date($2::int, 1, 1) AND c.starts_on < make_date($2::int + 1, 1, 1)
          OR COALESCE(lv.max_deadline, c.report_due_on) >= make_date($2::int, 1, 1)
             AND COALESCE(lv.max_deadline, c.report_due_on) < make_date($2::int + 1, 1, 1))
     AND (starts_with($1::text, io.path) OR ${IN_ROOT('io.path')}))`;

export const GRADES = Array.from({ length: 11 }, (_, g) => g);

export interface StudyFigureRow {
  organisationId: string;
  campaignId: string;
  code: string;
  required: number;
  studied: number;
  studiedInMakeUp: number;
  exempt: number;
  essaysRequired: number;
  essaysSubmitted: number;
  essaysOnTime: number;
  essaysGraded: number;
  grades: number[];
}
export interface PairRow {
  organisationId: string;
  achieved: number;
  required: number;
}
export interface CellRow {
  organisationId: string;
  monthsDue: number;
  monthsOnTime: number;
  monthsLate: number;
  quartersDue: number;
  quartersOk: number;
}
export interface CountRow {
  organisationId: string;
  key: string;
  count: number;
}
export interface OrgRow {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  kind: string;
  path: string;
  depth: number;
  existed: boolean;
}

@Injectable()
export class ReportFiguresRepository {
  /** Every organisation of the subtree (for the roll-up), flagged when it existed during the year. */
  organisations(m: EntityManager, rootPath: string, year: number, asOf: string): Promise<OrgRow[]> {
    return sql<OrgRow>(
      m,
      `SELECT o.id, o.parent_id AS "parentId", o.code, o.name, o.kind, o.path, o.depth,
              (o.active_from <= $3::date AND (o.dissolved_on IS NULL OR o.dissolved_on > make_date($2::int, 1, 1))) AS existed
         FROM organisations o WHERE ${IN_ROOT('o.path')}`,
      [rootPath, year, asOf],
    );
  }

  /**
   * Study and essays, per organisation and campaign (ADR 0007): who is required is campaign_required_members()
   * on the campaign's date; studied = PRESENT/LATE in a non-cancelled session of the campaign held by the as-of
   * date (a make-up session counts; studiedInMakeUp = only in make-up sessions); exempt = not required to study,
   * never counted as missing. Essays: submitted by the as-of date, on time = not flagged late, graded, grades.
   */
  study(m: EntityManager, rootPath: string, year: number, asOf: string): Promise<StudyFigureRow[]> {
    const grades = GRADES.map((g) => `count(*) FILTER (WHERE req.essay_required AND e.grade = ${g})::int`).join(', ');
    return sql<StudyFigureRow>(
      m,
      `WITH ${CAMPAIGNS},
       req AS MATERIALIZED (
         SELECT camp.id AS campaign_id, r.member_id, r.organisation_id, r.study_required, r.essay_required
           FROM camp CROSS JOIN LATERAL campaign_required_members(camp.id, camp.on_date, $1::text) r
          WHERE ${IN_ROOT('r.organisation_path')}
       ), att AS (
         SELECT s.campaign_id, sp.member_id, bool_or(NOT s.is_makeup) AS regular
           FROM study_sessions s JOIN session_participants sp ON sp.session_id = s.id
          WHERE s.campaign_id IN (SELECT id FROM camp) AND s.status <> 'CANCELLED' AND s.starts_at < ${AS_OF_END}
            AND sp.removed_at IS NULL AND sp.status IN ('PRESENT', 'LATE')
          GROUP BY s.campaign_id, sp.member_id
       )
       SELECT req.organisation_id AS "organisationId", req.campaign_id AS "campaignId", camp.code,
              count(*) FILTER (WHERE req.study_required)::int AS required,
              count(*) FILTER (WHERE req.study_required AND att.member_id IS NOT NULL)::int AS studied,
              count(*) FILTER (WHERE req.study_required AND att.member_id IS NOT NULL AND NOT att.regular)::int AS "studiedInMakeUp",
              count(*) FILTER (WHERE NOT req.study_required)::int AS exempt,
              count(*) FILTER (WHERE req.essay_required)::int AS "essaysRequired",
              count(*) FILTER (WHERE req.essay_required AND e.id IS NOT NULL)::int AS "essaysSubmitted",
              count(*) FILTER (WHERE req.essay_required AND e.id IS NOT NULL AND NOT e.is_late)::int AS "essaysOnTime",
              count(*) FILTER (WHERE req.essay_required AND e.grade IS NOT NULL)::int AS "essaysGraded",
              ARRAY[${grades}] AS grades
         FROM req
         JOIN camp ON camp.id = req.campaign_id
         LEFT JOIN att ON att.campaign_id = req.campaign_id AND att.member_id = req.member_id
         LEFT JOIN essays e ON e.campaign_id = req.campaign_id AND e.member_id = req.member_id AND e.submitted_at < ${AS_OF_END}
        GROUP BY req.organisation_id, req.campaign_id, camp.code`,
      [rootPath, year, asOf],
    );
  }

  /**
   * Action programmes: committees owing one (kind in the campaign's programme levels, in the issuer's subtree,
   * existing on the due date) and those with one ISSUED (issued, or later evaluated) by the as-of date.
   */
  programmes(m: EntityManager, rootPath: string, year: number, asOf: string): Promise<PairRow[]> {
    return sql<PairRow>(
      m,
      `WITH ${CAMPAIGNS}
       SELECT o.id AS "organisationId", count(*)::int AS required,
              count(*) FILTER (WHERE p.issued_on IS NOT NULL AND p.issued_on <= $3::date AND p.status IN ('ISSUED', 'EVALUATED'))::int AS achieved
         FROM camp
         JOIN organisations o ON o.kind = ANY(camp.programme_levels)
                             AND o.path >= camp.issuer_path AND o.path < left(camp.issuer_path, -1) || '0' AND ${IN_ROOT('o.path')}
                             AND o.active_from <= camp.programme_due_on AND (o.dissolved_on IS NULL OR o.dissolved_on > camp.programme_due_on)
         LEFT JOIN action_programmes p ON p.campaign_id = camp.id AND p.organisation_id = o.id
        WHERE camp.programme_required
        GROUP BY o.id`,
      [rootPath, year, asOf],
    );
  }

  /**
   * Personal action plans (the programmes module's rule, for all campaigns at once): committee secretaries of
   * committees in the issuer's subtree and heads of agencies/units, taking part in party life there on the due
   * date (capped at the as-of date), members exempt from party activities left out; achieved = a plan
   * SUBMITTED or ACCEPTED by the as-of date. Keyed by the member's organisation on that date.
   */
  personalPlans(m: EntityManager, rootPath: string, year: number, asOf: string): Promise<PairRow[]> {
    return sql<PairRow>(
      m,
      `WITH ${CAMPAIGNS},
       pc AS (SELECT * FROM camp WHERE personal_plans_required),
       cand AS (
         SELECT pc.id AS campaign_id, co.member_id
           FROM pc
           JOIN committee_offices co ON co.office = 'SECRETARY' AND co.start_date <= pc.plans_on AND (co.end_date IS NULL OR co.end_date >= pc.plans_on)
           JOIN organisations so ON so.id = co.organisation_id AND so.path >= pc.issuer_path AND so.path < left(pc.issuer_path, -1) || '0'
         UNION
         SELECT pc.id, mb.id FROM pc CROSS JOIN members mb WHERE mb.is_head_of_unit
       )
       SELECT ms.organisation_id AS "organisationId", count(*)::int AS required,
              count(*) FILTER (WHERE p.status IN ('SUBMITTED', 'ACCEPTED') AND p.submitted_at < ${AS_OF_END})::int AS achieved
         FROM cand
         JOIN pc ON pc.id = cand.campaign_id
         JOIN memberships ms ON ms.member_id = cand.member_id AND ms.valid_from <= pc.plans_on AND (ms.valid_to IS NULL OR ms.valid_to > pc.plans_on)
         JOIN organisations o ON o.id = ms.organisation_id AND o.path >= pc.issuer_path AND o.path < left(pc.issuer_path, -1) || '0'
                             AND ${IN_ROOT('o.path')}
         JOIN members mb ON mb.id = cand.member_id AND NOT mb.is_exempt_from_activities
         LEFT JOIN personal_action_plans p ON p.campaign_id = cand.campaign_id AND p.member_id = cand.member_id
        GROUP BY ms.organisation_id`,
      [rootPath, year, asOf],
    );
  }

  /**
   * Study sessions held in the year (CLOSED, not make-up) by organisations of the subtree, and those where the
   * organiser's secretary presented: the session says so (secretary_presented), or the speaker list holds the
   * member who was the organiser's secretary on the session date (04-KL asks the secretary to present in person).
   */
  sessions(m: EntityManager, rootPath: string, year: number, asOf: string): Promise<PairRow[]> {
    return sql<PairRow>(
      m,
      `SELECT s.organiser_organisation_id AS "organisationId", count(*)::int AS required,
              count(*) FILTER (WHERE s.secretary_presented IS TRUE OR EXISTS (
                SELECT 1 FROM session_speakers ss
                  JOIN speakers sk ON sk.id = ss.speaker_id
                  JOIN committee_offices co ON co.member_id = sk.member_id AND co.organisation_id = s.organiser_organisation_id
                                           AND co.office = 'SECRETARY'
                                           AND co.start_date <= (s.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
                                           AND (co.end_date IS NULL OR co.end_date >= (s.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)
                 WHERE ss.session_id = s.id))::int AS achieved
         FROM study_sessions s JOIN organisations o ON o.id = s.organiser_organisation_id
        WHERE ${IN_ROOT('o.path')} AND s.status = 'CLOSED' AND NOT s.is_makeup
          AND s.starts_at >= ${YEAR_START} AND s.starts_at < ${AS_OF_END}
        GROUP BY s.organiser_organisation_id`,
      [rootPath, year, asOf],
    );
  }

  /** Speakers on the roster on the as-of date, per roster organisation and level. */
  speakers(m: EntityManager, rootPath: string, year: number, asOf: string): Promise<CountRow[]> {
    return sql<CountRow>(
      m,
      `SELECT sk.organisation_id AS "organisationId", sk.level AS key, count(*)::int AS count
         FROM speakers sk JOIN organisations o ON o.id = sk.organisation_id
        WHERE ${IN_ROOT('o.path')} AND sk.appointed_on <= $3::date AND (sk.ended_on IS NULL OR sk.ended_on > $3::date)
          AND $2::int > 0
        GROUP BY sk.organisation_id, sk.level`,
      [rootPath, year, asOf],
    );
  }

  /**
   * Cell life (seed 002, the cell-life module's month and quarter rules): for every meeting-holding cell (a CELL,
   * or a GRASSROOTS organisation without children during the year) that existed in the year, months whose due
   * date (the 10th) passed by the as-of date, those with the regular meeting held by then (days 1-7 on time,
   * 8-10 late but allowed), and quarters that ended with / without a thematic meeting.
   */
  cells(m: EntityManager, rootPath: string, year: number, asOf: string): Promise<CellRow[]> {
    return sql<CellRow>(
      m,
      `WITH cells AS (
         SELECT o.id, o.active_from, o.dissolved_on FROM organisations o
          WHERE ${IN_ROOT('o.path')} AND o.active_from <= $3::date AND (o.dissolved_on IS NULL OR o.dissolved_on > make_date($2::int, 1, 1))
            AND (o.kind = 'CELL' OR (o.kind = 'GRASSROOTS' AND NOT EXISTS (
                  SELECT 1 FROM organisations ch WHERE ch.parent_id = o.id AND ch.active_from <= $3::date
                     AND (ch.dissolved_on IS NULL OR ch.dissolved_on > make_date($2::int, 1, 1)))))
       ), months AS (
         SELECT c.id, ${monthStateSql('mo.m', 'r.held_on', '($3::date + 1)', 'c.active_from', 'c.dissolved_on')} AS state
           FROM cells c
           CROSS JOIN generate_series(make_date($2::int, 1, 1), make_date($2::int, 12, 1), interval '1 month') AS g(ts)
           CROSS JOIN LATERAL (SELECT g.ts::date AS m) mo
           LEFT JOIN cell_meetings r ON r.organisation_id = c.id AND r.kind = 'REGULAR' AND r.for_month = mo.m AND r.held_on <= $3::date
       ), thematic AS (
         SELECT cm.organisation_id AS id, date_trunc('quarter', cm.held_on)::date AS qs, count(*)::int AS n
           FROM cell_meetings cm JOIN cells c ON c.id = cm.organisation_id
          WHERE cm.kind = 'THEMATIC' AND cm.held_on >= make_date($2::int, 1, 1) AND cm.held_on < make_date($2::int + 1, 1, 1)
            AND cm.held_on <= $3::date
          GROUP BY 1, 2
       ), quarters AS (
         SELECT c.id, ${quarterStateSql('q.qs', 'COALESCE(t.n, 0)', '($3::date + 1)', 'c.active_from', 'c.dissolved_on')} AS state
           FROM cells c
           CROSS JOIN (SELECT make_date($2::int, 3 * n - 2, 1) AS qs FROM generate_series(1, 4) AS n) q
           LEFT JOIN thematic t ON t.id = c.id AND t.qs = q.qs
       ), mo AS (
         SELECT id, count(*) FILTER (WHERE state IN ('ON_TIME', 'LATE', 'MISSED'))::int AS due,
                count(*) FILTER (WHERE state IN ('ON_TIME', 'LATE'))::int AS held, count(*) FILTER (WHERE state = 'LATE')::int AS late
           FROM months GROUP BY id
       ), qu AS (
         SELECT id, count(*) FILTER (WHERE state IN ('OK', 'FLAGGED'))::int AS due, count(*) FILTER (WHERE state = 'OK')::int AS ok
           FROM quarters GROUP BY id
       )
       SELECT mo.id AS "organisationId", mo.due AS "monthsDue", mo.held AS "monthsOnTime", mo.late AS "monthsLate",
              qu.due AS "quartersDue", qu.ok AS "quartersOk"
         FROM mo JOIN qu ON qu.id = mo.id`,
      [rootPath, year, asOf],
    );
  }

  /** Year-end ratings of the year: key = ORG:<level> or MEMBER:<level>, by the organisation the rating is kept at. */
  ratings(m: EntityManager, rootPath: string, year: number, asOf: string): Promise<CountRow[]> {
    return sql<CountRow>(
      m,
      `SELECT r.organisation_id AS "organisationId",
              CASE WHEN r.member_id IS NULL THEN 'ORG:' ELSE 'MEMBER:' END || r.rating AS key, count(*)::int AS count
         FROM ratings r JOIN organisations o ON o.id = r.organisation_id
        WHERE ${IN_ROOT('o.path')} AND r.year = $2::int AND r.rated_on <= $3::date
        GROUP BY 1, 2`,
      [rootPath, year, asOf],
    );
  }

  /**
   * Inspection coverage, when the inspections module's tables exist (to_regclass): for each PUBLISHED plan of the
   * year by a committee of the subtree, required = the plan's share of the directly subordinate organisations
   * that existed in the year (rounded up), achieved = those of them with an inspection record of that committee
   * started in the year by the as-of date, capped at the required number (one committee's extra inspections do
   * not hide another's shortfall in the roll-up). Returns null when the tables are absent.
   */
  async inspections(m: EntityManager, rootPath: string, year: number, asOf: string): Promise<PairRow[] | null> {
    const [present] = await sql<{ ok: boolean }>(
      m,
      `SELECT to_regclass('inspection_plans') IS NOT NULL AND to_regclass('inspection_records') IS NOT NULL AS ok`,
    );
    if (!present.ok) return null;
    return sql<PairRow>(
      m,
      `WITH plans AS (
         SELECT p.organisation_id, p.share_percent FROM inspection_plans p JOIN organisations o ON o.id = p.organisation_id
          WHERE ${IN_ROOT('o.path')} AND p.year = $2::int AND p.status = 'PUBLISHED'
       ), subs AS (
         SELECT pl.organisation_id, ch.id AS child_id FROM plans pl
           JOIN organisations ch ON ch.parent_id = pl.organisation_id AND ch.active_from <= $3::date
                                AND (ch.dissolved_on IS NULL OR ch.dissolved_on > make_date($2::int, 1, 1))
       ), fig AS (
         SELECT pl.organisation_id, ceil(pl.share_percent * (SELECT count(*) FROM subs WHERE subs.organisation_id = pl.organisation_id) / 100)::int AS required,
                (SELECT count(DISTINCT ir.organisation_id) FROM inspection_records ir JOIN subs ON subs.child_id = ir.organisation_id
                  WHERE subs.organisation_id = pl.organisation_id AND ir.inspecting_organisation_id = pl.organisation_id
                    AND ir.started_on >= make_date($2::int, 1, 1) AND ir.started_on <= $3::date)::int AS inspected
           FROM plans pl
       )
       SELECT organisation_id AS "organisationId", required, LEAST(inspected, required) AS achieved FROM fig`,
      [rootPath, year, asOf],
    );
  }
}
