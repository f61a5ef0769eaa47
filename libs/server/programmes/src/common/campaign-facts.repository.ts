import { Injectable } from '@nestjs/common';
import { AppException, sql } from '@qt/server-core';
import { EntityManager } from 'typeorm';

/** What the programme and plan rules need of a campaign, read with our own SQL (campaigns belong to another module). */
export interface CampaignFacts {
  id: string;
  code: string;
  title: string;
  status: 'DRAFT' | 'ISSUED' | 'CLOSED';
  startsOn: string;
  issuerPath: string;
  programmeRequired: boolean;
  programmeDueOn: string | null;
  programmeLevels: string[];
  personalPlansRequired: boolean;
  personalPlansDueOn: string | null;
}

@Injectable()
export class CampaignFactsRepository {
  /** The campaign; with `lock`, share-locked (not changed under a write that relies on it). */
  async find(manager: EntityManager, id: string, lock = false): Promise<CampaignFacts | undefined> {
    const [row] = await sql<CampaignFacts>(
      manager,
      `SELECT c.id, c.code, c.title, c.status, c.starts_on AS "startsOn", o.path AS "issuerPath",
              c.programme_required AS "programmeRequired", c.programme_due_on AS "programmeDueOn",
              c.programme_levels AS "programmeLevels", c.personal_plans_required AS "personalPlansRequired",
              c.personal_plans_due_on AS "personalPlansDueOn"
         FROM campaigns c JOIN organisations o ON o.id = c.issuer_organisation_id
        WHERE c.id = $1 ${lock ? 'FOR SHARE OF c' : ''}`,
      [id],
    );
    return row;
  }

  /** For a write: the campaign, share-locked, or 422 naming `campaignId`. */
  async forWrite(manager: EntityManager, id: string): Promise<CampaignFacts> {
    const row = await this.find(manager, id, true);
    if (!row) throw AppException.unprocessable('campaignId is not an existing campaign', 'campaignId');
    if (row.status === 'DRAFT') throw AppException.unprocessable('The campaign has not been issued yet', 'campaignId');
    return row;
  }

  /** For a read: the campaign or 404. */
  async forRead(manager: EntityManager, id: string): Promise<CampaignFacts> {
    const row = await this.find(manager, id);
    if (!row) throw AppException.notFound('Campaign');
    return row;
  }
}
