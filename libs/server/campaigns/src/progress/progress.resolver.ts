import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AccessScope, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import { CampaignRequiredMembersArgs } from './progress.dto';
import { CampaignObligation, CampaignProgress, RequiredMemberConnection } from './progress.types';
import { ProgressService } from './progress.service';

@Resolver()
export class ProgressResolver {
  constructor(private readonly service: ProgressService) {}

  @Query(() => CampaignProgress, {
    description:
      'Progress of a campaign at an organisation (whole subtree) and each directly subordinate organisation: sessions held, ' +
      'members required/studied/pending, essays required/submitted/graded, deadline and its state',
  })
  @Policy('campaign.progress')
  campaignProgress(
    @Scope() scope: AccessScope,
    @Args('campaignId', { type: () => ID }, ParseIdPipe) campaignId: string,
    @Args('organisationId', { type: () => ID }, ParseIdPipe) organisationId: string,
  ) {
    return this.service.progress(scope, campaignId, organisationId);
  }

  @Query(() => [CampaignObligation], {
    description: 'Issued campaigns of the organisation or its ancestors: its deadline, programme and plan duties, its progress',
  })
  @Policy('campaign.progress')
  campaignObligations(@Scope() scope: AccessScope, @Args('organisationId', { type: () => ID }, ParseIdPipe) organisationId: string) {
    return this.service.obligations(scope, organisationId);
  }

  @Query(() => RequiredMemberConnection, {
    description: 'Members the campaign requires in the organisation subtree, with study/essay duty and exemption reason and basis',
  })
  @Policy('campaign.progress')
  campaignRequiredMembers(@Scope() scope: AccessScope, @Args() args: CampaignRequiredMembersArgs) {
    return this.service.requiredMembers(scope, args.campaignId, args);
  }
}
