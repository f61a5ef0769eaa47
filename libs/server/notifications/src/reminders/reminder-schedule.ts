import { TZDate } from '@date-fns/tz';
import { JOBS } from '@qt/server-core';
import { CampaignDeadlineReminderJob, EssayDueReminderJob } from '../jobs/job-payloads';

export const BUSINESS_TZ = 'Asia/Ho_Chi_Minh';
/** Reminders go out at 08:00 business time. */
export const REMINDER_HOUR = 8;
export const LEVELS = ['BLOC', 'UPPER_GRASSROOTS', 'GRASSROOTS', 'CELL'] as const;

export interface CampaignDates {
  id: string;
  /** Deadline per level (campaign_levels), 'yyyy-MM-dd'. */
  levels: { level: string; deadline: string }[];
  /** Essay due date, 'yyyy-MM-dd', or null when the campaign asks for no essays. */
  essayDueOn: string | null;
}

export type PlannedReminder =
  | { name: typeof JOBS.campaignDeadlineReminder; jobId: string; runAt: Date; data: CampaignDeadlineReminderJob }
  | { name: typeof JOBS.essayDueReminder; jobId: string; runAt: Date; data: EssayDueReminderJob };

/** Parses REMINDER_DAYS_BEFORE ("7,3,1") into distinct day counts, largest first. */
export function parseReminderDays(setting: string): number[] {
  const days = setting.split(',').map((d) => Number(d.trim())).filter((d) => Number.isInteger(d) && d >= 0);
  return [...new Set(days)].sort((a, b) => b - a);
}

/** 08:00 in Asia/Ho_Chi_Minh on the calendar day `daysBefore` days before `date` ('yyyy-MM-dd'). */
export function reminderInstant(date: string, daysBefore: number): Date {
  const [y, m, d] = date.split('-').map(Number);
  // TZDate normalises day underflow across months and years (e.g. day 0 = last day of the previous month).
  return new Date(new TZDate(y, m - 1, d - daysBefore, REMINDER_HOUR, 0, 0, BUSINESS_TZ).getTime());
}

/** Deterministic job ids (BullMQ custom ids may not contain ':'), so planning twice replaces, never doubles. */
export const deadlineJobId = (campaignId: string, level: string, daysBefore: number) =>
  `campaign-deadline.${campaignId}.${level}.${daysBefore}d`;
export const essayJobId = (campaignId: string, daysBefore: number) => `essay-due.${campaignId}.${daysBefore}d`;

/** Every job id the campaign could have for these day counts (to clear before re-planning). */
export function allReminderJobIds(campaignId: string, days: number[]): string[] {
  return [
    ...LEVELS.flatMap((level) => days.map((n) => deadlineJobId(campaignId, level, n))),
    ...days.map((n) => essayJobId(campaignId, n)),
  ];
}

/**
 * The reminder jobs of a campaign: for each day count, one per level deadline
 * and one for the essay due date, at 08:00 Asia/Ho_Chi_Minh; instants not
 * after `now` are skipped. Pure: the caller turns them into delayed jobs.
 */
export function planReminders(campaign: CampaignDates, days: number[], now: Date): PlannedReminder[] {
  const planned: PlannedReminder[] = [];
  for (const { level, deadline } of campaign.levels) {
    for (const daysBefore of days) {
      const runAt = reminderInstant(deadline, daysBefore);
      if (runAt.getTime() <= now.getTime()) continue;
      planned.push({
        name: JOBS.campaignDeadlineReminder,
        jobId: deadlineJobId(campaign.id, level, daysBefore),
        runAt,
        data: { campaignId: campaign.id, level, deadline, daysBefore },
      });
    }
  }
  if (campaign.essayDueOn) {
    for (const daysBefore of days) {
      const runAt = reminderInstant(campaign.essayDueOn, daysBefore);
      if (runAt.getTime() <= now.getTime()) continue;
      planned.push({
        name: JOBS.essayDueReminder,
        jobId: essayJobId(campaign.id, daysBefore),
        runAt,
        data: { campaignId: campaign.id, dueOn: campaign.essayDueOn, daysBefore },
      });
    }
  }
  return planned.sort((a, b) => a.runAt.getTime() - b.runAt.getTime());
}

/** 'yyyy-MM-dd' → 'dd/MM/yyyy' (how Vietnamese users read dates). */
export function formatVnDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}
