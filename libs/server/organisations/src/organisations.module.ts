import { Module } from '@nestjs/common';
import { OrganisationsBulkService } from './bulk/organisations-bulk.service';
import { OrganisationCsvImportService } from './import/organisation-csv-import.service';
import { OrganisationLoadersFactory } from './organisation-loaders';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsRepository } from './organisations.repository';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

@Module({
  providers: [
    OrganisationsRepository,
    OrganisationsService,
    OrganisationCsvImportService,
    OrganisationsBulkService,
    OrganisationLoadersFactory,
    OrganisationsResolver,
  ],
  controllers: [OrganisationsController],
  exports: [OrganisationsService, OrganisationLoadersFactory],
})
export class OrganisationsModule {}
