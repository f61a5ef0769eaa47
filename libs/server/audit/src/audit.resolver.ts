import { Args, Query, Resolver } from '@nestjs/graphql';
import { AccessScope, Policy, Scope } from '@qt/server-core';
import { AuditQueryService } from './audit-query.service';
import { AuditRecord, AuditRecordConnection } from './audit.types';
import { AuditQueryArgs } from './audit.dto';

@Resolver(() => AuditRecord)
export class AuditResolver {
  constructor(private readonly audit: AuditQueryService) {}

  @Query(() => AuditRecordConnection, { description: 'Audit log of the subtree, newest first' })
  @Policy('audit.read')
  auditLog(@Scope() scope: AccessScope, @Args() args: AuditQueryArgs) {
    return this.audit.list(scope, args);
  }
}
