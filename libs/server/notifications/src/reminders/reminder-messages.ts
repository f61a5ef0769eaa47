import { NOTIFICATION_KINDS, NotificationItem } from '../notification-item';
import { CampaignDeadlineReminderJob, EssayDueReminderJob } from '../jobs/job-payloads';
import { formatVnDate } from './reminder-schedule';
import { DeadlineRecipientRow, EssayRecipientRow } from './reminders.repository';

/** Vietnamese name of a level (cấp) by organisation kind. */
export const LEVEL_LABELS: Record<string, string> = {
  BLOC: 'cấp Khối',
  UPPER_GRASSROOTS: 'cấp trên cơ sở',
  GRASSROOTS: 'cấp cơ sở',
  CELL: 'chi bộ',
};

const daysLeftText = (days: number) => (days <= 0 ? 'hôm nay là hạn cuối' : `còn ${days} ngày`);

export function deadlineReminder(job: CampaignDeadlineReminderJob, r: DeadlineRecipientRow): NotificationItem {
  return {
    recipientUserId: r.user_id,
    organisationId: r.organisation_id,
    kind: NOTIFICATION_KINDS.campaignDeadlineReminder,
    title: `Nhắc hạn học tập, quán triệt: ${r.campaign_code}`,
    body:
      `Đợt học tập, quán triệt "${r.campaign_title}" có hạn hoàn thành ở ${LEVEL_LABELS[job.level] ?? job.level} ` +
      `là ngày ${formatVnDate(r.deadline)} (${daysLeftText(r.days_left)}). ` +
      `${r.organisation_name} còn ${r.pending_count} đảng viên chưa học tập. ` +
      `Đề nghị tổ chức học tập hoặc học bù cho các đồng chí này trước hạn.`,
    link: `/campaigns/${job.campaignId}`,
    dedupeKey: `campaign-deadline:${job.campaignId}:${r.organisation_id}:${job.deadline}:${job.daysBefore}`,
  };
}

export function essayReminder(job: EssayDueReminderJob, r: EssayRecipientRow): NotificationItem {
  return {
    recipientUserId: r.user_id,
    organisationId: r.organisation_id,
    kind: NOTIFICATION_KINDS.essayDueReminder,
    title: `Nhắc nộp bài thu hoạch: ${r.campaign_code}`,
    body:
      `Hạn nộp bài thu hoạch đợt học tập, quán triệt "${r.campaign_title}" là ngày ${formatVnDate(r.due_on)} ` +
      `(${daysLeftText(r.days_left)}). Đồng chí chưa nộp bài thu hoạch; đề nghị hoàn thành và nộp đúng hạn.`,
    link: `/campaigns/${job.campaignId}/essay`,
    dedupeKey: `essay-due:${job.campaignId}:${job.dueOn}:${job.daysBefore}`,
  };
}
