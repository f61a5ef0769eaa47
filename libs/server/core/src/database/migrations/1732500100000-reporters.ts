import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Speakers (báo cáo viên): a roster per level (bloc, upper-grassroots,
 * grassroots), each a member or an external person, with expertise,
 * appointment, training attended and yearly assignments.
 */
export class Reporters1732500100000 implements MigrationInterface {
  name = 'Reporters1732500100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE speakers (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        level               varchar(20) NOT NULL CHECK (level IN ('BLOC','UPPER_GRASSROOTS','GRASSROOTS')),
        organisation_id     uuid NOT NULL REFERENCES organisations(id),
        member_id           uuid REFERENCES members(id),
        external_name       varchar(120),
        external_workplace  varchar(255),
        title               varchar(255),
        expertise           text[] NOT NULL DEFAULT '{}',
        appointed_on        date NOT NULL,
        ended_on            date,
        notes               text,
        search_text         text,
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT speakers_member_or_external CHECK ((member_id IS NULL) <> (external_name IS NULL)),
        CONSTRAINT speakers_dates_check CHECK (ended_on IS NULL OR ended_on >= appointed_on)
      )`);
    await q.query(`CREATE INDEX speakers_organisation_idx ON speakers (organisation_id, level)`);
    await q.query(`CREATE INDEX speakers_member_idx ON speakers (member_id)`);
    // One open appointment of a member on one committee's roster.
    await q.query(`CREATE UNIQUE INDEX speakers_member_open_key ON speakers (organisation_id, member_id) WHERE member_id IS NOT NULL AND ended_on IS NULL`);

    await q.query(`
      CREATE TABLE speaker_trainings (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        speaker_id  uuid NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
        title       varchar(500) NOT NULL,
        organiser   varchar(255),
        held_on     date NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX speaker_trainings_speaker_idx ON speaker_trainings (speaker_id, held_on)`);

    await q.query(`
      CREATE TABLE speaker_assignments (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        speaker_id  uuid NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
        year        integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        description text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX speaker_assignments_speaker_idx ON speaker_assignments (speaker_id, year)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE speaker_assignments`);
    await q.query(`DROP TABLE speaker_trainings`);
    await q.query(`DROP TABLE speakers`);
  }
}
