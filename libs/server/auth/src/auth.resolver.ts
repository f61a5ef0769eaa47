import { Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Policy } from '@qt/server-core';
import { UserAccount } from './dtos/me.types';
import { UsersService } from './users/users.service';

@Resolver(() => UserAccount)
export class AuthResolver {
  constructor(private readonly users: UsersService) {}

  @Query(() => UserAccount, { description: 'The signed-in user with their roles' })
  @Policy('auth.session')
  me(@CurrentActor() actor: Actor): Promise<UserAccount> {
    return this.users.get(actor.userId);
  }
}
