import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AccessScope, ParseIdPipe, Policy, Scope, SyncCollection, WithEtag } from '@qt/server-core';
import { CampaignsArgs, CreateCampaignInput, UpdateCampaignInput } from './campaign.dto';
import { Campaign, CampaignConnection } from './campaign.types';
import { CampaignsService, publicCampaign } from './campaigns.service';

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns')
export class CampaignsController {
  constructor(private readonly service: CampaignsService) {}

  /** Campaigns issued in your scope (drafts included) or issued above it (the cascade). */
  @Get()
  @Policy('campaign.read')
  @SyncCollection()
  @ApiOkResponse({ type: CampaignConnection })
  list(@Scope() scope: AccessScope, @Query() query: CampaignsArgs) {
    return this.service.list(scope, query);
  }

  @Get(':id')
  @Policy('campaign.read')
  @WithEtag()
  @ApiOkResponse({ type: Campaign })
  async get(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return publicCampaign(await this.service.get(scope, id));
  }

  /**
   * A new DRAFT campaign. Rules across fields (422, each naming its field): level deadlines,
   * essay/programme/plan due dates within startsOn..reportDueOn; essayDueOn set exactly when
   * essayPolicy is not NONE; programmeDueOn and programmeLevels exactly when programmeRequired;
   * personalPlansDueOn exactly when personalPlansRequired; discussion within the duration;
   * one rule per level, none above the issuer.
   */
  @Post()
  @Policy('campaign.write')
  @ApiCreatedResponse({ type: Campaign })
  @ApiUnprocessableEntityResponse({ description: 'Settings not coherent; unknown resolutions or issuer' })
  @ApiConflictResponse({ description: 'code already in use' })
  create(@Scope() scope: AccessScope, @Body() body: CreateCampaignInput) {
    return this.service.create(scope, body);
  }

  @Patch(':id')
  @Policy('campaign.write')
  @ApiOkResponse({ type: Campaign })
  @ApiConflictResponse({ description: 'The campaign is no longer a draft' })
  update(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateCampaignInput) {
    return this.service.update(scope, id, body);
  }

  /** DRAFT → ISSUED today; the deadline reminders are scheduled. */
  @Post(':id/issue')
  @HttpCode(200)
  @Policy('campaign.write')
  @ApiOkResponse({ type: Campaign })
  @ApiConflictResponse({ description: 'Not a draft' })
  issue(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.service.issue(scope, id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Policy('campaign.write')
  @ApiOkResponse({ type: Campaign })
  @ApiConflictResponse({ description: 'Not issued' })
  close(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.service.close(scope, id);
  }
}
