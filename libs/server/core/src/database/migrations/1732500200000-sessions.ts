import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Study sessions (hội nghị, lớp học tập), their connection points (điểm cầu),
 * speakers with the organisers' evaluation, and the participant snapshot
 * that also holds roll call (điểm danh): one row per session and member, so a
 * check-in is one indexed write and the same member twice is one record.
 */
export class Sessions1732500200000 implements MigrationInterface {
  name = 'Sessions1732500200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE study_sessions (
        id                         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id                uuid NOT NULL REFERENCES campaigns(id),
        organiser_organisation_id  uuid NOT NULL REFERENCES organisations(id),
        title                      varchar(500) NOT NULL,
        starts_at                  timestamptz NOT NULL,
        duration_minutes           integer NOT NULL CHECK (duration_minutes BETWEEN 15 AND 4320),
        ends_at                    timestamptz NOT NULL,
        format                     varchar(20) NOT NULL CHECK (format IN ('IN_PERSON','ONLINE','LIVE_BROADCAST','HYBRID')),
        venue                      varchar(255),
        status                     varchar(20) NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED','CLOSED','CANCELLED')),
        closed_at                  timestamptz,
        is_makeup                  boolean NOT NULL DEFAULT false,
        secretary_presented        boolean,
        pre_briefing_at            timestamptz,
        pre_briefing_note          text,
        evaluation_rule_compliance smallint CHECK (evaluation_rule_compliance BETWEEN 1 AND 5),
        evaluation_speaker_quality smallint CHECK (evaluation_speaker_quality BETWEEN 1 AND 5),
        evaluation_comment         text,
        evaluated_at               timestamptz,
        evaluated_by               uuid REFERENCES users(id),
        cancelled_at               timestamptz,
        cancelled_reason           varchar(500),
        created_by                 uuid REFERENCES users(id),
        created_at                 timestamptz NOT NULL DEFAULT now(),
        updated_at                 timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT study_sessions_ends_check CHECK (ends_at > starts_at)
      )`);
    await q.query(`CREATE INDEX study_sessions_campaign_idx ON study_sessions (campaign_id, organiser_organisation_id)`);
    await q.query(`CREATE INDEX study_sessions_organiser_idx ON study_sessions (organiser_organisation_id, starts_at)`);
    await q.query(`CREATE INDEX study_sessions_open_idx ON study_sessions (ends_at) WHERE status = 'PLANNED'`);

    await q.query(`
      CREATE TABLE session_connection_points (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id           uuid NOT NULL REFERENCES study_sessions(id) ON DELETE CASCADE,
        host_organisation_id uuid NOT NULL REFERENCES organisations(id),
        place                varchar(255) NOT NULL,
        created_at           timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT session_connection_points_key UNIQUE (session_id, host_organisation_id, place)
      )`);

    // Speakers of a session and the organisers' evaluation of each (score 1-5 and a comment).
    await q.query(`
      CREATE TABLE session_speakers (
        session_id   uuid NOT NULL REFERENCES study_sessions(id) ON DELETE CASCADE,
        speaker_id   uuid NOT NULL REFERENCES speakers(id),
        topic        varchar(500),
        score        smallint CHECK (score BETWEEN 1 AND 5),
        comment      text,
        evaluated_at timestamptz,
        evaluated_by uuid REFERENCES users(id),
        PRIMARY KEY (session_id, speaker_id)
      )`);
    await q.query(`CREATE INDEX session_speakers_speaker_idx ON session_speakers (speaker_id)`);

    /*
     * The participant list (danh sách học viên) and roll call in one row per member:
     * - organisation_id: the member's organisation on the session date (snapshot);
     * - source GENERATED (from audience rules) or MANUAL (added with added_reason);
     *   removed_at/removed_reason mark a manual removal (the row stays for history);
     * - status NULL = not marked yet; PRESENT, LATE, LEFT_EARLY, EXCUSED (with reason), UNEXCUSED;
     * - status_source: SECRETARY, SELF (check-in code), IMPORT (conference system), AUTO_CLOSE (session ended);
     * - makeup_session_id: the make-up session an absentee was assigned to.
     */
    await q.query(`
      CREATE TABLE session_participants (
        session_id          uuid NOT NULL REFERENCES study_sessions(id) ON DELETE CASCADE,
        member_id           uuid NOT NULL REFERENCES members(id),
        organisation_id     uuid NOT NULL REFERENCES organisations(id),
        connection_point_id uuid REFERENCES session_connection_points(id),
        source              varchar(20) NOT NULL CHECK (source IN ('GENERATED','MANUAL','WALK_IN')),
        added_reason        varchar(500),
        removed_at          timestamptz,
        removed_reason      varchar(500),
        status              varchar(20) CHECK (status IN ('PRESENT','LATE','LEFT_EARLY','EXCUSED','UNEXCUSED')),
        status_source       varchar(20) CHECK (status_source IN ('SECRETARY','SELF','IMPORT','AUTO_CLOSE')),
        status_reason       varchar(500),
        checked_in_at       timestamptz,
        checked_out_at      timestamptz,
        marked_by           uuid REFERENCES users(id),
        marked_at           timestamptz,
        makeup_session_id   uuid REFERENCES study_sessions(id),
        PRIMARY KEY (session_id, member_id),
        CONSTRAINT session_participants_manual_reason CHECK (source <> 'MANUAL' OR added_reason IS NOT NULL),
        CONSTRAINT session_participants_removed_reason CHECK (removed_at IS NULL OR removed_reason IS NOT NULL),
        CONSTRAINT session_participants_excuse_reason CHECK (status IS DISTINCT FROM 'EXCUSED' OR status_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX session_participants_member_idx ON session_participants (member_id, session_id)`);
    await q.query(`CREATE INDEX session_participants_org_idx ON session_participants (organisation_id)`);
    // Make-up assignments (học bù): who was sent to a make-up session.
    await q.query(`CREATE INDEX session_participants_makeup_idx ON session_participants (makeup_session_id) WHERE makeup_session_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE session_participants`);
    await q.query(`DROP TABLE session_speakers`);
    await q.query(`DROP TABLE session_connection_points`);
    await q.query(`DROP TABLE study_sessions`);
  }
}
