import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AccessScope, Policy, Scope } from '@qt/server-core';
import { MarkNotificationsReadInput, MyNotificationsArgs } from './dtos/notification.dto';
import { MarkNotificationsReadResult, NotificationConnection, UnreadNotificationCount } from './notification.types';
import { MyNotificationsService } from './my-notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly service: MyNotificationsService) {}

  /** Your notifications (thông báo), newest first; `unreadOnly=true` for the unread ones. */
  @Get()
  @Policy('notification.readSelf')
  @ApiOkResponse({ type: NotificationConnection })
  list(@Scope() scope: AccessScope, @Query() query: MyNotificationsArgs) {
    return this.service.list(scope, query);
  }

  /** How many of your notifications are unread (the badge). */
  @Get('unread-count')
  @Policy('notification.readSelf')
  @ApiOkResponse({ type: UnreadNotificationCount })
  async unreadCount(@Scope() scope: AccessScope): Promise<UnreadNotificationCount> {
    return { unreadCount: await this.service.unreadCount(scope) };
  }

  /** Marks your notifications read: `{ ids: [...] }` (all must be yours, else 404, nothing changes) or `{ all: true }`. */
  @Post('read')
  @HttpCode(200)
  @Policy('notification.markReadSelf')
  @ApiOkResponse({ type: MarkNotificationsReadResult })
  @ApiBadRequestResponse({ description: 'Neither or both of ids and all' })
  @ApiNotFoundResponse({ description: 'An id is not one of your notifications' })
  async markRead(@Scope() scope: AccessScope, @Body() body: MarkNotificationsReadInput) {
    return { unreadCount: await this.service.markRead(scope, body) };
  }
}
