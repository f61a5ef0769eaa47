import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessScope, Policy, Scope, ParseIdPipe } from '@qt/server-core';
import { CreateUserInput, RoleGrantInput, SetUserEmailInput, UserAccountConnection, UsersArgs } from '../dtos/user.dto';
import { UserAccount } from '../dtos/me.types';
import { UsersService } from './users.service';

@Resolver(() => UserAccount)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Query(() => UserAccountConnection, { description: 'Users holding a role in the subtree' })
  @Policy('user.manage')
  users(@Scope() scope: AccessScope, @Args() args: UsersArgs) {
    return this.service.list(scope, args);
  }

  @Mutation(() => UserAccount)
  @Policy('user.manage')
  createUser(@Scope() scope: AccessScope, @Args('input') input: CreateUserInput) {
    return this.service.create(scope, input);
  }

  @Mutation(() => UserAccount)
  @Policy('user.manage')
  assignRole(
    @Scope() scope: AccessScope,
    @Args('userId', { type: () => ID }, ParseIdPipe) userId: string,
    @Args('input') input: RoleGrantInput,
  ) {
    return this.service.assignRole(scope, userId, input);
  }

  @Mutation(() => UserAccount)
  @Policy('user.manage')
  revokeRole(
    @Scope() scope: AccessScope,
    @Args('userId', { type: () => ID }, ParseIdPipe) userId: string,
    @Args('assignmentId', { type: () => ID }, ParseIdPipe) assignmentId: string,
  ) {
    return this.service.revokeRole(scope, userId, assignmentId);
  }

  @Mutation(() => UserAccount, { description: 'Set or remove (null) the e-mail address for notifications' })
  @Policy('user.manage')
  setUserEmail(
    @Scope() scope: AccessScope,
    @Args('userId', { type: () => ID }, ParseIdPipe) userId: string,
    @Args('input') input: SetUserEmailInput,
  ) {
    return this.service.setEmail(scope, userId, input.email ?? null);
  }
}
