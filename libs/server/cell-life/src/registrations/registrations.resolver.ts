import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
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

@Resolver(() => Registration)
export class RegistrationsResolver {
  constructor(private readonly service: RegistrationsService) {}

  @Query(() => RegistrationConnection, { description: 'Start-of-year registrations (đăng ký phấn đấu) of your scope for a year' })
  @Policy('registration.read')
  registrations(@Scope() scope: AccessScope, @Args() args: RegistrationsArgs) {
    return this.service.list(scope, args);
  }

  @Mutation(() => Registration, { description: "A cell's (organisation's) target for the year: GOOD or better, once a year" })
  @Policy('registration.write')
  registerOrganisationTarget(@Scope() scope: AccessScope, @Args('input') input: RegisterOrganisationInput) {
    return this.service.registerOrganisation(scope, input);
  }

  @Mutation(() => Registration, { description: "A member's assigned tasks and target for the year, once a year" })
  @Policy('registration.write')
  registerMemberTasks(@Scope() scope: AccessScope, @Args('input') input: RegisterMemberInput) {
    return this.service.registerMember(scope, input);
  }

  @Mutation(() => Registration, { description: 'Target, tasks, or the year-end task result recorded by the cell' })
  @Policy('registration.write')
  updateRegistration(
    @Scope() scope: AccessScope,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('input') input: UpdateRegistrationInput,
  ) {
    return this.service.update(scope, id, input);
  }

  @Mutation(() => Registration, {
    description: 'Your own year-end result of your registered tasks (self-assessment): from 1 November of the year until you are rated',
  })
  @Policy('registration.writeOwnResult')
  reportMyTaskResult(@Scope() scope: AccessScope, @Args('input') input: ReportTaskResultInput) {
    return this.service.reportOwnResult(scope, input);
  }
}
