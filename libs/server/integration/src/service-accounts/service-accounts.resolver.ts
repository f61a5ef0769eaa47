import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessScope, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import {
  CreateServiceAccountInput,
  RotateServiceAccountSecretInput,
  ServiceAccountsArgs,
  UpdateServiceAccountInput,
} from './service-account.dto';
import { ServiceAccount, ServiceAccountConnection, ServiceAccountCredentials } from './service-account.types';
import { ServiceAccountsService } from './service-accounts.service';

const IdArg = () => Args('id', { type: () => ID }, ParseIdPipe);

@Resolver(() => ServiceAccount)
export class ServiceAccountsResolver {
  constructor(private readonly service: ServiceAccountsService) {}

  @Query(() => ServiceAccountConnection, { description: 'Service accounts (tài khoản tích hợp) of organisations in your scope, by name' })
  @Policy('serviceAccount.manage')
  serviceAccounts(@Scope() scope: AccessScope, @Args() args: ServiceAccountsArgs) {
    return this.service.list(scope, args);
  }

  @Query(() => ServiceAccount)
  @Policy('serviceAccount.manage')
  serviceAccount(@Scope() scope: AccessScope, @IdArg() id: string) {
    return this.service.get(scope, id);
  }

  @Mutation(() => ServiceAccountCredentials, { description: 'A client for an organisation subtree; its secret is shown this once' })
  @Policy('serviceAccount.manage')
  createServiceAccount(@Scope() scope: AccessScope, @Args('input') input: CreateServiceAccountInput) {
    return this.service.create(scope, input);
  }

  @Mutation(() => ServiceAccount, { description: 'Name, description, scopes, rate limit' })
  @Policy('serviceAccount.manage')
  updateServiceAccount(@Scope() scope: AccessScope, @IdArg() id: string, @Args('input') input: UpdateServiceAccountInput) {
    return this.service.update(scope, id, input);
  }

  @Mutation(() => ServiceAccountCredentials, { description: 'A new secret (shown this once); the old one stops at once or after overlapSeconds' })
  @Policy('serviceAccount.manage')
  rotateServiceAccountSecret(
    @Scope() scope: AccessScope,
    @IdArg() id: string,
    @Args('input', { nullable: true }) input?: RotateServiceAccountSecretInput,
  ) {
    return this.service.rotateSecret(scope, id, input ?? {});
  }

  @Mutation(() => ServiceAccount, { description: 'Revokes the client: its tokens are refused from the next request on' })
  @Policy('serviceAccount.manage')
  revokeServiceAccount(@Scope() scope: AccessScope, @IdArg() id: string) {
    return this.service.revoke(scope, id);
  }
}
