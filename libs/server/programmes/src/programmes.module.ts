import { Module } from '@nestjs/common';
import { OrganisationsModule } from '@qt/server-organisations';
import { ActionProgrammesController } from './action-programmes/action-programmes.controller';
import { ActionProgrammesRepository } from './action-programmes/action-programmes.repository';
import { ActionProgrammesResolver } from './action-programmes/action-programmes.resolver';
import { ActionProgrammesService } from './action-programmes/action-programmes.service';
import { CampaignFactsRepository } from './common/campaign-facts.repository';
import { PersonalPlansController } from './personal-plans/personal-plans.controller';
import { PersonalPlansRepository } from './personal-plans/personal-plans.repository';
import { PersonalPlansResolver } from './personal-plans/personal-plans.resolver';
import { PersonalPlansService } from './personal-plans/personal-plans.service';

/**
 * Action programmes (chương trình hành động) of committees and personal action plans (kế hoạch hành động
 * cá nhân) of secretaries and heads, for study campaigns (domain.md §6). Campaigns are read with our own SQL.
 * OrganisationsModule is imported for the OrganisationKind GraphQL enum used in MissingActionProgramme.
 */
@Module({
  imports: [OrganisationsModule],
  providers: [
    CampaignFactsRepository,
    ActionProgrammesRepository,
    ActionProgrammesService,
    ActionProgrammesResolver,
    PersonalPlansRepository,
    PersonalPlansService,
    PersonalPlansResolver,
  ],
  controllers: [ActionProgrammesController, PersonalPlansController],
  exports: [ActionProgrammesService, PersonalPlansService],
})
export class ProgrammesModule {}
