import { Injectable } from '@nestjs/common';
import { sql } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { SpeakerSession } from './speaker-session.types';

const SESSION_COLUMNS = `ss.session_id AS "sessionId", ss.speaker_id AS "speakerId", st.title, st.campaign_id AS "campaignId",
  st.organiser_organisation_id AS "organiserId", org.name AS "organiserName", st.starts_at AS "startsAt",
  st.ends_at AS "endsAt", st.format, st.venue, st.status, ss.topic, ss.score, ss.comment, ss.evaluated_at AS "evaluatedAt"`;

const SESSION_FROM = `session_speakers ss
  JOIN study_sessions st ON st.id = ss.session_id
  JOIN organisations org ON org.id = st.organiser_organisation_id`;

/** A session as the evaluation rules need it. */
export interface SessionForEvaluation {
  id: string;
  status: string;
  started: boolean;
  organiserId: string;
  organiserPath: string;
}

/** Reads sessions for speakers and writes the organisers' evaluation (session_speakers.score/comment). */
@Injectable()
export class SpeakerSessionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The session, share-locked so it is not cancelled meanwhile. */
  async sessionForEvaluation(manager: EntityManager, sessionId: string): Promise<SessionForEvaluation | undefined> {
    const [row] = await sql<SessionForEvaluation>(
      manager,
      `SELECT st.id, st.status, st.starts_at <= now() AS started, st.organiser_organisation_id AS "organiserId", o.path AS "organiserPath"
         FROM study_sessions st JOIN organisations o ON o.id = st.organiser_organisation_id
        WHERE st.id = $1 FOR SHARE OF st`,
      [sessionId],
    );
    return row;
  }

  /** The speaker's row on the session, locked; with the speaker's member id. */
  async assignment(manager: EntityManager, sessionId: string, speakerId: string) {
    const [row] = await sql<{ score: number | null; comment: string | null; memberId: string | null }>(
      manager,
      `SELECT ss.score, ss.comment, s.member_id AS "memberId"
         FROM session_speakers ss JOIN speakers s ON s.id = ss.speaker_id
        WHERE ss.session_id = $1 AND ss.speaker_id = $2 FOR UPDATE OF ss`,
      [sessionId, speakerId],
    );
    return row;
  }

  async evaluate(manager: EntityManager, sessionId: string, speakerId: string, score: number, comment: string | null, userId: string) {
    await manager.query(
      `UPDATE session_speakers SET score = $3, comment = $4, evaluated_at = now(), evaluated_by = $5
        WHERE session_id = $1 AND speaker_id = $2`,
      [sessionId, speakerId, score, comment, userId],
    );
  }

  async one(sessionId: string, speakerId: string, manager?: EntityManager): Promise<SpeakerSession | undefined> {
    const [row] = await sql<SpeakerSession>(
      manager ?? this.dataSource.manager,
      `SELECT ${SESSION_COLUMNS} FROM ${SESSION_FROM} WHERE ss.session_id = $1 AND ss.speaker_id = $2`,
      [sessionId, speakerId],
    );
    return row;
  }

  /**
   * Sessions of a speaker (`speakerId`) or of every roster entry of a member
   * (`memberId`), newest first, keyset-paginated by (starts_at, session id).
   */
  async list(f: { speakerId?: string; memberId?: string; after?: [string, string]; limit: number }): Promise<SpeakerSession[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (f.speakerId) where.push(`ss.speaker_id = $${params.push(f.speakerId)}`);
    if (f.memberId) where.push(`ss.speaker_id IN (SELECT id FROM speakers WHERE member_id = $${params.push(f.memberId)})`);
    if (f.after) where.push(`(st.starts_at, ss.session_id) < ($${params.push(f.after[0])}::timestamptz, $${params.push(f.after[1])}::uuid)`);
    return sql<SpeakerSession>(
      this.dataSource.manager,
      `SELECT ${SESSION_COLUMNS} FROM ${SESSION_FROM} WHERE ${where.join(' AND ') || 'false'}
        ORDER BY st.starts_at DESC, ss.session_id DESC LIMIT ${f.limit}`,
      params,
    );
  }
}
