import { Injectable } from '@nestjs/common';
import { foldedContains, sql } from '@qt/server-core';
import { DataSource } from 'typeorm';
import { OrganisationProgress, RequiredMember } from './progress.types';

export type ProgressRow = OrganisationProgress & { campaignId: string; isSelf: boolean; asOf: string };

/** The day a member studied: first PRESENT/LATE mark in a non-cancelled session (make-up included) of the campaign. */
const STUDIED_ON = (member: string, campaign: string) => `(
  SELECT min((s.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)
    FROM session_participants sp JOIN study_sessions s ON s.id = sp.session_id
   WHERE sp.member_id = ${member} AND s.campaign_id = ${campaign} AND s.status <> 'CANCELLED'
     AND sp.removed_at IS NULL AND sp.status IN ('PRESENT', 'LATE'))`;

/**
 * As-of date of a campaign: the earlier of today and its latest level deadline.
 * Who is required is read on that day (campaign_required_members), so a live
 * campaign counts members where they are today and a finished one where they
 * were when it ended.
 */
const AS_OF = (campaign: string, today: string) =>
  `LEAST(${today}, (SELECT max(l.deadline) FROM campaign_levels l WHERE l.campaign_id = ${campaign}))`;

/**
 * The progress views' SQL. Each view is ONE set-based statement: the required
 * set is computed once over the target's subtree, joined to roll call and
 * essays, and grouped by directly subordinate organisation through the path
 * prefix and by day of study (a small histogram that each organisation's own
 * deadline is then applied to; the target's total comes from the same rows).
 * Measured on the 65,000-member demo bloc: see the campaigns module report.
 */
@Injectable()
export class ProgressRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Figures of `organisationId` (its whole subtree) and, with `withChildren`,
   * of each directly subordinate organisation, for each campaign of `campaignIds`.
   * The deadline of an organisation is its level's (campaign_levels for its kind;
   * a kind without a rule takes the latest deadline).
   */
  async progress(organisationId: string, campaignIds: string[], today: string, withChildren: boolean): Promise<ProgressRow[]> {
    return sql<ProgressRow>(
      this.dataSource.manager,
      `WITH target AS (
         SELECT id, path FROM organisations WHERE id = $1
       ), camp AS (
         SELECT c.id AS campaign_id, lv.max_deadline, LEAST($3::date, lv.max_deadline) AS as_of
           FROM campaigns c
           CROSS JOIN LATERAL (SELECT max(l.deadline) AS max_deadline FROM campaign_levels l WHERE l.campaign_id = c.id) lv
          WHERE c.id = ANY($2::uuid[])
       ), orgs AS (
         SELECT o.id, o.code, o.name, o.kind, o.dissolved_on, true AS is_self FROM organisations o JOIN target t ON o.id = t.id
         UNION ALL
         SELECT o.id, o.code, o.name, o.kind, o.dissolved_on, false FROM organisations o JOIN target t ON o.parent_id = t.id WHERE $4::boolean
       ), grp AS (
         SELECT camp.campaign_id, camp.as_of, o.id, o.code, o.name, o.kind, o.is_self,
                COALESCE(l.deadline, camp.max_deadline) AS deadline
           FROM camp CROSS JOIN orgs o
           LEFT JOIN campaign_levels l ON l.campaign_id = camp.campaign_id AND l.level = o.kind
          WHERE o.is_self OR o.dissolved_on IS NULL OR o.dissolved_on > camp.as_of
       ), req AS (
         SELECT camp.campaign_id, r.member_id, r.study_required, r.essay_required,
                split_part(substr(r.organisation_path, length(t.path) + 1), '/', 1) AS child_key
           FROM camp CROSS JOIN target t
           CROSS JOIN LATERAL campaign_required_members(camp.campaign_id, camp.as_of, t.path) r
          WHERE r.organisation_path >= t.path AND r.organisation_path < left(t.path, -1) || '0'
       ), m AS (
         SELECT req.*, ${STUDIED_ON('req.member_id', 'req.campaign_id')} AS studied_on,
                e.id IS NOT NULL AS submitted, e.grade IS NOT NULL AS graded
           FROM req
           LEFT JOIN essays e ON e.campaign_id = req.campaign_id AND e.member_id = req.member_id
       ), hist AS (
         -- per child and day of study: small enough to meet each group's own deadline
         SELECT campaign_id, child_key, studied_on,
                count(*) FILTER (WHERE study_required)::int AS required,
                count(*) FILTER (WHERE study_required AND studied_on IS NOT NULL)::int AS studied,
                count(*) FILTER (WHERE NOT study_required)::int AS exempt,
                count(*) FILTER (WHERE essay_required)::int AS essays_required,
                count(*) FILTER (WHERE essay_required AND submitted)::int AS essays_submitted,
                count(*) FILTER (WHERE essay_required AND graded)::int AS essays_graded
           FROM m GROUP BY campaign_id, child_key, studied_on
       ), agg AS (
         SELECT g.campaign_id, g.id, sum(h.required)::int AS required, sum(h.studied)::int AS studied,
                COALESCE(sum(h.studied) FILTER (WHERE h.studied_on > g.deadline), 0)::int AS late,
                sum(h.exempt)::int AS exempt, sum(h.essays_required)::int AS essays_required,
                sum(h.essays_submitted)::int AS essays_submitted, sum(h.essays_graded)::int AS essays_graded
           FROM grp g JOIN hist h ON h.campaign_id = g.campaign_id AND (g.is_self OR h.child_key = g.id::text)
          GROUP BY g.campaign_id, g.id
       ), sess AS (
         SELECT campaign_id, GROUPING(child_key) = 1 AS is_total, child_key, count(*)::int AS held
           FROM (SELECT s.campaign_id, split_part(substr(o.path, length(t.path) + 1), '/', 1) AS child_key
                   FROM study_sessions s JOIN organisations o ON o.id = s.organiser_organisation_id CROSS JOIN target t
                  WHERE s.campaign_id = ANY($2::uuid[]) AND s.status = 'CLOSED'
                    AND o.path >= t.path AND o.path < left(t.path, -1) || '0') x
          GROUP BY GROUPING SETS ((campaign_id), (campaign_id, child_key))
       ), fig AS (
         SELECT g.*, COALESCE(se.held, 0) AS held, COALESCE(a.required, 0) AS required, COALESCE(a.studied, 0) AS studied,
                COALESCE(a.late, 0) AS late, COALESCE(a.exempt, 0) AS exempt,
                COALESCE(a.essays_required, 0) AS essays_required, COALESCE(a.essays_submitted, 0) AS essays_submitted,
                COALESCE(a.essays_graded, 0) AS essays_graded
           FROM grp g
           LEFT JOIN agg a ON a.campaign_id = g.campaign_id AND a.id = g.id
           LEFT JOIN sess se ON se.campaign_id = g.campaign_id AND se.is_total = g.is_self AND (g.is_self OR se.child_key = g.id::text)
       )
       SELECT campaign_id AS "campaignId", to_char(as_of, 'YYYY-MM-DD') AS "asOf", is_self AS "isSelf", id AS "organisationId",
              code, name, kind, held AS "sessionsHeld", required AS "membersRequired", studied AS "membersStudied",
              required - studied AS "membersPending", late AS "membersStudiedLate", exempt AS "membersExempt",
              essays_required AS "essaysRequired", essays_submitted AS "essaysSubmitted", essays_graded AS "essaysGraded",
              to_char(deadline, 'YYYY-MM-DD') AS deadline,
              CASE WHEN required = studied THEN CASE WHEN late > 0 THEN 'LATE' ELSE 'ON_TIME' END
                   WHEN $3::date > deadline THEN 'OVERDUE' ELSE 'PENDING' END AS "deadlineState"
         FROM fig ORDER BY campaign_id, is_self DESC, name, id`,
      [organisationId, campaignIds, today, withChildren],
    );
  }

  /** Issued campaigns issued by the organisation or one of its ancestors, with what they ask of it. */
  async obligations(organisationId: string) {
    return sql<{
      campaignId: string; code: string; title: string; issuerOrganisationId: string; issuerOrganisationName: string;
      reportDueOn: string; owesProgramme: boolean; programmeDueOn: string | null; owesPersonalPlans: boolean;
      personalPlansDueOn: string | null; essayDueOn: string | null;
    }>(
      this.dataSource.manager,
      `SELECT c.id AS "campaignId", c.code, c.title, c.issuer_organisation_id AS "issuerOrganisationId", i.name AS "issuerOrganisationName",
              c.report_due_on AS "reportDueOn", c.programme_required AND t.kind = ANY(c.programme_levels) AS "owesProgramme",
              CASE WHEN c.programme_required AND t.kind = ANY(c.programme_levels) THEN c.programme_due_on END AS "programmeDueOn",
              c.personal_plans_required AS "owesPersonalPlans", c.personal_plans_due_on AS "personalPlansDueOn",
              c.essay_due_on AS "essayDueOn"
         FROM organisations t
         JOIN organisations i ON starts_with(t.path, i.path)
         JOIN campaigns c ON c.issuer_organisation_id = i.id AND c.status = 'ISSUED'
        WHERE t.id = $1
        ORDER BY c.report_due_on, c.code`,
      [organisationId],
    );
  }

  /** Members the campaign requires in the subtree at `path`, by name (keyset). */
  async requiredMembers(f: {
    campaignId: string; path: string; onDate: string | undefined; today: string; studyRequired?: boolean; essayRequired?: boolean;
    exempt?: boolean; studied?: boolean; search?: string; after?: [string, string]; limit: number;
  }): Promise<RequiredMember[]> {
    const params: unknown[] = [f.campaignId, f.path];
    const asOf = f.onDate ? `$${params.push(f.onDate)}::date` : AS_OF('$1::uuid', `$${params.push(f.today)}::date`);
    const where = [`r.organisation_path >= $2 AND r.organisation_path < left($2, -1) || '0'`];
    if (f.studyRequired !== undefined) where.push(`r.study_required = $${params.push(f.studyRequired)}`);
    if (f.essayRequired !== undefined) where.push(`r.essay_required = $${params.push(f.essayRequired)}`);
    if (f.exempt !== undefined) {
      where.push(`(r.exemption_reason IS NOT NULL AND r.exemption_reason IN ('RETIRED', 'UNFIT_FOR_WORK', 'EXEMPT_FROM_ACTIVITIES', 'OTHER')) = $${params.push(f.exempt)}`);
    }
    if (f.search) where.push(`mb.search_text LIKE ${foldedContains(`$${params.push(f.search)}`)}`);
    if (f.after) where.push(`(mb.full_name, mb.id) > ($${params.push(f.after[0])}, $${params.push(f.after[1])}::uuid)`);
    const studiedFilter = f.studied === undefined ? '' : `WHERE (x."studiedOn" IS NOT NULL) = $${params.push(f.studied)}`;
    const rows = await sql<RequiredMember & { asOf: string }>(
      this.dataSource.manager,
      `SELECT * FROM (
         SELECT r.member_id AS "memberId", mb.full_name AS "fullName", mb.card_number AS "cardNumber",
                r.organisation_id AS "organisationId", o.name AS "organisationName", r.study_required AS "studyRequired",
                r.essay_required AS "essayRequired", r.exemption_reason AS "exemptionReason", r.exemption_basis AS "exemptionBasis",
                to_char(${STUDIED_ON('r.member_id', '$1::uuid')}, 'YYYY-MM-DD') AS "studiedOn", to_char(d.as_of, 'YYYY-MM-DD') AS "asOf"
           FROM (SELECT ${asOf} AS as_of) d
           CROSS JOIN LATERAL campaign_required_members($1::uuid, d.as_of, $2::text) r
           JOIN members mb ON mb.id = r.member_id
           JOIN organisations o ON o.id = r.organisation_id
          WHERE ${where.join(' AND ')}) x
       ${studiedFilter}
       ORDER BY x."fullName", x."memberId" LIMIT ${f.limit}`,
      params,
    );
    return rows.map(({ asOf: _a, ...r }) => r);
  }
}
