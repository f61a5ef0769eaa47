import { Injectable } from '@nestjs/common';
import { AccessScope, foldedContains, sql, subtreePredicate, SyncQuery, syncSql } from '@qt/server-core';
import { CommitteeOfficeHolding } from '@qt/server-organisations';
import { MemberFlag } from '@qt/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { Member, MemberRecord, Membership } from './member.types';

export const MEMBER_COLUMNS = `m.id, m.card_number AS "cardNumber", m.full_name AS "fullName", m.birth_date AS "birthDate",
  m.gender, m.standing, m.position, m.organisation_id AS "organisationId",
  m.is_head_of_unit AS "isHeadOfUnit", m.is_key_leader AS "isKeyLeader",
  m.is_under_bloc_standing_committee AS "isUnderBlocStandingCommittee", m.is_retired AS "isRetired",
  m.is_unfit_for_work AS "isUnfitForWork", m.is_exempt_from_activities AS "isExemptFromActivities",
  m.updated_at AS "updatedAt"`;

const MEMBERSHIP_COLUMNS = `ms.id::text AS id, ms.member_id AS "memberId", ms.organisation_id AS "organisationId",
  ms.valid_from AS "validFrom", ms.valid_to AS "validTo", ms.reason`;

/** Input field → column, for the flags and the personal fields. */
export const FLAG_COLUMNS: Record<MemberFlag, string> = {
  isHeadOfUnit: 'is_head_of_unit',
  isKeyLeader: 'is_key_leader',
  isUnderBlocStandingCommittee: 'is_under_bloc_standing_committee',
  isRetired: 'is_retired',
  isUnfitForWork: 'is_unfit_for_work',
  isExemptFromActivities: 'is_exempt_from_activities',
};
const UPDATABLE_COLUMNS: Record<string, string> = {
  cardNumber: 'card_number',
  fullName: 'full_name',
  birthDate: 'birth_date',
  gender: 'gender',
  standing: 'standing',
  position: 'position',
  ...FLAG_COLUMNS,
};

export interface MemberListFilter {
  scope: AccessScope;
  within?: string;
  onDate?: string;
  search?: string;
  standing?: string;
  flags: Partial<Record<MemberFlag, boolean>>;
  after?: [string, string];
  /** Sync order (updated_at, id) instead of (full name, id). */
  sync?: SyncQuery;
  limit: number;
}

export interface NewMemberRow {
  cardNumber: string;
  fullName: string;
  birthDate: string;
  gender: string;
  standing: string;
  position: string | null;
  organisationId: string;
  flags: Record<MemberFlag, boolean>;
}

/** An organisation as the member rules need it. */
export interface OrgRef {
  id: string;
  code: string;
  path: string;
  dissolvedOn: string | null;
}

/** An existing member found by card number during a bulk upsert, locked, with its latest membership. */
export interface ExistingMember extends MemberRecord {
  latestFrom: string | null;
  latestTo: string | null;
}

/** The only place that queries members and memberships (and reads organisations for them). */
@Injectable()
export class MembersRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async findById(id: string, manager?: EntityManager, lock = false): Promise<MemberRecord | undefined> {
    // Lock the member row on its own first: a FOR UPDATE over a join would drop the row
    // when a concurrent transfer changes organisation_id; the read below then sees the latest.
    if (lock) await this.m(manager).query(`SELECT 1 FROM members WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = await sql<MemberRecord>(
      this.m(manager),
      `SELECT ${MEMBER_COLUMNS}, o.path AS "organisationPath"
         FROM members m JOIN organisations o ON o.id = m.organisation_id
        WHERE m.id = $1`,
      [id],
    );
    return row;
  }

  /**
   * Members of the scope, keyset-paginated by (full name, id). Without a date:
   * by their current organisation. With `onDate`: by the memberships valid
   * that day in the organisations of the subtree (one indexed join).
   */
  async list(f: MemberListFilter): Promise<Member[]> {
    const params: unknown[] = [];
    const orgWhere = [f.scope.pathPredicate('o.path', params)];
    if (f.within) orgWhere.push(subtreePredicate('o.path', `$${params.push(f.within)}::text`));
    const where: string[] = [];
    let from: string;
    if (f.onDate) {
      const d = `$${params.push(f.onDate)}::date`;
      from = `memberships ms JOIN members m ON m.id = ms.member_id`;
      where.push(
        `ms.organisation_id IN (SELECT o.id FROM organisations o WHERE ${orgWhere.join(' AND ')})`,
        `ms.valid_from <= ${d}`,
        `(ms.valid_to IS NULL OR ms.valid_to > ${d})`,
      );
    } else {
      from = `members m JOIN organisations o ON o.id = m.organisation_id`;
      where.push(...orgWhere);
    }
    if (f.search) where.push(`m.search_text LIKE ${foldedContains(`$${params.push(f.search)}`)}`);
    if (f.standing) where.push(`m.standing = $${params.push(f.standing)}`);
    for (const [flag, value] of Object.entries(f.flags)) {
      if (value !== undefined) where.push(`m.${FLAG_COLUMNS[flag as MemberFlag]} = $${params.push(value)}`);
    }
    if (f.after) where.push(`(m.full_name, m.id) > ($${params.push(f.after[0])}, $${params.push(f.after[1])}::uuid)`);
    let orderBy = 'm.full_name, m.id';
    if (f.sync) {
      const sync = syncSql(f.sync, { updatedAt: 'm.updated_at', id: 'm.id' }, params);
      where.push(...sync.where);
      orderBy = sync.orderBy;
    }
    return sql<Member>(
      this.m(),
      `SELECT ${MEMBER_COLUMNS} FROM ${from} WHERE ${where.join(' AND ')} ORDER BY ${orderBy} LIMIT ${f.limit}`,
      params,
    );
  }

  async insert(manager: EntityManager, row: NewMemberRow): Promise<string> {
    const [created] = await manager.query(
      `INSERT INTO members (card_number, full_name, birth_date, gender, standing, position, organisation_id,
                            is_head_of_unit, is_key_leader, is_under_bloc_standing_committee, is_retired,
                            is_unfit_for_work, is_exempt_from_activities)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [row.cardNumber, row.fullName, row.birthDate, row.gender, row.standing, row.position, row.organisationId,
        row.flags.isHeadOfUnit, row.flags.isKeyLeader, row.flags.isUnderBlocStandingCommittee, row.flags.isRetired,
        row.flags.isUnfitForWork, row.flags.isExemptFromActivities],
    );
    return created.id as string;
  }

  async update(manager: EntityManager, id: string, changes: Record<string, unknown>): Promise<void> {
    const sets: string[] = [];
    const params: unknown[] = [id];
    for (const [key, column] of Object.entries(UPDATABLE_COLUMNS)) {
      if (changes[key] !== undefined) sets.push(`${column} = $${params.push(changes[key])}`);
    }
    if (sets.length === 0) return;
    await manager.query(`UPDATE members SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, params);
  }

  async setOrganisation(manager: EntityManager, memberId: string, organisationId: string): Promise<void> {
    await manager.query(`UPDATE members SET organisation_id = $2, updated_at = now() WHERE id = $1`, [memberId, organisationId]);
  }

  // --- memberships (effective-dated) --------------------------------------------

  async insertMembership(manager: EntityManager, memberId: string, organisationId: string, validFrom: string, reason: string | null) {
    await manager.query(
      `INSERT INTO memberships (member_id, organisation_id, valid_from, reason) VALUES ($1, $2, $3, $4)`,
      [memberId, organisationId, validFrom, reason],
    );
  }

  /** The member's latest membership (the open one when the data is sound), locked. */
  async latestMembership(manager: EntityManager, memberId: string): Promise<Membership | undefined> {
    const [row] = await sql<Membership>(
      manager,
      `SELECT ${MEMBERSHIP_COLUMNS} FROM memberships ms WHERE ms.member_id = $1 ORDER BY ms.valid_from DESC LIMIT 1 FOR UPDATE`,
      [memberId],
    );
    return row;
  }

  async closeMembership(manager: EntityManager, membershipId: string, validTo: string): Promise<void> {
    await manager.query(`UPDATE memberships SET valid_to = $2 WHERE id = $1::bigint`, [membershipId, validTo]);
  }

  /** History of several members at once, oldest first (DataLoader batch). */
  async membershipsOf(memberIds: readonly string[]): Promise<Membership[]> {
    return sql<Membership>(
      this.m(),
      `SELECT ${MEMBERSHIP_COLUMNS} FROM memberships ms WHERE ms.member_id = ANY($1::uuid[]) ORDER BY ms.member_id, ms.valid_from`,
      [memberIds],
    );
  }

  /** Committee offices held by several members (on a date, or ever when null) (DataLoader batch). */
  async officesOfMembers(memberIds: readonly string[], onDate: string | null): Promise<CommitteeOfficeHolding[]> {
    return sql<CommitteeOfficeHolding>(
      this.m(),
      `SELECT c.id, c.organisation_id AS "organisationId", c.member_id AS "memberId", m.full_name AS "memberName",
              c.office, c.start_date AS "startDate", c.end_date AS "endDate"
         FROM committee_offices c JOIN members m ON m.id = c.member_id
        WHERE c.member_id = ANY($1::uuid[])
          AND ($2::date IS NULL OR (c.start_date <= $2::date AND (c.end_date IS NULL OR c.end_date >= $2::date)))
        ORDER BY c.member_id, c.start_date, c.office`,
      [memberIds, onDate],
    );
  }

  // --- organisations, as the member rules see them --------------------------------

  /** Organisations by code, share-locked so none is dissolved while members move in. */
  async orgsByCodes(manager: EntityManager, codes: readonly string[]): Promise<OrgRef[]> {
    return sql<OrgRef>(
      manager,
      `SELECT o.id, o.code, o.path, o.dissolved_on AS "dissolvedOn" FROM organisations o WHERE o.code = ANY($1::text[]) FOR SHARE`,
      [codes],
    );
  }

  // --- bulk upsert: set-based, one statement per step per batch ---------------------

  /** Existing members by card number, locked for the rest of the transaction, with their latest membership. */
  async existingByCards(manager: EntityManager, cards: readonly string[]): Promise<ExistingMember[]> {
    await manager.query(`SELECT 1 FROM members WHERE card_number = ANY($1::text[]) ORDER BY card_number FOR UPDATE`, [cards]);
    return sql<ExistingMember>(
      manager,
      `SELECT ${MEMBER_COLUMNS}, o.path AS "organisationPath", lm.valid_from AS "latestFrom", lm.valid_to AS "latestTo"
         FROM members m
         JOIN organisations o ON o.id = m.organisation_id
         LEFT JOIN LATERAL (SELECT valid_from, valid_to FROM memberships
                             WHERE member_id = m.id ORDER BY valid_from DESC LIMIT 1) lm ON true
        WHERE m.card_number = ANY($1::text[])
        ORDER BY m.card_number`,
      [cards],
    );
  }

  /**
   * One multi-row upsert for a batch. A conflicting row is updated only when
   * it is one of `knownIds` (the members checked and locked before; a member
   * inserted meanwhile by someone else is left alone) and something differs;
   * rows left as they were are not returned.
   */
  async upsertMany(
    manager: EntityManager,
    rows: NewMemberRow[],
    knownIds: string[],
  ): Promise<{ id: string; cardNumber: string; inserted: boolean }[]> {
    if (rows.length === 0) return [];
    const col = <T>(f: (r: NewMemberRow) => T) => rows.map(f);
    return sql(
      manager,
      `INSERT INTO members AS m (card_number, full_name, birth_date, gender, standing, position, organisation_id,
                                 is_head_of_unit, is_key_leader, is_under_bloc_standing_committee, is_retired,
                                 is_unfit_for_work, is_exempt_from_activities)
       SELECT * FROM unnest($1::text[], $2::text[], $3::date[], $4::text[], $5::text[], $6::text[], $7::uuid[],
                            $8::bool[], $9::bool[], $10::bool[], $11::bool[], $12::bool[], $13::bool[])
       ON CONFLICT (card_number) DO UPDATE SET
         full_name = EXCLUDED.full_name, birth_date = EXCLUDED.birth_date, gender = EXCLUDED.gender,
         standing = EXCLUDED.standing, position = EXCLUDED.position, organisation_id = EXCLUDED.organisation_id,
         is_head_of_unit = EXCLUDED.is_head_of_unit, is_key_leader = EXCLUDED.is_key_leader,
         is_under_bloc_standing_committee = EXCLUDED.is_under_bloc_standing_committee,
         is_retired = EXCLUDED.is_retired, is_unfit_for_work = EXCLUDED.is_unfit_for_work,
         is_exempt_from_activities = EXCLUDED.is_exempt_from_activities, updated_at = now()
       WHERE m.id = ANY($14::uuid[])
         AND (m.full_name, m.birth_date, m.gender, m.standing, m.position, m.organisation_id,
              m.is_head_of_unit, m.is_key_leader, m.is_under_bloc_standing_committee, m.is_retired,
              m.is_unfit_for_work, m.is_exempt_from_activities)
             IS DISTINCT FROM
             (EXCLUDED.full_name, EXCLUDED.birth_date, EXCLUDED.gender, EXCLUDED.standing, EXCLUDED.position,
              EXCLUDED.organisation_id, EXCLUDED.is_head_of_unit, EXCLUDED.is_key_leader,
              EXCLUDED.is_under_bloc_standing_committee, EXCLUDED.is_retired, EXCLUDED.is_unfit_for_work,
              EXCLUDED.is_exempt_from_activities)
       RETURNING m.id, m.card_number AS "cardNumber", (m.xmax = 0) AS inserted`,
      [col((r) => r.cardNumber), col((r) => r.fullName), col((r) => r.birthDate), col((r) => r.gender),
        col((r) => r.standing), col((r) => r.position), col((r) => r.organisationId),
        col((r) => r.flags.isHeadOfUnit), col((r) => r.flags.isKeyLeader), col((r) => r.flags.isUnderBlocStandingCommittee),
        col((r) => r.flags.isRetired), col((r) => r.flags.isUnfitForWork), col((r) => r.flags.isExemptFromActivities),
        knownIds],
    );
  }

  /** Opens memberships for many members at once. */
  async openMemberships(
    manager: EntityManager,
    rows: { memberId: string; organisationId: string; validFrom: string; reason: string | null }[],
  ): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO memberships (member_id, organisation_id, valid_from, reason)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::text[])`,
      [rows.map((r) => r.memberId), rows.map((r) => r.organisationId), rows.map((r) => r.validFrom), rows.map((r) => r.reason)],
    );
  }

  /** Closes the open membership of many members at once, each at its own date. */
  async closeOpenMemberships(manager: EntityManager, rows: { memberId: string; validTo: string }[]): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `UPDATE memberships ms SET valid_to = t.valid_to
         FROM unnest($1::uuid[], $2::date[]) AS t(member_id, valid_to)
        WHERE ms.member_id = t.member_id AND ms.valid_to IS NULL`,
      [rows.map((r) => r.memberId), rows.map((r) => r.validTo)],
    );
  }

}
