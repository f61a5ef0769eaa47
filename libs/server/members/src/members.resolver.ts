import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessScope, Actor, CurrentActor, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import { CommitteeOfficeHolding, Organisation, OrganisationLoadersFactory } from '@qt/server-organisations';
import { MembersBulkService } from './bulk/members-bulk.service';
import {
  BulkUpsertMembersArgs,
  CreateMemberInput,
  MembersArgs,
  OnDateArgs,
  TransferMemberInput,
  UpdateMemberInput,
} from './dtos/member.dto';
import { MemberLoadersFactory } from './member-loaders';
import { BulkMembersResult, Member, MemberConnection, Membership } from './member.types';
import { MembersService } from './members.service';

/**
 * An organisation reached through a member is shown only when the caller may
 * read it (organisation.read over it): its own fields (children, offices,
 * counts) trust that their parent object was authorised.
 */
async function visibleOrganisation(
  loaders: OrganisationLoadersFactory,
  ctx: object,
  actor: Actor,
  id: string,
): Promise<Organisation | null> {
  const scope = AccessScope.for(actor, 'organisation.read');
  if (!scope) return null;
  const org = await loaders.for(ctx).byId.load(id);
  return org && scope.coversPath(org.path) ? org : null;
}

@Resolver(() => Member)
export class MembersResolver {
  constructor(
    private readonly service: MembersService,
    private readonly bulk: MembersBulkService,
    private readonly loaders: MemberLoadersFactory,
    private readonly orgLoaders: OrganisationLoadersFactory,
  ) {}

  @Query(() => Member, { description: 'One member of your scope' })
  @Policy('member.read')
  member(@Scope() scope: AccessScope, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.get(scope, id);
  }

  @Query(() => MemberConnection, {
    description: 'Members of your scope (or of withinId): search ignoring diacritics, flag filters, on a past date, pages by name',
  })
  @Policy('member.read')
  members(@Scope() scope: AccessScope, @Args() args: MembersArgs) {
    return this.service.list(scope, args);
  }

  @Query(() => Member, { description: 'Your own member record (404 when you are not a party member)' })
  @Policy('member.readSelf')
  myMemberRecord(@Scope() scope: AccessScope) {
    return this.service.self(scope);
  }

  @Mutation(() => Member, { description: 'A new member with a first membership in an organisation of your scope' })
  @Policy('member.write')
  createMember(@Scope() scope: AccessScope, @Args('input') input: CreateMemberInput) {
    return this.service.create(scope, input);
  }

  @Mutation(() => Member, { description: 'Personal fields and flags; the organisation changes only by transferMember' })
  @Policy('member.write')
  updateMember(
    @Scope() scope: AccessScope,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('input') input: UpdateMemberInput,
  ) {
    return this.service.update(scope, id, input);
  }

  @Mutation(() => Member, { description: 'Transfer (chuyển sinh hoạt): closes the current membership and opens one in the destination' })
  @Policy('member.write')
  transferMember(
    @Scope() scope: AccessScope,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('input') input: TransferMemberInput,
  ) {
    return this.service.transfer(scope, id, input);
  }

  @Mutation(() => BulkMembersResult, {
    description: 'Creates or updates members by card number, a result per row; invalid rows are reported, not written',
  })
  @Policy('member.write')
  bulkUpsertMembers(@Scope() scope: AccessScope, @Args() args: BulkUpsertMembersArgs) {
    return this.bulk.fromInput(scope, args.rows, args.idempotencyKey);
  }

  // --- fields, batched per request ---------------------------------------------

  @ResolveField(() => Organisation, { nullable: true, description: 'Null when the organisation lies outside what you may read' })
  organisation(@Parent() member: Member, @CurrentActor() actor: Actor, @Context() ctx: object) {
    return visibleOrganisation(this.orgLoaders, ctx, actor, member.organisationId);
  }

  @ResolveField(() => [Membership], { description: 'Membership history, oldest first' })
  memberships(@Parent() member: Member, @Context() ctx: object) {
    return this.loaders.for(ctx).memberships.load(member.id);
  }

  @ResolveField(() => [CommitteeOfficeHolding], {
    description: 'Committee offices the member holds on a date (default today): secretary, committee member... of which organisation',
  })
  committeeOffices(@Parent() member: Member, @Args() args: OnDateArgs, @Context() ctx: object) {
    return this.loaders.for(ctx).officesOn(args.onDate).load(member.id);
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  constructor(private readonly orgLoaders: OrganisationLoadersFactory) {}

  @ResolveField(() => Organisation, { nullable: true, description: 'Null when the organisation lies outside what you may read' })
  organisation(@Parent() membership: Membership, @CurrentActor() actor: Actor, @Context() ctx: object) {
    return visibleOrganisation(this.orgLoaders, ctx, actor, membership.organisationId);
  }
}
