import { Injectable } from '@nestjs/common';
import { sql } from '@qt/server-core';
import { DataSource } from 'typeorm';
import { countsSql } from './ratings.repository';
import { EssayFigures, MeetingAttendanceFigures, RatingCounts, StudyFigures } from './rating.types';

/**
 * The year's campaigns ($2 = year, $3 = reference date): issued or closed campaigns starting in the year, each with
 * the date its required members are taken on — its last level deadline (or report due date), capped at the
 * reference date. Who is required is campaign_required_members() (the shared contract), never re-derived here.
 */
const YEAR_CAMPAIGNS = `year_campaigns AS (
  SELECT c.id, LEAST(COALESCE((SELECT max(l.deadline) FROM campaign_levels l WHERE l.campaign_id = c.id), c.report_due_on), $3::date) AS on_date
    FROM campaigns c
   WHERE c.status <> 'DRAFT' AND c.starts_on >= make_date($2::int, 1, 1) AND c.starts_on < make_date($2::int + 1, 1, 1))`;

/** A member studied a campaign: PRESENT or LATE in a non-cancelled session of it (make-up sessions count). */
const STUDIED = (campaign: string, member: string) => `EXISTS (
  SELECT 1 FROM session_participants sp JOIN study_sessions s ON s.id = sp.session_id
   WHERE s.campaign_id = ${campaign} AND sp.member_id = ${member} AND sp.removed_at IS NULL
     AND sp.status IN ('PRESENT', 'LATE') AND s.status <> 'CANCELLED')`;

const SUBMITTED = (campaign: string, member: string) => `EXISTS (SELECT 1 FROM essays e WHERE e.campaign_id = ${campaign} AND e.member_id = ${member})`;

interface Figures {
  study: StudyFigures;
  essays: EssayFigures;
  meetings: MeetingAttendanceFigures;
}

/** Rating-screen figures, each computed set-based over the study, essay and cell-meeting tables. */
@Injectable()
export class RatingInputsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Figures of one member ($1) for a year ($2) up to the reference date ($3). */
  async member(memberId: string, year: number, refDate: string): Promise<Figures> {
    const [row] = await sql<Record<string, number | null>>(
      this.dataSource.manager,
      `WITH ${YEAR_CAMPAIGNS},
       required AS (
         SELECT yc.id, r.study_required, r.essay_required
           FROM year_campaigns yc CROSS JOIN LATERAL campaign_required_members(yc.id, yc.on_date, NULL, $1::uuid) r
       ), study AS (
         SELECT count(*) FILTER (WHERE study_required)::int AS "campaignsRequired",
                count(*) FILTER (WHERE study_required AND ${STUDIED('required.id', '$1')})::int AS "campaignsStudied",
                count(*) FILTER (WHERE essay_required)::int AS "essaysRequired",
                count(*) FILTER (WHERE essay_required AND ${SUBMITTED('required.id', '$1')})::int AS "essaysSubmitted"
           FROM required
       ), sessions AS (
         SELECT count(*) FILTER (WHERE NOT s.is_makeup)::int AS "sessionsInvited",
                count(*) FILTER (WHERE NOT s.is_makeup AND sp.status IN ('PRESENT', 'LATE'))::int AS "sessionsAttended",
                count(*) FILTER (WHERE s.is_makeup AND sp.status IN ('PRESENT', 'LATE'))::int AS "makeupSessionsAttended"
           FROM session_participants sp JOIN study_sessions s ON s.id = sp.session_id
           JOIN year_campaigns yc ON yc.id = s.campaign_id
          WHERE sp.member_id = $1 AND sp.removed_at IS NULL AND s.status <> 'CANCELLED' AND s.starts_at < ($3::date + 1)
       ), essays AS (
         SELECT count(*) FILTER (WHERE e.is_late)::int AS "essaysLate", count(e.grade)::int AS "essaysGraded",
                round(avg(e.grade), 2)::float AS "averageGrade"
           FROM essays e JOIN year_campaigns yc ON yc.id = e.campaign_id WHERE e.member_id = $1
       ), meetings AS (
         SELECT count(*)::int AS expected, count(*) FILTER (WHERE a.status = 'PRESENT')::int AS present,
                count(*) FILTER (WHERE a.status = 'EXCUSED')::int AS excused, count(*) FILTER (WHERE a.status = 'UNEXCUSED')::int AS unexcused,
                count(*) FILTER (WHERE a.status IS NULL)::int AS unrecorded
           FROM cell_meetings cm
           JOIN memberships ms ON ms.member_id = $1 AND ms.organisation_id = cm.organisation_id
                              AND ms.valid_from <= cm.held_on AND (ms.valid_to IS NULL OR ms.valid_to > cm.held_on)
           LEFT JOIN cell_meeting_attendance a ON a.meeting_id = cm.id AND a.member_id = $1
          WHERE cm.held_on >= make_date($2::int, 1, 1) AND cm.held_on <= $3::date
       )
       SELECT * FROM study, sessions, essays, meetings`,
      [memberId, year, refDate],
    );
    return toFigures(row);
  }

  /** Figures of one cell ($1): member × campaign counts for the members required in this cell, its meetings' attendance. */
  async cell(organisationId: string, year: number, refDate: string): Promise<Figures & { members: number; memberRatings: RatingCounts; halvesChecked: number }> {
    const [row] = await sql<Record<string, number | null>>(
      this.dataSource.manager,
      `WITH ${YEAR_CAMPAIGNS},
       required AS (
         SELECT yc.id, r.member_id, r.study_required, r.essay_required
           FROM year_campaigns yc
           CROSS JOIN LATERAL campaign_required_members(yc.id, yc.on_date, (SELECT path FROM organisations WHERE id = $1)) r
          WHERE r.organisation_id = $1
       ), study AS (
         SELECT count(*) FILTER (WHERE study_required)::int AS "campaignsRequired",
                count(*) FILTER (WHERE study_required AND ${STUDIED('required.id', 'required.member_id')})::int AS "campaignsStudied",
                count(*) FILTER (WHERE essay_required)::int AS "essaysRequired",
                count(*) FILTER (WHERE essay_required AND ${SUBMITTED('required.id', 'required.member_id')})::int AS "essaysSubmitted"
           FROM required
       ), sessions AS (
         SELECT count(*) FILTER (WHERE NOT s.is_makeup)::int AS "sessionsInvited",
                count(*) FILTER (WHERE NOT s.is_makeup AND sp.status IN ('PRESENT', 'LATE'))::int AS "sessionsAttended",
                count(*) FILTER (WHERE s.is_makeup AND sp.status IN ('PRESENT', 'LATE'))::int AS "makeupSessionsAttended"
           FROM session_participants sp JOIN study_sessions s ON s.id = sp.session_id
           JOIN year_campaigns yc ON yc.id = s.campaign_id
          WHERE sp.organisation_id = $1 AND sp.removed_at IS NULL AND s.status <> 'CANCELLED' AND s.starts_at < ($3::date + 1)
       ), essays AS (
         SELECT count(*) FILTER (WHERE e.is_late)::int AS "essaysLate", count(e.grade)::int AS "essaysGraded",
                round(avg(e.grade), 2)::float AS "averageGrade"
           FROM essays e JOIN year_campaigns yc ON yc.id = e.campaign_id WHERE e.organisation_id = $1
       ), meetings AS (
         SELECT count(*)::int AS expected, count(*) FILTER (WHERE a.status = 'PRESENT')::int AS present,
                count(*) FILTER (WHERE a.status = 'EXCUSED')::int AS excused, count(*) FILTER (WHERE a.status = 'UNEXCUSED')::int AS unexcused,
                count(*) FILTER (WHERE a.status IS NULL)::int AS unrecorded
           FROM cell_meetings cm
           JOIN memberships ms ON ms.organisation_id = cm.organisation_id
                              AND ms.valid_from <= cm.held_on AND (ms.valid_to IS NULL OR ms.valid_to > cm.held_on)
           LEFT JOIN cell_meeting_attendance a ON a.meeting_id = cm.id AND a.member_id = ms.member_id
          WHERE cm.organisation_id = $1 AND cm.held_on >= make_date($2::int, 1, 1) AND cm.held_on <= $3::date
       ), members AS (
         SELECT count(*)::int AS members FROM memberships ms
          WHERE ms.organisation_id = $1 AND ms.valid_from <= $3::date AND (ms.valid_to IS NULL OR ms.valid_to > $3::date)
       ), member_ratings AS (
         SELECT ${countsSql('r.rating')} FROM ratings r WHERE r.organisation_id = $1 AND r.member_id IS NOT NULL AND r.year = $2
       ), checks AS (
         SELECT count(*)::int AS "halvesChecked" FROM cell_checks k WHERE k.organisation_id = $1 AND k.year = $2
       )
       SELECT * FROM study, sessions, essays, meetings, members, member_ratings, checks`,
      [organisationId, year, refDate],
    );
    const members = row.members as number;
    return {
      ...toFigures(row),
      members,
      halvesChecked: row.halvesChecked as number,
      memberRatings: {
        excellent: row.excellent as number,
        good: row.good as number,
        completed: row.completed as number,
        notCompleted: row.notCompleted as number,
        unrated: 0,
      },
    };
  }
}

function toFigures(row: Record<string, number | null>): Figures {
  const n = (k: string) => (row[k] ?? 0) as number;
  return {
    study: {
      campaignsRequired: n('campaignsRequired'),
      campaignsStudied: n('campaignsStudied'),
      sessionsInvited: n('sessionsInvited'),
      sessionsAttended: n('sessionsAttended'),
      makeupSessionsAttended: n('makeupSessionsAttended'),
    },
    essays: {
      required: n('essaysRequired'),
      submitted: n('essaysSubmitted'),
      late: n('essaysLate'),
      graded: n('essaysGraded'),
      averageGrade: row.averageGrade === null || row.averageGrade === undefined ? null : Number(row.averageGrade),
    },
    meetings: {
      expected: n('expected'),
      present: n('present'),
      excused: n('excused'),
      unexcused: n('unexcused'),
      unrecorded: n('unrecorded'),
    },
  };
}
