import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Action programmes (chương trình hành động) with items, milestones and progress; personal action plans
 * (kế hoạch hành động cá nhân) with reviews and yearly evaluations (domain.md §6, seed 000 III.2 and III.4,
 * seed 003 point 1, seed 004 II.5).
 */
export class Programmes1732500500000 implements MigrationInterface {
  name = 'Programmes1732500500000';

  async up(q: QueryRunner): Promise<void> {
    // One programme per committee per campaign. DRAFT → DISCUSSED (thảo luận dân chủ, with the record)
    // → ISSUED (ban hành) → EVALUATED. The checks keep each state's facts present.
    await q.query(`
      CREATE TABLE action_programmes (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id        uuid NOT NULL REFERENCES campaigns(id),
        organisation_id    uuid NOT NULL REFERENCES organisations(id),
        title              varchar(500) NOT NULL,
        status             varchar(20) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','DISCUSSED','ISSUED','EVALUATED')),
        discussion_record  text,
        discussed_on       date,
        document_number    varchar(64),
        issued_on          date,
        evaluation         text,
        evaluation_result  varchar(20) CHECK (evaluation_result IN ('EXCELLENT','GOOD','COMPLETED','NOT_COMPLETED')),
        evaluated_on       date,
        created_by         uuid REFERENCES users(id),
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT action_programmes_one_per_committee UNIQUE (campaign_id, organisation_id),
        CONSTRAINT action_programmes_discussed_check CHECK (status = 'DRAFT' OR (discussion_record IS NOT NULL AND discussed_on IS NOT NULL)),
        CONSTRAINT action_programmes_issued_check CHECK (status IN ('DRAFT','DISCUSSED') OR issued_on IS NOT NULL),
        CONSTRAINT action_programmes_issue_after_discussion CHECK (issued_on IS NULL OR issued_on >= discussed_on),
        CONSTRAINT action_programmes_evaluated_check CHECK (status <> 'EVALUATED'
          OR (evaluation IS NOT NULL AND evaluation_result IS NOT NULL AND evaluated_on IS NOT NULL AND evaluated_on >= issued_on))
      )`);
    await q.query(`CREATE INDEX action_programmes_organisation_idx ON action_programmes (organisation_id)`);

    // Items: target (chỉ tiêu), solutions (giải pháp), an owner (an organisation or a member) and a deadline.
    // position is the item's number in the document (1-based); unique, checked at the end of each statement.
    await q.query(`
      CREATE TABLE action_programme_items (
        id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id           uuid NOT NULL REFERENCES action_programmes(id) ON DELETE CASCADE,
        position               integer NOT NULL CHECK (position > 0),
        title                  varchar(500) NOT NULL,
        target                 text,
        solutions              text,
        owner_organisation_id  uuid REFERENCES organisations(id),
        owner_member_id        uuid REFERENCES members(id),
        deadline               date,
        status                 varchar(20) NOT NULL DEFAULT 'NOT_STARTED' CHECK (status IN ('NOT_STARTED','IN_PROGRESS','DONE')),
        evidence               text,
        progress_on            date,
        created_at             timestamptz NOT NULL DEFAULT now(),
        updated_at             timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT action_programme_items_position_key UNIQUE (programme_id, position) DEFERRABLE INITIALLY IMMEDIATE,
        CONSTRAINT action_programme_items_one_owner CHECK (num_nonnulls(owner_organisation_id, owner_member_id) <= 1)
      )`);

    // Roadmap (lộ trình): dated steps of an item, each with the day it was done.
    await q.query(`
      CREATE TABLE action_programme_milestones (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id      uuid NOT NULL REFERENCES action_programme_items(id) ON DELETE CASCADE,
        due_on       date NOT NULL,
        description  varchar(1000) NOT NULL,
        done_on      date,
        created_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX action_programme_milestones_item_idx ON action_programme_milestones (item_id, due_on)`);

    // Progress reports of an item after issue (append-only history; the item keeps the latest).
    await q.query(`
      CREATE TABLE action_programme_item_progress (
        id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        item_id      uuid NOT NULL REFERENCES action_programme_items(id) ON DELETE CASCADE,
        status       varchar(20) NOT NULL CHECK (status IN ('NOT_STARTED','IN_PROGRESS','DONE')),
        evidence     text,
        reported_on  date NOT NULL,
        reported_by  uuid REFERENCES users(id),
        created_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX action_programme_item_progress_item_idx ON action_programme_item_progress (item_id, id)`);

    // Personal action plans: one per member per campaign. DRAFT → SUBMITTED → ACCEPTED, or RETURNED (editable
    // again) → SUBMITTED. organisation_id: where the member took part in party life when the plan was created;
    // with members.is_under_bloc_standing_committee it decides who oversees the plan (seed 000 III.2).
    await q.query(`
      CREATE TABLE personal_action_plans (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id      uuid NOT NULL REFERENCES campaigns(id),
        member_id        uuid NOT NULL REFERENCES members(id),
        organisation_id  uuid NOT NULL REFERENCES organisations(id),
        content          text NOT NULL,
        status           varchar(20) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','SUBMITTED','RETURNED','ACCEPTED')),
        submitted_at     timestamptz,
        reviewed_at      timestamptz,
        reviewed_by      uuid REFERENCES users(id),
        review_comment   text,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT personal_action_plans_one_per_member UNIQUE (campaign_id, member_id),
        CONSTRAINT personal_action_plans_submitted_check CHECK (status = 'DRAFT' OR submitted_at IS NOT NULL),
        CONSTRAINT personal_action_plans_reviewed_check CHECK (status NOT IN ('RETURNED','ACCEPTED') OR reviewed_at IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX personal_action_plans_member_idx ON personal_action_plans (member_id)`);
    await q.query(`CREATE INDEX personal_action_plans_organisation_idx ON personal_action_plans (organisation_id, campaign_id)`);

    // Every review decision (the plan keeps the latest).
    await q.query(`
      CREATE TABLE personal_plan_reviews (
        id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        plan_id      uuid NOT NULL REFERENCES personal_action_plans(id) ON DELETE CASCADE,
        decision     varchar(20) NOT NULL CHECK (decision IN ('ACCEPTED','RETURNED')),
        comment      text,
        reviewed_by  uuid REFERENCES users(id),
        reviewed_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX personal_plan_reviews_plan_idx ON personal_plan_reviews (plan_id, id)`);

    // Yearly evaluation of implementation (đánh giá kết quả thực hiện hằng năm).
    await q.query(`
      CREATE TABLE personal_plan_evaluations (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id       uuid NOT NULL REFERENCES personal_action_plans(id) ON DELETE CASCADE,
        year          integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        result        varchar(20) NOT NULL CHECK (result IN ('EXCELLENT','GOOD','COMPLETED','NOT_COMPLETED')),
        comment       text,
        evaluated_by  uuid REFERENCES users(id),
        evaluated_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT personal_plan_evaluations_year_key UNIQUE (plan_id, year)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE personal_plan_evaluations`);
    await q.query(`DROP TABLE personal_plan_reviews`);
    await q.query(`DROP TABLE personal_action_plans`);
    await q.query(`DROP TABLE action_programme_item_progress`);
    await q.query(`DROP TABLE action_programme_milestones`);
    await q.query(`DROP TABLE action_programme_items`);
    await q.query(`DROP TABLE action_programmes`);
  }
}
