import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AccessScope, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import { CreateExemptionInput, EndExemptionInput, ExemptionsArgs } from './exemption.dto';
import { MemberExemption, MemberExemptionConnection } from './exemption.types';
import { ExemptionsService } from './exemptions.service';

@ApiTags('exemptions')
@ApiBearerAuth()
@Controller('exemptions')
export class ExemptionsController {
  constructor(private readonly service: ExemptionsService) {}

  /** Exemptions (miễn viết thu hoạch, miễn sinh hoạt) of members now in your scope. */
  @Get()
  @Policy('exemption.read')
  @ApiOkResponse({ type: MemberExemptionConnection })
  list(@Scope() scope: AccessScope, @Query() query: ExemptionsArgs) {
    return this.service.list(scope, query);
  }

  /** Records an exemption for a member of your scope; you are recorded as the approver. */
  @Post()
  @Policy('exemption.write')
  @ApiCreatedResponse({ type: MemberExemption })
  @ApiConflictResponse({ description: 'Overlaps an exemption of the member for the same reason' })
  create(@Scope() scope: AccessScope, @Body() body: CreateExemptionInput) {
    return this.service.create(scope, body);
  }

  @Post(':id/end')
  @HttpCode(200)
  @Policy('exemption.write')
  @ApiOkResponse({ type: MemberExemption })
  end(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: EndExemptionInput) {
    return this.service.end(scope, id, body);
  }
}
