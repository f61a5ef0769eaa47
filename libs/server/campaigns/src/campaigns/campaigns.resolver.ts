import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessScope, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import { CampaignsArgs, CreateCampaignInput, UpdateCampaignInput } from './campaign.dto';
import { Campaign, CampaignConnection } from './campaign.types';
import { CampaignsService, publicCampaign } from './campaigns.service';

@Resolver(() => Campaign)
export class CampaignsResolver {
  constructor(private readonly service: CampaignsService) {}

  @Query(() => CampaignConnection, {
    description: 'Campaigns issued in your scope (drafts included) or issued above it; newest start first',
  })
  @Policy('campaign.read')
  campaigns(@Scope() scope: AccessScope, @Args() args: CampaignsArgs) {
    return this.service.list(scope, args);
  }

  @Query(() => Campaign)
  @Policy('campaign.read')
  async campaign(@Scope() scope: AccessScope, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return publicCampaign(await this.service.get(scope, id));
  }

  @Mutation(() => Campaign, { description: 'A new DRAFT campaign of an issuer organisation in your scope' })
  @Policy('campaign.write')
  createCampaign(@Scope() scope: AccessScope, @Args('input') input: CreateCampaignInput) {
    return this.service.create(scope, input);
  }

  @Mutation(() => Campaign, { description: 'Changes a DRAFT campaign (409 once issued)' })
  @Policy('campaign.write')
  updateCampaign(
    @Scope() scope: AccessScope,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('input') input: UpdateCampaignInput,
  ) {
    return this.service.update(scope, id, input);
  }

  @Mutation(() => Campaign, { description: 'DRAFT → ISSUED (today); deadline reminders are scheduled' })
  @Policy('campaign.write')
  issueCampaign(@Scope() scope: AccessScope, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.issue(scope, id);
  }

  @Mutation(() => Campaign, { description: 'ISSUED → CLOSED' })
  @Policy('campaign.write')
  closeCampaign(@Scope() scope: AccessScope, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.close(scope, id);
  }
}
