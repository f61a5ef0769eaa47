import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessScope, IsCalendarDate, PageArgs, Policy, Scope, ParseIdPipe } from '@qt/server-core';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  AssignOfficeInput,
  CreateOrganisationInput,
  DissolveOrganisationInput,
  EndOfficeInput,
  MoveOrganisationInput,
  OfficesArgs,
  OrganisationsArgs,
  UpdateOrganisationInput,
} from './dtos/organisation.dto';
import { OrganisationLoadersFactory } from './organisation-loaders';
import { CommitteeOfficeHolding, Organisation, OrganisationConnection } from './organisation.types';
import { OrganisationsService } from './organisations.service';

@ArgsType()
class ChildrenArgs extends PageArgs {
  @Field({ nullable: true, description: 'Include dissolved children (default true: the tree keeps its history)' })
  @ApiPropertyOptional()
  @IsOptional() @IsBoolean() includeDissolved?: boolean;
}

@ArgsType()
class OnDateArgs {
  @Field({ nullable: true, description: 'yyyy-MM-dd; default today (Asia/Ho_Chi_Minh)' })
  @IsOptional() @IsCalendarDate() onDate?: string;
}

@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(
    private readonly service: OrganisationsService,
    private readonly loaders: OrganisationLoadersFactory,
  ) {}

  @Query(() => Organisation, { description: 'One organisation in your scope' })
  @Policy('organisation.read')
  organisation(@Scope() scope: AccessScope, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.get(scope, id);
  }

  @Query(() => OrganisationConnection, { description: 'Organisations in your scope: search (diacritics ignored), filters, pages' })
  @Policy('organisation.read')
  organisations(@Scope() scope: AccessScope, @Args() args: OrganisationsArgs) {
    return this.service.list(scope, args);
  }

  @Query(() => [Organisation], { description: 'The organisations where your roles are held: the tops of your tree' })
  @Policy('organisation.read')
  organisationRoots(@Scope() scope: AccessScope) {
    return this.service.roots(scope);
  }

  @Mutation(() => Organisation)
  @Policy('organisation.write')
  createOrganisation(@Scope() scope: AccessScope, @Args('input') input: CreateOrganisationInput) {
    return this.service.create(scope, input);
  }

  @Mutation(() => Organisation)
  @Policy('organisation.write')
  updateOrganisation(
    @Scope() scope: AccessScope,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('input') input: UpdateOrganisationInput,
  ) {
    return this.service.update(scope, id, input);
  }

  @Mutation(() => Organisation, { description: 'Moves a subtree under a new parent (no cycles)' })
  @Policy('organisation.write')
  moveOrganisation(
    @Scope() scope: AccessScope,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('input') input: MoveOrganisationInput,
  ) {
    return this.service.move(scope, id, input.newParentId);
  }

  @Mutation(() => Organisation, { description: 'Dissolves an organisation with no active children and no members' })
  @Policy('organisation.write')
  dissolveOrganisation(
    @Scope() scope: AccessScope,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('input') input: DissolveOrganisationInput,
  ) {
    return this.service.dissolve(scope, id, input.dissolvedOn);
  }

  @Mutation(() => CommitteeOfficeHolding, { description: 'A member takes a committee office (bí thư, phó bí thư, ...)' })
  @Policy('organisation.write')
  assignCommitteeOffice(
    @Scope() scope: AccessScope,
    @Args('organisationId', { type: () => ID }, ParseIdPipe) organisationId: string,
    @Args('input') input: AssignOfficeInput,
  ) {
    return this.service.assignOffice(scope, organisationId, input);
  }

  @Mutation(() => CommitteeOfficeHolding)
  @Policy('organisation.write')
  endCommitteeOffice(
    @Scope() scope: AccessScope,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('input') input: EndOfficeInput,
  ) {
    return this.service.endOffice(scope, id, input.endDate);
  }

  // --- fields, batched per request ---------------------------------------------

  @ResolveField(() => Organisation, { nullable: true, description: 'Null when the parent lies outside your scope' })
  async parent(@Parent() org: Organisation, @Scope('organisation.read') scope: AccessScope, @Context() ctx: object) {
    if (!org.parentId) return null;
    const parent = await this.loaders.for(ctx).byId.load(org.parentId);
    return parent && scope.coversPath(parent.path) ? parent : null;
  }

  @ResolveField(() => OrganisationConnection)
  children(@Parent() org: Organisation, @Args() args: ChildrenArgs, @Context() ctx: object) {
    return this.loaders.for(ctx).children.load({
      parentId: org.id,
      first: args.first ?? 100,
      after: args.after,
      includeDissolved: args.includeDissolved ?? true,
    });
  }

  @ResolveField(() => Int, { description: 'Direct sub-organisations (dissolved included)' })
  childCount(@Parent() org: Organisation, @Context() ctx: object) {
    return this.loaders.for(ctx).childCount.load(org.id);
  }

  @ResolveField(() => Int, { description: 'Active organisations in the subtree, this one included' })
  descendantCount(@Parent() org: Organisation, @Context() ctx: object) {
    return this.loaders.for(ctx).descendantCount.load(org.id);
  }

  @ResolveField(() => Int, { description: 'Members taking part in party life in the subtree on a date' })
  memberCount(@Parent() org: Organisation, @Args() args: OnDateArgs, @Context() ctx: object) {
    return this.loaders.for(ctx).memberCount(args.onDate).load(org.id);
  }

  @ResolveField(() => [CommitteeOfficeHolding], { description: 'Committee offices held on a date (default today)' })
  offices(@Parent() org: Organisation, @Args() args: OfficesArgs, @Context() ctx: object) {
    return this.loaders.for(ctx).officesOn(args.onDate).load(org.id);
  }
}
