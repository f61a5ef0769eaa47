/** One notification to write (thông báo), as other modules hand it to NotificationsService.notify. */
export interface NotificationItem {
  recipientUserId: string;
  organisationId?: string | null;
  /** Machine kind, e.g. CAMPAIGN_DEADLINE_REMINDER, ESSAY_DUE_REMINDER, ABSENCE_STREAK. */
  kind: string;
  /** Vietnamese title (also the e-mail subject). */
  title: string;
  body: string;
  /** Path in the admin app, e.g. /campaigns/<id>. */
  link?: string | null;
  /** With the recipient, makes the write idempotent: a retried job writes once. */
  dedupeKey?: string | null;
}

export const NOTIFICATION_KINDS = {
  campaignDeadlineReminder: 'CAMPAIGN_DEADLINE_REMINDER',
  essayDueReminder: 'ESSAY_DUE_REMINDER',
} as const;
