import { Injectable } from '@nestjs/common';
import { AppConfig } from '@qt/server-core';
import { EntityManager } from 'typeorm';
import { EmailOutbox } from './email/email-outbox';
import { NotificationItem } from './notification-item';
import { NotificationsRepository } from './notifications.repository';

/** Writes notifications (thông báo) for other modules and the worker; e-mail copies follow after commit. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly outbox: EmailOutbox,
    private readonly config: AppConfig,
  ) {}

  /**
   * Inserts the notifications in the caller's transaction (one statement;
   * a (recipient, dedupeKey) pair already written is skipped, so a retried
   * job writes once). When SMTP_URL is set, recipients with an e-mail
   * address get a copy, queued after the transaction commits.
   */
  async notify(manager: EntityManager, items: NotificationItem[]): Promise<void> {
    if (items.length === 0) return;
    const emailIds = await this.repository.insert(manager, items);
    if (this.config.SMTP_URL) await this.outbox.afterWrite(manager, emailIds);
  }
}
