import { Injectable } from '@nestjs/common';
import { sql } from '@qt/server-core';
import { EntityManager } from 'typeorm';

export interface MissedDeadline {
  campaignId: string;
  campaignCode: string;
  level: string;
  deadline: string;
  organisationId: string;
  membersRequired: number;
  membersNotStudied: number;
}

/**
 * Organisations that let a level deadline (campaign_levels) pass with members not studied: for each level of an
 * issued campaign whose deadline lies in [today - lookback, today), the members the campaign requires on the
 * deadline (campaign_required_members, study required) are grouped under their ancestor of that level's kind;
 * "studied by the deadline" = a non-removed PRESENT/LATE mark in a non-cancelled session of the campaign held on or
 * before the deadline (make-up included), ADR 0007.
 */
@Injectable()
export class MissedDeadlinesRepository {
  async find(manager: EntityManager, today: string, lookbackDays: number): Promise<MissedDeadline[]> {
    return sql<MissedDeadline>(
      manager,
      `WITH lv AS (
         SELECT c.id AS campaign_id, c.code, l.level, l.deadline
           FROM campaigns c JOIN campaign_levels l ON l.campaign_id = c.id
          WHERE c.status = 'ISSUED' AND l.deadline < $1::date AND l.deadline >= $1::date - $2::int
       ), req AS (
         SELECT lv.*, r.member_id, r.organisation_path,
                EXISTS (SELECT 1 FROM session_participants sp JOIN study_sessions s ON s.id = sp.session_id
                         WHERE sp.member_id = r.member_id AND s.campaign_id = lv.campaign_id AND s.status <> 'CANCELLED'
                           AND sp.removed_at IS NULL AND sp.status IN ('PRESENT', 'LATE')
                           AND (s.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= lv.deadline) AS studied
           FROM lv CROSS JOIN LATERAL campaign_required_members(lv.campaign_id, lv.deadline) r
          WHERE r.study_required
       )
       SELECT req.campaign_id AS "campaignId", req.code AS "campaignCode", req.level, to_char(req.deadline, 'YYYY-MM-DD') AS deadline,
              a.id AS "organisationId", count(*)::int AS "membersRequired", count(*) FILTER (WHERE NOT req.studied)::int AS "membersNotStudied"
         FROM req
         JOIN organisations a ON a.id = ANY(string_to_array(trim(BOTH '/' FROM req.organisation_path), '/')::uuid[]) AND a.kind = req.level
        GROUP BY req.campaign_id, req.code, req.level, req.deadline, a.id
       HAVING count(*) FILTER (WHERE NOT req.studied) > 0
        ORDER BY req.deadline, req.code, a.id`,
      [today, lookbackDays],
    );
  }
}
