import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@qt/server-core';
import { EmailOutbox } from './email/email-outbox';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { MyNotificationsService } from './my-notifications.service';
import { RemindersService } from './reminders/reminders.service';

/**
 * Notifications (thông báo) and deadline reminders (nhắc hạn). Importable by
 * API and worker modules alike: it registers the notifications queue itself
 * and exports NotificationsService.notify and RemindersService.scheduleCampaign.
 */
const notificationsQueue = BullModule.registerQueue({ name: QUEUES.notifications });

@Module({
  imports: [notificationsQueue],
  providers: [
    NotificationsRepository,
    NotificationsService,
    MyNotificationsService,
    EmailOutbox,
    RemindersService,
    NotificationsResolver,
  ],
  controllers: [NotificationsController],
  exports: [notificationsQueue, NotificationsService, RemindersService, NotificationsRepository],
})
export class NotificationsModule {}
