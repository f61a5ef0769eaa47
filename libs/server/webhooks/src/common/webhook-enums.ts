import { registerEnumType } from '@nestjs/graphql';
import { DOMAIN_EVENT_TYPES, DomainEventType } from '@qt/server-core';

/** The domain events a subscription may ask for (GraphQL names: dots become underscores). */
export enum WebhookEventType {
  REPORT_SUBMITTED = 'report.submitted',
  REPORT_ACCEPTED = 'report.accepted',
  SESSION_COMPLETED = 'session.completed',
  CAMPAIGN_DEADLINE_MISSED = 'campaign.deadline_missed',
  INSPECTION_PLAN_PUBLISHED = 'inspection.plan_published',
}
registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description:
    'report.submitted (báo cáo đã nộp), report.accepted (báo cáo được chấp nhận), session.completed (hội nghị học tập đã kết thúc), ' +
    'campaign.deadline_missed (quá hạn học tập còn đảng viên chưa học), inspection.plan_published (kế hoạch kiểm tra đã công bố)',
});

// The enum and the outbox's list must stay the same set.
const enumValues: readonly string[] = Object.values(WebhookEventType);
if (enumValues.length !== DOMAIN_EVENT_TYPES.length || !DOMAIN_EVENT_TYPES.every((t: DomainEventType) => enumValues.includes(t))) {
  throw new Error('WebhookEventType and DOMAIN_EVENT_TYPES differ');
}

/** Where a delivery stands. */
export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING (đang gửi hoặc chờ gửi lại), DELIVERED (đã nhận, mã 2xx), FAILED (hết số lần thử; có thể gửi lại)',
});
