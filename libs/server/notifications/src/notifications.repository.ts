import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { NotificationItem } from './notification-item';

export interface NotificationRow {
  id: string;
  organisation_id: string | null;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
  /** created_at with microseconds (UTC ISO text), the exact keyset value for the next page. */
  cursor_at: string;
}

export interface EmailRow {
  id: string;
  title: string;
  body: string;
  link: string | null;
  emailed_at: Date | null;
  email: string | null;
}

const COLUMNS = `n.id, n.organisation_id, n.kind, n.title, n.body, n.link, n.created_at, n.read_at,
  to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at`;

/** SQL of the notifications table (thông báo). */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Set-based insert; a (recipient, dedupe key) already present is skipped.
   * Returns the ids of the rows written whose recipient has an e-mail address.
   */
  async insert(manager: EntityManager, items: NotificationItem[]): Promise<string[]> {
    const rows = items.map((i) => ({
      recipient_user_id: i.recipientUserId,
      organisation_id: i.organisationId ?? null,
      kind: i.kind,
      title: i.title,
      body: i.body,
      link: i.link ?? null,
      dedupe_key: i.dedupeKey ?? null,
    }));
    const written = (await manager.query(
      `WITH ins AS (
         INSERT INTO notifications (recipient_user_id, organisation_id, kind, title, body, link, dedupe_key)
         SELECT r.recipient_user_id, r.organisation_id, r.kind, r.title, r.body, r.link, r.dedupe_key
           FROM jsonb_to_recordset($1::jsonb) AS r(recipient_user_id uuid, organisation_id uuid, kind text, title text,
                                                  body text, link text, dedupe_key text)
         ON CONFLICT (recipient_user_id, dedupe_key) DO NOTHING
         RETURNING id, recipient_user_id)
       SELECT ins.id FROM ins JOIN users u ON u.id = ins.recipient_user_id
        WHERE u.email IS NOT NULL AND u.is_active`,
      [JSON.stringify(rows)],
    )) as { id: string }[];
    return written.map((r) => r.id);
  }

  /** The recipient's notifications, newest first (keyset on created_at, id). */
  async listForUser(
    userId: string,
    opts: { unreadOnly: boolean; limit: number; after?: [string, string] },
  ): Promise<NotificationRow[]> {
    const params: unknown[] = [userId];
    const where = [`n.recipient_user_id = $1`];
    if (opts.unreadOnly) where.push(`n.read_at IS NULL`);
    if (opts.after) {
      where.push(`(n.created_at, n.id) < ($${params.push(opts.after[0])}::timestamptz, $${params.push(opts.after[1])}::uuid)`);
    }
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM notifications n WHERE ${where.join(' AND ')}
        ORDER BY n.created_at DESC, n.id DESC LIMIT ${opts.limit}`,
      params,
    );
  }

  async countForUser(userId: string, unreadOnly: boolean): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE recipient_user_id = $1 ${unreadOnly ? 'AND read_at IS NULL' : ''}`,
      [userId],
    );
    return row.n;
  }

  /**
   * Marks the recipient's own notifications read. With ids, all or nothing:
   * when one id is not the recipient's (another user's, or unknown), nothing
   * changes and false is returned.
   */
  async markRead(userId: string, ids: string[] | 'all'): Promise<boolean> {
    if (ids === 'all') {
      await this.dataSource.query(
        `UPDATE notifications SET read_at = now() WHERE recipient_user_id = $1 AND read_at IS NULL`,
        [userId],
      );
      return true;
    }
    const [row] = (await this.dataSource.query(
      `WITH mine AS (SELECT id, read_at FROM notifications WHERE recipient_user_id = $1 AND id = ANY($2::uuid[]))
       , ok AS (SELECT count(*) = cardinality($2::uuid[]) AS all_mine FROM mine)
       , upd AS (UPDATE notifications n SET read_at = now() FROM mine, ok
                  WHERE ok.all_mine AND n.id = mine.id AND mine.read_at IS NULL RETURNING n.id)
       SELECT ok.all_mine, (SELECT count(*) FROM upd)::int AS updated FROM ok`,
      [userId, ids],
    )) as { all_mine: boolean }[];
    return row.all_mine;
  }

  async forEmail(id: string): Promise<EmailRow | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT n.id, n.title, n.body, n.link, n.emailed_at, u.email
         FROM notifications n JOIN users u ON u.id = n.recipient_user_id
        WHERE n.id = $1`,
      [id],
    );
    return row;
  }

  async markEmailed(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE notifications SET emailed_at = now(), email_error = NULL WHERE id = $1`, [id]);
  }

  async markEmailError(id: string, error: string): Promise<void> {
    await this.dataSource.query(`UPDATE notifications SET email_error = $2 WHERE id = $1`, [id, error.slice(0, 500)]);
  }
}
