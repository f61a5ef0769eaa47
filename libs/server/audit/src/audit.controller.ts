import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AccessScope, Policy, Scope } from '@qt/server-core';
import { AuditQueryService } from './audit-query.service';
import { AuditRecordConnection } from './audit.types';
import { AuditQueryArgs } from './audit.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditQueryService) {}

  /** Audit records about organisations in the caller's subtree, newest first. */
  @Get()
  @Policy('audit.read')
  @ApiOkResponse({ type: AuditRecordConnection })
  list(@Scope() scope: AccessScope, @Query() query: AuditQueryArgs) {
    return this.audit.list(scope, query);
  }
}
