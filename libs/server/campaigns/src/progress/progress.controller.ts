import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AccessScope, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import { ProgressQuery, RequiredMembersArgs } from './progress.dto';
import { CampaignObligation, CampaignProgress, RequiredMemberConnection } from './progress.types';
import { ProgressService } from './progress.service';

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns')
export class CampaignProgressController {
  constructor(private readonly service: ProgressService) {}

  /**
   * Progress at `organisationId` (its whole subtree) and at each directly subordinate organisation.
   * Who is required is read on the earlier of today and the latest level deadline (`asOf`).
   * deadlineState: ON_TIME (all studied by the deadline), LATE (all studied, some after), OVERDUE
   * (deadline passed, members pending), PENDING (deadline ahead, members pending).
   */
  @Get(':id/progress')
  @Policy('campaign.progress')
  @ApiOkResponse({ type: CampaignProgress })
  @ApiForbiddenResponse({ description: "Organisation outside your scope or outside the issuer's subtree" })
  progress(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Query() query: ProgressQuery) {
    return this.service.progress(scope, id, query.organisationId);
  }

  /** Members the campaign requires in the subtree, with exemption reason and basis; by name. */
  @Get(':id/required-members')
  @Policy('campaign.progress')
  @ApiOkResponse({ type: RequiredMemberConnection })
  requiredMembers(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Query() query: RequiredMembersArgs) {
    return this.service.requiredMembers(scope, id, query);
  }
}

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('organisations')
export class CampaignObligationsController {
  constructor(private readonly service: ProgressService) {}

  /** Issued campaigns of the organisation or its ancestors: its level's deadline, programme and plan duties, its progress. */
  @Get(':id/campaign-obligations')
  @Policy('campaign.progress')
  @ApiOkResponse({ type: [CampaignObligation] })
  obligations(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.service.obligations(scope, id);
  }
}
