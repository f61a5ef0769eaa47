import { Injectable } from '@nestjs/common';
import { AccessScope, sql, subtreePredicate } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { MeetingAttendanceStatus } from '../shared/cell-life.enums';
import { CellMeeting, CellMeetingAttendee, CellMeetingRecord, MyCellMeeting } from './cell-meeting.types';

const COLUMNS = `cm.id, cm.organisation_id AS "organisationId", cm.kind, cm.held_on::text AS "heldOn",
  to_char(cm.for_month, 'YYYY-MM') AS "forMonth", cm.topic, cm.conclusion, cm.resolution_id AS "resolutionId",
  cm.created_at AS "createdAt", cm.updated_at AS "updatedAt",
  COALESCE(a.present, 0) AS "presentCount", COALESCE(a.excused, 0) AS "excusedCount", COALESCE(a.unexcused, 0) AS "unexcusedCount"`;

const ATTENDANCE_COUNTS = `LEFT JOIN LATERAL (
  SELECT count(*) FILTER (WHERE status = 'PRESENT')::int AS present,
         count(*) FILTER (WHERE status = 'EXCUSED')::int AS excused,
         count(*) FILTER (WHERE status = 'UNEXCUSED')::int AS unexcused
    FROM cell_meeting_attendance WHERE meeting_id = cm.id) a ON true`;

export interface NewMeetingRow {
  organisationId: string;
  kind: string;
  heldOn: string;
  forMonth: string | null;
  topic: string;
  conclusion: string;
  resolutionId: string | null;
  createdBy: string;
}

export interface MeetingListFilter {
  scope: AccessScope;
  within?: string;
  year?: number;
  kind?: string;
  after?: [string, string];
  limit: number;
}

/** The only place that queries cell_meetings and cell_meeting_attendance. */
@Injectable()
export class CellMeetingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async findById(id: string, manager?: EntityManager, lock = false): Promise<CellMeetingRecord | undefined> {
    if (lock) await this.m(manager).query(`SELECT 1 FROM cell_meetings WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = await sql<CellMeetingRecord>(
      this.m(manager),
      `SELECT ${COLUMNS}, o.path AS "organisationPath"
         FROM cell_meetings cm JOIN organisations o ON o.id = cm.organisation_id ${ATTENDANCE_COUNTS}
        WHERE cm.id = $1`,
      [id],
    );
    return row;
  }

  /** Meetings of the cells in scope, newest first (held_on DESC, id DESC). */
  async list(f: MeetingListFilter): Promise<CellMeeting[]> {
    const params: unknown[] = [];
    const where = [f.scope.pathPredicate('o.path', params)];
    if (f.within) where.push(subtreePredicate('o.path', `$${params.push(f.within)}::text`));
    if (f.year) {
      const y = `$${params.push(f.year)}::int`;
      where.push(`cm.held_on >= make_date(${y}, 1, 1) AND cm.held_on < make_date(${y} + 1, 1, 1)`);
    }
    if (f.kind) where.push(`cm.kind = $${params.push(f.kind)}`);
    if (f.after) where.push(`(cm.held_on, cm.id) < ($${params.push(f.after[0])}::date, $${params.push(f.after[1])}::uuid)`);
    return sql<CellMeeting>(
      this.m(),
      `SELECT ${COLUMNS}
         FROM cell_meetings cm JOIN organisations o ON o.id = cm.organisation_id ${ATTENDANCE_COUNTS}
        WHERE ${where.join(' AND ')}
        ORDER BY cm.held_on DESC, cm.id DESC LIMIT ${f.limit}`,
      params,
    );
  }

  /** Inserts; returns undefined when the cell already has a REGULAR meeting for that month. */
  async insert(manager: EntityManager, row: NewMeetingRow): Promise<string | undefined> {
    const [created] = await manager.query(
      `INSERT INTO cell_meetings (organisation_id, kind, held_on, for_month, topic, conclusion, resolution_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (organisation_id, for_month) WHERE kind = 'REGULAR' DO NOTHING
       RETURNING id`,
      [row.organisationId, row.kind, row.heldOn, row.forMonth, row.topic, row.conclusion, row.resolutionId, row.createdBy],
    );
    return created?.id as string | undefined;
  }

  async update(manager: EntityManager, id: string, changes: { topic?: string; conclusion?: string; resolutionId?: string | null }) {
    const sets: string[] = [];
    const params: unknown[] = [id];
    if (changes.topic !== undefined) sets.push(`topic = $${params.push(changes.topic)}`);
    if (changes.conclusion !== undefined) sets.push(`conclusion = $${params.push(changes.conclusion)}`);
    if (changes.resolutionId !== undefined) sets.push(`resolution_id = $${params.push(changes.resolutionId)}`);
    if (sets.length === 0) return;
    await manager.query(`UPDATE cell_meetings SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, params);
  }

  async resolutionExists(id: string, manager?: EntityManager): Promise<boolean> {
    const rows = await this.m(manager).query(`SELECT 1 FROM resolutions WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  /** Of the given members, those NOT in the organisation on that date (effective-dated memberships). */
  async notMembersOn(manager: EntityManager, organisationId: string, onDate: string, memberIds: string[]): Promise<string[]> {
    const rows = await sql<{ id: string }>(
      manager,
      `SELECT t.id FROM unnest($1::uuid[]) AS t(id)
        WHERE NOT EXISTS (SELECT 1 FROM memberships ms
                           WHERE ms.member_id = t.id AND ms.organisation_id = $2
                             AND ms.valid_from <= $3::date AND (ms.valid_to IS NULL OR ms.valid_to > $3::date))`,
      [memberIds, organisationId, onDate],
    );
    return rows.map((r) => r.id);
  }

  async upsertAttendance(manager: EntityManager, meetingId: string, entries: { memberId: string; status: MeetingAttendanceStatus; reason: string | null }[]) {
    await manager.query(
      `INSERT INTO cell_meeting_attendance (meeting_id, member_id, status, reason)
       SELECT $1, t.member_id, t.status, t.reason FROM unnest($2::uuid[], $3::text[], $4::text[]) AS t(member_id, status, reason)
       ON CONFLICT (meeting_id, member_id) DO UPDATE SET status = EXCLUDED.status, reason = EXCLUDED.reason`,
      [meetingId, entries.map((e) => e.memberId), entries.map((e) => e.status), entries.map((e) => e.reason)],
    );
    await manager.query(`UPDATE cell_meetings SET updated_at = now() WHERE id = $1`, [meetingId]);
  }

  /** The cell's members on the meeting date, with their attendance (null when not recorded), by name. */
  async attendance(meetingId: string): Promise<CellMeetingAttendee[]> {
    return sql<CellMeetingAttendee>(
      this.m(),
      `SELECT m.id AS "memberId", m.full_name AS "fullName", a.status, a.reason
         FROM cell_meetings cm
         JOIN memberships ms ON ms.organisation_id = cm.organisation_id AND ms.valid_from <= cm.held_on
                            AND (ms.valid_to IS NULL OR ms.valid_to > cm.held_on)
         JOIN members m ON m.id = ms.member_id
         LEFT JOIN cell_meeting_attendance a ON a.meeting_id = cm.id AND a.member_id = m.id
        WHERE cm.id = $1
        ORDER BY m.full_name, m.id`,
      [meetingId],
    );
  }

  /** Meetings of the year held in a cell the member belonged to on that day (effective-dated), newest first, with their attendance. */
  async ofMember(memberId: string, year: number): Promise<MyCellMeeting[]> {
    return sql<MyCellMeeting>(
      this.m(),
      `SELECT cm.id AS "meetingId", cm.organisation_id AS "organisationId", o.name AS "organisationName", cm.kind,
              cm.held_on::text AS "heldOn", to_char(cm.for_month, 'YYYY-MM') AS "forMonth", cm.topic, cm.conclusion,
              a.status, a.reason
         FROM cell_meetings cm
         JOIN memberships ms ON ms.member_id = $1 AND ms.organisation_id = cm.organisation_id
                            AND ms.valid_from <= cm.held_on AND (ms.valid_to IS NULL OR ms.valid_to > cm.held_on)
         JOIN organisations o ON o.id = cm.organisation_id
         LEFT JOIN cell_meeting_attendance a ON a.meeting_id = cm.id AND a.member_id = $1
        WHERE cm.held_on >= make_date($2::int, 1, 1) AND cm.held_on < make_date($2::int + 1, 1, 1)
        ORDER BY cm.held_on DESC, cm.id DESC`,
      [memberId, year],
    );
  }
}
