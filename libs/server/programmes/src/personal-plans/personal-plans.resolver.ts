import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessScope, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import {
  CreatePersonalPlanInput,
  EvaluatePersonalPlanInput,
  MissingPersonalPlansArgs,
  MyPersonalPlansArgs,
  PersonalPlansArgs,
  ReviewPersonalPlanInput,
  UpdatePersonalPlanInput,
} from './personal-plan.dto';
import { MissingPersonalPlanConnection, PersonalActionPlan, PersonalActionPlanConnection } from './personal-plan.types';
import { PersonalPlansService } from './personal-plans.service';

const IdArg = () => Args('id', { type: () => ID }, ParseIdPipe);

@Resolver(() => PersonalActionPlan)
export class PersonalPlansResolver {
  constructor(private readonly service: PersonalPlansService) {}

  @Query(() => [PersonalActionPlan], { description: 'Your own personal action plans (newest campaign first)' })
  @Policy('personalPlan.own')
  myPersonalPlans(@Scope() scope: AccessScope, @Args() args: MyPersonalPlansArgs) {
    return this.service.mine(scope, args.campaignId);
  }

  @Mutation(() => PersonalActionPlan, { description: 'Writes your plan for a campaign (secretaries and heads only), as a draft' })
  @Policy('personalPlan.own')
  createMyPersonalPlan(@Scope() scope: AccessScope, @Args('input') input: CreatePersonalPlanInput) {
    return this.service.createMine(scope, input);
  }

  @Mutation(() => PersonalActionPlan, { description: 'Edits your plan while DRAFT or RETURNED' })
  @Policy('personalPlan.own')
  updateMyPersonalPlan(@Scope() scope: AccessScope, @IdArg() id: string, @Args('input') input: UpdatePersonalPlanInput) {
    return this.service.updateMine(scope, id, input);
  }

  @Mutation(() => PersonalActionPlan, { description: 'Submits your plan to its overseer' })
  @Policy('personalPlan.own')
  submitMyPersonalPlan(@Scope() scope: AccessScope, @IdArg() id: string) {
    return this.service.submitMine(scope, id);
  }

  @Query(() => PersonalActionPlan, { description: 'A plan of a member in your scope' })
  @Policy('personalPlan.read')
  personalPlan(@Scope() scope: AccessScope, @IdArg() id: string) {
    return this.service.get(scope, id);
  }

  @Query(() => PersonalActionPlanConnection, { description: 'Plans of members in your scope (overseenByMe: only those you oversee)' })
  @Policy('personalPlan.read')
  personalPlans(@Scope() scope: AccessScope, @Args() args: PersonalPlansArgs) {
    return this.service.list(scope, args);
  }

  @Query(() => MissingPersonalPlanConnection, { description: 'Secretaries and heads whose plans you oversee and who have none submitted' })
  @Policy('personalPlan.oversee')
  missingPersonalPlans(@Scope() scope: AccessScope, @Args() args: MissingPersonalPlansArgs) {
    return this.service.missing(scope, args);
  }

  @Mutation(() => PersonalActionPlan, { description: 'Accepts or returns (with a comment) a submitted plan you oversee' })
  @Policy('personalPlan.oversee')
  reviewPersonalPlan(@Scope() scope: AccessScope, @IdArg() id: string, @Args('input') input: ReviewPersonalPlanInput) {
    return this.service.review(scope, id, input);
  }

  @Mutation(() => PersonalActionPlan, { description: 'Yearly evaluation of an accepted plan you oversee' })
  @Policy('personalPlan.oversee')
  evaluatePersonalPlan(@Scope() scope: AccessScope, @IdArg() id: string, @Args('input') input: EvaluatePersonalPlanInput) {
    return this.service.evaluate(scope, id, input);
  }
}
