import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Essays (bài thu hoạch): one per member per campaign, with the late flag,
 * the committee's grade and the perfunctory-essay flags (too short,
 * near-duplicate of another essay of the same campaign). `version` grows
 * with every change of the text; the flag job of a version has its own job id.
 */
export class Essays1732500300000 implements MigrationInterface {
  name = 'Essays1732500300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE essays (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id        uuid NOT NULL REFERENCES campaigns(id),
        member_id          uuid NOT NULL REFERENCES members(id),
        organisation_id    uuid NOT NULL REFERENCES organisations(id),
        body               text NOT NULL,
        word_count         integer NOT NULL CHECK (word_count >= 0),
        file_storage_key   varchar(255),
        file_name          varchar(255),
        file_content_type  varchar(120),
        file_size_bytes    bigint,
        submitted_at       timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        is_late            boolean NOT NULL DEFAULT false,
        grade              smallint CHECK (grade BETWEEN 0 AND 10),
        grade_comment      text,
        graded_by          uuid REFERENCES users(id),
        graded_at          timestamptz,
        flag_too_short     boolean,
        similar_essay_id   uuid REFERENCES essays(id),
        similarity         numeric(4,3),
        minhash            integer[],
        flags_checked_at   timestamptz,
        version            integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        CONSTRAINT essays_campaign_member_key UNIQUE (campaign_id, member_id)
      )`);
    await q.query(`CREATE INDEX essays_organisation_idx ON essays (organisation_id, campaign_id)`);
    await q.query(`CREATE INDEX essays_campaign_idx ON essays (campaign_id, submitted_at)`);
    await q.query(`CREATE INDEX essays_similar_idx ON essays (similar_essay_id) WHERE similar_essay_id IS NOT NULL`);

    // LSH bands of each essay's MinHash signature (essays module, similarity/minhash.ts): two essays
    // of a campaign sharing one (band, band_hash) are candidates for the near-duplicate check.
    await q.query(`
      CREATE TABLE essay_lsh_bands (
        campaign_id uuid NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        band        smallint NOT NULL,
        band_hash   integer NOT NULL,
        essay_id    uuid NOT NULL REFERENCES essays(id) ON DELETE CASCADE,
        PRIMARY KEY (essay_id, band)
      )`);
    await q.query(`CREATE INDEX essay_lsh_bands_lookup_idx ON essay_lsh_bands (campaign_id, band, band_hash)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE essay_lsh_bands`);
    await q.query(`DROP TABLE essays`);
  }
}
