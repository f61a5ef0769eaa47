/** Payloads of the jobs on QUEUES.notifications (typed once, read by the processor and the schedulers). */

/** Reminder of a level deadline (hạn hoàn thành học tập của một cấp) N days ahead. */
export interface CampaignDeadlineReminderJob {
  campaignId: string;
  /** Organisation kind of the level: BLOC | UPPER_GRASSROOTS | GRASSROOTS | CELL. */
  level: string;
  /** The deadline the job was planned for ('yyyy-MM-dd'); a job whose deadline moved since is skipped. */
  deadline: string;
  daysBefore: number;
}

/** Reminder of the essay due date (hạn nộp bài thu hoạch) N days ahead. */
export interface EssayDueReminderJob {
  campaignId: string;
  dueOn: string;
  daysBefore: number;
}

/** E-mail copy of one in-app notification. */
export interface SendEmailJob {
  notificationId: string;
}

/** Daily safety net: (re)plans the reminders of every issued campaign. */
export const REMINDER_SWEEP_JOB = 'reminder-sweep';
export const REMINDER_SWEEP_SCHEDULER_ID = 'daily-reminder-sweep';
