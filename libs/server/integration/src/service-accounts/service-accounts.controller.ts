import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AccessScope, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import {
  CreateServiceAccountInput,
  RotateServiceAccountSecretInput,
  ServiceAccountsArgs,
  UpdateServiceAccountInput,
} from './service-account.dto';
import { ServiceAccount, ServiceAccountConnection, ServiceAccountCredentials } from './service-account.types';
import { ServiceAccountsService } from './service-accounts.service';

/** Service accounts (tài khoản tích hợp) of other systems, managed by administrators of the subtree. */
@ApiTags('service-accounts')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not an administrator of the account’s organisation subtree' })
@Controller('service-accounts')
export class ServiceAccountsController {
  constructor(private readonly service: ServiceAccountsService) {}

  @Get()
  @Policy('serviceAccount.manage')
  @ApiOkResponse({ type: ServiceAccountConnection })
  list(@Scope() scope: AccessScope, @Query() query: ServiceAccountsArgs) {
    return this.service.list(scope, query);
  }

  @Get(':id')
  @Policy('serviceAccount.manage')
  @ApiOkResponse({ type: ServiceAccount })
  @ApiNotFoundResponse()
  get(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.service.get(scope, id);
  }

  @Post()
  @Policy('serviceAccount.manage')
  @ApiOperation({ summary: 'Create a client; the answer holds its secret, shown this once' })
  @ApiCreatedResponse({ type: ServiceAccountCredentials })
  @ApiUnprocessableEntityResponse({ description: 'Unknown or dissolved organisation' })
  create(@Scope() scope: AccessScope, @Body() body: CreateServiceAccountInput) {
    return this.service.create(scope, body);
  }

  @Patch(':id')
  @Policy('serviceAccount.manage')
  @ApiOkResponse({ type: ServiceAccount })
  @ApiUnprocessableEntityResponse({ description: 'The account is revoked' })
  update(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateServiceAccountInput) {
    return this.service.update(scope, id, body);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @Policy('serviceAccount.manage')
  @ApiOperation({ summary: 'New secret (shown this once); the old one stops working, or after overlapSeconds' })
  @ApiOkResponse({ type: ServiceAccountCredentials })
  @ApiUnprocessableEntityResponse({ description: 'The account is revoked' })
  rotateSecret(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: RotateServiceAccountSecretInput) {
    return this.service.rotateSecret(scope, id, body);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @Policy('serviceAccount.manage')
  @ApiOperation({ summary: 'Revoke: the client’s tokens are refused from its next request on' })
  @ApiOkResponse({ type: ServiceAccount })
  revoke(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.service.revoke(scope, id);
  }
}
