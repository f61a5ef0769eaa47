import { Module } from '@nestjs/common';
import { MembersModule } from '@qt/server-members';
import { NotificationsModule } from '@qt/server-notifications';
import { OrganisationsModule } from '@qt/server-organisations';
import { CampaignsController } from './campaigns/campaigns.controller';
import { CampaignsRepository } from './campaigns/campaigns.repository';
import { CampaignsResolver } from './campaigns/campaigns.resolver';
import { CampaignsService } from './campaigns/campaigns.service';
import { ExemptionsController } from './exemptions/exemptions.controller';
import { ExemptionsRepository } from './exemptions/exemptions.repository';
import { ExemptionsResolver } from './exemptions/exemptions.resolver';
import { ExemptionsService } from './exemptions/exemptions.service';
import { CampaignObligationsController, CampaignProgressController } from './progress/progress.controller';
import { ProgressRepository } from './progress/progress.repository';
import { ProgressResolver } from './progress/progress.resolver';
import { ProgressService } from './progress/progress.service';
import { MaterialsController, ResolutionsController } from './resolutions/resolutions.controller';
import { ResolutionsRepository } from './resolutions/resolutions.repository';
import { ResolutionsResolver } from './resolutions/resolutions.resolver';
import { ResolutionsService } from './resolutions/resolutions.service';

/**
 * Campaigns module (API side), domain.md §3: resolutions and study materials,
 * study campaigns with per-level rules, member exemptions, and the progress
 * views (progress, obligations, required members).
 */
@Module({
  imports: [OrganisationsModule, MembersModule, NotificationsModule],
  providers: [
    ResolutionsRepository,
    ResolutionsService,
    ResolutionsResolver,
    CampaignsRepository,
    CampaignsService,
    CampaignsResolver,
    ProgressRepository,
    ProgressService,
    ProgressResolver,
    ExemptionsRepository,
    ExemptionsService,
    ExemptionsResolver,
  ],
  controllers: [
    ResolutionsController,
    MaterialsController,
    CampaignsController,
    CampaignProgressController,
    CampaignObligationsController,
    ExemptionsController,
  ],
  exports: [CampaignsService, ProgressService],
})
export class CampaignsModule {}
