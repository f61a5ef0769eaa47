import { Injectable } from '@nestjs/common';
import { AccessScope, sql, subtreePredicate } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { holdsMeetings } from '../shared/org-refs.repository';
import { Rating, RatingCounts, RatingRecord } from './rating.types';

const COLUMNS = `r.id, CASE WHEN r.member_id IS NULL THEN 'ORGANISATION' ELSE 'MEMBER' END AS subject, r.year::int AS year,
  r.organisation_id AS "organisationId", r.member_id AS "memberId", COALESCE(mb.full_name, o.name) AS "subjectName",
  r.rating, r.comment, r.rated_on::text AS "ratedOn", u.display_name AS "ratedBy", r.updated_at AS "updatedAt"`;
const FROM = `ratings r JOIN organisations o ON o.id = r.organisation_id LEFT JOIN members mb ON mb.id = r.member_id
  LEFT JOIN users u ON u.id = r.rated_by`;

/** Counts by level as SQL select-list items over a `rating` column. */
export const countsSql = (col: string) => `count(*) FILTER (WHERE ${col} = 'EXCELLENT')::int AS excellent,
  count(*) FILTER (WHERE ${col} = 'GOOD')::int AS good, count(*) FILTER (WHERE ${col} = 'COMPLETED')::int AS completed,
  count(*) FILTER (WHERE ${col} = 'NOT_COMPLETED')::int AS "notCompleted"`;

/** The only place that queries ratings. */
@Injectable()
export class RatingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async findById(id: string, manager?: EntityManager): Promise<RatingRecord | undefined> {
    const [row] = await sql<RatingRecord>(this.m(manager), `SELECT ${COLUMNS}, o.path AS "organisationPath" FROM ${FROM} WHERE r.id = $1`, [id]);
    return row;
  }

  async findFor(year: number, organisationId: string | null, memberId: string | null, manager?: EntityManager): Promise<Rating | null> {
    const [row] = await sql<Rating>(
      this.m(manager),
      `SELECT ${COLUMNS} FROM ${FROM}
        WHERE r.year = $1 AND ${memberId ? `r.member_id = $2` : `r.member_id IS NULL AND r.organisation_id = $2`}`,
      [year, memberId ?? organisationId],
    );
    return row ?? null;
  }

  /** Creates or replaces the rating of the subject for the year (one per subject and year). */
  async upsert(
    manager: EntityManager,
    row: { year: number; organisationId: string; memberId: string | null; rating: string; comment: string | null; ratedOn: string; ratedBy: string },
  ): Promise<string> {
    const target = row.memberId ? `(member_id, year) WHERE member_id IS NOT NULL` : `(organisation_id, year) WHERE member_id IS NULL`;
    const [saved] = await manager.query(
      `INSERT INTO ratings (year, organisation_id, member_id, rating, comment, rated_on, rated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT ${target} DO UPDATE SET organisation_id = EXCLUDED.organisation_id, rating = EXCLUDED.rating,
         comment = EXCLUDED.comment, rated_on = EXCLUDED.rated_on, rated_by = EXCLUDED.rated_by, updated_at = now()
       RETURNING id`,
      [row.year, row.organisationId, row.memberId, row.rating, row.comment, row.ratedOn, row.ratedBy],
    );
    return saved.id as string;
  }

  async list(f: { scope: AccessScope; within?: string; year: number; subject?: string; rating?: string; after?: [string, string]; limit: number }): Promise<Rating[]> {
    const params: unknown[] = [f.year];
    const where = [`r.year = $1`, f.scope.pathPredicate('o.path', params)];
    if (f.within) where.push(subtreePredicate('o.path', `$${params.push(f.within)}::text`));
    if (f.subject) where.push(f.subject === 'MEMBER' ? `r.member_id IS NOT NULL` : `r.member_id IS NULL`);
    if (f.rating) where.push(`r.rating = $${params.push(f.rating)}`);
    if (f.after) where.push(`(COALESCE(mb.full_name, o.name), r.id) > ($${params.push(f.after[0])}, $${params.push(f.after[1])}::uuid)`);
    return sql<Rating>(
      this.m(),
      `SELECT ${COLUMNS} FROM ${FROM} WHERE ${where.join(' AND ')} ORDER BY COALESCE(mb.full_name, o.name), r.id LIMIT ${f.limit}`,
      params,
    );
  }

  /**
   * Ratings of the subtree for a year, by level, in one statement; unrated = cells existing at the reference date
   * without a rating, and members of the subtree on the reference date without a rating.
   */
  async distribution(scope: AccessScope, within: string | undefined, year: number, refDate: string): Promise<{ organisations: RatingCounts; members: RatingCounts }> {
    const params: unknown[] = [year, refDate];
    const where = [scope.pathPredicate('o.path', params)];
    if (within) where.push(subtreePredicate('o.path', `$${params.push(within)}::text`));
    const [row] = await sql<{ organisations: RatingCounts; members: RatingCounts }>(
      this.m(),
      `WITH orgs AS (
         SELECT o.id, ${holdsMeetings('o')} AND o.active_from <= $2::date AND (o.dissolved_on IS NULL OR o.dissolved_on > $2::date) AS is_cell
           FROM organisations o WHERE ${where.join(' AND ')}
       ), rated AS (
         SELECT r.member_id IS NULL AS is_org, r.rating FROM ratings r JOIN orgs ON orgs.id = r.organisation_id WHERE r.year = $1
       )
       SELECT (SELECT json_build_object('excellent', excellent, 'good', good, 'completed', completed, 'notCompleted', "notCompleted",
                 'unrated', (SELECT count(*) FROM orgs WHERE is_cell AND NOT EXISTS (
                   SELECT 1 FROM ratings r WHERE r.organisation_id = orgs.id AND r.member_id IS NULL AND r.year = $1)))
                 FROM (SELECT ${countsSql('rating')} FROM rated WHERE is_org) c) AS organisations,
              (SELECT json_build_object('excellent', excellent, 'good', good, 'completed', completed, 'notCompleted', "notCompleted",
                 'unrated', (SELECT count(*) FROM memberships ms JOIN orgs ON orgs.id = ms.organisation_id
                              WHERE ms.valid_from <= $2::date AND (ms.valid_to IS NULL OR ms.valid_to > $2::date)
                                AND NOT EXISTS (SELECT 1 FROM ratings r WHERE r.member_id = ms.member_id AND r.year = $1)))
                 FROM (SELECT ${countsSql('rating')} FROM rated WHERE NOT is_org) c) AS members`,
      params,
    );
    return row;
  }
}
