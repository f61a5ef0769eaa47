import { Module } from '@nestjs/common';

/** Notifications module (API side): resolvers, controllers, services, repositories. */
@Module({})
export class NotificationsModule {}
