import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessScope, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import { CreateInspectionPlanInput, InspectionPlansArgs, RequestSamplingInput, SampleSubtreeInput, UpdateInspectionPlanInput } from './plan.dto';
import { InspectionPick, InspectionPlan, InspectionPlanConnection, SamplingBatch, SamplingRun } from './plan.types';
import { PlansService } from './plans.service';

const IdArg = (name = 'id') => Args(name, { type: () => ID }, ParseIdPipe);

@Resolver(() => InspectionPlan)
export class PlansResolver {
  constructor(private readonly service: PlansService) {}

  @Query(() => InspectionPlanConnection, { description: 'Annual inspection plans (kế hoạch kiểm tra) of committees in your scope' })
  @Policy('inspection.read')
  inspectionPlans(@Scope() scope: AccessScope, @Args() args: InspectionPlansArgs) {
    return this.service.list(scope, args);
  }

  @Query(() => InspectionPlan)
  @Policy('inspection.read')
  inspectionPlan(@Scope() scope: AccessScope, @IdArg() id: string) {
    return this.service.get(scope, id);
  }

  @Query(() => [InspectionPick], { description: "Organisations the plan's current sampling run picked, with the reasons" })
  @Policy('inspection.read')
  inspectionPicks(@Scope() scope: AccessScope, @IdArg('planId') planId: string) {
    return this.service.picks(scope, planId);
  }

  @Query(() => [SamplingRun], { description: 'Sampling runs of a plan, newest first (without picks)' })
  @Policy('inspection.read')
  inspectionSamplingRuns(@Scope() scope: AccessScope, @IdArg('planId') planId: string) {
    return this.service.runs(scope, planId);
  }

  @Query(() => SamplingRun, { description: 'A sampling run with its picks' })
  @Policy('inspection.read')
  inspectionSamplingRun(@Scope() scope: AccessScope, @IdArg() id: string) {
    return this.service.run(scope, id);
  }

  @Query(() => SamplingBatch, { description: 'Progress of a subtree sampling' })
  @Policy('inspection.read')
  inspectionSamplingBatch(@Scope() scope: AccessScope, @IdArg('batchId') batchId: string) {
    return this.service.batch(scope, batchId);
  }

  @Mutation(() => InspectionPlan, { description: 'Creates a DRAFT plan for a committee with directly subordinate organisations' })
  @Policy('inspection.plan')
  createInspectionPlan(@Scope() scope: AccessScope, @Args('input') input: CreateInspectionPlanInput) {
    return this.service.create(scope, input);
  }

  @Mutation(() => InspectionPlan, { description: 'Changes a DRAFT plan' })
  @Policy('inspection.plan')
  updateInspectionPlan(@Scope() scope: AccessScope, @IdArg() id: string, @Args('input') input: UpdateInspectionPlanInput) {
    return this.service.update(scope, id, input);
  }

  @Mutation(() => SamplingRun, { description: 'Queues a seeded sampling run of a DRAFT plan (worker job); the same seed gives the same picks' })
  @Policy('inspection.plan')
  sampleInspectionPlan(
    @Scope() scope: AccessScope,
    @IdArg() id: string,
    @Args('input', { type: () => RequestSamplingInput, nullable: true }) input?: RequestSamplingInput,
  ) {
    return this.service.requestSampling(scope, id, input ?? {});
  }

  @Mutation(() => SamplingBatch, { description: 'Samples every committee of a subtree for a year (plans created with defaults where missing)' })
  @Policy('inspection.plan')
  sampleInspectionSubtree(@Scope() scope: AccessScope, @Args('input') input: SampleSubtreeInput) {
    return this.service.sampleSubtree(scope, input);
  }

  @Mutation(() => InspectionPlan, { description: 'Publishes (ban hành) a plan whose sampling finished; its picks are then fixed' })
  @Policy('inspection.plan')
  publishInspectionPlan(@Scope() scope: AccessScope, @IdArg() id: string) {
    return this.service.publish(scope, id);
  }
}
