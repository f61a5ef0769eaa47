import { BullModule } from '@nestjs/bullmq';
import { AppConfig } from '../config/app-config';

/**
 * Queue names, job names and default job options in one place.
 * The worker registers a processor for every queue listed here.
 */
export const QUEUES = {
  /** Housekeeping: expired refresh tokens, finished idempotency keys. */
  maintenance: 'maintenance',
  /** Study sessions: closing a finished session (unmarked → unexcused absence), absence-streak warnings. */
  sessions: 'sessions',
  /** Essays: too-short and near-duplicate detection when essays arrive. */
  essays: 'essays',
  /** Notifications: deadline reminders (delayed jobs) and e-mail delivery. */
  notifications: 'notifications',
  /** Annual compliance reports: computing a snapshot (on demand and the annual run). */
  reports: 'reports',
  /** Inspections: seeded sampling of the organisations an inspection plan inspects (kiểm tra theo kế hoạch). */
  inspections: 'inspections',
  /** Webhooks: relay of domain events to subscriptions, signed deliveries with retries, the missed-deadline scan. */
  webhooks: 'webhooks',
} as const;

export const JOBS = {
  purgeExpiredTokens: 'purge-expired-tokens',
  purgeIdempotencyKeys: 'purge-idempotency-keys',
  closeSession: 'close-session',
  checkAbsenceStreaks: 'check-absence-streaks',
  detectEssayFlags: 'detect-essay-flags',
  campaignDeadlineReminder: 'campaign-deadline-reminder',
  essayDueReminder: 'essay-due-reminder',
  sendEmail: 'send-email',
  computeAnnualReport: 'compute-annual-report',
  scheduleAnnualReports: 'schedule-annual-reports',
  sampleInspectionPlan: 'sample-inspection-plan',
  relayDomainEvents: 'relay-domain-events',
  deliverWebhook: 'deliver-webhook',
  scanMissedDeadlines: 'scan-missed-deadlines',
  purgeWebhookDeliveries: 'purge-webhook-deliveries',
  purgeServiceAccessLog: 'purge-service-access-log',
} as const;

export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential' as const, delay: 2000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 1000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

/** BullMQ root configuration: one Redis connection string, one key prefix. */
export function bullRootModule() {
  return BullModule.forRootAsync({
    inject: [AppConfig],
    useFactory: (config: AppConfig) => {
      const url = new URL(config.REDIS_URL);
      return {
        prefix: config.QUEUE_PREFIX,
        connection: {
          host: url.hostname,
          port: Number(url.port || 6379),
          username: url.username || undefined,
          password: url.password || undefined,
          db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
          tls: url.protocol === 'rediss:' ? {} : undefined,
        },
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      };
    },
  });
}
