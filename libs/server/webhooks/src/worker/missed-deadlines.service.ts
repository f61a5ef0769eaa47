import { Injectable, Logger } from '@nestjs/common';
import { recordDomainEvent, toCalendarDate } from '@qt/server-core';
import { DataSource } from 'typeorm';
import { MissedDeadlinesRepository } from './missed-deadlines.repository';

/** Deadlines passed longer ago than this are not scanned again (the scan runs daily; events are idempotent anyway). */
export const MISSED_DEADLINE_LOOKBACK_DAYS = 30;

/**
 * Records campaign.deadline_missed (quá hạn học tập) for every organisation of a level whose deadline passed with
 * members not studied. Idempotent: dedupeKey `campaign.deadline_missed:<campaign>:<organisation>`, so the daily
 * scan (and several workers) record each fact once. Payload: ids, codes and counts only.
 */
@Injectable()
export class MissedDeadlinesService {
  private readonly logger = new Logger(MissedDeadlinesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: MissedDeadlinesRepository,
  ) {}

  async scan(today = toCalendarDate()): Promise<{ organisations: number }> {
    const organisations = await this.dataSource.transaction(async (manager) => {
      const rows = await this.repo.find(manager, today, MISSED_DEADLINE_LOOKBACK_DAYS);
      for (const r of rows) {
        await recordDomainEvent(manager, {
          type: 'campaign.deadline_missed',
          organisationId: r.organisationId,
          data: {
            campaignId: r.campaignId,
            campaignCode: r.campaignCode,
            level: r.level,
            deadline: r.deadline,
            membersRequired: r.membersRequired,
            membersNotStudied: r.membersNotStudied,
          },
          dedupeKey: `campaign.deadline_missed:${r.campaignId}:${r.organisationId}`,
        });
      }
      return rows.length;
    });
    this.logger.log(`Missed-deadline scan for ${today}: ${organisations} organisation(s) behind`);
    return { organisations };
  }
}
