import { Injectable } from '@nestjs/common';
import { AccessScope, foldedContains, sql, subtreePredicate } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { Speaker, SpeakerAssignment, SpeakerRecord, SpeakerTraining } from './speaker.types';

/** Sort key of speakers: the person's name (member or external). */
export const SPEAKER_NAME = `COALESCE(m.full_name, s.external_name)`;

export const SPEAKER_FROM = `speakers s
  JOIN organisations o ON o.id = s.organisation_id
  LEFT JOIN members m ON m.id = s.member_id`;

export const SPEAKER_COLUMNS = `s.id, s.level, s.organisation_id AS "organisationId", o.code AS "organisationCode",
  o.name AS "organisationName", ${SPEAKER_NAME} AS name, s.member_id AS "memberId", (s.member_id IS NULL) AS "isExternal",
  s.external_workplace AS "externalWorkplace", s.title, s.expertise, s.appointed_on AS "appointedOn",
  s.ended_on AS "endedOn", s.notes, s.updated_at AS "updatedAt"`;

/** SQL: the speaker `s` is on the roster on the date expression `d` (appointed on or before, not ended by it). */
export const activeOn = (d: string) => `(s.appointed_on <= ${d} AND (s.ended_on IS NULL OR s.ended_on > ${d}))`;

export interface SpeakerListFilter {
  scope: AccessScope;
  within?: string;
  organisationId?: string;
  level?: string;
  search?: string;
  activeOn?: string;
  after?: [string, string];
  limit: number;
}

export interface NewSpeakerRow {
  level: string;
  organisationId: string;
  memberId: string | null;
  externalName: string | null;
  externalWorkplace: string | null;
  title: string | null;
  expertise: string[];
  appointedOn: string;
  notes: string | null;
}

const UPDATABLE: Record<string, string> = {
  externalName: 'external_name',
  externalWorkplace: 'external_workplace',
  title: 'title',
  expertise: 'expertise',
  appointedOn: 'appointed_on',
  notes: 'notes',
};

/** The only place that queries speakers, speaker_trainings and speaker_assignments. */
@Injectable()
export class SpeakersRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async findById(id: string, manager?: EntityManager, lock = false): Promise<SpeakerRecord | undefined> {
    if (lock) await this.m(manager).query(`SELECT 1 FROM speakers WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = await sql<SpeakerRecord>(
      this.m(manager),
      `SELECT ${SPEAKER_COLUMNS}, o.path AS "organisationPath" FROM ${SPEAKER_FROM} WHERE s.id = $1`,
      [id],
    );
    return row;
  }

  /** Rosters of the scope, keyset-paginated by (name, id). */
  async list(f: SpeakerListFilter): Promise<Speaker[]> {
    const params: unknown[] = [];
    const where = [f.scope.pathPredicate('o.path', params)];
    if (f.within) where.push(subtreePredicate('o.path', `$${params.push(f.within)}::text`));
    if (f.organisationId) where.push(`s.organisation_id = $${params.push(f.organisationId)}`);
    if (f.level) where.push(`s.level = $${params.push(f.level)}`);
    if (f.search) where.push(`s.search_text LIKE ${foldedContains(`$${params.push(f.search)}`)}`);
    if (f.activeOn) where.push(activeOn(`$${params.push(f.activeOn)}::date`));
    if (f.after) where.push(`(${SPEAKER_NAME}, s.id) > ($${params.push(f.after[0])}, $${params.push(f.after[1])}::uuid)`);
    return sql<Speaker>(
      this.m(),
      `SELECT ${SPEAKER_COLUMNS} FROM ${SPEAKER_FROM} WHERE ${where.join(' AND ')} ORDER BY ${SPEAKER_NAME}, s.id LIMIT ${f.limit}`,
      params,
    );
  }

  /** Every roster entry of one member (a member may serve on several rosters), newest first. */
  async ofMember(memberId: string): Promise<Speaker[]> {
    return sql<Speaker>(
      this.m(),
      `SELECT ${SPEAKER_COLUMNS} FROM ${SPEAKER_FROM} WHERE s.member_id = $1 ORDER BY s.appointed_on DESC, s.id`,
      [memberId],
    );
  }

  async insert(manager: EntityManager, row: NewSpeakerRow): Promise<string> {
    const [created] = await manager.query(
      `INSERT INTO speakers (level, organisation_id, member_id, external_name, external_workplace, title, expertise, appointed_on, notes)
       VALUES ($1, $2, $3, $4, $5, $6, $7::text[], $8, $9) RETURNING id`,
      [row.level, row.organisationId, row.memberId, row.externalName, row.externalWorkplace, row.title, row.expertise,
        row.appointedOn, row.notes],
    );
    return created.id as string;
  }

  async update(manager: EntityManager, id: string, changes: Record<string, unknown>): Promise<void> {
    const sets: string[] = [];
    const params: unknown[] = [id];
    for (const [key, column] of Object.entries(UPDATABLE)) {
      if (changes[key] !== undefined) sets.push(`${column} = $${params.push(changes[key])}`);
    }
    if (sets.length === 0) return;
    await manager.query(`UPDATE speakers SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, params);
  }

  async end(manager: EntityManager, id: string, endedOn: string, notes: string | null): Promise<void> {
    await manager.query(`UPDATE speakers SET ended_on = $2, notes = $3, updated_at = now() WHERE id = $1`, [id, endedOn, notes]);
  }

  /** Path of the member's current organisation, or undefined when the member does not exist. */
  async memberPath(manager: EntityManager, memberId: string): Promise<string | undefined> {
    const [row] = await sql<{ path: string }>(
      manager,
      `SELECT o.path FROM members m JOIN organisations o ON o.id = m.organisation_id WHERE m.id = $1 FOR SHARE OF m`,
      [memberId],
    );
    return row?.path;
  }

  // --- trainings and yearly assignments ----------------------------------------

  async trainingsOf(speakerIds: readonly string[]): Promise<SpeakerTraining[]> {
    return sql<SpeakerTraining>(
      this.m(),
      `SELECT id, speaker_id AS "speakerId", title, organiser, held_on AS "heldOn"
         FROM speaker_trainings WHERE speaker_id = ANY($1::uuid[]) ORDER BY speaker_id, held_on DESC, id`,
      [speakerIds],
    );
  }

  async assignmentsOf(speakerIds: readonly string[]): Promise<SpeakerAssignment[]> {
    return sql<SpeakerAssignment>(
      this.m(),
      `SELECT id, speaker_id AS "speakerId", year, description
         FROM speaker_assignments WHERE speaker_id = ANY($1::uuid[]) ORDER BY speaker_id, year DESC, created_at, id`,
      [speakerIds],
    );
  }

  async insertTraining(manager: EntityManager, speakerId: string, t: { title: string; organiser: string | null; heldOn: string }) {
    const [row] = await sql<SpeakerTraining>(
      manager,
      `INSERT INTO speaker_trainings (speaker_id, title, organiser, held_on) VALUES ($1, $2, $3, $4)
       RETURNING id, speaker_id AS "speakerId", title, organiser, held_on AS "heldOn"`,
      [speakerId, t.title, t.organiser, t.heldOn],
    );
    return row;
  }

  async insertAssignment(manager: EntityManager, speakerId: string, a: { year: number; description: string }) {
    const [row] = await sql<SpeakerAssignment>(
      manager,
      `INSERT INTO speaker_assignments (speaker_id, year, description) VALUES ($1, $2, $3)
       RETURNING id, speaker_id AS "speakerId", year, description`,
      [speakerId, a.year, a.description],
    );
    return row;
  }

  /** Deletes one training or assignment of the speaker; false when there is no such row of that speaker. */
  async deleteChild(manager: EntityManager, table: 'speaker_trainings' | 'speaker_assignments', speakerId: string, id: string) {
    const [row] = await sql<{ n: number }>(
      manager,
      `WITH d AS (DELETE FROM ${table} WHERE id = $1 AND speaker_id = $2 RETURNING id) SELECT count(*)::int AS n FROM d`,
      [id, speakerId],
    );
    return row.n > 0;
  }
}
