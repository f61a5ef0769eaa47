import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Party cell life (seed 002): cell meetings (sinh hoạt chi bộ) with member
 * attendance, six-monthly checks of cells by an upper committee (kiểm tra chi
 * bộ 6 tháng), start-of-year registrations (đăng ký phấn đấu) and year-end
 * ratings (đánh giá, xếp loại) of organisations and members.
 *
 * A "meeting-holding cell" is an organisation of kind CELL (chi bộ trực thuộc)
 * or a GRASSROOTS organisation without active children (chi bộ cơ sở); the
 * service checks this, the tables only reference organisations.
 */
export class CellLife1732500600000 implements MigrationInterface {
  name = 'CellLife1732500600000';

  async up(q: QueryRunner): Promise<void> {
    // for_month: the first day of the month a REGULAR meeting counts for; NULL for THEMATIC (chuyên đề).
    // Every meeting ends with a resolution or conclusion (seed 002 §2.4): conclusion is required.
    await q.query(`
      CREATE TABLE cell_meetings (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        kind            varchar(10) NOT NULL CHECK (kind IN ('REGULAR','THEMATIC')),
        held_on         date NOT NULL,
        for_month       date,
        topic           varchar(500) NOT NULL CHECK (btrim(topic) <> ''),
        conclusion      text NOT NULL CHECK (btrim(conclusion) <> ''),
        resolution_id   uuid REFERENCES resolutions(id),
        created_by      uuid REFERENCES users(id),
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cell_meetings_month_check CHECK ((kind = 'REGULAR') = (for_month IS NOT NULL)),
        CONSTRAINT cell_meetings_month_first_day CHECK (for_month IS NULL OR date_trunc('month', for_month)::date = for_month),
        CONSTRAINT cell_meetings_held_in_month CHECK (for_month IS NULL OR held_on >= for_month)
      )`);
    // One regular meeting per cell and month.
    await q.query(`CREATE UNIQUE INDEX cell_meetings_regular_month_key ON cell_meetings (organisation_id, for_month) WHERE kind = 'REGULAR'`);
    await q.query(`CREATE INDEX cell_meetings_org_held_idx ON cell_meetings (organisation_id, held_on) INCLUDE (kind)`);

    await q.query(`
      CREATE TABLE cell_meeting_attendance (
        meeting_id uuid NOT NULL REFERENCES cell_meetings(id) ON DELETE CASCADE,
        member_id  uuid NOT NULL REFERENCES members(id),
        status     varchar(10) NOT NULL CHECK (status IN ('PRESENT','EXCUSED','UNEXCUSED')),
        reason     varchar(500),
        PRIMARY KEY (meeting_id, member_id),
        CONSTRAINT cell_meeting_attendance_excuse_reason CHECK (status <> 'EXCUSED' OR (reason IS NOT NULL AND btrim(reason) <> ''))
      )`);
    await q.query(`CREATE INDEX cell_meeting_attendance_member_idx ON cell_meeting_attendance (member_id, meeting_id)`);

    await q.query(`
      CREATE TABLE cell_checks (
        id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id          uuid NOT NULL REFERENCES organisations(id),
        checking_organisation_id uuid NOT NULL REFERENCES organisations(id),
        year                     smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        half                     smallint NOT NULL CHECK (half IN (1, 2)),
        checked_on               date NOT NULL,
        findings                 text NOT NULL CHECK (btrim(findings) <> ''),
        conclusion               text NOT NULL CHECK (btrim(conclusion) <> ''),
        created_by               uuid REFERENCES users(id),
        created_at               timestamptz NOT NULL DEFAULT now(),
        updated_at               timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cell_checks_period_key UNIQUE (organisation_id, year, half),
        CONSTRAINT cell_checks_not_self CHECK (checking_organisation_id <> organisation_id)
      )`);
    await q.query(`CREATE INDEX cell_checks_checker_idx ON cell_checks (checking_organisation_id, year, half)`);

    // Start-of-year registrations: an organisation's target, or a member's tasks and target (member_id set).
    // task_result: the year-end result of the registered tasks (the member's self-assessment, or recorded by the
    // cell), shown on the rating screen; task_result_on: when it was last written.
    // organisation_id of a member registration: the member's organisation on registered_on (scope and roll-ups).
    await q.query(`
      CREATE TABLE registrations (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        year            smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        member_id       uuid REFERENCES members(id),
        target_rating   varchar(15) NOT NULL CHECK (target_rating IN ('EXCELLENT','GOOD','COMPLETED','NOT_COMPLETED')),
        tasks           text,
        registered_on   date NOT NULL,
        task_result     text,
        task_result_on  date,
        created_by      uuid REFERENCES users(id),
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT registrations_member_tasks CHECK (member_id IS NULL OR (tasks IS NOT NULL AND btrim(tasks) <> '')),
        CONSTRAINT registrations_task_result CHECK ((task_result IS NULL) = (task_result_on IS NULL) AND btrim(task_result) <> '')
      )`);
    await q.query(`CREATE UNIQUE INDEX registrations_organisation_year_key ON registrations (organisation_id, year) WHERE member_id IS NULL`);
    await q.query(`CREATE UNIQUE INDEX registrations_member_year_key ON registrations (member_id, year) WHERE member_id IS NOT NULL`);
    await q.query(`CREATE INDEX registrations_year_org_idx ON registrations (year, organisation_id)`);

    // Year-end ratings (xếp loại): of an organisation, or of a member (member_id set; organisation_id = the member's
    // organisation at the year end or on rated_on, whichever is earlier).
    await q.query(`
      CREATE TABLE ratings (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        year            smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        member_id       uuid REFERENCES members(id),
        rating          varchar(15) NOT NULL CHECK (rating IN ('EXCELLENT','GOOD','COMPLETED','NOT_COMPLETED')),
        comment         text,
        rated_on        date NOT NULL,
        rated_by        uuid REFERENCES users(id),
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX ratings_organisation_year_key ON ratings (organisation_id, year) WHERE member_id IS NULL`);
    await q.query(`CREATE UNIQUE INDEX ratings_member_year_key ON ratings (member_id, year) WHERE member_id IS NOT NULL`);
    await q.query(`CREATE INDEX ratings_year_org_idx ON ratings (year, organisation_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ratings`);
    await q.query(`DROP TABLE registrations`);
    await q.query(`DROP TABLE cell_checks`);
    await q.query(`DROP TABLE cell_meeting_attendance`);
    await q.query(`DROP TABLE cell_meetings`);
  }
}
