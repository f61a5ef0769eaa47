import { Module } from '@nestjs/common';

/** Webhook deliveries (signed, retried) run in apps/worker. */
@Module({})
export class WebhooksWorkerModule {}
