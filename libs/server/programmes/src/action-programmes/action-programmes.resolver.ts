import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessScope, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import {
  ActionProgrammesArgs,
  CreateActionProgrammeInput,
  DiscussActionProgrammeInput,
  EvaluateActionProgrammeInput,
  IssueActionProgrammeInput,
  ItemProgressInput,
  MilestoneDoneInput,
  MissingActionProgrammesArgs,
  ProgrammeItemInput,
  UpdateActionProgrammeInput,
} from './action-programme.dto';
import { ActionProgramme, ActionProgrammeConnection, MissingActionProgrammeConnection } from './action-programme.types';
import { ActionProgrammesService } from './action-programmes.service';

const IdArg = (name = 'id') => Args(name, { type: () => ID }, ParseIdPipe);

@Resolver(() => ActionProgramme)
export class ActionProgrammesResolver {
  constructor(private readonly service: ActionProgrammesService) {}

  @Query(() => ActionProgramme, { description: 'One action programme of a committee in your scope, with items, roadmap and progress' })
  @Policy('actionProgramme.read')
  actionProgramme(@Scope() scope: AccessScope, @IdArg() id: string) {
    return this.service.get(scope, id);
  }

  @Query(() => ActionProgrammeConnection, { description: 'Action programmes of committees in your scope, by committee' })
  @Policy('actionProgramme.read')
  actionProgrammes(@Scope() scope: AccessScope, @Args() args: ActionProgrammesArgs) {
    return this.service.list(scope, args);
  }

  @Query(() => MissingActionProgrammeConnection, {
    description: 'Committees below organisationId that owe a programme for the campaign and have none issued by its due date',
  })
  @Policy('actionProgramme.read')
  missingActionProgrammes(@Scope() scope: AccessScope, @Args() args: MissingActionProgrammesArgs) {
    return this.service.missing(scope, args);
  }

  @Mutation(() => ActionProgramme, { description: "A draft programme of a committee for a campaign that asks for one (one per committee)" })
  @Policy('actionProgramme.write')
  createActionProgramme(@Scope() scope: AccessScope, @Args('input') input: CreateActionProgrammeInput) {
    return this.service.create(scope, input);
  }

  @Mutation(() => ActionProgramme, { description: 'Title, while DRAFT or DISCUSSED' })
  @Policy('actionProgramme.write')
  updateActionProgramme(@Scope() scope: AccessScope, @IdArg() id: string, @Args('input') input: UpdateActionProgrammeInput) {
    return this.service.update(scope, id, input);
  }

  @Mutation(() => ActionProgramme, { description: 'Adds an item at the end, while DRAFT or DISCUSSED' })
  @Policy('actionProgramme.write')
  addActionProgrammeItem(@Scope() scope: AccessScope, @IdArg('programmeId') programmeId: string, @Args('input') input: ProgrammeItemInput) {
    return this.service.addItem(scope, programmeId, input);
  }

  @Mutation(() => ActionProgramme, { description: 'Replaces an item (and its roadmap when milestones are given), while DRAFT or DISCUSSED' })
  @Policy('actionProgramme.write')
  updateActionProgrammeItem(@Scope() scope: AccessScope, @IdArg('itemId') itemId: string, @Args('input') input: ProgrammeItemInput) {
    return this.service.updateItem(scope, undefined, itemId, input);
  }

  @Mutation(() => ActionProgramme, { description: 'Removes an item and renumbers the following ones, while DRAFT or DISCUSSED' })
  @Policy('actionProgramme.write')
  removeActionProgrammeItem(@Scope() scope: AccessScope, @IdArg('itemId') itemId: string) {
    return this.service.removeItem(scope, undefined, itemId);
  }

  @Mutation(() => ActionProgramme, { description: 'Records the democratic discussion (thảo luận dân chủ): DRAFT → DISCUSSED' })
  @Policy('actionProgramme.write')
  discussActionProgramme(@Scope() scope: AccessScope, @IdArg() id: string, @Args('input') input: DiscussActionProgrammeInput) {
    return this.service.discuss(scope, id, input);
  }

  @Mutation(() => ActionProgramme, {
    description: 'Issues (ban hành) a discussed programme; refused (UNPROCESSABLE) naming every item without owner or deadline',
  })
  @Policy('actionProgramme.write')
  issueActionProgramme(@Scope() scope: AccessScope, @IdArg() id: string, @Args('input') input: IssueActionProgrammeInput) {
    return this.service.issue(scope, id, input);
  }

  @Mutation(() => ActionProgramme, { description: 'Reports progress of an item of an issued programme (kept as history)' })
  @Policy('actionProgramme.write')
  reportActionProgrammeItemProgress(@Scope() scope: AccessScope, @IdArg('itemId') itemId: string, @Args('input') input: ItemProgressInput) {
    return this.service.reportProgress(scope, undefined, itemId, input);
  }

  @Mutation(() => ActionProgramme, { description: 'Marks a roadmap step done (or not done with doneOn null), once issued' })
  @Policy('actionProgramme.write')
  setActionProgrammeMilestoneDone(@Scope() scope: AccessScope, @IdArg('milestoneId') milestoneId: string, @Args('input') input: MilestoneDoneInput) {
    return this.service.setMilestoneDone(scope, undefined, milestoneId, input);
  }

  @Mutation(() => ActionProgramme, { description: 'Evaluates an issued programme: ISSUED → EVALUATED' })
  @Policy('actionProgramme.write')
  evaluateActionProgramme(@Scope() scope: AccessScope, @IdArg() id: string, @Args('input') input: EvaluateActionProgrammeInput) {
    return this.service.evaluate(scope, id, input);
  }
}
