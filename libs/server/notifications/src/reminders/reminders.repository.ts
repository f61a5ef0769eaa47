import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface DeadlineRecipientRow {
  user_id: string;
  organisation_id: string;
  organisation_name: string;
  pending_count: number;
  campaign_code: string;
  campaign_title: string;
  deadline: string;
  days_left: number;
}

export interface EssayRecipientRow {
  user_id: string;
  organisation_id: string;
  campaign_code: string;
  campaign_title: string;
  due_on: string;
  days_left: number;
}

const TODAY = `(now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

/** "Studied" (domain: PRESENT or LATE in a non-cancelled session of the campaign, make-up included). */
const STUDIED = `EXISTS (SELECT 1 FROM session_participants sp JOIN study_sessions s ON s.id = sp.session_id
                          WHERE sp.member_id = r.member_id AND s.campaign_id = c.id AND s.status <> 'CANCELLED'
                            AND sp.removed_at IS NULL AND sp.status IN ('PRESENT', 'LATE'))`;

/** Who a reminder goes to, in one statement each (set-based over campaign_required_members). */
@Injectable()
export class RemindersRepository {
  /**
   * The offices (COMMITTEE_OFFICE) and cell secretaries (CELL_SECRETARY) of
   * every organisation of the level, inside the issuer's subtree, that still
   * has study-required members who have not studied, with their count.
   * Nothing when the campaign is not issued, the level's deadline is no
   * longer `deadline` (the job is stale) or the deadline has passed.
   */
  deadlineRecipients(manager: EntityManager, campaignId: string, level: string, deadline: string): Promise<DeadlineRecipientRow[]> {
    return manager.query(
      `WITH c AS (
         SELECT c.id, c.code, c.title, o.path AS issuer_path, l.deadline, ${TODAY} AS today
           FROM campaigns c
           JOIN organisations o ON o.id = c.issuer_organisation_id
           JOIN campaign_levels l ON l.campaign_id = c.id AND l.level = $2
          WHERE c.id = $1 AND c.status = 'ISSUED' AND l.deadline = $3::date AND l.deadline >= ${TODAY}
       ), pending AS (
         SELECT r.organisation_path
           FROM c, campaign_required_members(c.id, LEAST(c.today, c.deadline)) r
          WHERE r.study_required AND NOT ${STUDIED}
       ), behind AS (
         SELECT o.id, o.name, count(*)::int AS pending_count
           FROM c
           JOIN organisations o ON o.kind = $2 AND o.dissolved_on IS NULL
                               AND o.path >= c.issuer_path AND o.path < left(c.issuer_path, -1) || '0'
           JOIN pending p ON p.organisation_path >= o.path AND p.organisation_path < left(o.path, -1) || '0'
          GROUP BY o.id, o.name
       )
       SELECT DISTINCT ON (u.id, b.id)
              u.id AS user_id, b.id AS organisation_id, b.name AS organisation_name, b.pending_count,
              c.code AS campaign_code, c.title AS campaign_title, to_char(c.deadline, 'YYYY-MM-DD') AS deadline,
              (c.deadline - c.today)::int AS days_left
         FROM c, behind b
         JOIN role_assignments ra ON ra.organisation_id = b.id AND ra.role IN ('COMMITTEE_OFFICE', 'CELL_SECRETARY')
         JOIN users u ON u.id = ra.user_id AND u.is_active
        ORDER BY u.id, b.id`,
      [campaignId, level, deadline],
    );
  }

  /** Users of the essay-required members who have not submitted an essay (bài thu hoạch) yet. */
  essayRecipients(manager: EntityManager, campaignId: string, dueOn: string): Promise<EssayRecipientRow[]> {
    return manager.query(
      `WITH c AS (
         SELECT c.id, c.code, c.title, c.essay_due_on, ${TODAY} AS today
           FROM campaigns c
          WHERE c.id = $1 AND c.status = 'ISSUED' AND c.essay_due_on = $2::date AND c.essay_due_on >= ${TODAY}
       )
       SELECT u.id AS user_id, r.organisation_id, c.code AS campaign_code, c.title AS campaign_title,
              to_char(c.essay_due_on, 'YYYY-MM-DD') AS due_on, (c.essay_due_on - c.today)::int AS days_left
         FROM c, campaign_required_members(c.id, LEAST(c.today, c.essay_due_on)) r
         JOIN users u ON u.member_id = r.member_id AND u.is_active
        WHERE r.essay_required
          AND NOT EXISTS (SELECT 1 FROM essays e WHERE e.campaign_id = c.id AND e.member_id = r.member_id)`,
      [campaignId, dueOn],
    );
  }
}
