import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessScope, Policy, Scope } from '@qt/server-core';
import {
  CellRatingInputsArgs,
  MemberRatingInputsArgs,
  MyRatingInputsArgs,
  RateMemberInput,
  RateOrganisationInput,
  RatingDistributionArgs,
  RatingsArgs,
} from './rating.dto';
import { CellRatingInputs, MemberRatingInputs, Rating, RatingConnection, RatingDistribution } from './rating.types';
import { RatingsService } from './ratings.service';

@Resolver(() => Rating)
export class RatingsResolver {
  constructor(private readonly service: RatingsService) {}

  @Query(() => RatingConnection, { description: 'Year-end ratings of your scope' })
  @Policy('rating.read')
  ratings(@Scope() scope: AccessScope, @Args() args: RatingsArgs) {
    return this.service.list(scope, args);
  }

  @Query(() => RatingDistribution, { description: 'Ratings of a subtree for a year by level, with the unrated' })
  @Policy('rating.read')
  ratingDistribution(@Scope() scope: AccessScope, @Args() args: RatingDistributionArgs) {
    return this.service.distribution(scope, args);
  }

  @Query(() => MemberRatingInputs, { description: "The rating screen of a member: study, essays, meeting attendance, registration" })
  @Policy('rating.read')
  memberRatingInputs(@Scope() scope: AccessScope, @Args() args: MemberRatingInputsArgs) {
    return this.service.memberInputs(scope, args);
  }

  @Query(() => MemberRatingInputs, {
    description: 'Your own rating screen for a year: study, essays, cell-meeting attendance, registration with task result, rating',
  })
  @Policy('rating.readOwn')
  myRatingInputs(@Scope() scope: AccessScope, @Args() args: MyRatingInputsArgs) {
    return this.service.myInputs(scope, args);
  }

  @Query(() => CellRatingInputs, { description: "The rating screen of a cell: meeting compliance, members' study and essays, registration" })
  @Policy('rating.read')
  cellRatingInputs(@Scope() scope: AccessScope, @Args() args: CellRatingInputsArgs) {
    return this.service.cellInputs(scope, args);
  }

  @Mutation(() => Rating, { description: 'Rates an organisation for a year (by an upper committee); replaces an earlier rating' })
  @Policy('rating.writeOrganisation')
  rateOrganisation(@Scope() scope: AccessScope, @Args('input') input: RateOrganisationInput) {
    return this.service.rateOrganisation(scope, input);
  }

  @Mutation(() => Rating, { description: 'Rates a member for a year; replaces an earlier rating' })
  @Policy('rating.writeMember')
  rateMember(@Scope() scope: AccessScope, @Args('input') input: RateMemberInput) {
    return this.service.rateMember(scope, input);
  }
}
