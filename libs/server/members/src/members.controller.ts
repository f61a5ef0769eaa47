import {
  Body,
  Controller,
  createParamDecorator,
  ExecutionContext,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiHeader,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { AccessScope, ParseIdPipe, Policy, Scope, SyncCollection, WithEtag } from '@qt/server-core';
import { MembersBulkService } from './bulk/members-bulk.service';
import { BULK_MAX_ROWS, BulkMembersBody, CreateMemberInput, MembersArgs, TransferMemberInput, UpdateMemberInput } from './dtos/member.dto';
import { BulkMembersResult, Member, MemberConnection, Membership } from './member.types';
import { MembersService, publicMember } from './members.service';

/** One request header, as a string (documented with @ApiHeader, not as a required parameter). */
const RequestHeader = createParamDecorator((name: string, context: ExecutionContext): string | undefined => {
  const value = context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers[name];
  return Array.isArray(value) ? value[0] : value;
});

const CSV_EXAMPLE =
  'card_number,full_name,birth_date,gender,standing,position,organisation_code,effective_date,is_head_of_unit,is_key_leader,' +
  'is_under_bloc_standing_committee,is_retired,is_unfit_for_work,is_exempt_from_activities\n' +
  '01.012345,Nguyễn Văn An,17/05/1980,Nam,chính thức,Vụ trưởng,DUK.BCT.VP,01/07/2025,có,không,0,0,0,0\n';

@ApiTags('members')
@ApiBearerAuth()
@Controller('members')
export class MembersController {
  constructor(
    private readonly members: MembersService,
    private readonly bulk: MembersBulkService,
  ) {}

  /**
   * Members of your scope, by name. `search` ignores diacritics and case
   * ("nguyen van" finds "Nguyễn Văn"); with `onDate`, the members of the
   * subtree on that date according to the membership history.
   */
  @Get()
  @Policy('member.read')
  @SyncCollection()
  @ApiOkResponse({ type: MemberConnection })
  async list(@Scope() scope: AccessScope, @Query() query: MembersArgs) {
    return this.members.list(scope, query);
  }

  /** Your own member record. */
  @Get('me')
  @Policy('member.readSelf')
  @ApiOkResponse({ type: Member })
  async me(@Scope() scope: AccessScope) {
    return publicMember(await this.members.self(scope));
  }

  /** Your own membership history. */
  @Get('me/memberships')
  @Policy('member.readSelf')
  @ApiOkResponse({ type: [Membership] })
  myMemberships(@Scope() scope: AccessScope) {
    return this.members.selfMemberships(scope);
  }

  @Get(':id')
  @Policy('member.read')
  @WithEtag()
  @ApiOkResponse({ type: Member })
  async get(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return publicMember(await this.members.get(scope, id));
  }

  /** Membership history (sinh hoạt đảng), oldest first; `validTo` is exclusive. */
  @Get(':id/memberships')
  @Policy('member.read')
  @ApiOkResponse({ type: [Membership] })
  memberships(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.members.memberships(scope, id);
  }

  @Post()
  @Policy('member.write')
  @ApiCreatedResponse({ type: Member })
  create(@Scope() scope: AccessScope, @Body() body: CreateMemberInput) {
    return this.members.create(scope, body);
  }

  /** Personal fields and flags. The organisation changes only by a transfer. */
  @Patch(':id')
  @Policy('member.write')
  @ApiOkResponse({ type: Member })
  update(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateMemberInput) {
    return this.members.update(scope, id, body);
  }

  /**
   * Transfer (chuyển sinh hoạt): the current membership ends and one in the
   * destination starts on `effectiveDate`, which must be after the current
   * membership began and not in the future. Both organisations must be in your scope.
   */
  @Post(':id/transfer')
  @HttpCode(200)
  @Policy('member.write')
  @ApiOkResponse({ type: Member })
  @ApiUnprocessableEntityResponse({ description: 'Destination dissolved or the same; effectiveDate not after the current membership' })
  transfer(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: TransferMemberInput) {
    return this.members.transfer(scope, id, body);
  }

  /**
   * Creates or updates up to 100,000 members by card number in one
   * transaction, with a result per row. Send `application/json`
   * `{"rows": [...]}` or a UTF-8 `text/csv` file with the header
   * `card_number,full_name,birth_date,gender,standing,position,organisation_code,effective_date,is_head_of_unit,is_key_leader,is_under_bloc_standing_committee,is_retired,is_unfit_for_work,is_exempt_from_activities`
   * (gender MALE/FEMALE or Nam/Nữ; standing OFFICIAL/PROBATIONARY or chính thức/dự bị;
   * booleans 1/0/true/false/có/không; dates yyyy-MM-dd or dd/MM/yyyy; empty optional cells keep the current value).
   * A row that fails (values, unknown or out-of-scope organisation, existing member outside your scope,
   * card number repeated in the request) is reported and not written; the others are written.
   * A new organisation_code for an existing member is a transfer at effective_date (default today).
   * With an Idempotency-Key, the same request again returns the stored answer and writes nothing;
   * the same key with another body is refused with 422.
   */
  @Post('bulk')
  @HttpCode(200)
  @Policy('member.write')
  @ApiConsumes('application/json', 'text/csv')
  @ApiExtraModels(BulkMembersBody)
  @ApiBody({
    description: `JSON {rows} or a CSV file; at most ${BULK_MAX_ROWS} rows`,
    schema: {
      oneOf: [
        { $ref: getSchemaPath(BulkMembersBody) },
        { type: 'string', description: 'CSV file (text/csv, UTF-8)', example: CSV_EXAMPLE },
      ],
    },
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: '8-255 of A-Z a-z 0-9 . _ : -; a retry with the same key and body gets the stored answer',
  })
  @ApiOkResponse({ type: BulkMembersResult, description: 'Counts and the outcome of every row' })
  @ApiBadRequestResponse({ description: 'Malformed CSV (field "file", with the line), wrong types or unknown fields, too many rows' })
  @ApiUnprocessableEntityResponse({ description: 'Idempotency-Key reused with a different body' })
  upsert(
    @Scope() scope: AccessScope,
    @Body() body: unknown,
    @RequestHeader('content-type') contentType?: string,
    @RequestHeader('idempotency-key') idempotencyKey?: string,
  ): Promise<BulkMembersResult> {
    return this.bulk.fromHttp(scope, body, contentType, idempotencyKey);
  }
}
