import { Module } from '@nestjs/common';
import { CellChecksController } from './checks/cell-checks.controller';
import { CellChecksRepository } from './checks/cell-checks.repository';
import { CellChecksResolver } from './checks/cell-checks.resolver';
import { CellChecksService } from './checks/cell-checks.service';
import { ComplianceController } from './compliance/compliance.controller';
import { ComplianceRepository } from './compliance/compliance.repository';
import { ComplianceResolver } from './compliance/compliance.resolver';
import { ComplianceService } from './compliance/compliance.service';
import { CellMeetingsController } from './meetings/cell-meetings.controller';
import { CellMeetingsRepository } from './meetings/cell-meetings.repository';
import { CellMeetingsResolver } from './meetings/cell-meetings.resolver';
import { CellMeetingsService } from './meetings/cell-meetings.service';
import { RatingInputsRepository } from './ratings/rating-inputs.repository';
import { RatingsController } from './ratings/ratings.controller';
import { RatingsRepository } from './ratings/ratings.repository';
import { RatingsResolver } from './ratings/ratings.resolver';
import { RatingsService } from './ratings/ratings.service';
import { RegistrationsController } from './registrations/registrations.controller';
import { RegistrationsRepository } from './registrations/registrations.repository';
import { RegistrationsResolver } from './registrations/registrations.resolver';
import { RegistrationsService } from './registrations/registrations.service';
import { OrgRefsRepository } from './shared/org-refs.repository';

/**
 * Party cell life (seed 002, domain.md §8): cell meetings and attendance, meeting compliance, six-monthly checks,
 * start-of-year registrations and year-end ratings. See README.md beside this file for the rules.
 */
@Module({
  providers: [
    OrgRefsRepository,
    CellMeetingsRepository,
    CellMeetingsService,
    CellMeetingsResolver,
    ComplianceRepository,
    ComplianceService,
    ComplianceResolver,
    CellChecksRepository,
    CellChecksService,
    CellChecksResolver,
    RegistrationsRepository,
    RegistrationsService,
    RegistrationsResolver,
    RatingsRepository,
    RatingInputsRepository,
    RatingsService,
    RatingsResolver,
  ],
  controllers: [CellMeetingsController, ComplianceController, CellChecksController, RegistrationsController, RatingsController],
})
export class CellLifeModule {}
