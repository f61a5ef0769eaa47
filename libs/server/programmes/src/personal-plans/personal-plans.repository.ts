import { Injectable } from '@nestjs/common';
import { AccessScope, sql, subtreePredicate } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { PersonalPlanStatus, PlanReviewDecision } from '../common/programme-enums';
import { Oversight, overseesSql } from './oversight';
import { PlanEvaluation, PlanRecord, PlanReview } from './personal-plan.types';

const PLAN_COLUMNS = `p.id, p.campaign_id AS "campaignId", p.member_id AS "memberId", mb.full_name AS "memberName",
  p.organisation_id AS "organisationId", o.name AS "organisationName", o.path AS "organisationPath",
  mb.is_under_bloc_standing_committee AS "underBlocStandingCommittee", c.starts_on AS "campaignStartsOn",
  p.content, p.status, p.submitted_at AS "submittedAt", p.reviewed_at AS "reviewedAt", p.review_comment AS "reviewComment",
  p.updated_at AS "updatedAt"`;
const PLAN_FROM = `personal_action_plans p JOIN members mb ON mb.id = p.member_id
  JOIN organisations o ON o.id = p.organisation_id JOIN campaigns c ON c.id = p.campaign_id`;

/** A secretary or head a campaign requires a plan from (see `required`). */
export interface RequiredPlanRow {
  memberId: string;
  fullName: string;
  organisationId: string;
  organisationName: string;
  path: string;
  isSecretary: boolean;
  secretaryOfId: string | null;
  isHeadOfUnit: boolean;
  isUnderBlocStandingCommittee: boolean;
  planId: string | null;
  planStatus: PersonalPlanStatus | null;
}

export interface PlanListFilter {
  scope: AccessScope;
  campaignId?: string;
  status?: PersonalPlanStatus;
  oversight?: Oversight;
  after?: [string, string];
  limit: number;
}

/** The only place that queries personal action plans, their reviews and evaluations. */
@Injectable()
export class PersonalPlansRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async findById(id: string, manager?: EntityManager, lock = false): Promise<PlanRecord | undefined> {
    if (lock) await this.m(manager).query(`SELECT 1 FROM personal_action_plans WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = await sql<PlanRecord>(this.m(manager), `SELECT ${PLAN_COLUMNS} FROM ${PLAN_FROM} WHERE p.id = $1`, [id]);
    return row;
  }

  async ofMember(memberId: string, campaignId?: string): Promise<PlanRecord[]> {
    return sql<PlanRecord>(
      this.m(),
      `SELECT ${PLAN_COLUMNS} FROM ${PLAN_FROM} WHERE p.member_id = $1 AND ($2::uuid IS NULL OR p.campaign_id = $2::uuid)
        ORDER BY c.starts_on DESC, p.id`,
      [memberId, campaignId ?? null],
    );
  }

  /** Plans of members whose plan organisation is in the scope (and, with `oversight`, that the caller oversees), by (name, id). */
  async list(f: PlanListFilter): Promise<PlanRecord[]> {
    const params: unknown[] = [];
    const where = [f.scope.pathPredicate('o.path', params)];
    if (f.campaignId) where.push(`p.campaign_id = $${params.push(f.campaignId)}`);
    if (f.status) where.push(`p.status = $${params.push(f.status)}`);
    if (f.oversight) where.push(overseesSql(f.oversight, 'o.path', 'o.depth', 'mb.is_under_bloc_standing_committee', params));
    if (f.after) where.push(`(mb.full_name, p.id) > ($${params.push(f.after[0])}, $${params.push(f.after[1])}::uuid)`);
    return sql<PlanRecord>(
      this.m(),
      `SELECT ${PLAN_COLUMNS} FROM ${PLAN_FROM} WHERE ${where.join(' AND ')} ORDER BY mb.full_name, p.id LIMIT ${f.limit}`,
      params,
    );
  }

  async reviewsOf(planIds: readonly string[]): Promise<(PlanReview & { planId: string })[]> {
    return sql(
      this.m(),
      `SELECT id::text AS id, plan_id AS "planId", decision, comment, reviewed_by AS "reviewedBy", reviewed_at AS "reviewedAt"
         FROM personal_plan_reviews WHERE plan_id = ANY($1::uuid[]) ORDER BY plan_id, id`,
      [planIds],
    );
  }

  async evaluationsOf(planIds: readonly string[]): Promise<(PlanEvaluation & { planId: string })[]> {
    return sql(
      this.m(),
      `SELECT id, plan_id AS "planId", year, result, comment, evaluated_by AS "evaluatedBy", evaluated_at AS "evaluatedAt"
         FROM personal_plan_evaluations WHERE plan_id = ANY($1::uuid[]) ORDER BY plan_id, year`,
      [planIds],
    );
  }

  /**
   * Who a campaign requires a personal plan from, on `onDate` (one set-based query): every member who takes part
   * in party life in the issuer's subtree that day and is a committee secretary there (committee_offices
   * SECRETARY of a committee in the subtree) or a head of agency/unit (members.is_head_of_unit); members exempt
   * from party activities are left out. With the member's plan, if any. Optional filters narrow it down:
   * one member, the organisations a caller oversees, those without a submitted plan; keyset by (name, id).
   */
  async required(
    manager: EntityManager | undefined,
    campaignId: string,
    onDate: string,
    f: { memberId?: string; oversight?: Oversight; missingOnly?: boolean; after?: [string, string]; limit?: number },
  ): Promise<RequiredPlanRow[]> {
    const params: unknown[] = [campaignId, onDate];
    const where: string[] = [];
    if (f.memberId) where.push(`r.member_id = $${params.push(f.memberId)}::uuid`);
    if (f.oversight) where.push(overseesSql(f.oversight, 'r.path', 'r.depth', 'r.flag', params));
    if (f.missingOnly) where.push(`(p.id IS NULL OR p.status IN ('DRAFT','RETURNED'))`);
    if (f.after) where.push(`(r.full_name, r.member_id) > ($${params.push(f.after[0])}, $${params.push(f.after[1])}::uuid)`);
    return sql<RequiredPlanRow>(
      this.m(manager),
      `WITH c AS (
         SELECT c.id, io.path AS issuer_path, $2::date AS d
           FROM campaigns c JOIN organisations io ON io.id = c.issuer_organisation_id
          WHERE c.id = $1 AND c.personal_plans_required
       ), sec AS (
         SELECT DISTINCT ON (co.member_id) co.member_id, co.organisation_id AS committee_id
           FROM c
           JOIN committee_offices co ON co.office = 'SECRETARY' AND co.start_date <= c.d AND (co.end_date IS NULL OR co.end_date >= c.d)
           JOIN organisations so ON so.id = co.organisation_id AND ${subtreePredicate('so.path', 'c.issuer_path')}
          ORDER BY co.member_id, so.depth
       ), cand AS (
         SELECT id AS member_id FROM members WHERE is_head_of_unit
         UNION
         SELECT member_id FROM sec
       ), r AS (
         SELECT ms.member_id, mb.full_name, ms.organisation_id, o.name AS organisation_name, o.path, o.depth,
                mb.is_under_bloc_standing_committee AS flag, mb.is_head_of_unit, sec.committee_id
           FROM c
           CROSS JOIN cand
           JOIN memberships ms ON ms.member_id = cand.member_id AND ms.valid_from <= c.d AND (ms.valid_to IS NULL OR ms.valid_to > c.d)
           JOIN organisations o ON o.id = ms.organisation_id AND ${subtreePredicate('o.path', 'c.issuer_path')}
           JOIN members mb ON mb.id = ms.member_id AND NOT mb.is_exempt_from_activities
           LEFT JOIN sec ON sec.member_id = ms.member_id
       )
       SELECT r.member_id AS "memberId", r.full_name AS "fullName", r.organisation_id AS "organisationId",
              r.organisation_name AS "organisationName", r.path, (r.committee_id IS NOT NULL) AS "isSecretary",
              r.committee_id AS "secretaryOfId", r.is_head_of_unit AS "isHeadOfUnit", r.flag AS "isUnderBlocStandingCommittee",
              p.id AS "planId", p.status AS "planStatus"
         FROM r
         LEFT JOIN personal_action_plans p ON p.campaign_id = $1 AND p.member_id = r.member_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY r.full_name, r.member_id
        ${f.limit ? `LIMIT ${f.limit}` : ''}`,
      params,
    );
  }

  // --- writes ------------------------------------------------------------------------

  async insert(manager: EntityManager, row: { campaignId: string; memberId: string; organisationId: string; content: string }) {
    const [created] = await manager.query(
      `INSERT INTO personal_action_plans (campaign_id, member_id, organisation_id, content) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT personal_action_plans_one_per_member DO NOTHING RETURNING id`,
      [row.campaignId, row.memberId, row.organisationId, row.content],
    );
    return created?.id as string | undefined;
  }

  async setContent(manager: EntityManager, id: string, content: string): Promise<void> {
    await manager.query(`UPDATE personal_action_plans SET content = $2, updated_at = now() WHERE id = $1`, [id, content]);
  }

  async submit(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE personal_action_plans SET status = 'SUBMITTED', submitted_at = now(), updated_at = now() WHERE id = $1`, [id]);
  }

  async review(manager: EntityManager, id: string, decision: PlanReviewDecision, comment: string | null, userId: string): Promise<void> {
    await manager.query(
      `UPDATE personal_action_plans SET status = $2, reviewed_at = now(), reviewed_by = $4, review_comment = $3, updated_at = now() WHERE id = $1`,
      [id, decision, comment, userId],
    );
    await manager.query(
      `INSERT INTO personal_plan_reviews (plan_id, decision, comment, reviewed_by) VALUES ($1, $2, $3, $4)`,
      [id, decision, comment, userId],
    );
  }

  async insertEvaluation(manager: EntityManager, planId: string, e: { year: number; result: string; comment: string | null }, userId: string) {
    const [row] = await manager.query(
      `INSERT INTO personal_plan_evaluations (plan_id, year, result, comment, evaluated_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ON CONSTRAINT personal_plan_evaluations_year_key DO NOTHING RETURNING id`,
      [planId, e.year, e.result, e.comment, userId],
    );
    return row?.id as string | undefined;
  }
}
