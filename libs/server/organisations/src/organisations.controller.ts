import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AccessScope, AppException, Policy, Scope, ParseIdPipe } from '@qt/server-core';
import {
  AssignOfficeInput,
  CreateOrganisationInput,
  DissolveOrganisationInput,
  EndOfficeInput,
  MoveOrganisationInput,
  OfficesArgs,
  OrganisationsArgs,
  UpdateOrganisationInput,
} from './dtos/organisation.dto';
import { OrganisationCsvImportService } from './import/organisation-csv-import.service';
import { CommitteeOfficeHolding, Organisation, OrganisationConnection, OrganisationImportResult } from './organisation.types';
import { OrganisationsService, publicView } from './organisations.service';

const page = <T extends { nodes: Organisation[] }>(p: T) => ({ ...p, nodes: p.nodes.map(publicView) });

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly importer: OrganisationCsvImportService,
  ) {}

  /** Organisations in your scope; `search` ignores diacritics and case ("tong cuc" finds "Tổng cục"). */
  @Get()
  @Policy('organisation.read')
  @ApiOkResponse({ type: OrganisationConnection })
  async list(@Scope() scope: AccessScope, @Query() query: OrganisationsArgs) {
    return page(await this.organisations.list(scope, query));
  }

  /** The organisations where your roles are held. */
  @Get('roots')
  @Policy('organisation.read')
  @ApiOkResponse({ type: [Organisation] })
  async roots(@Scope() scope: AccessScope) {
    return (await this.organisations.roots(scope)).map(publicView);
  }

  @Get(':id')
  @Policy('organisation.read')
  @ApiOkResponse({ type: Organisation })
  async get(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return publicView(await this.organisations.get(scope, id));
  }

  @Post()
  @Policy('organisation.write')
  @ApiCreatedResponse({ type: Organisation })
  async create(@Scope() scope: AccessScope, @Body() body: CreateOrganisationInput) {
    return publicView(await this.organisations.create(scope, body));
  }

  @Patch(':id')
  @Policy('organisation.write')
  @ApiOkResponse({ type: Organisation })
  async update(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateOrganisationInput) {
    return publicView(await this.organisations.update(scope, id, body));
  }

  /** Moves the organisation and its whole subtree under a new parent. */
  @Post(':id/move')
  @HttpCode(200)
  @Policy('organisation.write')
  @ApiOkResponse({ type: Organisation })
  async move(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: MoveOrganisationInput) {
    return publicView(await this.organisations.move(scope, id, body.newParentId));
  }

  /** Dissolves an organisation that has no active sub-organisations and no members. */
  @Post(':id/dissolve')
  @HttpCode(200)
  @Policy('organisation.write')
  @ApiOkResponse({ type: Organisation })
  async dissolve(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: DissolveOrganisationInput) {
    return publicView(await this.organisations.dissolve(scope, id, body.dissolvedOn));
  }

  /** Committee offices (bí thư, phó bí thư, BTV, cấp ủy viên) held on a date. */
  @Get(':id/offices')
  @Policy('organisation.read')
  @ApiOkResponse({ type: [CommitteeOfficeHolding] })
  offices(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Query() query: OfficesArgs) {
    return this.organisations.offices(scope, id, query.onDate);
  }

  @Post(':id/offices')
  @Policy('organisation.write')
  @ApiCreatedResponse({ type: CommitteeOfficeHolding })
  assignOffice(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: AssignOfficeInput) {
    return this.organisations.assignOffice(scope, id, body);
  }

  @Post('offices/:officeId/end')
  @HttpCode(200)
  @Policy('organisation.write')
  @ApiOkResponse({ type: CommitteeOfficeHolding })
  endOffice(@Scope() scope: AccessScope, @Param('officeId', ParseIdPipe) officeId: string, @Body() body: EndOfficeInput) {
    return this.organisations.endOffice(scope, officeId, body.endDate);
  }

  /**
   * Imports organisations from CSV (`text/csv`, UTF-8, header
   * `code,name,kind,parent_code,agency,term_start,term_end,active_from`).
   * All-or-nothing with a result per row.
   */
  @Post('import')
  @HttpCode(200)
  @Policy('organisation.write')
  @ApiConsumes('text/csv')
  @ApiBody({
    schema: { type: 'string', example: 'code,name,kind,parent_code\nDUK.X,Đảng bộ X,GRASSROOTS,DUK\n' },
  })
  @ApiOkResponse({ type: OrganisationImportResult, description: 'Per-row outcome; `rejected` when nothing was written' })
  async import(@Scope() scope: AccessScope, @Body() body: unknown, @Headers('content-type') contentType?: string) {
    if (!Buffer.isBuffer(body) || !/^(text|application)\/csv/.test(contentType ?? '')) {
      throw AppException.badInput('Send the file as text/csv', 'file');
    }
    return this.importer.import(scope, body);
  }
}
