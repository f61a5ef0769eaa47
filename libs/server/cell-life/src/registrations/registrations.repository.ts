import { Injectable } from '@nestjs/common';
import { AccessScope, sql, subtreePredicate } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { Registration, RegistrationRecord } from './registration.types';

export const REGISTRATION_COLUMNS = `g.id, CASE WHEN g.member_id IS NULL THEN 'ORGANISATION' ELSE 'MEMBER' END AS subject, g.year::int AS year,
  g.organisation_id AS "organisationId", g.member_id AS "memberId", COALESCE(mb.full_name, o.name) AS "subjectName",
  g.target_rating AS "targetRating", g.tasks, g.registered_on::text AS "registeredOn",
  g.task_result AS "taskResult", g.task_result_on::text AS "taskResultOn", g.updated_at AS "updatedAt"`;

/** The only place that queries registrations. */
@Injectable()
export class RegistrationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async findById(id: string, manager?: EntityManager, lock = false): Promise<RegistrationRecord | undefined> {
    if (lock) await this.m(manager).query(`SELECT 1 FROM registrations WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = await sql<RegistrationRecord>(
      this.m(manager),
      `SELECT ${REGISTRATION_COLUMNS}, o.path AS "organisationPath"
         FROM registrations g JOIN organisations o ON o.id = g.organisation_id LEFT JOIN members mb ON mb.id = g.member_id
        WHERE g.id = $1`,
      [id],
    );
    return row;
  }

  /** Inserts; undefined when the subject already registered for that year (unique indexes). */
  async insert(
    manager: EntityManager,
    row: { year: number; organisationId: string; memberId: string | null; targetRating: string; tasks: string | null; registeredOn: string; createdBy: string },
  ): Promise<string | undefined> {
    const [created] = await manager.query(
      `INSERT INTO registrations (year, organisation_id, member_id, target_rating, tasks, registered_on, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING id`,
      [row.year, row.organisationId, row.memberId, row.targetRating, row.tasks, row.registeredOn, row.createdBy],
    );
    return created?.id as string | undefined;
  }

  async update(manager: EntityManager, id: string, changes: { targetRating?: string; tasks?: string; taskResult?: string; taskResultOn?: string }) {
    const sets: string[] = [];
    const params: unknown[] = [id];
    if (changes.targetRating !== undefined) sets.push(`target_rating = $${params.push(changes.targetRating)}`);
    if (changes.tasks !== undefined) sets.push(`tasks = $${params.push(changes.tasks)}`);
    if (changes.taskResult !== undefined) {
      sets.push(`task_result = $${params.push(changes.taskResult)}`, `task_result_on = $${params.push(changes.taskResultOn)}::date`);
    }
    if (sets.length) await manager.query(`UPDATE registrations SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, params);
  }

  async list(f: { scope: AccessScope; within?: string; year: number; subject?: string; after?: [string, string]; limit: number }): Promise<Registration[]> {
    const params: unknown[] = [f.year];
    const where = [`g.year = $1`, f.scope.pathPredicate('o.path', params)];
    if (f.within) where.push(subtreePredicate('o.path', `$${params.push(f.within)}::text`));
    if (f.subject) where.push(f.subject === 'MEMBER' ? `g.member_id IS NOT NULL` : `g.member_id IS NULL`);
    if (f.after) where.push(`(COALESCE(mb.full_name, o.name), g.id) > ($${params.push(f.after[0])}, $${params.push(f.after[1])}::uuid)`);
    return sql<Registration>(
      this.m(),
      `SELECT ${REGISTRATION_COLUMNS}
         FROM registrations g JOIN organisations o ON o.id = g.organisation_id LEFT JOIN members mb ON mb.id = g.member_id
        WHERE ${where.join(' AND ')} ORDER BY COALESCE(mb.full_name, o.name), g.id LIMIT ${f.limit}`,
      params,
    );
  }

  /** The registration of a member (memberId) or of an organisation (memberId null) for a year; `lock`: FOR UPDATE. */
  async findFor(year: number, organisationId: string | null, memberId: string | null, manager?: EntityManager, lock = false): Promise<Registration | null> {
    const [row] = await sql<Registration>(
      this.m(manager),
      `SELECT ${REGISTRATION_COLUMNS}
         FROM registrations g JOIN organisations o ON o.id = g.organisation_id LEFT JOIN members mb ON mb.id = g.member_id
        WHERE g.year = $1 AND ${memberId ? `g.member_id = $2` : `g.member_id IS NULL AND g.organisation_id = $2`}
        ${lock ? 'FOR UPDATE OF g' : ''}`,
      [year, memberId ?? organisationId],
    );
    return row ?? null;
  }
}
