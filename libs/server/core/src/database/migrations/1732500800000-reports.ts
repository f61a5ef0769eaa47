import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Annual compliance reports (báo cáo kết quả học tập, quán triệt), domain.md §10.
 *
 * - report_jobs: one computation request (on demand, or the annual schedule). request_key makes a request
 *   idempotent (the same Idempotency-Key, or `annual:<year>:<root>` for the schedule, is one job). The BullMQ
 *   job id is the row's id; progress 0-100 is mirrored here so clients can poll.
 * - report_snapshots: the stored result (content = ReportContent), versioned per root and year. job_id is
 *   UNIQUE, so a job retried after a crash can never leave two snapshots. Once the snapshot leaves DRAFT its
 *   content is frozen by a trigger (the database refuses, not only the service); a recomputation is a new version.
 * - report_snapshot_rows: one row per organisation of a snapshot with the metrics it misses, so inspection
 *   sampling can favour organisations below target in the latest report covering them without reading jsonb.
 */
export class Reports1732500800000 implements MigrationInterface {
  name = 'Reports1732500800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_jobs (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        root_organisation_id uuid NOT NULL REFERENCES organisations(id),
        year                 smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        trigger              varchar(10) NOT NULL DEFAULT 'ON_DEMAND' CHECK (trigger IN ('ON_DEMAND','SCHEDULE')),
        requested_by         uuid REFERENCES users(id),
        request_key          varchar(320),
        status               varchar(10) NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED','RUNNING','DONE','FAILED')),
        progress             smallint NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        attempts             integer NOT NULL DEFAULT 0,
        snapshot_id          uuid,
        error                text,
        created_at           timestamptz NOT NULL DEFAULT now(),
        started_at           timestamptz,
        finished_at          timestamptz,
        updated_at           timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT report_jobs_request_key UNIQUE (request_key),
        CONSTRAINT report_jobs_done_check CHECK (status <> 'DONE' OR (snapshot_id IS NOT NULL AND progress = 100))
      )`);
    await q.query(`CREATE INDEX report_jobs_root_year_idx ON report_jobs (root_organisation_id, year, created_at DESC)`);

    await q.query(`
      CREATE TABLE report_snapshots (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        root_organisation_id uuid NOT NULL REFERENCES organisations(id),
        year                 smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        version              integer NOT NULL CHECK (version >= 1),
        status               varchar(10) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','SUBMITTED','ACCEPTED','RETURNED')),
        inputs_hash          char(64) NOT NULL,
        content              jsonb NOT NULL,
        job_id               uuid REFERENCES report_jobs(id),
        as_of                date NOT NULL,
        computed_at          timestamptz NOT NULL DEFAULT now(),
        duration_ms          integer,
        submitted_at         timestamptz,
        submitted_by         uuid REFERENCES users(id),
        reviewed_at          timestamptz,
        reviewed_by          uuid REFERENCES users(id),
        review_comment       text,
        CONSTRAINT report_snapshots_version_key UNIQUE (root_organisation_id, year, version),
        CONSTRAINT report_snapshots_job_key UNIQUE (job_id),
        CONSTRAINT report_snapshots_submitted_check CHECK (status = 'DRAFT' OR submitted_at IS NOT NULL),
        CONSTRAINT report_snapshots_reviewed_check CHECK (status NOT IN ('ACCEPTED','RETURNED') OR reviewed_at IS NOT NULL),
        CONSTRAINT report_snapshots_return_comment CHECK (status <> 'RETURNED' OR btrim(review_comment) <> '')
      )`);
    await q.query(`CREATE INDEX report_snapshots_year_idx ON report_snapshots (year, status)`);
    await q.query(`ALTER TABLE report_jobs ADD CONSTRAINT report_jobs_snapshot_fk FOREIGN KEY (snapshot_id) REFERENCES report_snapshots(id)`);

    await q.query(`
      CREATE TABLE report_snapshot_rows (
        snapshot_id     uuid NOT NULL REFERENCES report_snapshots(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        depth           smallint NOT NULL,
        below_target    boolean NOT NULL,
        missed          text[] NOT NULL DEFAULT '{}',
        PRIMARY KEY (snapshot_id, organisation_id)
      )`);
    await q.query(`CREATE INDEX report_snapshot_rows_org_idx ON report_snapshot_rows (organisation_id, snapshot_id)`);

    // A snapshot that left DRAFT never changes again except along its review path
    // (SUBMITTED → ACCEPTED | RETURNED), and is never deleted; its rows are frozen with it.
    await q.query(`
      CREATE FUNCTION report_snapshots_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.status <> 'DRAFT' THEN
            RAISE EXCEPTION 'report snapshot % is %, it cannot be deleted', OLD.id, OLD.status USING ERRCODE = 'check_violation',
              CONSTRAINT = 'report_snapshots_immutable';
          END IF;
          RETURN OLD;
        END IF;
        IF NEW.content IS DISTINCT FROM OLD.content OR NEW.inputs_hash IS DISTINCT FROM OLD.inputs_hash
           OR NEW.root_organisation_id IS DISTINCT FROM OLD.root_organisation_id OR NEW.year IS DISTINCT FROM OLD.year
           OR NEW.version IS DISTINCT FROM OLD.version OR NEW.job_id IS DISTINCT FROM OLD.job_id
           OR NEW.as_of IS DISTINCT FROM OLD.as_of OR NEW.computed_at IS DISTINCT FROM OLD.computed_at THEN
          RAISE EXCEPTION 'report snapshot % is a stored computation: recompute to get a new version', OLD.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'report_snapshots_immutable';
        END IF;
        IF OLD.status <> NEW.status AND NOT (
             (OLD.status = 'DRAFT' AND NEW.status = 'SUBMITTED')
          OR (OLD.status = 'SUBMITTED' AND NEW.status IN ('ACCEPTED','RETURNED'))) THEN
          RAISE EXCEPTION 'report snapshot % cannot go from % to %', OLD.id, OLD.status, NEW.status
            USING ERRCODE = 'check_violation', CONSTRAINT = 'report_snapshots_status_flow';
        END IF;
        IF OLD.status <> 'DRAFT' AND OLD.status = NEW.status AND (
             NEW.submitted_at IS DISTINCT FROM OLD.submitted_at OR NEW.submitted_by IS DISTINCT FROM OLD.submitted_by
          OR NEW.reviewed_at IS DISTINCT FROM OLD.reviewed_at OR NEW.reviewed_by IS DISTINCT FROM OLD.reviewed_by
          OR NEW.review_comment IS DISTINCT FROM OLD.review_comment) THEN
          RAISE EXCEPTION 'report snapshot % is %, it cannot change', OLD.id, OLD.status
            USING ERRCODE = 'check_violation', CONSTRAINT = 'report_snapshots_immutable';
        END IF;
        RETURN NEW;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER report_snapshots_guard BEFORE UPDATE OR DELETE ON report_snapshots
      FOR EACH ROW EXECUTE FUNCTION report_snapshots_guard()`);

    await q.query(`
      CREATE FUNCTION report_snapshot_rows_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM report_snapshots s WHERE s.id = COALESCE(NEW.snapshot_id, OLD.snapshot_id) AND s.status <> 'DRAFT') THEN
          RAISE EXCEPTION 'rows of a submitted report snapshot cannot change' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'report_snapshots_immutable';
        END IF;
        RETURN COALESCE(NEW, OLD);
      END
      $$`);
    await q.query(`
      CREATE TRIGGER report_snapshot_rows_guard BEFORE INSERT OR UPDATE OR DELETE ON report_snapshot_rows
      FOR EACH ROW EXECUTE FUNCTION report_snapshot_rows_guard()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_snapshot_rows`);
    await q.query(`DROP FUNCTION report_snapshot_rows_guard()`);
    await q.query(`ALTER TABLE report_jobs DROP CONSTRAINT report_jobs_snapshot_fk`);
    await q.query(`DROP TABLE report_snapshots`);
    await q.query(`DROP FUNCTION report_snapshots_guard()`);
    await q.query(`DROP TABLE report_jobs`);
  }
}
