import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Resolutions (nghị quyết) with study materials, study campaigns (đợt học tập,
 * quán triệt) with per-level rules, member exemptions, and the one SQL
 * definition of "who must study and who must write an essay" that every
 * module and the annual report read: campaign_required_members().
 */
export class Campaigns1732500000000 implements MigrationInterface {
  name = 'Campaigns1732500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE resolutions (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code        varchar(64)  NOT NULL,
        title       varchar(500) NOT NULL,
        issuer      varchar(255) NOT NULL,
        issued_on   date NOT NULL,
        type        varchar(20)  NOT NULL CHECK (type IN ('RESOLUTION','DIRECTIVE','CONCLUSION','REGULATION')),
        summary     text,
        search_text text GENERATED ALWAYS AS (qt_fold(code || ' ' || title)) STORED,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT resolutions_code_key UNIQUE (code)
      )`);
    await q.query(`CREATE INDEX resolutions_search_idx ON resolutions USING gin (search_text gin_trgm_ops)`);

    // Study materials (seed 004 §7): research, study and Q&A documents; a stored file or a link.
    await q.query(`
      CREATE TABLE resolution_materials (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        resolution_id uuid NOT NULL REFERENCES resolutions(id) ON DELETE CASCADE,
        kind          varchar(20)  NOT NULL CHECK (kind IN ('RESEARCH','STUDY','QA')),
        title         varchar(500) NOT NULL,
        url           text,
        storage_key   varchar(255),
        file_name     varchar(255),
        content_type  varchar(120),
        size_bytes    bigint CHECK (size_bytes >= 0),
        sha256        char(64),
        created_by    uuid REFERENCES users(id),
        created_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT resolution_materials_file_or_link CHECK ((url IS NULL) <> (storage_key IS NULL))
      )`);
    await q.query(`CREATE INDEX resolution_materials_resolution_idx ON resolution_materials (resolution_id, kind)`);

    await q.query(`
      CREATE TABLE campaigns (
        id                           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code                         varchar(64)  NOT NULL,
        title                        varchar(500) NOT NULL,
        issuer_organisation_id       uuid NOT NULL REFERENCES organisations(id),
        status                       varchar(20)  NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','ISSUED','CLOSED')),
        issued_on                    date,
        starts_on                    date NOT NULL,
        report_due_on                date NOT NULL,
        formats                      text[] NOT NULL CHECK (cardinality(formats) > 0
                                       AND formats <@ ARRAY['IN_PERSON','ONLINE','LIVE_BROADCAST','HYBRID']::text[]),
        expected_duration_minutes    integer NOT NULL CHECK (expected_duration_minutes BETWEEN 15 AND 4320),
        discussion_minutes           integer NOT NULL DEFAULT 0 CHECK (discussion_minutes >= 0),
        essay_policy                 varchar(20) NOT NULL CHECK (essay_policy IN ('NONE','ALL_ATTENDEES','KEY_LEADERS_ONLY')),
        essay_due_on                 date,
        essay_min_words              integer NOT NULL DEFAULT 300 CHECK (essay_min_words BETWEEN 0 AND 20000),
        essay_similarity_threshold   numeric(4,3) NOT NULL DEFAULT 0.800 CHECK (essay_similarity_threshold > 0 AND essay_similarity_threshold <= 1),
        programme_required           boolean NOT NULL DEFAULT false,
        programme_due_on             date,
        programme_levels             text[] NOT NULL DEFAULT '{}'
                                       CHECK (programme_levels <@ ARRAY['BLOC','UPPER_GRASSROOTS','GRASSROOTS','CELL']::text[]),
        personal_plans_required      boolean NOT NULL DEFAULT false,
        personal_plans_due_on        date,
        description                  text,
        search_text                  text GENERATED ALWAYS AS (qt_fold(code || ' ' || title)) STORED,
        created_by                   uuid REFERENCES users(id),
        created_at                   timestamptz NOT NULL DEFAULT now(),
        updated_at                   timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT campaigns_code_key UNIQUE (code),
        CONSTRAINT campaigns_report_due_check CHECK (report_due_on >= starts_on),
        CONSTRAINT campaigns_essay_due_check CHECK ((essay_policy = 'NONE') = (essay_due_on IS NULL)),
        CONSTRAINT campaigns_programme_due_check CHECK (NOT programme_required OR (programme_due_on IS NOT NULL AND cardinality(programme_levels) > 0)),
        CONSTRAINT campaigns_plans_due_check CHECK (NOT personal_plans_required OR personal_plans_due_on IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX campaigns_issuer_idx ON campaigns (issuer_organisation_id, starts_on)`);
    await q.query(`CREATE INDEX campaigns_search_idx ON campaigns USING gin (search_text gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE campaign_resolutions (
        campaign_id   uuid NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        resolution_id uuid NOT NULL REFERENCES resolutions(id),
        PRIMARY KEY (campaign_id, resolution_id)
      )`);
    await q.query(`CREATE INDEX campaign_resolutions_resolution_idx ON campaign_resolutions (resolution_id)`);

    // Per-level rules (seed 004 3.3, seed 000 III.2): who attends the sessions organised at a level, and its deadline.
    // audience: ALL_MEMBERS | KEY_LEADERS (committee office holders, heads, key leaders and managers).
    // include_subordinate_committees / include_subordinate_heads extend a class at this level to
    // the committee members and heads of the organisations below it (a bloc class, seed 000 III.2).
    await q.query(`
      CREATE TABLE campaign_levels (
        campaign_id                    uuid NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        level                          varchar(20) NOT NULL CHECK (level IN ('BLOC','UPPER_GRASSROOTS','GRASSROOTS','CELL')),
        audience                       varchar(20) NOT NULL CHECK (audience IN ('ALL_MEMBERS','KEY_LEADERS')),
        include_subordinate_committees boolean NOT NULL DEFAULT false,
        include_subordinate_heads      boolean NOT NULL DEFAULT false,
        deadline                       date NOT NULL,
        PRIMARY KEY (campaign_id, level)
      )`);

    // Exemptions with their basis, dates and approver (seed 004 §6). The member flags
    // (is_retired, is_unfit_for_work, is_exempt_from_activities) count as exemptions too.
    await q.query(`
      CREATE TABLE member_exemptions (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id           uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        reason              varchar(30) NOT NULL CHECK (reason IN ('RETIRED','UNFIT_FOR_WORK','EXEMPT_FROM_ACTIVITIES','OTHER')),
        basis               varchar(500) NOT NULL,
        valid_from          date NOT NULL,
        valid_to            date,
        approved_by_user_id uuid REFERENCES users(id),
        approved_at         timestamptz NOT NULL DEFAULT now(),
        created_at          timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT member_exemptions_dates_check CHECK (valid_to IS NULL OR valid_to >= valid_from)
      )`);
    await q.query(`CREATE INDEX member_exemptions_member_idx ON member_exemptions (member_id, valid_from)`);

    /*
     * Optional narrowing: p_within (a materialised path) keeps only that subtree,
     * p_member only that member — same answers, less work.
     *
     * Who a campaign requires, as of a date (normally the deadline of the member's level, or today):
     * every member whose membership on p_on lies in the issuer's subtree.
     * - study_required: false only for members exempt from party activities (miễn sinh hoạt đảng).
     * - essay_required: the campaign asks for essays, the member has no exemption, and, under
     *   KEY_LEADERS_ONLY, the member is a key leader/manager, a head of unit or holds a committee office on p_on.
     * - exemption_reason: why the member is not required to write (RETIRED, UNFIT_FOR_WORK,
     *   EXEMPT_FROM_ACTIVITIES, OTHER, NOT_KEY_LEADER, NO_ESSAYS) or NULL; exemption_basis explains it.
     * Exempt members are never counted as missing.
     */
    await q.query(`
      CREATE FUNCTION campaign_required_members(p_campaign uuid, p_on date, p_within text DEFAULT NULL, p_member uuid DEFAULT NULL)
      RETURNS TABLE (member_id uuid, organisation_id uuid, organisation_path text, study_required boolean,
                     essay_required boolean, exemption_reason text, exemption_basis text)
      -- plpgsql with custom plans: a LANGUAGE sql body is planned once with its arguments as
      -- unknown parameters, and that generic plan (row estimates of 12 for a whole bloc) turned
      -- a 1 s answer into 50 s at 65,000 members. Planned with the real values, it stays linear.
      LANGUAGE plpgsql STABLE SET plan_cache_mode = force_custom_plan AS $$
      #variable_conflict use_column
      BEGIN
        RETURN QUERY
        WITH c AS (
          -- The subtree to read: the issuer's, narrowed to p_within when that lies inside it
          -- (no rows when p_within lies outside), so a caller asking about one committee
          -- or one member does not pay for the whole bloc.
          SELECT c.id, c.essay_policy,
                 CASE WHEN p_within IS NULL OR p_within = o.path THEN o.path::text
                      WHEN left(p_within, length(o.path)) = o.path THEN p_within
                      WHEN left(o.path, length(p_within)) = p_within THEN o.path::text
                 END AS path
            FROM campaigns c JOIN organisations o ON o.id = c.issuer_organisation_id
           WHERE c.id = p_campaign
        ), offices AS MATERIALIZED (
          -- Committee office holders on p_on, hashed once. (A per-member probe gets the GiST
          -- exclusion index of committee_offices from the planner: ~0.5 ms a member.)
          SELECT DISTINCT co.member_id FROM committee_offices co
           WHERE co.start_date <= p_on AND (co.end_date IS NULL OR co.end_date >= p_on)
             AND (p_member IS NULL OR co.member_id = p_member)
        ), m AS (
          SELECT ms.member_id, ms.organisation_id, o.path::text AS organisation_path, mb.is_key_leader, mb.is_head_of_unit,
                 COALESCE(ex.reason,
                   CASE WHEN mb.is_exempt_from_activities THEN 'EXEMPT_FROM_ACTIVITIES'
                        WHEN mb.is_unfit_for_work THEN 'UNFIT_FOR_WORK'
                        WHEN mb.is_retired THEN 'RETIRED' END) AS exemption,
                 ex.basis,
                 off.member_id IS NOT NULL AS holds_office,
                 c.essay_policy
            FROM c
            JOIN organisations o ON o.path >= c.path COLLATE "C" AND o.path < (left(c.path, -1) || '0') COLLATE "C"
            JOIN memberships ms ON ms.organisation_id = o.id AND ms.valid_from <= p_on
                               AND (p_member IS NULL OR ms.member_id = p_member)
                               AND (ms.valid_to IS NULL OR ms.valid_to > p_on)
            JOIN members mb ON mb.id = ms.member_id
            LEFT JOIN offices off ON off.member_id = ms.member_id
            LEFT JOIN LATERAL (
              SELECT e.reason::text AS reason, e.basis::text AS basis FROM member_exemptions e
               WHERE e.member_id = ms.member_id AND e.valid_from <= p_on AND (e.valid_to IS NULL OR e.valid_to >= p_on)
               ORDER BY (e.reason = 'EXEMPT_FROM_ACTIVITIES') DESC, e.valid_from DESC LIMIT 1) ex ON true
        )
        SELECT m.member_id, m.organisation_id, m.organisation_path,
               m.exemption IS DISTINCT FROM 'EXEMPT_FROM_ACTIVITIES' AS study_required,
               m.essay_policy <> 'NONE' AND m.exemption IS NULL
                 AND (m.essay_policy = 'ALL_ATTENDEES' OR m.is_key_leader OR m.is_head_of_unit OR m.holds_office) AS essay_required,
               CASE WHEN m.exemption IS NOT NULL THEN m.exemption
                    WHEN m.essay_policy = 'NONE' THEN 'NO_ESSAYS'
                    WHEN m.essay_policy = 'KEY_LEADERS_ONLY' AND NOT (m.is_key_leader OR m.is_head_of_unit OR m.holds_office)
                      THEN 'NOT_KEY_LEADER' END AS exemption_reason,
               CASE WHEN m.basis IS NOT NULL THEN m.basis
                    WHEN m.exemption IS NOT NULL THEN 'Hồ sơ đảng viên'
                    WHEN m.essay_policy = 'KEY_LEADERS_ONLY' AND NOT (m.is_key_leader OR m.is_head_of_unit OR m.holds_office)
                      THEN 'Chỉ cán bộ lãnh đạo, quản lý chủ chốt viết thu hoạch' END AS exemption_basis
          FROM m;
      END
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION campaign_required_members(uuid, date, text, uuid)`);
    await q.query(`DROP TABLE member_exemptions`);
    await q.query(`DROP TABLE campaign_levels`);
    await q.query(`DROP TABLE campaign_resolutions`);
    await q.query(`DROP TABLE campaigns`);
    await q.query(`DROP TABLE resolution_materials`);
    await q.query(`DROP TABLE resolutions`);
  }
}
