import { Injectable } from '@nestjs/common';
import { AccessScope, sql, SyncQuery, syncSql } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import {
  ConnectionPoint,
  ConnectionPointCounters,
  SessionCounters,
  SessionRecord,
  SessionSpeaker,
  StudySession,
} from './session.types';

export const SESSION_COLUMNS = `s.id, s.campaign_id AS "campaignId", c.code AS "campaignCode",
  s.organiser_organisation_id AS "organiserOrganisationId", o.name AS "organiserName", s.title,
  s.starts_at AS "startsAt", s.duration_minutes AS "durationMinutes", s.ends_at AS "endsAt", s.format, s.venue,
  s.status, s.closed_at AS "closedAt", s.is_makeup AS "isMakeup", s.secretary_presented AS "secretaryPresented",
  s.pre_briefing_at AS "preBriefingAt", s.pre_briefing_note AS "preBriefingNote",
  s.evaluation_rule_compliance AS "evaluationRuleCompliance", s.evaluation_speaker_quality AS "evaluationSpeakerQuality",
  s.evaluation_comment AS "evaluationComment", s.evaluated_at AS "evaluatedAt", s.cancelled_reason AS "cancelledReason",
  s.updated_at AS "updatedAt"`;

const SESSION_FROM = `study_sessions s JOIN organisations o ON o.id = s.organiser_organisation_id JOIN campaigns c ON c.id = s.campaign_id`;

/** A campaign as the session rules read it (own SQL: the campaigns module is separate). */
export interface CampaignRef {
  id: string;
  code: string;
  status: string;
  formats: string[];
  issuerOrganisationId: string;
  issuerPath: string;
}

export interface OrgRef {
  id: string;
  name: string;
  kind: string;
  path: string;
  dissolvedOn: string | null;
}

export interface NewSession {
  campaignId: string;
  organiserId: string;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  format: string;
  venue: string | null;
  isMakeup: boolean;
  preBriefingAt: Date | null;
  preBriefingNote: string | null;
  createdBy: string;
}

/** Every path that is an ancestor-or-self of a scope root: sessions organised there are attended by members in scope. */
export function ancestorPaths(scope: AccessScope): string[] {
  const out = new Set<string>();
  for (const root of scope.paths) {
    const ids = root.split('/').filter(Boolean);
    for (let i = 1; i <= ids.length; i++) out.add(`/${ids.slice(0, i).join('/')}/`);
  }
  return [...out];
}

/**
 * SQL predicate: the session (organiser path column) is visible to the scope:
 * organised in the scope's subtrees, or organised above them (a bloc conference
 * the members in scope attend; they then see only their own participants).
 */
export function visibleSessionPredicate(scope: AccessScope, column: string, params: unknown[]): string {
  return `(${scope.pathPredicate(column, params)} OR ${column} = ANY($${params.push(ancestorPaths(scope))}::text[]))`;
}

const emptyCounters = (): Omit<SessionCounters, 'byConnectionPoint'> => ({
  expected: 0, present: 0, late: 0, leftEarly: 0, excused: 0, unexcused: 0, unmarked: 0,
});

/** The only place that queries sessions, connection points and session speakers. */
@Injectable()
export class SessionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async findById(id: string, manager?: EntityManager, lock = false): Promise<SessionRecord | undefined> {
    if (lock) await this.m(manager).query(`SELECT 1 FROM study_sessions WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = await sql<SessionRecord>(
      this.m(manager),
      `SELECT ${SESSION_COLUMNS}, o.path AS "organiserPath", o.kind AS "organiserKind", c.status AS "campaignStatus",
              io.path AS "issuerPath"
         FROM ${SESSION_FROM} JOIN organisations io ON io.id = c.issuer_organisation_id
        WHERE s.id = $1`,
      [id],
    );
    return row;
  }

  async campaign(manager: EntityManager, id: string): Promise<CampaignRef | undefined> {
    const [row] = await sql<CampaignRef>(
      manager,
      `SELECT c.id, c.code, c.status, c.formats, c.issuer_organisation_id AS "issuerOrganisationId", io.path AS "issuerPath"
         FROM campaigns c JOIN organisations io ON io.id = c.issuer_organisation_id WHERE c.id = $1 FOR SHARE OF c`,
      [id],
    );
    return row;
  }

  async campaignPath(id: string): Promise<string | undefined> {
    const [row] = await sql<{ path: string }>(
      this.m(),
      `SELECT io.path FROM campaigns c JOIN organisations io ON io.id = c.issuer_organisation_id WHERE c.id = $1`,
      [id],
    );
    return row?.path;
  }

  async organisations(manager: EntityManager, ids: string[]): Promise<OrgRef[]> {
    return sql<OrgRef>(
      manager,
      `SELECT id, name, kind, path, dissolved_on AS "dissolvedOn" FROM organisations WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async hasLevelRule(manager: EntityManager, campaignId: string, level: string): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM campaign_levels WHERE campaign_id = $1 AND level = $2`, [campaignId, level]);
    return rows.length > 0;
  }

  async insert(manager: EntityManager, s: NewSession): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO study_sessions (campaign_id, organiser_organisation_id, title, starts_at, duration_minutes, ends_at, format,
                                   venue, is_makeup, pre_briefing_at, pre_briefing_note, created_by)
       VALUES ($1, $2, $3, $4, $5, $4::timestamptz + make_interval(mins => $5), $6, $7, $8, $9, $10, $11) RETURNING id`,
      [s.campaignId, s.organiserId, s.title, s.startsAt, s.durationMinutes, s.format, s.venue, s.isMakeup,
        s.preBriefingAt, s.preBriefingNote, s.createdBy],
    );
    return row.id as string;
  }

  async insertConnectionPoints(manager: EntityManager, sessionId: string, points: { hostOrganisationId: string; place: string }[]) {
    if (points.length === 0) return;
    await manager.query(
      `INSERT INTO session_connection_points (session_id, host_organisation_id, place)
       SELECT $1, h, p FROM unnest($2::uuid[], $3::text[]) AS t(h, p)`,
      [sessionId, points.map((p) => p.hostOrganisationId), points.map((p) => p.place)],
    );
  }

  /** Updates the given columns (already validated); ends_at follows starts_at and duration. */
  async update(manager: EntityManager, id: string, changes: Record<string, unknown>): Promise<void> {
    const columns: Record<string, string> = {
      title: 'title', startsAt: 'starts_at', durationMinutes: 'duration_minutes', venue: 'venue',
      secretaryPresented: 'secretary_presented', preBriefingAt: 'pre_briefing_at', preBriefingNote: 'pre_briefing_note',
      evaluationRuleCompliance: 'evaluation_rule_compliance', evaluationSpeakerQuality: 'evaluation_speaker_quality',
      evaluationComment: 'evaluation_comment', evaluatedAt: 'evaluated_at', evaluatedBy: 'evaluated_by',
      status: 'status', cancelledAt: 'cancelled_at', cancelledReason: 'cancelled_reason',
    };
    const params: unknown[] = [id];
    const placeholders: Record<string, string> = {};
    const sets = Object.entries(changes)
      .filter(([k, v]) => v !== undefined && columns[k])
      .map(([k, v]) => `${columns[k]} = ${(placeholders[k] = `$${params.push(v)}`)}`);
    if (sets.length === 0) return;
    // ends_at moves in the same statement: set apart, CHECK (ends_at > starts_at) would refuse a move past the old end.
    const startsAt = placeholders['startsAt'] ? `${placeholders['startsAt']}::timestamptz` : 'starts_at';
    const minutes = placeholders['durationMinutes'] ? `${placeholders['durationMinutes']}::int` : 'duration_minutes';
    await manager.query(
      `UPDATE study_sessions SET ${sets.join(', ')}, ends_at = ${startsAt} + make_interval(mins => ${minutes}), updated_at = now()
        WHERE id = $1`,
      params,
    );
  }

  async list(f: {
    scope: AccessScope;
    campaignId: string;
    organiserId?: string;
    from?: string;
    to?: string;
    status?: string;
    after?: [string, string];
    sync?: SyncQuery;
    limit: number;
  }): Promise<(StudySession & { organiserPath: string })[]> {
    const params: unknown[] = [f.campaignId];
    const where = [`s.campaign_id = $1`, visibleSessionPredicate(f.scope, 'o.path', params)];
    if (f.organiserId) where.push(`s.organiser_organisation_id = $${params.push(f.organiserId)}`);
    if (f.from) where.push(`s.starts_at >= ($${params.push(f.from)}::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`);
    if (f.to) where.push(`s.starts_at < (($${params.push(f.to)}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`);
    if (f.status) where.push(`s.status = $${params.push(f.status)}`);
    if (f.after) where.push(`(s.starts_at, s.id) > ($${params.push(f.after[0])}::timestamptz, $${params.push(f.after[1])}::uuid)`);
    let orderBy = 's.starts_at, s.id';
    if (f.sync) {
      const sync = syncSql(f.sync, { updatedAt: 's.updated_at', id: 's.id' }, params);
      where.push(...sync.where);
      orderBy = sync.orderBy;
    }
    return sql<StudySession & { organiserPath: string }>(
      this.m(),
      `SELECT ${SESSION_COLUMNS}, o.path AS "organiserPath" FROM ${SESSION_FROM} WHERE ${where.join(' AND ')} ORDER BY ${orderBy} LIMIT ${f.limit}`,
      params,
    );
  }

  async connectionPoints(sessionIds: readonly string[], manager?: EntityManager): Promise<(ConnectionPoint & { hostPath: string })[]> {
    return sql(
      this.m(manager),
      `SELECT cp.id, cp.session_id AS "sessionId", cp.host_organisation_id AS "hostOrganisationId", ho.name AS "hostOrganisationName",
              cp.place, ho.path AS "hostPath"
         FROM session_connection_points cp JOIN organisations ho ON ho.id = cp.host_organisation_id
        WHERE cp.session_id = ANY($1::uuid[]) ORDER BY ho.name, cp.place`,
      [sessionIds],
    );
  }

  async speakers(sessionIds: readonly string[]): Promise<SessionSpeaker[]> {
    return sql(
      this.m(),
      `SELECT ss.session_id AS "sessionId", ss.speaker_id AS "speakerId", COALESCE(m.full_name, sp.external_name) AS name,
              ss.topic, ss.score
         FROM session_speakers ss JOIN speakers sp ON sp.id = ss.speaker_id LEFT JOIN members m ON m.id = sp.member_id
        WHERE ss.session_id = ANY($1::uuid[]) ORDER BY name`,
      [sessionIds],
    );
  }

  async speaker(manager: EntityManager, id: string) {
    const [row] = await sql<{ id: string; path: string; appointedOn: string; endedOn: string | null }>(
      manager,
      `SELECT sp.id, o.path, sp.appointed_on AS "appointedOn", sp.ended_on AS "endedOn"
         FROM speakers sp JOIN organisations o ON o.id = sp.organisation_id WHERE sp.id = $1`,
      [id],
    );
    return row;
  }

  async upsertSpeaker(manager: EntityManager, sessionId: string, speakerId: string, topic: string | null) {
    await manager.query(
      `INSERT INTO session_speakers (session_id, speaker_id, topic) VALUES ($1, $2, $3)
       ON CONFLICT (session_id, speaker_id) DO UPDATE SET topic = EXCLUDED.topic`,
      [sessionId, speakerId, topic],
    );
  }

  async deleteSpeaker(manager: EntityManager, sessionId: string, speakerId: string): Promise<{ score: number | null } | undefined> {
    const [row] = await sql<{ score: number | null }>(
      manager,
      `WITH d AS (DELETE FROM session_speakers WHERE session_id = $1 AND speaker_id = $2 RETURNING score) SELECT score FROM d`,
      [sessionId, speakerId],
    );
    return row;
  }

  /**
   * Roll-call counters per session and connection point, in one grouped
   * query; `onlyPaths` limits them to participants of those subtrees (a viewer
   * who sees a session organised above their scope counts their own people).
   */
  async counters(sessionIds: readonly string[], scope?: AccessScope): Promise<Map<string, SessionCounters>> {
    const params: unknown[] = [sessionIds];
    const scoped = scope ? ` AND ${scope.pathPredicate('po.path', params)}` : '';
    const rows = await sql<ConnectionPointCounters & { sessionId: string }>(
      this.m(),
      `SELECT sp.session_id AS "sessionId", sp.connection_point_id AS "connectionPointId",
              count(*)::int AS expected,
              count(*) FILTER (WHERE sp.status = 'PRESENT')::int AS present,
              count(*) FILTER (WHERE sp.status = 'LATE')::int AS late,
              count(*) FILTER (WHERE sp.status = 'LEFT_EARLY')::int AS "leftEarly",
              count(*) FILTER (WHERE sp.status = 'EXCUSED')::int AS excused,
              count(*) FILTER (WHERE sp.status = 'UNEXCUSED')::int AS unexcused,
              count(*) FILTER (WHERE sp.status IS NULL)::int AS unmarked
         FROM session_participants sp ${scope ? 'JOIN organisations po ON po.id = sp.organisation_id' : ''}
        WHERE sp.session_id = ANY($1::uuid[]) AND sp.removed_at IS NULL${scoped}
        GROUP BY sp.session_id, sp.connection_point_id`,
      params,
    );
    const out = new Map<string, SessionCounters>();
    for (const id of sessionIds) out.set(id, { ...emptyCounters(), byConnectionPoint: [] });
    for (const { sessionId, ...r } of rows) {
      const total = out.get(sessionId) as SessionCounters;
      for (const k of Object.keys(emptyCounters()) as (keyof ReturnType<typeof emptyCounters>)[]) total[k] += r[k];
      total.byConnectionPoint.push(r);
    }
    return out;
  }
}
