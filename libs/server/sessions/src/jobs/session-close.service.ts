import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, recordDomainEvent, sql } from '@qt/server-core';
import { NotificationsService } from '@qt/server-notifications';
import { DataSource, EntityManager } from 'typeorm';

export const ABSENCE_STREAK_KIND = 'ABSENCE_STREAK';

interface StreakRow {
  memberId: string;
  fullName: string;
  organisationId: string;
  organisationName: string;
  recipientUserId: string;
}

/**
 * Closing a session (worker side), idempotent: a PLANNED session past its end
 * becomes CLOSED and its unmarked participants UNEXCUSED (status_source
 * AUTO_CLOSE), in one transaction together with the absence-streak check:
 * a member absent (UNEXCUSED or EXCUSED) from the last ABSENCE_STREAK_WARNING
 * closed sessions they were listed for (PRESENT, LATE and LEFT_EARLY break the
 * streak) warns the secretary of their cell — users holding CELL_SECRETARY at
 * that organisation, and the user of the member holding the SECRETARY office
 * there — once, when the streak reaches the threshold.
 */
@Injectable()
export class SessionCloseService {
  private readonly logger = new Logger(SessionCloseService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {}

  /** Closes one session if it is PLANNED and over; returns whether it closed it. */
  async close(sessionId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const closed = await manager.query(
        // Wrapped in WITH … SELECT: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
        `WITH c AS (UPDATE study_sessions SET status = 'CLOSED', closed_at = now(), updated_at = now()
          WHERE id = $1 AND status = 'PLANNED' AND ends_at <= now()
          RETURNING id, campaign_id, organiser_organisation_id, is_makeup, starts_at, ends_at) SELECT * FROM c`,
        [sessionId],
      );
      if (closed.length === 0) return false;
      const unmarked = (await manager.query(
        `WITH u AS (UPDATE session_participants SET status = 'UNEXCUSED', status_source = 'AUTO_CLOSE', marked_at = now()
          WHERE session_id = $1 AND status IS NULL AND removed_at IS NULL RETURNING member_id) SELECT member_id FROM u`,
        [sessionId],
      )).length;
      await this.recordCompleted(manager, closed[0]);
      const warned = await this.warnAbsenceStreaks(manager, sessionId);
      this.logger.log(`Closed session ${sessionId}: ${unmarked} unmarked → UNEXCUSED, ${warned} streak warning(s)`);
      return true;
    });
  }

  /** Closes every PLANNED session past its end (the sweep); returns how many. */
  async sweep(): Promise<number> {
    const due = await sql<{ id: string }>(
      this.dataSource.manager,
      `SELECT id FROM study_sessions WHERE status = 'PLANNED' AND ends_at <= now() ORDER BY ends_at LIMIT 1000`,
    );
    let n = 0;
    for (const { id } of due) if (await this.close(id)) n++;
    return n;
  }

  /** Domain event session.completed (hội nghị đã kết thúc) for webhooks, in the closing transaction: ids and counts only. */
  private async recordCompleted(
    manager: EntityManager,
    s: { id: string; campaign_id: string; organiser_organisation_id: string; is_makeup: boolean; starts_at: Date; ends_at: Date },
  ): Promise<void> {
    const [counts] = await sql<{ listed: number; studied: number; absent: number }>(
      manager,
      `SELECT count(*)::int AS listed, count(*) FILTER (WHERE status IN ('PRESENT', 'LATE'))::int AS studied,
              count(*) FILTER (WHERE status IN ('UNEXCUSED', 'EXCUSED'))::int AS absent
         FROM session_participants WHERE session_id = $1 AND removed_at IS NULL`,
      [s.id],
    );
    await recordDomainEvent(manager, {
      type: 'session.completed',
      organisationId: s.organiser_organisation_id,
      data: {
        sessionId: s.id,
        campaignId: s.campaign_id,
        isMakeup: s.is_makeup,
        startsAt: new Date(s.starts_at).toISOString(),
        endsAt: new Date(s.ends_at).toISOString(),
        participantsListed: counts.listed,
        participantsStudied: counts.studied,
        participantsAbsent: counts.absent,
      },
      dedupeKey: `session.completed:${s.id}`,
    });
  }

  private async warnAbsenceStreaks(manager: EntityManager, sessionId: string): Promise<number> {
    const threshold = this.config.ABSENCE_STREAK_WARNING;
    const rows = await sql<StreakRow>(
      manager,
      `WITH absent AS (
         SELECT sp.member_id, sp.organisation_id FROM session_participants sp
          WHERE sp.session_id = $1 AND sp.removed_at IS NULL AND sp.status IN ('UNEXCUSED','EXCUSED')
       ), recent AS (
         SELECT a.member_id, a.organisation_id, r.statuses
           FROM absent a CROSS JOIN LATERAL (
             SELECT array_agg(x.status ORDER BY x.starts_at DESC) AS statuses FROM (
               SELECT sp.status, s.starts_at FROM session_participants sp JOIN study_sessions s ON s.id = sp.session_id
                WHERE sp.member_id = a.member_id AND sp.removed_at IS NULL AND s.status = 'CLOSED'
                ORDER BY s.starts_at DESC LIMIT $2 + 1) x) r
       ), streaks AS (
         SELECT member_id, organisation_id FROM recent
          WHERE cardinality(statuses) >= $2
            AND statuses[1:$2] <@ ARRAY['UNEXCUSED','EXCUSED']::varchar[]
            AND (cardinality(statuses) = $2 OR statuses[$2 + 1] NOT IN ('UNEXCUSED','EXCUSED'))
       )
       SELECT DISTINCT st.member_id AS "memberId", m.full_name AS "fullName", st.organisation_id AS "organisationId",
              o.name AS "organisationName", rcpt.user_id AS "recipientUserId"
         FROM streaks st JOIN members m ON m.id = st.member_id JOIN organisations o ON o.id = st.organisation_id
         JOIN study_sessions s ON s.id = $1
         JOIN LATERAL (
           SELECT ra.user_id FROM role_assignments ra JOIN users u ON u.id = ra.user_id
            WHERE ra.organisation_id = st.organisation_id AND ra.role = 'CELL_SECRETARY' AND u.is_active
           UNION
           SELECT u.id FROM committee_offices co JOIN users u ON u.member_id = co.member_id
            WHERE co.organisation_id = st.organisation_id AND co.office = 'SECRETARY' AND u.is_active
              AND co.start_date <= (s.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
              AND (co.end_date IS NULL OR co.end_date >= (s.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)
         ) rcpt(user_id) ON true`,
      [sessionId, threshold],
    );
    await this.notifications.notify(
      manager,
      rows.map((r) => ({
        recipientUserId: r.recipientUserId,
        organisationId: r.organisationId,
        kind: ABSENCE_STREAK_KIND,
        title: `Đảng viên vắng học tập ${threshold} buổi liên tiếp`,
        body: `Đồng chí ${r.fullName} (${r.organisationName}) đã vắng ${threshold} buổi học tập, quán triệt nghị quyết liên tiếp. Đề nghị chi bộ nhắc nhở và bố trí học bù.`,
        link: `/members/${r.memberId}`,
        dedupeKey: `absence-streak:${r.memberId}:${sessionId}`,
      })),
    );
    return rows.length;
  }
}
