import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AccessScope, Policy, Scope, ParseIdPipe } from '@qt/server-core';
import { CreateUserInput, RoleGrantInput, SetUserActiveInput, SetUserEmailInput, UserAccountConnection, UsersArgs } from '../dtos/user.dto';
import { UserAccount } from '../dtos/me.types';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Policy('user.manage')
  @ApiOkResponse({ type: UserAccountConnection })
  list(@Scope() scope: AccessScope, @Query() query: UsersArgs) {
    return this.users.list(scope, query);
  }

  @Post()
  @Policy('user.manage')
  @ApiCreatedResponse({ type: UserAccount })
  create(@Scope() scope: AccessScope, @Body() body: CreateUserInput) {
    return this.users.create(scope, body);
  }

  @Post(':id/roles')
  @Policy('user.manage')
  @ApiCreatedResponse({ type: UserAccount })
  assignRole(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: RoleGrantInput) {
    return this.users.assignRole(scope, id, body);
  }

  @Delete(':id/roles/:assignmentId')
  @Policy('user.manage')
  @ApiOkResponse({ type: UserAccount })
  revokeRole(
    @Scope() scope: AccessScope,
    @Param('id', ParseIdPipe) id: string,
    @Param('assignmentId', ParseIdPipe) assignmentId: string,
  ) {
    return this.users.revokeRole(scope, id, assignmentId);
  }

  @Patch(':id/active')
  @Policy('user.manage')
  @ApiOkResponse({ type: UserAccount })
  setActive(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: SetUserActiveInput) {
    return this.users.setActive(scope, id, body.isActive);
  }

  /** Sets (or, with `email: null`, removes) the e-mail address the user's notifications are sent to. */
  @Patch(':id/email')
  @Policy('user.manage')
  @ApiOkResponse({ type: UserAccount })
  setEmail(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: SetUserEmailInput) {
    return this.users.setEmail(scope, id, body.email ?? null);
  }
}
