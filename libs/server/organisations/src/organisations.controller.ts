import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AccessScope, AppException, Policy, Scope, ParseIdPipe, RequestHeader, SyncCollection, WithEtag } from '@qt/server-core';
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
import { BulkOrganisationsBody, BulkOrganisationsResult } from './bulk/organisations-bulk.dto';
import { OrganisationsBulkService } from './bulk/organisations-bulk.service';
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
    private readonly bulk: OrganisationsBulkService,
  ) {}

  /** Organisations in your scope; `search` ignores diacritics and case ("tong cuc" finds "Tổng cục"). */
  @Get()
  @Policy('organisation.read')
  @SyncCollection()
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
  @WithEtag()
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
   * Creates, updates and moves organisations by code (the nightly sync of the
   * national party-member database, CSDL đảng viên 3.0): `{"rows": [{code, name,
   * kind, parentCode, agency?, termStart?, termEnd?, activeFrom?}]}`, at most
   * 10,000 rows. A parent code other than today's moves the
   * organisation and its subtree (restructuring); ids never change, so
   * memberships and study history stay attached. Rows are applied parents
   * first; a refused row is reported and not written, the others are. With an
   * Idempotency-Key, a retry with the same body gets the first answer and writes
   * nothing; the same key with another body is refused with 422.
   */
  @Post('bulk')
  @HttpCode(200)
  @Policy('organisation.write')
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: '8-255 of A-Z a-z 0-9 . _ : -; a retry with the same key and body gets the stored answer',
  })
  @ApiOkResponse({ type: BulkOrganisationsResult, description: 'Counts and the outcome of every row' })
  bulkUpsert(
    @Scope() scope: AccessScope,
    @Body() body: BulkOrganisationsBody,
    @RequestHeader('idempotency-key') idempotencyKey?: string,
  ): Promise<BulkOrganisationsResult> {
    return this.bulk.upsert(scope, body, idempotencyKey);
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
