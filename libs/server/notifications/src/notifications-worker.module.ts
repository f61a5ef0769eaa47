import { Module } from '@nestjs/common';
import { Mailer } from './email/mailer';
import { NotificationsProcessor } from './jobs/notifications.processor';
import { ReminderSweepRegistrar } from './jobs/reminder-sweep.registrar';
import { NotificationsModule } from './notifications.module';
import { RemindersRepository } from './reminders/reminders.repository';

/**
 * Notifications jobs (worker side), imported by apps/worker: deadline and
 * essay reminders, e-mail delivery (nodemailer, SMTP_URL), the daily sweep.
 */
@Module({
  imports: [NotificationsModule],
  providers: [NotificationsProcessor, ReminderSweepRegistrar, RemindersRepository, Mailer],
})
export class NotificationsWorkerModule {}
