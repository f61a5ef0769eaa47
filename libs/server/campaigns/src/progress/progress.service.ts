import { Injectable } from '@nestjs/common';
import { AccessScope, AppException, decodeCursor, DEFAULT_PAGE_SIZE, Page, toCalendarDate, toPage } from '@qt/server-core';
import { Organisation, OrganisationsService } from '@qt/server-organisations';
import { CampaignsService } from '../campaigns/campaigns.service';
import { CampaignRecord } from '../campaigns/campaign.types';
import { RequiredMembersArgs } from './progress.dto';
import { ProgressRepository, ProgressRow } from './progress.repository';
import { CampaignObligation, CampaignProgress, OrganisationProgress, RequiredMember } from './progress.types';

const figures = ({ campaignId: _c, isSelf: _s, asOf: _a, ...rest }: ProgressRow): OrganisationProgress => rest;

/**
 * The campaign views (domain.md §3, §10): progress at an organisation and its
 * directly subordinate organisations, what issued campaigns ask of an
 * organisation (the cascade), and who is required. The organisation must lie
 * in the caller's scope and, for a campaign, in the issuer's subtree.
 */
@Injectable()
export class ProgressService {
  constructor(
    private readonly repo: ProgressRepository,
    private readonly campaigns: CampaignsService,
    private readonly organisations: OrganisationsService,
  ) {}

  async progress(scope: AccessScope, campaignId: string, organisationId: string): Promise<CampaignProgress> {
    await this.target(scope, campaignId, organisationId);
    const rows = await this.repo.progress(organisationId, [campaignId], toCalendarDate(), true);
    const self = rows.find((r) => r.isSelf) as ProgressRow;
    return {
      campaignId,
      asOf: self.asOf,
      organisation: figures(self),
      children: rows.filter((r) => !r.isSelf).map(figures),
    };
  }

  async obligations(scope: AccessScope, organisationId: string): Promise<CampaignObligation[]> {
    await this.organisations.get(scope, organisationId);
    const obligations = await this.repo.obligations(organisationId);
    if (obligations.length === 0) return [];
    const rows = await this.repo.progress(organisationId, obligations.map((o) => o.campaignId), toCalendarDate(), false);
    const byCampaign = new Map(rows.map((r) => [r.campaignId, r]));
    return obligations.map((o) => {
      const row = byCampaign.get(o.campaignId) as ProgressRow;
      return { ...o, deadline: row.deadline, asOf: row.asOf, progress: figures(row) };
    });
  }

  async requiredMembers(scope: AccessScope, campaignId: string, args: RequiredMembersArgs): Promise<Page<RequiredMember>> {
    const { org } = await this.target(scope, campaignId, args.organisationId);
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const rows = await this.repo.requiredMembers({
      campaignId,
      path: org.path,
      onDate: args.onDate,
      today: toCalendarDate(),
      studyRequired: args.studyRequired,
      essayRequired: args.essayRequired,
      exempt: args.exempt,
      studied: args.studied,
      search: args.search,
      after: decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined,
      limit: first + 1,
    });
    return toPage(rows, first, (r) => [r.fullName, r.memberId]);
  }

  /** The campaign (readable by the scope) and the organisation (in scope and in the issuer's subtree), or 404 / 403. */
  private async target(scope: AccessScope, campaignId: string, organisationId: string): Promise<{ campaign: CampaignRecord; org: Organisation }> {
    const campaign = await this.campaigns.get(scope, campaignId);
    const org = await this.organisations.get(scope, organisationId);
    if (!org.path.startsWith(campaign.issuerPath)) {
      throw AppException.forbidden('The organisation lies outside the subtree of the campaign issuer');
    }
    return { campaign, org };
  }
}
