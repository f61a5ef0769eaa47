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

    // search_text = qt_fold(name, workplace, title, expertise), the name being the member's or the external person's.
    // Kept by triggers so every writer (API, demo seeder, fixtures) gets it, and a member's rename follows.
    await q.query(`
      CREATE FUNCTION speakers_search_text(p_member_id uuid, p_external_name text, p_workplace text, p_title text, p_expertise text[])
      RETURNS text LANGUAGE sql STABLE AS $$
        SELECT qt_fold(concat_ws(' ', COALESCE((SELECT full_name FROM members WHERE id = p_member_id), p_external_name),
                                 p_workplace, p_title, array_to_string(p_expertise, ' ')))
      $$`);
    await q.query(`
      CREATE FUNCTION speakers_set_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_text := speakers_search_text(NEW.member_id, NEW.external_name, NEW.external_workplace, NEW.title, NEW.expertise);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER speakers_search_text_trg BEFORE INSERT OR UPDATE OF member_id, external_name, external_workplace, title, expertise
      ON speakers FOR EACH ROW EXECUTE FUNCTION speakers_set_search_text()`);
    await q.query(`
      CREATE FUNCTION speakers_follow_member_name() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE speakers s SET search_text = speakers_search_text(s.member_id, s.external_name, s.external_workplace, s.title, s.expertise)
         WHERE s.member_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER members_speakers_search_text_trg AFTER UPDATE OF full_name ON members
      FOR EACH ROW WHEN (OLD.full_name IS DISTINCT FROM NEW.full_name) EXECUTE FUNCTION speakers_follow_member_name()`);
    await q.query(`CREATE INDEX speakers_search_idx ON speakers USING gin (search_text gin_trgm_ops)`);
    // Rosters by period (active on a date) and "who never trained since".
    await q.query(`CREATE INDEX speakers_active_idx ON speakers (organisation_id, appointed_on, ended_on)`);

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
    await q.query(`DROP TRIGGER members_speakers_search_text_trg ON members`);
    await q.query(`DROP FUNCTION speakers_follow_member_name()`);
    await q.query(`DROP TABLE speakers`);
    await q.query(`DROP FUNCTION speakers_set_search_text()`);
    await q.query(`DROP FUNCTION speakers_search_text(uuid, text, text, text, text[])`);
  }
}
