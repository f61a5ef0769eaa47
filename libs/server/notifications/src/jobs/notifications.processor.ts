import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, JOBS, QUEUES } from '@qt/server-core';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { isPermanentMailError, Mailer } from '../email/mailer';
import { NotificationsRepository } from '../notifications.repository';
import { NotificationsService } from '../notifications.service';
import { deadlineReminder, essayReminder } from '../reminders/reminder-messages';
import { RemindersRepository } from '../reminders/reminders.repository';
import { RemindersService } from '../reminders/reminders.service';
import { CampaignDeadlineReminderJob, EssayDueReminderJob, REMINDER_SWEEP_JOB, SendEmailJob } from './job-payloads';

/** Jobs of QUEUES.notifications: deadline reminders, e-mail delivery, the daily reminder sweep. All idempotent. */
@Processor(QUEUES.notifications)
export class NotificationsProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(NotificationsProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
    private readonly repository: NotificationsRepository,
    private readonly reminders: RemindersService,
    private readonly recipients: RemindersRepository,
    private readonly mailer: Mailer,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.WORKER_CONCURRENCY;
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case JOBS.campaignDeadlineReminder:
        return this.campaignDeadlineReminder(job.data as CampaignDeadlineReminderJob);
      case JOBS.essayDueReminder:
        return this.essayDueReminder(job.data as EssayDueReminderJob);
      case JOBS.sendEmail:
        return this.sendEmail(job as Job<SendEmailJob>);
      case REMINDER_SWEEP_JOB:
        return this.sweep();
      default:
        throw new Error(`No handler for job ${job.name} on queue ${QUEUES.notifications}`);
    }
  }

  /** Offices and cell secretaries of the organisations of the level that are behind. */
  private async campaignDeadlineReminder(data: CampaignDeadlineReminderJob): Promise<{ notified: number }> {
    const notified = await this.dataSource.transaction(async (manager) => {
      const rows = await this.recipients.deadlineRecipients(manager, data.campaignId, data.level, data.deadline);
      await this.notifications.notify(manager, rows.map((r) => deadlineReminder(data, r)));
      return rows.length;
    });
    this.logger.log(`Deadline reminder ${data.campaignId}/${data.level} (${data.daysBefore}d): ${notified} recipient(s)`);
    return { notified };
  }

  /** Every essay-required member with a user account and no essay yet. */
  private async essayDueReminder(data: EssayDueReminderJob): Promise<{ notified: number }> {
    const notified = await this.dataSource.transaction(async (manager) => {
      const rows = await this.recipients.essayRecipients(manager, data.campaignId, data.dueOn);
      await this.notifications.notify(manager, rows.map((r) => essayReminder(data, r)));
      return rows.length;
    });
    this.logger.log(`Essay reminder ${data.campaignId} (${data.daysBefore}d): ${notified} recipient(s)`);
    return { notified };
  }

  /**
   * Sends the e-mail copy of a notification once (emailed_at). A failure is
   * recorded in email_error and retried with backoff; a permanent failure
   * (SMTP 5xx) or the last attempt is recorded and the job ends.
   */
  private async sendEmail(job: Job<SendEmailJob>): Promise<{ sent: boolean; error?: string }> {
    const row = await this.repository.forEmail(job.data.notificationId);
    if (!row || row.emailed_at || !row.email) return { sent: false };
    if (!this.mailer.configured) {
      await this.repository.markEmailError(row.id, 'SMTP_URL is not configured');
      return { sent: false, error: 'SMTP_URL is not configured' };
    }
    try {
      const text = row.link ? `${row.body}\n\nXem chi tiết trong hệ thống Quán Triệt: ${row.link}` : row.body;
      await this.mailer.send({ to: row.email, subject: row.title, text });
      await this.repository.markEmailed(row.id);
      return { sent: true };
    } catch (err) {
      const message = (err as Error).message || String(err);
      await this.repository.markEmailError(row.id, message);
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (isPermanentMailError(err) || lastAttempt) {
        this.logger.warn(`E-mail for notification ${row.id} failed for good: ${message}`);
        return { sent: false, error: message };
      }
      throw err;
    }
  }

  /** Daily safety net: re-plans the reminders of every issued campaign with dates ahead. */
  private async sweep(): Promise<{ campaigns: number }> {
    const ids = await this.reminders.activeCampaignIds();
    for (const id of ids) await this.reminders.scheduleCampaign(id);
    return { campaigns: ids.length };
  }
}
