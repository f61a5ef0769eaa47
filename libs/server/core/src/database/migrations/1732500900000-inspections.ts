import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Inspections (kiểm tra, giám sát), domain.md §9:
 * - annual inspection plans (kế hoạch kiểm tra) of a committee with the share of its directly subordinate
 *   organisations to inspect (04-KL/ĐUK 15–20 %, 02-NQ/ĐUK 20–25 %) and the term (nhiệm kỳ) they belong to;
 * - sampling runs (a worker job, seeded) and their picks with the reasons;
 * - the yearly member checks at the cell (kiểm tra đảng viên) and the six-monthly cell checks schedule
 *   (the checks themselves live in cell_checks of the cell-life module and are joined, not copied);
 * - inspection records (cuộc kiểm tra): team, scope, findings, conclusion, violations and their handling
 *   (Regulation 181-QĐ/TW), recommendations and follow-up items.
 */
export class Inspections1732500900000 implements MigrationInterface {
  name = 'Inspections1732500900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE inspection_plans (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id  uuid NOT NULL REFERENCES organisations(id),
        year             smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        theme            text NOT NULL CHECK (btrim(theme) <> ''),
        period_from      date NOT NULL,
        period_to        date NOT NULL,
        basis            varchar(10) NOT NULL CHECK (basis IN ('KL04','NQ02')),
        share_percent    numeric(5,2) NOT NULL,
        term_start_year  smallint NOT NULL,
        term_end_year    smallint NOT NULL,
        status           varchar(10) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','PUBLISHED')),
        current_run_id   uuid,
        published_at     timestamptz,
        published_by     uuid REFERENCES users(id),
        created_by       uuid REFERENCES users(id),
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT inspection_plans_year_key UNIQUE (organisation_id, year),
        CONSTRAINT inspection_plans_period_check CHECK (period_to >= period_from),
        CONSTRAINT inspection_plans_share_check CHECK (
          (basis = 'KL04' AND share_percent BETWEEN 15 AND 20) OR (basis = 'NQ02' AND share_percent BETWEEN 20 AND 25)),
        CONSTRAINT inspection_plans_term_check CHECK (
          term_end_year > term_start_year AND year BETWEEN term_start_year AND term_end_year),
        CONSTRAINT inspection_plans_published_check CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX inspection_plans_term_idx ON inspection_plans (organisation_id, term_start_year, year)`);

    // A sampling run: the seed makes it reproducible; batch_id groups the runs of one job (one plan, or every
    // committee of a subtree). summary: allocation per stratum, forced count, remaining years (for the reader).
    await q.query(`
      CREATE TABLE inspection_sampling_runs (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id        uuid NOT NULL REFERENCES inspection_plans(id) ON DELETE CASCADE,
        batch_id       uuid NOT NULL,
        seed           bigint NOT NULL CHECK (seed >= 0),
        status         varchar(10) NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED','DONE','FAILED')),
        candidate_count integer,
        pick_count     integer,
        summary        jsonb,
        error          text,
        requested_by   uuid REFERENCES users(id),
        requested_at   timestamptz NOT NULL DEFAULT now(),
        finished_at    timestamptz
      )`);
    await q.query(`CREATE INDEX inspection_sampling_runs_plan_idx ON inspection_sampling_runs (plan_id, requested_at)`);
    await q.query(`CREATE INDEX inspection_sampling_runs_batch_idx ON inspection_sampling_runs (batch_id)`);
    await q.query(`ALTER TABLE inspection_plans ADD CONSTRAINT inspection_plans_current_run_fk
      FOREIGN KEY (current_run_id) REFERENCES inspection_sampling_runs(id) DEFERRABLE INITIALLY DEFERRED`);

    // reasons: [{code, text}] in Vietnamese, in the order they weighed.
    await q.query(`
      CREATE TABLE inspection_picks (
        run_id          uuid NOT NULL REFERENCES inspection_sampling_runs(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        stratum         varchar(20) NOT NULL,
        rank            integer NOT NULL,
        forced          boolean NOT NULL,
        reasons         jsonb NOT NULL,
        PRIMARY KEY (run_id, organisation_id)
      )`);
    await q.query(`CREATE INDEX inspection_picks_org_idx ON inspection_picks (organisation_id)`);

    // Inspection records (cuộc kiểm tra). team: [{fullName, role, memberId?}].
    await q.query(`
      CREATE TABLE inspection_records (
        id                          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        inspecting_organisation_id  uuid NOT NULL REFERENCES organisations(id),
        organisation_id             uuid NOT NULL REFERENCES organisations(id),
        plan_id                     uuid REFERENCES inspection_plans(id),
        title                       text NOT NULL CHECK (btrim(title) <> ''),
        scope                       text NOT NULL CHECK (btrim(scope) <> ''),
        started_on                  date NOT NULL,
        ended_on                    date,
        team                        jsonb NOT NULL DEFAULT '[]',
        findings                    text,
        conclusion                  text,
        recommendations             text,
        created_by                  uuid REFERENCES users(id),
        created_at                  timestamptz NOT NULL DEFAULT now(),
        updated_at                  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT inspection_records_dates_check CHECK (ended_on IS NULL OR ended_on >= started_on),
        CONSTRAINT inspection_records_not_self CHECK (inspecting_organisation_id <> organisation_id)
      )`);
    await q.query(`CREATE INDEX inspection_records_org_idx ON inspection_records (organisation_id, started_on)`);
    await q.query(`CREATE INDEX inspection_records_inspecting_idx ON inspection_records (inspecting_organisation_id, started_on)`);

    // Violations and their handling under Regulation 181-QĐ/TW: members (khiển trách, cảnh cáo, cách chức,
    // khai trừ) or organisations (khiển trách, cảnh cáo, giải tán); discipline null = not (yet) disciplined.
    await q.query(`
      CREATE TABLE inspection_violations (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        record_id       uuid NOT NULL REFERENCES inspection_records(id) ON DELETE CASCADE,
        subject_kind    varchar(12) NOT NULL CHECK (subject_kind IN ('MEMBER','ORGANISATION')),
        member_id       uuid REFERENCES members(id),
        organisation_id uuid REFERENCES organisations(id),
        description     text NOT NULL CHECK (btrim(description) <> ''),
        discipline      varchar(12) CHECK (discipline IN ('REPRIMAND','WARNING','DISMISSAL','EXPULSION','DISSOLUTION')),
        decided_on      date,
        basis           text,
        created_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT inspection_violations_subject_check CHECK (
          (subject_kind = 'MEMBER' AND member_id IS NOT NULL AND organisation_id IS NULL
             AND (discipline IS NULL OR discipline IN ('REPRIMAND','WARNING','DISMISSAL','EXPULSION')))
          OR (subject_kind = 'ORGANISATION' AND organisation_id IS NOT NULL AND member_id IS NULL
             AND (discipline IS NULL OR discipline IN ('REPRIMAND','WARNING','DISSOLUTION'))))
      )`);
    await q.query(`CREATE INDEX inspection_violations_record_idx ON inspection_violations (record_id)`);

    // Follow-up items (theo dõi thực hiện kết luận, kiến nghị). OVERDUE is derived when read (due_on passed, not DONE).
    await q.query(`
      CREATE TABLE inspection_follow_ups (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        record_id    uuid NOT NULL REFERENCES inspection_records(id) ON DELETE CASCADE,
        description  text NOT NULL CHECK (btrim(description) <> ''),
        responsible  text,
        due_on       date NOT NULL,
        status       varchar(12) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','IN_PROGRESS','DONE')),
        done_on      date,
        note         text,
        created_at   timestamptz NOT NULL DEFAULT now(),
        updated_at   timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT inspection_follow_ups_done_check CHECK ((status = 'DONE') = (done_on IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX inspection_follow_ups_record_idx ON inspection_follow_ups (record_id, due_on)`);

    // Yearly member checks at the cell: one row per member and year, month spread deterministically.
    await q.query(`
      CREATE TABLE member_check_schedule (
        year            smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        member_id       uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        month           smallint NOT NULL CHECK (month BETWEEN 1 AND 12),
        checked_on      date,
        result          text,
        created_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (year, member_id)
      )`);
    await q.query(`CREATE INDEX member_check_schedule_org_idx ON member_check_schedule (organisation_id, year, month)`);

    // Six-monthly checks of cells planned for the upper committee; done = a cell_checks row with the same
    // (organisation_id, year, half), joined when read.
    await q.query(`
      CREATE TABLE cell_check_schedule (
        organisation_id          uuid NOT NULL REFERENCES organisations(id),
        year                     smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        half                     smallint NOT NULL CHECK (half IN (1, 2)),
        checking_organisation_id uuid NOT NULL REFERENCES organisations(id),
        month                    smallint NOT NULL CHECK (month BETWEEN 1 AND 12),
        created_at               timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, year, half),
        CONSTRAINT cell_check_schedule_half_month_check CHECK ((half = 1 AND month <= 6) OR (half = 2 AND month >= 7))
      )`);
    await q.query(`CREATE INDEX cell_check_schedule_checker_idx ON cell_check_schedule (checking_organisation_id, year, half)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE cell_check_schedule`);
    await q.query(`DROP TABLE member_check_schedule`);
    await q.query(`DROP TABLE inspection_follow_ups`);
    await q.query(`DROP TABLE inspection_violations`);
    await q.query(`DROP TABLE inspection_records`);
    await q.query(`ALTER TABLE inspection_plans DROP CONSTRAINT inspection_plans_current_run_fk`);
    await q.query(`DROP TABLE inspection_picks`);
    await q.query(`DROP TABLE inspection_sampling_runs`);
    await q.query(`DROP TABLE inspection_plans`);
  }
}
