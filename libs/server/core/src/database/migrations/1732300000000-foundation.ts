import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Foundation schema: organisations (materialised path, see ADR 0002),
 * committee offices, members with effective-dated memberships, users and
 * role assignments, refresh tokens, the append-only audit log and
 * idempotency keys.
 */
export class Foundation1732300000000 implements MigrationInterface {
  name = 'Foundation1732300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    // qt_fold(): the SQL twin of foldVietnamese() in @qt/shared-domain.
    await q.query(`
      CREATE FUNCTION qt_fold(t text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
        SELECT btrim(regexp_replace(lower(translate(normalize(t, NFC),
          'àáạảãâầấậẩẫăằắặẳẵÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴèéẹẻẽêềếệểễÈÉẸẺẼÊỀẾỆỂỄìíịỉĩÌÍỊỈĨòóọỏõôồốộổỗơờớợởỡÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠùúụủũưừứựửữÙÚỤỦŨƯỪỨỰỬỮỳýỵỷỹỲÝỴỶỸđĐ',
          'aaaaaaaaaaaaaaaaaAAAAAAAAAAAAAAAAAeeeeeeeeeeeEEEEEEEEEEEiiiiiIIIIIoooooooooooooooooOOOOOOOOOOOOOOOOOuuuuuuuuuuuUUUUUUUUUUUyyyyyYYYYYdD')),
          '\\s+', ' ', 'g'))
      $$`);

    await q.query(`
      CREATE TABLE organisations (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code          varchar(32)  NOT NULL,
        name          varchar(255) NOT NULL,
        kind          varchar(20)  NOT NULL CHECK (kind IN ('BLOC','UPPER_GRASSROOTS','GRASSROOTS','CELL')),
        parent_id     uuid REFERENCES organisations(id),
        path          text COLLATE "C" NOT NULL,
        depth         integer NOT NULL CHECK (depth >= 0),
        agency        varchar(255),
        term_start    date,
        term_end      date,
        active_from   date NOT NULL DEFAULT CURRENT_DATE,
        dissolved_on  date,
        search_text   text GENERATED ALWAYS AS (qt_fold(code || ' ' || name)) STORED,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organisations_code_key UNIQUE (code),
        CONSTRAINT organisations_path_key UNIQUE (path),
        CONSTRAINT organisations_term_check CHECK (term_end IS NULL OR term_start IS NULL OR term_end > term_start),
        CONSTRAINT organisations_dissolved_check CHECK (dissolved_on IS NULL OR dissolved_on >= active_from),
        CONSTRAINT organisations_root_check CHECK ((parent_id IS NULL) = (depth = 0))
      )`);
    // organisations_path_key (byte-ordered, COLLATE "C") serves subtree range scans:
    // path >= '/a/b/' AND path < '/a/b0' (see subtreePredicate()).
    await q.query(`CREATE INDEX organisations_parent_idx ON organisations (parent_id, name)`);
    await q.query(`CREATE INDEX organisations_search_idx ON organisations USING gin (search_text gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE members (
        id                               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        card_number                      varchar(20)  NOT NULL,
        full_name                        varchar(120) NOT NULL,
        birth_date                       date NOT NULL,
        gender                           varchar(10)  NOT NULL CHECK (gender IN ('MALE','FEMALE')),
        standing                         varchar(15)  NOT NULL CHECK (standing IN ('OFFICIAL','PROBATIONARY')),
        position                         varchar(255),
        organisation_id                  uuid NOT NULL REFERENCES organisations(id),
        is_head_of_unit                  boolean NOT NULL DEFAULT false,
        is_key_leader                    boolean NOT NULL DEFAULT false,
        is_under_bloc_standing_committee boolean NOT NULL DEFAULT false,
        is_retired                       boolean NOT NULL DEFAULT false,
        is_unfit_for_work                boolean NOT NULL DEFAULT false,
        is_exempt_from_activities        boolean NOT NULL DEFAULT false,
        search_text                      text GENERATED ALWAYS AS (qt_fold(full_name || ' ' || card_number)) STORED,
        created_at                       timestamptz NOT NULL DEFAULT now(),
        updated_at                       timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT members_card_number_key UNIQUE (card_number)
      )`);
    await q.query(`CREATE INDEX members_organisation_idx ON members (organisation_id, full_name, id)`);
    await q.query(`CREATE INDEX members_search_idx ON members USING gin (search_text gin_trgm_ops)`);

    // Effective-dated membership (sinh hoạt đảng): [valid_from, valid_to), never overlapping.
    await q.query(`
      CREATE TABLE memberships (
        id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        member_id       uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        valid_from      date NOT NULL,
        valid_to        date,
        reason          varchar(255),
        created_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT memberships_dates_check CHECK (valid_to IS NULL OR valid_to > valid_from),
        CONSTRAINT memberships_no_overlap EXCLUDE USING gist (
          member_id WITH =, daterange(valid_from, valid_to, '[)') WITH &&)
      )`);
    await q.query(`CREATE INDEX memberships_org_dates_idx ON memberships (organisation_id, valid_from, valid_to) INCLUDE (member_id)`);
    await q.query(`CREATE INDEX memberships_member_idx ON memberships (member_id, valid_from)`);

    await q.query(`
      CREATE TABLE committee_offices (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        member_id       uuid NOT NULL REFERENCES members(id),
        office          varchar(30) NOT NULL CHECK (office IN ('SECRETARY','DEPUTY_SECRETARY','STANDING_COMMITTEE','COMMITTEE_MEMBER')),
        start_date      date NOT NULL,
        end_date        date,
        created_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT committee_offices_dates_check CHECK (end_date IS NULL OR end_date >= start_date),
        CONSTRAINT committee_offices_no_overlap EXCLUDE USING gist (
          organisation_id WITH =, member_id WITH =, office WITH =, daterange(start_date, end_date, '[]') WITH &&)
      )`);
    await q.query(`CREATE INDEX committee_offices_org_idx ON committee_offices (organisation_id, start_date)`);
    await q.query(`CREATE INDEX committee_offices_member_idx ON committee_offices (member_id)`);
    // One secretary at a time per committee.
    await q.query(`
      ALTER TABLE committee_offices ADD CONSTRAINT committee_offices_one_secretary EXCLUDE USING gist (
        organisation_id WITH =, daterange(start_date, end_date, '[]') WITH &&) WHERE (office = 'SECRETARY')`);

    await q.query(`
      CREATE TABLE users (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username            varchar(64) NOT NULL,
        display_name        varchar(120) NOT NULL,
        password_hash       text NOT NULL,
        member_id           uuid REFERENCES members(id),
        is_active           boolean NOT NULL DEFAULT true,
        password_changed_at timestamptz NOT NULL DEFAULT now(),
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_member_key UNIQUE (member_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX users_username_key ON users (lower(username))`);

    await q.query(`
      CREATE TABLE role_assignments (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id         uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role            varchar(30) NOT NULL CHECK (role IN ('ADMIN','PROPAGANDA_BOARD','ORGANISATION_BOARD','INSPECTION_COMMISSION','COMMITTEE_OFFICE','CELL_SECRETARY','SPEAKER','MEMBER')),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        created_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT role_assignments_unique UNIQUE (user_id, role, organisation_id)
      )`);
    await q.query(`CREATE INDEX role_assignments_org_idx ON role_assignments (organisation_id)`);

    await q.query(`
      CREATE TABLE refresh_tokens (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        family_id   uuid NOT NULL,
        token_hash  char(64) NOT NULL,
        expires_at  timestamptz NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        used_at     timestamptz,
        revoked_at  timestamptz,
        created_ip  varchar(64),
        CONSTRAINT refresh_tokens_hash_key UNIQUE (token_hash)
      )`);
    await q.query(`CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id)`);
    await q.query(`CREATE INDEX refresh_tokens_expiry_idx ON refresh_tokens (expires_at)`);

    await q.query(`
      CREATE TABLE audit_log (
        id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at     timestamptz NOT NULL DEFAULT now(),
        actor_user_id   uuid,
        actor_label     varchar(120) NOT NULL,
        action          varchar(80)  NOT NULL,
        entity_type     varchar(60)  NOT NULL,
        entity_id       varchar(64),
        organisation_id uuid,
        before          jsonb,
        after           jsonb,
        request_id      varchar(64)
      )`);
    await q.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, occurred_at)`);
    await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_user_id, occurred_at)`);
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);

    await q.query(`
      CREATE TABLE idempotency_keys (
        scope           varchar(120) NOT NULL,
        key             varchar(255) NOT NULL,
        request_hash    char(64) NOT NULL,
        response_status integer,
        response_body   jsonb,
        created_at      timestamptz NOT NULL DEFAULT now(),
        completed_at    timestamptz,
        PRIMARY KEY (scope, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_append_only()`);
    await q.query(`DROP TABLE refresh_tokens`);
    await q.query(`DROP TABLE role_assignments`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE committee_offices`);
    await q.query(`DROP TABLE memberships`);
    await q.query(`DROP TABLE members`);
    await q.query(`DROP TABLE organisations`);
    await q.query(`DROP FUNCTION qt_fold(text)`);
  }
}
