import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, QUEUES } from '@qt/server-core';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { allReminderJobIds, CampaignDates, parseReminderDays, planReminders } from './reminder-schedule';

/**
 * Plans the deadline reminders (nhắc hạn) of a campaign as delayed BullMQ
 * jobs with deterministic ids: REMINDER_DAYS_BEFORE days before each level
 * deadline and before the essay due date, at 08:00 Asia/Ho_Chi_Minh.
 */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger(RemindersService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    @InjectQueue(QUEUES.notifications) private readonly queue: Queue,
  ) {}

  /**
   * Replaces the campaign's pending reminder jobs with those of its current
   * dates (instants already past are skipped). Safe to call again, e.g. after
   * the campaign's deadlines change. Call it after the issuing transaction
   * commits; a closed or unknown campaign keeps no reminders.
   */
  async scheduleCampaign(campaignId: string): Promise<void> {
    const days = parseReminderDays(this.config.REMINDER_DAYS_BEFORE);
    await Promise.all(allReminderJobIds(campaignId, days).map((id) => this.queue.remove(id).catch(() => 0)));

    const campaign = await this.loadDates(campaignId);
    if (!campaign) return;
    const now = new Date();
    const planned = planReminders(campaign, days, now);
    if (planned.length === 0) return;
    await this.queue.addBulk(
      planned.map((p) => ({
        name: p.name,
        data: p.data,
        opts: { jobId: p.jobId, timestamp: now.getTime(), delay: Math.max(0, p.runAt.getTime() - now.getTime()) },
      })),
    );
    this.logger.log(`Planned ${planned.length} reminder(s) for campaign ${campaignId}`);
  }

  /** Ids of the issued campaigns with a level deadline or essay due date still ahead (for the daily sweep). */
  async activeCampaignIds(): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT c.id FROM campaigns c
        WHERE c.status = 'ISSUED'
          AND (c.essay_due_on >= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
               OR EXISTS (SELECT 1 FROM campaign_levels l WHERE l.campaign_id = c.id
                           AND l.deadline >= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date))`,
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  private async loadDates(campaignId: string): Promise<CampaignDates | undefined> {
    const [row] = (await this.dataSource.query(
      `SELECT c.id, to_char(c.essay_due_on, 'YYYY-MM-DD') AS essay_due_on,
              COALESCE((SELECT json_agg(json_build_object('level', l.level, 'deadline', to_char(l.deadline, 'YYYY-MM-DD'))
                                        ORDER BY l.deadline, l.level)
                          FROM campaign_levels l WHERE l.campaign_id = c.id), '[]') AS levels
         FROM campaigns c WHERE c.id = $1 AND c.status <> 'CLOSED'`,
      [campaignId],
    )) as { id: string; essay_due_on: string | null; levels: { level: string; deadline: string }[] }[];
    return row && { id: row.id, essayDueOn: row.essay_due_on, levels: row.levels };
  }
}
