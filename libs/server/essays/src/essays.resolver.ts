import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessScope, PageArgs, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import { CampaignScopeArgs, EssaysToGradeArgs, EssayStatusArgs, GradeEssayInput, SubmitEssayInput } from './dtos/essay.dto';
import { Essay, EssayConnection, EssayDetail, EssayStatusConnection } from './essay.types';
import { EssaysService } from './essays.service';

@Resolver(() => Essay)
export class EssaysResolver {
  constructor(private readonly essays: EssaysService) {}

  @Query(() => Essay, { nullable: true, description: 'Your essay for a campaign; null before you submit one' })
  @Policy('essay.readOwn')
  myEssay(@Scope() scope: AccessScope, @Args('campaignId', { type: () => ID }, ParseIdPipe) campaignId: string) {
    return this.essays.myEssay(scope, campaignId);
  }

  @Query(() => EssayConnection, { description: 'Your essays, newest first' })
  @Policy('essay.readOwn')
  myEssays(@Scope() scope: AccessScope, @Args() args: PageArgs) {
    return this.essays.myEssays(scope, args);
  }

  @Mutation(() => Essay, {
    description:
      'Submits your essay for a campaign, or edits it (one per campaign). Edits are refused after the end of the ' +
      "campaign's essayDueOn and after grading; a first submission after the due day is accepted and marked late.",
  })
  @Policy('essay.writeOwn')
  submitEssay(@Scope() scope: AccessScope, @Args('input') input: SubmitEssayInput) {
    return this.essays.submit(scope, input.campaignId, input.body);
  }

  @Query(() => EssayConnection, { description: 'Essays of a campaign in your scope to grade, oldest first, with filters' })
  @Policy('essay.grade')
  essaysToGrade(@Scope() scope: AccessScope, @Args() args: EssaysToGradeArgs) {
    return this.essays.gradingQueue(scope, args, args.filter);
  }

  @Query(() => EssayDetail, { description: 'An essay with its flags and, for a near-duplicate, the similar essay side by side' })
  @Policy('essay.grade')
  essay(@Scope() scope: AccessScope, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.essays.detail(scope, id);
  }

  @Mutation(() => Essay, { description: 'Grades an essay 0-10 with a comment (grading again corrects it); the author can no longer edit it' })
  @Policy('essay.grade')
  gradeEssay(
    @Scope() scope: AccessScope,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('input') input: GradeEssayInput,
  ) {
    return this.essays.grade(scope, id, input);
  }

  @Query(() => EssayStatusConnection, {
    description: 'Members who must write an essay for the campaign and have none yet; exempt members are never listed',
  })
  @Policy('essay.track')
  missingEssays(@Scope() scope: AccessScope, @Args() args: CampaignScopeArgs) {
    return this.essays.missing(scope, args);
  }

  @Query(() => EssayStatusConnection, {
    description: 'Every member the campaign requires, with their essay state; exempt members show the reason and basis',
  })
  @Policy('essay.track')
  essayStatus(@Scope() scope: AccessScope, @Args() args: EssayStatusArgs) {
    return this.essays.statuses(scope, args);
  }
}
