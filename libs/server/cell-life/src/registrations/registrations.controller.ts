import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { AccessScope, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import {
  RegisterMemberInput,
  RegisterOrganisationInput,
  RegistrationsArgs,
  ReportTaskResultInput,
  UpdateRegistrationInput,
} from './registration.dto';
import { Registration, RegistrationConnection } from './registration.types';
import { RegistrationsService } from './registrations.service';

@ApiTags('registrations')
@ApiBearerAuth()
@Controller('registrations')
export class RegistrationsController {
  constructor(private readonly registrations: RegistrationsService) {}

  @Get()
  @Policy('registration.read')
  @ApiOkResponse({ type: RegistrationConnection })
  list(@Scope() scope: AccessScope, @Query() query: RegistrationsArgs) {
    return this.registrations.list(scope, query);
  }

  /** An organisation's target for the year (GOOD or EXCELLENT); one per organisation and year. */
  @Post('organisations')
  @Policy('registration.write')
  @ApiCreatedResponse({ type: Registration })
  @ApiConflictResponse({ description: 'Already registered for that year' })
  @ApiUnprocessableEntityResponse({ description: 'Target below GOOD; date out of range' })
  registerOrganisation(@Scope() scope: AccessScope, @Body() body: RegisterOrganisationInput) {
    return this.registrations.registerOrganisation(scope, body);
  }

  /** A member's tasks and target for the year; one per member and year; the member's cell must be in your scope. */
  @Post('members')
  @Policy('registration.write')
  @ApiCreatedResponse({ type: Registration })
  @ApiConflictResponse({ description: 'Already registered for that year' })
  registerMember(@Scope() scope: AccessScope, @Body() body: RegisterMemberInput) {
    return this.registrations.registerMember(scope, body);
  }

  /**
   * Your own year-end result of the tasks you registered (self-assessment), shown on your rating screen: from
   * 1 November of the year until you are rated; writing again replaces it.
   */
  @Put('mine/result')
  @Policy('registration.writeOwnResult')
  @ApiOkResponse({ type: Registration })
  @ApiUnprocessableEntityResponse({ description: 'No registration for the year, before 1 November of it, or already rated' })
  reportMyResult(@Scope() scope: AccessScope, @Body() body: ReportTaskResultInput) {
    return this.registrations.reportOwnResult(scope, body);
  }

  /** Target, tasks, or the year-end task result recorded by the cell (dated today). */
  @Patch(':id')
  @Policy('registration.write')
  @ApiOkResponse({ type: Registration })
  update(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateRegistrationInput) {
    return this.registrations.update(scope, id, body);
  }
}
