import { Injectable } from '@nestjs/common';
import { AccessScope, AppException, decodeCursor, DEFAULT_PAGE_SIZE, Page, toPage } from '@qt/server-core';
import { MarkNotificationsReadInput, MyNotificationsArgs } from './dtos/notification.dto';
import { Notification } from './notification.types';
import { NotificationRow, NotificationsRepository } from './notifications.repository';

const toNotification = (r: NotificationRow): Notification & { cursorAt: string } => ({
  cursorAt: r.cursor_at,
  id: r.id,
  organisationId: r.organisation_id,
  kind: r.kind,
  title: r.title,
  body: r.body,
  link: r.link,
  createdAt: r.created_at,
  readAt: r.read_at,
  isRead: r.read_at !== null,
});

/** The signed-in user's own notifications ('self' scope: the user, never anyone else). */
@Injectable()
export class MyNotificationsService {
  constructor(private readonly repository: NotificationsRepository) {}

  async list(scope: AccessScope, args: MyNotificationsArgs): Promise<Page<Notification>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const cursor = decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined;
    if (cursor && Number.isNaN(Date.parse(cursor[0]))) throw AppException.badInput('after is not a valid cursor', 'after');
    const userId = scope.actor.userId;
    const [rows, totalCount] = await Promise.all([
      this.repository.listForUser(userId, { unreadOnly: args.unreadOnly ?? false, limit: first + 1, after: cursor }),
      this.repository.countForUser(userId, args.unreadOnly ?? false),
    ]);
    const page = toPage(rows.map(toNotification), first, (n) => [n.cursorAt, n.id]);
    return { ...page, nodes: page.nodes.map(({ cursorAt: _c, ...n }) => n), totalCount };
  }

  unreadCount(scope: AccessScope): Promise<number> {
    return this.repository.countForUser(scope.actor.userId, true);
  }

  /** Marks your notifications read: the listed ids (all must be yours, else 404 and nothing changes) or all of them. */
  async markRead(scope: AccessScope, input: MarkNotificationsReadInput): Promise<number> {
    const hasIds = input.ids !== undefined && input.ids !== null;
    if (hasIds === (input.all === true)) {
      throw AppException.badInput('give either ids or all: true', hasIds ? 'all' : 'ids');
    }
    const ok = await this.repository.markRead(scope.actor.userId, hasIds ? [...new Set(input.ids)] : 'all');
    if (!ok) throw AppException.notFound('Notification');
    return this.unreadCount(scope);
  }
}
