import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';
import { AuditController } from './audit.controller';
import { AuditResolver } from './audit.resolver';
import { AuditQueryService } from './audit-query.service';

@Global()
@Module({
  providers: [AuditService, AuditQueryService, AuditResolver],
  controllers: [AuditController],
  exports: [AuditService],
})
export class AuditModule {}
