import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '@qt/server-audit';
import {
  AccessScope,
  AppException,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  ErrorCode,
  Page,
  syncQuery,
  toCalendarDate,
  toPage,
  toSyncPage,
} from '@qt/server-core';
import { RemindersService } from '@qt/server-notifications';
import { Organisation, OrganisationsService } from '@qt/server-organisations';
import { DataSource, EntityManager } from 'typeorm';
import { CampaignStatus, EssayPolicy } from '../common/enums';
import { CampaignsArgs, CreateCampaignInput, UpdateCampaignInput } from './campaign.dto';
import { assertCoherent, CampaignSettings } from './campaign-rules';
import { Campaign, CampaignRecord } from './campaign.types';
import { CampaignsRepository } from './campaigns.repository';


/** What leaves the API of a campaign: everything but the issuer's internal path and kind. */
export const publicCampaign = (c: CampaignRecord): Campaign => {
  const { issuerPath: _p, issuerKind: _k, ...rest } = c;
  return rest;
};

/**
 * Study campaigns (đợt học tập, quán triệt), domain.md §3. Invariants kept here:
 * - a campaign is written by the issuer's subtree (propaganda board, committee
 *   office, administrator) and read there, and, once issued, by every
 *   organisation below the issuer (the cascade);
 * - its settings are coherent (campaign-rules.ts) whenever written;
 * - it changes only while DRAFT; DRAFT → ISSUED (reminders scheduled) → CLOSED.
 */
@Injectable()
export class CampaignsService {
  private readonly logger = new Logger(CampaignsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: CampaignsRepository,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
    private readonly reminders: RemindersService,
  ) {}

  /** True when the scope may read the campaign: issuer in scope, or issued above the scope. */
  static visible(scope: AccessScope, c: { issuerPath: string; status: string }): boolean {
    return scope.coversPath(c.issuerPath) || (c.status !== CampaignStatus.DRAFT && scope.paths.some((p) => p.startsWith(c.issuerPath)));
  }

  /** A campaign the scope may read, or 404 / 403. */
  async get(scope: AccessScope, id: string): Promise<CampaignRecord> {
    const campaign = await this.repo.findById(id);
    if (!campaign) throw AppException.notFound('Campaign');
    if (!CampaignsService.visible(scope, campaign)) throw AppException.forbidden();
    return campaign;
  }

  async list(scope: AccessScope, args: CampaignsArgs): Promise<Page<Campaign>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const sync = syncQuery(args);
    const rows = await this.repo.list({
      scope,
      search: args.search,
      status: args.status,
      issuerId: args.issuerOrganisationId,
      after: sync ? undefined : (decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined),
      sync,
      limit: first + 1,
    });
    const page = sync ? toSyncPage(rows, first, (c) => c.id) : toPage(rows, first, (c) => [c.startsOn, c.id]);
    return { ...page, nodes: page.nodes.map(publicCampaign) };
  }

  async create(scope: AccessScope, input: CreateCampaignInput): Promise<Campaign> {
    const id = await this.dataSource
      .transaction(async (manager) => {
        const issuer = await this.issuerFor(scope, input.issuerOrganisationId, manager);
        const values = {
          ...input,
          discussionMinutes: input.discussionMinutes ?? 0,
          essayDueOn: input.essayDueOn ?? null,
          programmeRequired: input.programmeRequired ?? false,
          programmeDueOn: input.programmeDueOn ?? null,
          programmeLevels: input.programmeLevels ?? [],
          personalPlansRequired: input.personalPlansRequired ?? false,
          personalPlansDueOn: input.personalPlansDueOn ?? null,
          description: input.description ?? null,
        };
        assertCoherent(values, issuer.kind);
        await this.assertResolutions(manager, input.resolutionIds);
        const created = await this.repo.insert(manager, issuer.id, scope.actor.userId, values);
        await this.repo.replaceLevels(manager, created, input.levels);
        await this.repo.replaceResolutions(manager, created, input.resolutionIds);
        await this.audit.record(manager, scope.actor, {
          action: 'campaign.create', entityType: 'campaign', entityId: created, organisationId: issuer.id, after: input,
        });
        return created;
      });
    return publicCampaign((await this.repo.findById(id)) as CampaignRecord);
  }

  /** Changes a DRAFT campaign; the merged settings must stay coherent. */
  async update(scope: AccessScope, id: string, input: UpdateCampaignInput): Promise<Campaign> {
    await this.dataSource
      .transaction(async (manager) => {
        const current = await this.writable(scope, id, manager);
        if (current.status !== CampaignStatus.DRAFT) {
          throw AppException.conflict(`Only a draft can be changed; this campaign is ${current.status}`, 'status');
        }
        const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<UpdateCampaignInput>;
        if (Object.keys(changes).length === 0) return;
        const merged: CampaignSettings = { ...current, ...(changes as Partial<CampaignSettings>) };
        // Turning essays off clears their due date unless one is given (and the same for programmes and plans).
        if (changes.essayPolicy === EssayPolicy.NONE && input.essayDueOn === undefined) merged.essayDueOn = changes.essayDueOn = null;
        if (changes.programmeRequired === false) {
          if (input.programmeDueOn === undefined) merged.programmeDueOn = changes.programmeDueOn = null;
          if (input.programmeLevels === undefined) merged.programmeLevels = changes.programmeLevels = [];
        }
        if (changes.personalPlansRequired === false && input.personalPlansDueOn === undefined) {
          merged.personalPlansDueOn = changes.personalPlansDueOn = null;
        }
        assertCoherent(merged, current.issuerKind);
        if (changes.resolutionIds) await this.assertResolutions(manager, changes.resolutionIds);
        // Explicit nulls clear the nullable columns; fields left out keep their value.
        await this.repo.update(manager, id, changes as Record<string, unknown>);
        if (changes.levels) await this.repo.replaceLevels(manager, id, changes.levels);
        if (changes.resolutionIds) await this.repo.replaceResolutions(manager, id, changes.resolutionIds);
        await this.audit.record(manager, scope.actor, {
          action: 'campaign.update', entityType: 'campaign', entityId: id, organisationId: current.issuerOrganisationId,
          before: Object.fromEntries(Object.keys(changes).map((k) => [k, (current as unknown as Record<string, unknown>)[k]])),
          after: changes,
        });
      });
    return publicCampaign((await this.repo.findById(id)) as CampaignRecord);
  }

  /** DRAFT → ISSUED today; then the notifications module schedules the deadline reminders. */
  async issue(scope: AccessScope, id: string): Promise<Campaign> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.writable(scope, id, manager);
      if (current.status !== CampaignStatus.DRAFT) {
        throw AppException.conflict(`Only a draft can be issued; this campaign is ${current.status}`, 'status');
      }
      assertCoherent(current, current.issuerKind);
      await this.repo.setStatus(manager, id, CampaignStatus.ISSUED, toCalendarDate());
      await this.audit.record(manager, scope.actor, {
        action: 'campaign.issue', entityType: 'campaign', entityId: id, organisationId: current.issuerOrganisationId,
        before: { status: current.status }, after: { status: CampaignStatus.ISSUED },
      });
    });
    // After the commit, so the scheduler reads the issued campaign.
    await this.rescheduleReminders(id);
    return publicCampaign((await this.repo.findById(id)) as CampaignRecord);
  }

  /** ISSUED → CLOSED: the campaign is over; its figures stay readable. */
  async close(scope: AccessScope, id: string): Promise<Campaign> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.writable(scope, id, manager);
      if (current.status !== CampaignStatus.ISSUED) {
        throw AppException.conflict(`Only an issued campaign can be closed; this campaign is ${current.status}`, 'status');
      }
      await this.repo.setStatus(manager, id, CampaignStatus.CLOSED);
      await this.audit.record(manager, scope.actor, {
        action: 'campaign.close', entityType: 'campaign', entityId: id, organisationId: current.issuerOrganisationId,
        before: { status: current.status }, after: { status: CampaignStatus.CLOSED },
      });
    });
    await this.rescheduleReminders(id); // a closed campaign keeps no pending reminders
    return publicCampaign((await this.repo.findById(id)) as CampaignRecord);
  }

  /** Asks the notifications module to (re)plan the campaign's reminders; the change stands if that fails (logged). */
  private async rescheduleReminders(id: string): Promise<void> {
    try {
      await this.reminders.scheduleCampaign(id);
    } catch (err) {
      this.logger.error(`Reminders of campaign ${id} were not scheduled: ${(err as Error).message}`);
    }
  }

  /** A campaign whose issuer the scope covers, locked; 404 / 403. */
  private async writable(scope: AccessScope, id: string, manager: EntityManager): Promise<CampaignRecord> {
    const campaign = await this.repo.findById(id, manager, true);
    if (!campaign) throw AppException.notFound('Campaign');
    scope.assertPath(campaign.issuerPath);
    return campaign;
  }

  private async issuerFor(scope: AccessScope, id: string, manager: EntityManager): Promise<Organisation> {
    let org: Organisation;
    try {
      org = await this.organisations.get(scope, id, manager, 'FOR SHARE');
    } catch (err) {
      if (err instanceof AppException && err.code === ErrorCode.NOT_FOUND) {
        throw AppException.unprocessable('issuerOrganisationId is not an existing organisation', 'issuerOrganisationId');
      }
      throw err;
    }
    if (org.dissolvedOn) throw AppException.unprocessable(`The organisation was dissolved on ${org.dissolvedOn}`, 'issuerOrganisationId');
    return org;
  }

  private async assertResolutions(manager: EntityManager, ids: string[]): Promise<void> {
    const found = new Set(await this.repo.existingResolutions(manager, ids));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) throw AppException.unprocessable(`Unknown resolutions: ${missing.join(', ')}`, 'resolutionIds');
  }
}
