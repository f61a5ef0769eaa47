import { Injectable } from '@nestjs/common';
import { AccessScope, foldedContains, sql, SyncQuery, syncSql } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { attendanceStatusSql } from '../rules/attendance-rules';
import { MyAttendance, ParticipantRecord, SessionParticipant } from '../session.types';

const PARTICIPANT_COLUMNS = `sp.session_id AS "sessionId", sp.member_id AS "memberId", m.full_name AS "fullName",
  m.card_number AS "cardNumber", sp.organisation_id AS "organisationId", po.name AS "organisationName",
  sp.connection_point_id AS "connectionPointId", sp.source, sp.added_reason AS "addedReason", sp.removed_at AS "removedAt",
  sp.removed_reason AS "removedReason", sp.status, sp.status_source AS "statusSource", sp.status_reason AS "statusReason",
  sp.checked_in_at AS "checkedInAt", sp.checked_out_at AS "checkedOutAt", sp.makeup_session_id AS "makeupSessionId",
  sp.updated_at AS "updatedAt"`;
const PARTICIPANT_FROM = `session_participants sp JOIN members m ON m.id = sp.member_id JOIN organisations po ON po.id = sp.organisation_id`;

const MY_COLUMNS = `s.id AS "sessionId", s.title, s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.status AS "sessionStatus",
  s.venue, s.is_makeup AS "isMakeup", sp.connection_point_id AS "connectionPointId", cp.place AS "connectionPointPlace",
  sp.status, sp.checked_in_at AS "checkedInAt", sp.checked_out_at AS "checkedOutAt"`;

/** Session date: the calendar day of starts_at in Asia/Ho_Chi_Minh. */
export const SESSION_DATE = `(s.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

/** A secretary's own presence mark stands against a later check-in or import. */
const KEEP_SECRETARY_MARK = `sp.status_source = 'SECRETARY' AND sp.status IN ('PRESENT','LATE','LEFT_EARLY')`;

export interface MemberOnDate {
  memberId: string;
  cardNumber: string;
  fullName: string;
  organisationId: string | null;
  organisationPath: string | null;
}

/** The only place that queries and writes session_participants (list and roll call). */
@Injectable()
export class ParticipantsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  /**
   * Builds the participant snapshot from the campaign's rule for the
   * organiser's level, in one INSERT … SELECT:
   * - population: study-required members (campaign_required_members on the
   *   session date) in the organiser's subtree; for ONLINE/LIVE_BROADCAST
   *   sessions with connection points only those under a point, for HYBRID
   *   everyone; each gets the deepest point above their organisation;
   * - ALL_MEMBERS: the whole population;
   * - KEY_LEADERS (seed 000 III.2): key leaders and managers, and the committee
   *   office holders of the organiser; include_subordinate_committees adds the
   *   office holders of the organisations below, include_subordinate_heads the
   *   heads of agencies and units (người đứng đầu).
   * Existing rows (manual additions, removals) are kept. Returns rows added.
   */
  async generate(manager: EntityManager, sessionId: string): Promise<number> {
    const rows = await manager.query(
      `WITH s AS (
         SELECT s.id, s.campaign_id, s.organiser_organisation_id AS org_id, s.format, ${SESSION_DATE} AS d, o.path, o.kind
           FROM study_sessions s JOIN organisations o ON o.id = s.organiser_organisation_id WHERE s.id = $1
       ), lvl AS (
         SELECT cl.* FROM campaign_levels cl JOIN s ON cl.campaign_id = s.campaign_id AND cl.level = s.kind
       ), pts AS (
         SELECT cp.id, ho.path FROM session_connection_points cp JOIN organisations ho ON ho.id = cp.host_organisation_id
          WHERE cp.session_id = $1
       ), cand AS (
         SELECT r.member_id, r.organisation_id,
                (SELECT p.id FROM pts p WHERE r.organisation_path >= p.path AND r.organisation_path < left(p.path, -1) || '0'
                  ORDER BY length(p.path) DESC LIMIT 1) AS point_id
           FROM s, campaign_required_members(s.campaign_id, s.d, s.path) r
          WHERE r.study_required AND r.organisation_path >= s.path AND r.organisation_path < left(s.path, -1) || '0'
       )
       INSERT INTO session_participants (session_id, member_id, organisation_id, connection_point_id, source)
       SELECT s.id, c.member_id, c.organisation_id, CASE WHEN s.format = 'IN_PERSON' THEN NULL ELSE c.point_id END, 'GENERATED'
         FROM cand c CROSS JOIN s CROSS JOIN lvl JOIN members mb ON mb.id = c.member_id
        WHERE (s.format IN ('IN_PERSON', 'HYBRID') OR c.point_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM pts))
          AND (lvl.audience = 'ALL_MEMBERS'
               OR mb.is_key_leader
               OR (lvl.include_subordinate_heads AND mb.is_head_of_unit)
               OR EXISTS (SELECT 1 FROM committee_offices co JOIN organisations coo ON coo.id = co.organisation_id
                           WHERE co.member_id = c.member_id AND co.start_date <= s.d AND (co.end_date IS NULL OR co.end_date >= s.d)
                             AND (co.organisation_id = s.org_id
                                  OR (lvl.include_subordinate_committees
                                      AND coo.path > s.path AND coo.path < left(s.path, -1) || '0'))))
       ON CONFLICT (session_id, member_id) DO NOTHING
       RETURNING member_id`,
      [sessionId],
    );
    return rows.length;
  }

  /** True when someone on the list has been marked or has checked in. */
  async anyMarked(manager: EntityManager, sessionId: string): Promise<boolean> {
    const rows = await manager.query(
      `SELECT 1 FROM session_participants WHERE session_id = $1 AND (status IS NOT NULL OR checked_in_at IS NOT NULL) LIMIT 1`,
      [sessionId],
    );
    return rows.length > 0;
  }

  /** Drops the generated, unremoved rows (before regenerating an unmarked list). */
  async dropGenerated(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.query(`DELETE FROM session_participants WHERE session_id = $1 AND source = 'GENERATED' AND removed_at IS NULL`, [
      sessionId,
    ]);
  }

  async list(f: {
    sessionId: string;
    scope?: AccessScope;
    status?: string;
    unmarked?: boolean;
    search?: string;
    connectionPointId?: string;
    includeRemoved?: boolean;
    after?: [string, string];
    sync?: SyncQuery;
    limit: number;
  }): Promise<SessionParticipant[]> {
    const params: unknown[] = [f.sessionId];
    const where = [`sp.session_id = $1`];
    if (f.scope) where.push(f.scope.pathPredicate('po.path', params));
    if (!f.includeRemoved) where.push(`sp.removed_at IS NULL`);
    if (f.status) where.push(`sp.status = $${params.push(f.status)}`);
    if (f.unmarked) where.push(`sp.status IS NULL`);
    if (f.connectionPointId) where.push(`sp.connection_point_id = $${params.push(f.connectionPointId)}`);
    if (f.search) where.push(`m.search_text LIKE ${foldedContains(`$${params.push(f.search)}`)}`);
    if (f.after) where.push(`(m.full_name, m.id) > ($${params.push(f.after[0])}, $${params.push(f.after[1])}::uuid)`);
    let orderBy = 'm.full_name, m.id';
    if (f.sync) {
      const sync = syncSql(f.sync, { updatedAt: 'sp.updated_at', id: 'sp.member_id' }, params);
      where.push(...sync.where);
      orderBy = sync.orderBy;
    }
    return sql<SessionParticipant>(
      this.m(),
      `SELECT ${PARTICIPANT_COLUMNS} FROM ${PARTICIPANT_FROM} WHERE ${where.join(' AND ')} ORDER BY ${orderBy} LIMIT ${f.limit}`,
      params,
    );
  }

  async find(manager: EntityManager | undefined, sessionId: string, memberIds: string[]): Promise<ParticipantRecord[]> {
    return sql<ParticipantRecord>(
      this.m(manager),
      `SELECT ${PARTICIPANT_COLUMNS}, po.path AS "organisationPath" FROM ${PARTICIPANT_FROM}
        WHERE sp.session_id = $1 AND sp.member_id = ANY($2::uuid[])`,
      [sessionId, memberIds],
    );
  }

  /** Members with their organisation on the session date (effective-dated membership), by id or card number. */
  async membersOnDate(
    manager: EntityManager | undefined,
    sessionId: string,
    by: { ids?: string[]; cards?: string[] },
  ): Promise<MemberOnDate[]> {
    const key = by.ids ? `m.id = ANY($2::uuid[])` : `m.card_number = ANY($2::text[])`;
    return sql<MemberOnDate>(
      this.m(manager),
      `SELECT m.id AS "memberId", m.card_number AS "cardNumber", m.full_name AS "fullName",
              ms.organisation_id AS "organisationId", o.path AS "organisationPath"
         FROM members m
         JOIN study_sessions s ON s.id = $1
         LEFT JOIN memberships ms ON ms.member_id = m.id AND ms.valid_from <= ${SESSION_DATE}
                                 AND (ms.valid_to IS NULL OR ms.valid_to > ${SESSION_DATE})
         LEFT JOIN organisations o ON o.id = ms.organisation_id
        WHERE ${key}`,
      [sessionId, by.ids ?? by.cards],
    );
  }

  /** Adds (or restores) a member by hand; returns false when already on the list. */
  async addManual(manager: EntityManager, sessionId: string, memberId: string, organisationId: string, reason: string): Promise<boolean> {
    const rows = await manager.query(
      `INSERT INTO session_participants AS sp (session_id, member_id, organisation_id, source, added_reason)
       VALUES ($1, $2, $3, 'MANUAL', $4)
       ON CONFLICT (session_id, member_id) DO UPDATE
         SET removed_at = NULL, removed_reason = NULL, source = 'MANUAL', added_reason = EXCLUDED.added_reason
         WHERE sp.removed_at IS NOT NULL
       RETURNING member_id`,
      [sessionId, memberId, organisationId, reason],
    );
    return rows.length > 0;
  }

  async remove(manager: EntityManager, sessionId: string, memberId: string, reason: string): Promise<boolean> {
    const rows = await manager.query(
      `WITH u AS (UPDATE session_participants SET removed_at = now(), removed_reason = $3
        WHERE session_id = $1 AND member_id = $2 AND removed_at IS NULL RETURNING member_id) SELECT member_id FROM u`,
      [sessionId, memberId, reason],
    );
    return rows.length > 0;
  }

  /**
   * Secretary marks: one UPDATE for all members (no read-modify-write).
   * (UPDATE … RETURNING statements here are wrapped in WITH … SELECT: TypeORM
   * returns [rows, count] for a bare UPDATE/DELETE.)
   */
  async mark(
    manager: EntityManager,
    sessionId: string,
    userId: string,
    marks: { memberId: string; status: string; reason: string | null }[],
  ): Promise<number> {
    const rows = await manager.query(
      `WITH u AS (UPDATE session_participants sp
          SET status = u.status, status_source = 'SECRETARY', status_reason = u.reason, marked_by = $2, marked_at = now()
         FROM unnest($3::uuid[], $4::text[], $5::text[]) AS u(member_id, status, reason)
        WHERE sp.session_id = $1 AND sp.member_id = u.member_id AND sp.removed_at IS NULL
        RETURNING sp.member_id) SELECT member_id FROM u`,
      [sessionId, userId, marks.map((m) => m.memberId), marks.map((m) => m.status), marks.map((m) => m.reason)],
    );
    return rows.length;
  }

  /**
   * Self check-in: one INSERT … ON CONFLICT. The first check-in time stands
   * (COALESCE), the point is where the member checked in, the status follows
   * the attendance rules unless a secretary already marked the member present.
   */
  async checkIn(
    manager: EntityManager,
    p: { sessionId: string; memberId: string; organisationId: string; pointId: string | null; startsAt: Date; endsAt: Date },
  ): Promise<ParticipantRecord> {
    const checkedIn = `COALESCE(sp.checked_in_at, EXCLUDED.checked_in_at)`;
    await manager.query(
      `INSERT INTO session_participants AS sp (session_id, member_id, organisation_id, connection_point_id, source,
                                               status, status_source, checked_in_at, marked_at)
       VALUES ($1, $2, $3, $4, 'WALK_IN', ${attendanceStatusSql('now()', 'NULL::timestamptz', '$5::timestamptz', '$6::timestamptz')},
               'SELF', now(), now())
       ON CONFLICT (session_id, member_id) DO UPDATE SET
         checked_in_at = ${checkedIn},
         connection_point_id = COALESCE(EXCLUDED.connection_point_id, sp.connection_point_id),
         status = CASE WHEN ${KEEP_SECRETARY_MARK} THEN sp.status
                       ELSE ${attendanceStatusSql(checkedIn, 'sp.checked_out_at', '$5::timestamptz', '$6::timestamptz')} END,
         status_source = CASE WHEN ${KEEP_SECRETARY_MARK} THEN sp.status_source ELSE 'SELF' END,
         status_reason = CASE WHEN ${KEEP_SECRETARY_MARK} THEN sp.status_reason END,
         marked_at = now()`,
      [p.sessionId, p.memberId, p.organisationId, p.pointId, p.startsAt, p.endsAt],
    );
    return (await this.find(manager, p.sessionId, [p.memberId]))[0];
  }

  /** Self check-out: one UPDATE; the status is recomputed. False when the member never checked in. */
  async checkOut(manager: EntityManager, sessionId: string, memberId: string, startsAt: Date, endsAt: Date): Promise<boolean> {
    const rows = await manager.query(
      `WITH u AS (UPDATE session_participants sp SET
         checked_out_at = now(),
         status = CASE WHEN ${KEEP_SECRETARY_MARK} THEN sp.status
                       ELSE ${attendanceStatusSql('sp.checked_in_at', 'now()', '$3::timestamptz', '$4::timestamptz')} END,
         status_source = CASE WHEN ${KEEP_SECRETARY_MARK} THEN sp.status_source ELSE 'SELF' END,
         marked_at = now()
        WHERE sp.session_id = $1 AND sp.member_id = $2 AND sp.checked_in_at IS NOT NULL AND sp.removed_at IS NULL
        RETURNING sp.member_id) SELECT member_id FROM u`,
      [sessionId, memberId, startsAt, endsAt],
    );
    return rows.length > 0;
  }

  /**
   * Conference-system rows in one statement: earliest check-in and latest
   * check-out win, the status follows the attendance rules (a secretary's
   * presence mark stands). Returns each member's resulting status.
   */
  async importRows(
    manager: EntityManager,
    sessionId: string,
    userId: string,
    startsAt: Date,
    endsAt: Date,
    rows: { memberId: string; organisationId: string; checkedInAt: Date; checkedOutAt: Date | null }[],
  ): Promise<Map<string, string>> {
    if (rows.length === 0) return new Map();
    const cin = `LEAST(sp.checked_in_at, EXCLUDED.checked_in_at)`;
    const cout = `GREATEST(sp.checked_out_at, EXCLUDED.checked_out_at)`;
    const result = await sql<{ memberId: string; status: string }>(
      manager,
      `INSERT INTO session_participants AS sp (session_id, member_id, organisation_id, source, status, status_source,
                                               checked_in_at, checked_out_at, marked_by, marked_at)
       SELECT $1, u.member_id, u.org_id, 'WALK_IN',
              ${attendanceStatusSql('u.cin', 'u.cout', '$3::timestamptz', '$4::timestamptz')}, 'IMPORT', u.cin, u.cout, $2, now()
         FROM unnest($5::uuid[], $6::uuid[], $7::timestamptz[], $8::timestamptz[]) AS u(member_id, org_id, cin, cout)
       ON CONFLICT (session_id, member_id) DO UPDATE SET
         checked_in_at = ${cin},
         checked_out_at = ${cout},
         status = CASE WHEN ${KEEP_SECRETARY_MARK} THEN sp.status
                       ELSE ${attendanceStatusSql(cin, cout, '$3::timestamptz', '$4::timestamptz')} END,
         status_source = CASE WHEN ${KEEP_SECRETARY_MARK} THEN sp.status_source ELSE 'IMPORT' END,
         status_reason = CASE WHEN ${KEEP_SECRETARY_MARK} THEN sp.status_reason END,
         marked_by = $2, marked_at = now()
       RETURNING sp.member_id AS "memberId", sp.status`,
      [sessionId, userId, startsAt, endsAt, rows.map((r) => r.memberId), rows.map((r) => r.organisationId),
        rows.map((r) => r.checkedInAt), rows.map((r) => r.checkedOutAt)],
    );
    return new Map(result.map((r) => [r.memberId, r.status]));
  }

  /** Make-up (học bù): links the absentees to the make-up session and puts them on its list. */
  async assignMakeup(
    manager: EntityManager,
    sessionId: string,
    makeupSessionId: string,
    members: { memberId: string; organisationId: string }[],
  ): Promise<void> {
    await manager.query(
      `UPDATE session_participants SET makeup_session_id = $2 WHERE session_id = $1 AND member_id = ANY($3::uuid[])`,
      [sessionId, makeupSessionId, members.map((m) => m.memberId)],
    );
    await manager.query(
      `INSERT INTO session_participants AS sp (session_id, member_id, organisation_id, source, added_reason)
       SELECT $1, u.member_id, u.org_id, 'MANUAL', 'Học bù' FROM unnest($2::uuid[], $3::uuid[]) AS u(member_id, org_id)
       ON CONFLICT (session_id, member_id) DO UPDATE SET removed_at = NULL, removed_reason = NULL
         WHERE sp.removed_at IS NOT NULL`,
      [makeupSessionId, members.map((m) => m.memberId), members.map((m) => m.organisationId)],
    );
  }

  /** A member's sessions: upcoming (not ended, planned) or all, newest first for past ones. */
  async mine(memberId: string, upcomingOnly: boolean, limit: number): Promise<MyAttendance[]> {
    return sql<MyAttendance>(
      this.m(),
      `SELECT ${MY_COLUMNS}
         FROM session_participants sp JOIN study_sessions s ON s.id = sp.session_id
         LEFT JOIN session_connection_points cp ON cp.id = sp.connection_point_id
        WHERE sp.member_id = $1 AND sp.removed_at IS NULL AND s.status <> 'CANCELLED'
          ${upcomingOnly ? `AND s.status = 'PLANNED' AND s.ends_at > now()` : ''}
        ORDER BY ${upcomingOnly ? 's.starts_at' : 's.starts_at DESC'} LIMIT ${limit}`,
      [memberId],
    );
  }

  /** A member's attendance in the sessions of one campaign (make-up included), oldest first. */
  async ofCampaign(campaignId: string, memberId: string): Promise<MyAttendance[]> {
    return sql<MyAttendance>(
      this.m(),
      `SELECT ${MY_COLUMNS}
         FROM session_participants sp JOIN study_sessions s ON s.id = sp.session_id
         LEFT JOIN session_connection_points cp ON cp.id = sp.connection_point_id
        WHERE sp.member_id = $1 AND s.campaign_id = $2 AND sp.removed_at IS NULL AND s.status <> 'CANCELLED'
        ORDER BY s.starts_at`,
      [memberId, campaignId],
    );
  }

  /** The path of the member's current organisation (for scope checks), or undefined. */
  async currentPath(memberId: string): Promise<string | undefined> {
    const [row] = await sql<{ path: string }>(
      this.m(),
      `SELECT o.path FROM members m JOIN organisations o ON o.id = m.organisation_id WHERE m.id = $1`,
      [memberId],
    );
    return row?.path;
  }
}
