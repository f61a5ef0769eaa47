import { Injectable } from '@nestjs/common';
import { AccessScope, foldedContains, sql, SyncQuery, syncSql } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { CampaignLevelInput } from './campaign.dto';
import { CampaignLevel, CampaignRecord, CampaignResolution } from './campaign.types';

const CAMPAIGN_COLUMNS = `c.id, c.code, c.title, c.issuer_organisation_id AS "issuerOrganisationId", o.name AS "issuerOrganisationName",
  o.path AS "issuerPath", o.kind AS "issuerKind", c.status, c.issued_on AS "issuedOn", c.starts_on AS "startsOn",
  c.report_due_on AS "reportDueOn", c.formats, c.expected_duration_minutes AS "expectedDurationMinutes",
  c.discussion_minutes AS "discussionMinutes", c.essay_policy AS "essayPolicy", c.essay_due_on AS "essayDueOn",
  c.essay_min_words AS "essayMinWords", c.essay_similarity_threshold::float8 AS "essaySimilarityThreshold",
  c.programme_required AS "programmeRequired", c.programme_due_on AS "programmeDueOn", c.programme_levels AS "programmeLevels",
  c.personal_plans_required AS "personalPlansRequired", c.personal_plans_due_on AS "personalPlansDueOn",
  c.description, c.updated_at AS "updatedAt"`;

/** Input field → column, for insert and update. */
const COLUMNS: Record<string, string> = {
  code: 'code',
  title: 'title',
  startsOn: 'starts_on',
  reportDueOn: 'report_due_on',
  formats: 'formats',
  expectedDurationMinutes: 'expected_duration_minutes',
  discussionMinutes: 'discussion_minutes',
  essayPolicy: 'essay_policy',
  essayDueOn: 'essay_due_on',
  essayMinWords: 'essay_min_words',
  essaySimilarityThreshold: 'essay_similarity_threshold',
  programmeRequired: 'programme_required',
  programmeDueOn: 'programme_due_on',
  programmeLevels: 'programme_levels',
  personalPlansRequired: 'personal_plans_required',
  personalPlansDueOn: 'personal_plans_due_on',
  description: 'description',
};

type Row = Omit<CampaignRecord, 'levels' | 'resolutions'>;

/** The only place that queries campaigns, their levels and resolutions. */
@Injectable()
export class CampaignsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async findById(id: string, manager?: EntityManager, lock = false): Promise<CampaignRecord | undefined> {
    if (lock) await this.m(manager).query(`SELECT 1 FROM campaigns WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = await sql<Row>(
      this.m(manager),
      `SELECT ${CAMPAIGN_COLUMNS} FROM campaigns c JOIN organisations o ON o.id = c.issuer_organisation_id WHERE c.id = $1`,
      [id],
    );
    return row ? (await this.withDetails([row], manager))[0] : undefined;
  }

  /**
   * Campaigns the scope may read, newest start first: issued by an organisation
   * of the scope (drafts included), or issued and issued above the scope (the
   * cascade: a committee sees what its superiors asked of it).
   */
  async list(f: { scope: AccessScope; search?: string; status?: string; issuerId?: string; after?: [string, string]; sync?: SyncQuery; limit: number }) {
    const params: unknown[] = [];
    const inScope = f.scope.pathPredicate('o.path', params);
    const above = `(c.status <> 'DRAFT' AND EXISTS (SELECT 1 FROM unnest($${params.push(f.scope.paths)}::text[]) p WHERE starts_with(p, o.path)))`;
    const where = [`(${inScope} OR ${above})`];
    if (f.search) where.push(`c.search_text LIKE ${foldedContains(`$${params.push(f.search)}`)}`);
    if (f.status) where.push(`c.status = $${params.push(f.status)}`);
    if (f.issuerId) where.push(`c.issuer_organisation_id = $${params.push(f.issuerId)}`);
    if (f.after) where.push(`(c.starts_on, c.id) < ($${params.push(f.after[0])}::date, $${params.push(f.after[1])}::uuid)`);
    let orderBy = 'c.starts_on DESC, c.id DESC';
    if (f.sync) {
      const sync = syncSql(f.sync, { updatedAt: 'c.updated_at', id: 'c.id' }, params);
      where.push(...sync.where);
      orderBy = sync.orderBy;
    }
    const rows = await sql<Row>(
      this.m(),
      `SELECT ${CAMPAIGN_COLUMNS} FROM campaigns c JOIN organisations o ON o.id = c.issuer_organisation_id
        WHERE ${where.join(' AND ')} ORDER BY ${orderBy} LIMIT ${f.limit}`,
      params,
    );
    return this.withDetails(rows);
  }

  /** Attaches levels and resolutions of a page of campaigns: two queries, whatever the page size. */
  private async withDetails(rows: Row[], manager?: EntityManager): Promise<CampaignRecord[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const levels = await sql<CampaignLevel & { campaignId: string }>(
      this.m(manager),
      `SELECT campaign_id AS "campaignId", level, audience, include_subordinate_committees AS "includeSubordinateCommittees",
              include_subordinate_heads AS "includeSubordinateHeads", deadline
         FROM campaign_levels WHERE campaign_id = ANY($1::uuid[])
        ORDER BY array_position(ARRAY['BLOC','UPPER_GRASSROOTS','GRASSROOTS','CELL']::varchar[], level)`,
      [ids],
    );
    const resolutions = await sql<CampaignResolution & { campaignId: string }>(
      this.m(manager),
      `SELECT cr.campaign_id AS "campaignId", r.id, r.code, r.title, r.type
         FROM campaign_resolutions cr JOIN resolutions r ON r.id = cr.resolution_id
        WHERE cr.campaign_id = ANY($1::uuid[]) ORDER BY r.issued_on, r.code`,
      [ids],
    );
    return rows.map((r) => ({
      ...r,
      levels: levels.filter((l) => l.campaignId === r.id).map(({ campaignId: _c, ...l }) => l),
      resolutions: resolutions.filter((x) => x.campaignId === r.id).map(({ campaignId: _c, ...x }) => x),
    }));
  }

  async insert(manager: EntityManager, issuerId: string, createdBy: string, values: Record<string, unknown>): Promise<string> {
    const params: unknown[] = [issuerId, createdBy];
    const cols = ['issuer_organisation_id', 'created_by'];
    for (const [key, column] of Object.entries(COLUMNS)) {
      if (values[key] !== undefined) {
        cols.push(column);
        params.push(values[key]);
      }
    }
    const [row] = await manager.query(
      `INSERT INTO campaigns (${cols.join(', ')}) VALUES (${params.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
      params,
    );
    return row.id as string;
  }

  async update(manager: EntityManager, id: string, changes: Record<string, unknown>): Promise<void> {
    const params: unknown[] = [id];
    const sets = Object.entries(COLUMNS)
      .filter(([key]) => changes[key] !== undefined)
      .map(([key, column]) => `${column} = $${params.push(changes[key])}`);
    if (sets.length === 0) return;
    await manager.query(`UPDATE campaigns SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, params);
  }

  /** Levels and resolutions are part of the campaign: changing them is a change of the campaign for sync (updated_at, by trigger). */
  private async touch(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE campaigns SET updated_at = now() WHERE id = $1`, [id]);
  }

  async replaceLevels(manager: EntityManager, id: string, levels: CampaignLevelInput[]): Promise<void> {
    await this.touch(manager, id);
    await manager.query(`DELETE FROM campaign_levels WHERE campaign_id = $1`, [id]);
    await manager.query(
      `INSERT INTO campaign_levels (campaign_id, level, audience, include_subordinate_committees, include_subordinate_heads, deadline)
       SELECT $1, * FROM unnest($2::varchar[], $3::varchar[], $4::boolean[], $5::boolean[], $6::date[])`,
      [
        id,
        levels.map((l) => l.level),
        levels.map((l) => l.audience ?? 'ALL_MEMBERS'),
        levels.map((l) => l.includeSubordinateCommittees ?? false),
        levels.map((l) => l.includeSubordinateHeads ?? false),
        levels.map((l) => l.deadline),
      ],
    );
  }

  async replaceResolutions(manager: EntityManager, id: string, resolutionIds: string[]): Promise<void> {
    await this.touch(manager, id);
    await manager.query(`DELETE FROM campaign_resolutions WHERE campaign_id = $1`, [id]);
    await manager.query(`INSERT INTO campaign_resolutions (campaign_id, resolution_id) SELECT $1, unnest($2::uuid[])`, [id, resolutionIds]);
  }

  async existingResolutions(manager: EntityManager, ids: string[]): Promise<string[]> {
    const rows = await sql<{ id: string }>(manager, `SELECT id FROM resolutions WHERE id = ANY($1::uuid[]) FOR SHARE`, [ids]);
    return rows.map((r) => r.id);
  }

  async setStatus(manager: EntityManager, id: string, status: string, issuedOn?: string): Promise<void> {
    await manager.query(
      `UPDATE campaigns SET status = $2, issued_on = COALESCE($3::date, issued_on), updated_at = now() WHERE id = $1`,
      [id, status, issuedOn ?? null],
    );
  }
}
