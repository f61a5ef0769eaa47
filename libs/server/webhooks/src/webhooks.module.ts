import { Module } from '@nestjs/common';

/** Webhook subscriptions of service accounts and their delivery log. */
@Module({})
export class WebhooksModule {}
