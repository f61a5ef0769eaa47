import { Injectable } from '@nestjs/common';
import { AccessScope, AppException, ErrorCode, sql } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';

/**
 * SQL predicate: the organisation `o` holds cell meetings — a CELL (chi bộ trực thuộc), or a GRASSROOTS
 * organisation without active children (chi bộ cơ sở). Both kinds hold monthly meetings (seed 002).
 */
export const holdsMeetings = (o: string) =>
  `(${o}.kind = 'CELL' OR (${o}.kind = 'GRASSROOTS' AND NOT EXISTS (
     SELECT 1 FROM organisations ch WHERE ch.parent_id = ${o}.id AND ch.dissolved_on IS NULL)))`;

/** An organisation as the cell-life rules need it. */
export interface OrgRef {
  id: string;
  code: string;
  name: string;
  kind: string;
  path: string;
  activeFrom: string;
  dissolvedOn: string | null;
  holdsMeetings: boolean;
}

/** A member's organisation on a date (effective-dated membership). */
export interface MemberOnDate {
  memberId: string;
  fullName: string;
  organisationId: string | null;
  organisationPath: string | null;
}

/** Reads organisations and memberships for the cell-life services (and nothing else). */
@Injectable()
export class OrgRefsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async find(id: string, manager?: EntityManager): Promise<OrgRef | undefined> {
    const [row] = await sql<OrgRef>(
      this.m(manager),
      `SELECT o.id, o.code, o.name, o.kind, o.path, o.active_from::text AS "activeFrom", o.dissolved_on::text AS "dissolvedOn",
              ${holdsMeetings('o')} AS "holdsMeetings"
         FROM organisations o WHERE o.id = $1`,
      [id],
    );
    return row;
  }

  /** The member and their organisation on `onDate` (null when not a member anywhere that day). */
  async memberOn(memberId: string, onDate: string, manager?: EntityManager): Promise<MemberOnDate | undefined> {
    const [row] = await sql<MemberOnDate>(
      this.m(manager),
      `SELECT m.id AS "memberId", m.full_name AS "fullName", ms.organisation_id AS "organisationId", o.path AS "organisationPath"
         FROM members m
         LEFT JOIN memberships ms ON ms.member_id = m.id AND ms.valid_from <= $2::date AND (ms.valid_to IS NULL OR ms.valid_to > $2::date)
         LEFT JOIN organisations o ON o.id = ms.organisation_id
        WHERE m.id = $1`,
      [memberId, onDate],
    );
    return row;
  }
}

/**
 * Loads an organisation the scope covers: 403 outside the scope; when `field` is given an unknown id is a 422
 * naming the field (it is an input), otherwise a 404.
 */
export async function orgInScope(repo: OrgRefsRepository, scope: AccessScope, id: string, field?: string, manager?: EntityManager): Promise<OrgRef> {
  const org = await repo.find(id, manager);
  if (!org) {
    if (field) throw AppException.unprocessable(`${field} is not an existing organisation`, field);
    throw AppException.notFound('Organisation');
  }
  scope.assertPath(org.path);
  return org;
}

/** The same, and the organisation must hold cell meetings (CELL, or GRASSROOTS without sub-organisations). */
export async function cellInScope(repo: OrgRefsRepository, scope: AccessScope, id: string, field?: string, manager?: EntityManager): Promise<OrgRef> {
  const org = await orgInScope(repo, scope, id, field, manager);
  if (!org.holdsMeetings) {
    throw new AppException(ErrorCode.UNPROCESSABLE, 'The organisation is not a party cell (chi bộ) that holds cell meetings', [
      { field: field ?? 'organisationId', messages: ['not a party cell (CELL, or GRASSROOTS without sub-organisations)'] },
    ]);
  }
  return org;
}

/** Year of a yyyy-MM-dd date. */
export const yearOf = (date: string) => Number(date.slice(0, 4));
