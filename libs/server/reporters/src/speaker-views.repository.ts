import { Injectable } from '@nestjs/common';
import { AccessScope, sql, subtreePredicate } from '@qt/server-core';
import { DataSource } from 'typeorm';
import { Speaker } from './speaker.types';
import { activeOn, SPEAKER_COLUMNS, SPEAKER_FROM, SPEAKER_NAME } from './speakers.repository';

export interface CommitteeCountRow {
  organisationId: string;
  code: string;
  name: string;
  level: string;
  count: number;
}

export interface CoverageRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  hasSpeakers: boolean;
}

export type UntrainedRow = Speaker & { since: string | null; lastTrainedOn: string | null };

export type EvaluationRow = Speaker & {
  sessions: number;
  evaluatedSessions: number;
  averageScore: number | null;
  lastComment: string | null;
  lastEvaluatedAt: Date | null;
};

export interface SecretaryPresenceRow {
  organisationId: string;
  code: string;
  name: string;
  kind: string;
  closedSessions: number;
  presented: number;
  notPresented: number;
  unknown: number;
}

/** Session start date in the business time zone, for from/to filters. */
const SESSION_DAY = `(st.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

/**
 * The Propaganda Board's views of the speaker rosters. Each is ONE set-based
 * query over the subtree (index range scans on organisations.path), never a
 * loop over committees or speakers.
 */
@Injectable()
export class SpeakerViewsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private scoped(scope: AccessScope, within: string | undefined, params: unknown[], column = 'o.path'): string[] {
    const where = [scope.pathPredicate(column, params)];
    if (within) where.push(subtreePredicate(column, `$${params.push(within)}::text`));
    return where;
  }

  /** Active speakers on a date per roster (committee) of the subtree; the per-level counts are their sums. */
  async countsByCommittee(scope: AccessScope, within: string | undefined, onDate: string): Promise<CommitteeCountRow[]> {
    const params: unknown[] = [];
    const where = this.scoped(scope, within, params);
    where.push(activeOn(`$${params.push(onDate)}::date`));
    return sql<CommitteeCountRow>(
      this.dataSource.manager,
      `SELECT o.id AS "organisationId", o.code, o.name, s.level, count(*)::int AS count
         FROM speakers s JOIN organisations o ON o.id = s.organisation_id
        WHERE ${where.join(' AND ')}
        GROUP BY o.id, o.code, o.name, s.level
        ORDER BY o.name, o.id, s.level`,
      params,
    );
  }

  /** Directly subordinate UPPER_GRASSROOTS / GRASSROOTS committees active on the date, each with or without an active speaker. */
  async coverage(parentId: string, onDate: string): Promise<CoverageRow[]> {
    return sql<CoverageRow>(
      this.dataSource.manager,
      `SELECT c.id, c.code, c.name, c.kind,
              EXISTS (SELECT 1 FROM speakers s WHERE s.organisation_id = c.id AND ${activeOn('$2::date')}) AS "hasSpeakers"
         FROM organisations c
        WHERE c.parent_id = $1 AND c.kind IN ('UPPER_GRASSROOTS', 'GRASSROOTS')
          AND c.active_from <= $2::date AND (c.dissolved_on IS NULL OR c.dissolved_on > $2::date)
        ORDER BY c.name, c.id`,
      [parentId, onDate],
    );
  }

  /**
   * Active speakers with no training on or after the reference date: `since`
   * when given, else the term start of the roster's committee, else the
   * term start of the root (bloc) of its tree; with neither, never trained at all.
   */
  async untrained(f: {
    scope: AccessScope; within?: string; since?: string; onDate: string; after?: [string, string]; limit: number;
  }): Promise<UntrainedRow[]> {
    const params: unknown[] = [];
    const where = this.scoped(f.scope, f.within, params);
    where.push(activeOn(`$${params.push(f.onDate)}::date`));
    const since = `COALESCE($${params.push(f.since ?? null)}::date, o.term_start, root.term_start)`;
    where.push(`NOT EXISTS (SELECT 1 FROM speaker_trainings t WHERE t.speaker_id = s.id AND t.held_on >= COALESCE(${since}, '-infinity'::date))`);
    if (f.after) where.push(`(${SPEAKER_NAME}, s.id) > ($${params.push(f.after[0])}, $${params.push(f.after[1])}::uuid)`);
    return sql<UntrainedRow>(
      this.dataSource.manager,
      `SELECT ${SPEAKER_COLUMNS}, ${since} AS since,
              (SELECT max(t.held_on) FROM speaker_trainings t WHERE t.speaker_id = s.id) AS "lastTrainedOn"
         FROM ${SPEAKER_FROM}
         JOIN organisations root ON root.id = split_part(o.path, '/', 2)::uuid
        WHERE ${where.join(' AND ')}
        ORDER BY ${SPEAKER_NAME}, s.id LIMIT ${f.limit}`,
      params,
    );
  }

  /** Per speaker of the subtree who spoke at a (non-cancelled) session: sessions, evaluated ones, average score, last comment. */
  async evaluations(f: {
    scope: AccessScope; within?: string; from?: string; to?: string; after?: [string, string]; limit: number;
  }): Promise<EvaluationRow[]> {
    const params: unknown[] = [];
    const where = this.scoped(f.scope, f.within, params);
    where.push(`st.status <> 'CANCELLED'`);
    if (f.from) where.push(`${SESSION_DAY} >= $${params.push(f.from)}::date`);
    if (f.to) where.push(`${SESSION_DAY} <= $${params.push(f.to)}::date`);
    if (f.after) where.push(`(${SPEAKER_NAME}, s.id) > ($${params.push(f.after[0])}, $${params.push(f.after[1])}::uuid)`);
    return sql<EvaluationRow>(
      this.dataSource.manager,
      `SELECT ${SPEAKER_COLUMNS},
              count(*)::int AS sessions,
              count(ss.score)::int AS "evaluatedSessions",
              round(avg(ss.score), 2)::float8 AS "averageScore",
              (array_agg(ss.comment ORDER BY ss.evaluated_at DESC) FILTER (WHERE ss.comment IS NOT NULL AND ss.score IS NOT NULL))[1] AS "lastComment",
              max(ss.evaluated_at) AS "lastEvaluatedAt"
         FROM ${SPEAKER_FROM}
         JOIN session_speakers ss ON ss.speaker_id = s.id
         JOIN study_sessions st ON st.id = ss.session_id
        WHERE ${where.join(' AND ')}
        GROUP BY s.id, o.id, m.id
        ORDER BY ${SPEAKER_NAME}, s.id LIMIT ${f.limit}`,
      params,
    );
  }

  /** Closed sessions per organiser of the subtree: secretary presented in person, did not, not recorded. */
  async secretaryPresence(f: {
    scope: AccessScope; within?: string; campaignId?: string; from?: string; to?: string; after?: [string, string]; limit: number;
  }): Promise<SecretaryPresenceRow[]> {
    const params: unknown[] = [];
    const where = this.scoped(f.scope, f.within, params);
    where.push(`st.status = 'CLOSED'`);
    if (f.campaignId) where.push(`st.campaign_id = $${params.push(f.campaignId)}`);
    if (f.from) where.push(`${SESSION_DAY} >= $${params.push(f.from)}::date`);
    if (f.to) where.push(`${SESSION_DAY} <= $${params.push(f.to)}::date`);
    if (f.after) where.push(`(o.name, o.id) > ($${params.push(f.after[0])}, $${params.push(f.after[1])}::uuid)`);
    return sql<SecretaryPresenceRow>(
      this.dataSource.manager,
      `SELECT o.id AS "organisationId", o.code, o.name, o.kind,
              count(*)::int AS "closedSessions",
              count(*) FILTER (WHERE st.secretary_presented)::int AS presented,
              count(*) FILTER (WHERE NOT st.secretary_presented)::int AS "notPresented",
              count(*) FILTER (WHERE st.secretary_presented IS NULL)::int AS unknown
         FROM study_sessions st JOIN organisations o ON o.id = st.organiser_organisation_id
        WHERE ${where.join(' AND ')}
        GROUP BY o.id, o.code, o.name, o.kind
        ORDER BY o.name, o.id LIMIT ${f.limit}`,
      params,
    );
  }
}
