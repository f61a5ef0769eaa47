import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessScope, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import { CreateExemptionInput, EndExemptionInput, ExemptionsArgs } from './exemption.dto';
import { MemberExemption, MemberExemptionConnection } from './exemption.types';
import { ExemptionsService } from './exemptions.service';

@Resolver(() => MemberExemption)
export class ExemptionsResolver {
  constructor(private readonly service: ExemptionsService) {}

  @Query(() => MemberExemptionConnection, { description: 'Exemptions of members of your scope, newest first' })
  @Policy('exemption.read')
  memberExemptions(@Scope() scope: AccessScope, @Args() args: ExemptionsArgs) {
    return this.service.list(scope, args);
  }

  @Mutation(() => MemberExemption, { description: 'Records an exemption with its basis and dates; you are the approver' })
  @Policy('exemption.write')
  createMemberExemption(@Scope() scope: AccessScope, @Args('input') input: CreateExemptionInput) {
    return this.service.create(scope, input);
  }

  @Mutation(() => MemberExemption, { description: 'Ends an exemption on validTo (inclusive)' })
  @Policy('exemption.write')
  endMemberExemption(
    @Scope() scope: AccessScope,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('input') input: EndExemptionInput,
  ) {
    return this.service.end(scope, id, input);
  }
}
