export * from './webhooks.module';
export * from './webhooks-worker.module';
export * from './common/signature';
export * from './common/webhook-enums';
export { WebhookRelayService } from './worker/relay.service';
export { MissedDeadlinesService } from './worker/missed-deadlines.service';
export { DeliveryRetentionService, WEBHOOK_LOG_RETENTION_DAYS } from './worker/delivery-retention.service';
