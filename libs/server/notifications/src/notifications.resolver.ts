import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessScope, Policy, Scope } from '@qt/server-core';
import { MarkNotificationsReadInput, MyNotificationsArgs } from './dtos/notification.dto';
import { MarkNotificationsReadResult, Notification, NotificationConnection } from './notification.types';
import { MyNotificationsService } from './my-notifications.service';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly service: MyNotificationsService) {}

  @Query(() => NotificationConnection, { description: 'Your notifications (thông báo), newest first' })
  @Policy('notification.readSelf')
  myNotifications(@Scope() scope: AccessScope, @Args() args: MyNotificationsArgs) {
    return this.service.list(scope, args);
  }

  @Query(() => Int, { description: 'How many of your notifications are unread' })
  @Policy('notification.readSelf')
  unreadNotificationCount(@Scope() scope: AccessScope) {
    return this.service.unreadCount(scope);
  }

  @Mutation(() => MarkNotificationsReadResult, { description: 'Mark your notifications read: ids, or all: true' })
  @Policy('notification.markReadSelf')
  async markNotificationsRead(@Scope() scope: AccessScope, @Args('input') input: MarkNotificationsReadInput) {
    return { unreadCount: await this.service.markRead(scope, input) };
  }
}
