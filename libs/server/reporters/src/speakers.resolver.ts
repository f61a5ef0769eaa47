import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessScope, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import { EvaluateSessionSpeakerInput } from './dtos/evaluation.dto';
import {
  AddSpeakerAssignmentInput,
  AddSpeakerTrainingInput,
  CreateSpeakerInput,
  EndSpeakerInput,
  SessionsPageArgs,
  SpeakerSessionsArgs,
  SpeakersArgs,
  UpdateSpeakerInput,
} from './dtos/speaker.dto';
import { SpeakerEvaluationsService } from './speaker-evaluations.service';
import { SpeakerLoadersFactory } from './speaker-loaders';
import { SpeakerSession, SpeakerSessionConnection } from './speaker-session.types';
import { Speaker, SpeakerAssignment, SpeakerConnection, SpeakerTraining } from './speaker.types';
import { publicSpeaker, SpeakersService } from './speakers.service';

const id = (name = 'id') => Args(name, { type: () => ID }, ParseIdPipe);

@Resolver(() => Speaker)
export class SpeakersResolver {
  constructor(
    private readonly service: SpeakersService,
    private readonly evaluations: SpeakerEvaluationsService,
    private readonly loaders: SpeakerLoadersFactory,
  ) {}

  @Query(() => Speaker, { description: 'One speaker (báo cáo viên) of a roster in your scope' })
  @Policy('speaker.read')
  async speaker(@Scope() scope: AccessScope, @id() speakerId: string) {
    return publicSpeaker(await this.service.get(scope, speakerId));
  }

  @Query(() => SpeakerConnection, {
    description: 'Speakers on the rosters of your scope (or withinId / organisationId), active today unless activeOn or includeEnded; by name',
  })
  @Policy('speaker.read')
  speakers(@Scope() scope: AccessScope, @Args() args: SpeakersArgs) {
    return this.service.list(scope, args);
  }

  @Query(() => SpeakerSessionConnection, { description: 'Sessions a speaker of your scope speaks at, newest first, with evaluations' })
  @Policy('speaker.read')
  speakerSessions(@Scope() scope: AccessScope, @Args() args: SpeakerSessionsArgs) {
    return this.service.sessionsOf(scope, args.speakerId, args);
  }

  @Query(() => [Speaker], { description: 'Your own roster entries as a speaker (empty when you are on no roster)' })
  @Policy('speaker.readSelf')
  mySpeakerRecords(@Scope() scope: AccessScope) {
    return this.service.mine(scope);
  }

  @Query(() => SpeakerSessionConnection, { description: 'Sessions you speak at, newest first, with the organisers\' evaluation' })
  @Policy('speaker.readSelf')
  mySpeakerSessions(@Scope() scope: AccessScope, @Args() args: SessionsPageArgs) {
    return this.service.mySessions(scope, args);
  }

  @Mutation(() => Speaker, { description: 'Appoints a speaker to a roster: a member of its subtree or an external person' })
  @Policy('speaker.write')
  createSpeaker(@Scope() scope: AccessScope, @Args('input') input: CreateSpeakerInput) {
    return this.service.create(scope, input);
  }

  @Mutation(() => Speaker, { description: 'Title, expertise, appointment date, notes; name and workplace of an external person' })
  @Policy('speaker.write')
  updateSpeaker(@Scope() scope: AccessScope, @id() speakerId: string, @Args('input') input: UpdateSpeakerInput) {
    return this.service.update(scope, speakerId, input);
  }

  @Mutation(() => Speaker, { description: 'Ends an appointment; the entry stays in the history' })
  @Policy('speaker.write')
  endSpeaker(@Scope() scope: AccessScope, @id() speakerId: string, @Args('input') input: EndSpeakerInput) {
    return this.service.end(scope, speakerId, input);
  }

  @Mutation(() => SpeakerTraining, { description: 'Records a training attended (tập huấn, bồi dưỡng)' })
  @Policy('speaker.write')
  addSpeakerTraining(@Scope() scope: AccessScope, @id('speakerId') speakerId: string, @Args('input') input: AddSpeakerTrainingInput) {
    return this.service.addTraining(scope, speakerId, input);
  }

  @Mutation(() => Boolean, { description: 'Removes a training recorded by mistake' })
  @Policy('speaker.write')
  removeSpeakerTraining(@Scope() scope: AccessScope, @id('speakerId') speakerId: string, @id('trainingId') trainingId: string) {
    return this.service.removeChild(scope, speakerId, 'training', trainingId);
  }

  @Mutation(() => SpeakerAssignment, { description: 'Records a yearly assignment (nhiệm vụ hằng năm)' })
  @Policy('speaker.write')
  addSpeakerAssignment(@Scope() scope: AccessScope, @id('speakerId') speakerId: string, @Args('input') input: AddSpeakerAssignmentInput) {
    return this.service.addAssignment(scope, speakerId, input);
  }

  @Mutation(() => Boolean, { description: 'Removes a yearly assignment recorded by mistake' })
  @Policy('speaker.write')
  removeSpeakerAssignment(@Scope() scope: AccessScope, @id('speakerId') speakerId: string, @id('assignmentId') assignmentId: string) {
    return this.service.removeChild(scope, speakerId, 'assignment', assignmentId);
  }

  @Mutation(() => SpeakerSession, {
    description: "The organisers' evaluation of a speaker at a session organised in your scope (score 1-5, comment); again replaces it",
  })
  @Policy('speaker.evaluate')
  evaluateSessionSpeaker(@Scope() scope: AccessScope, @Args('input') input: EvaluateSessionSpeakerInput) {
    return this.evaluations.evaluate(scope, input.sessionId, input.speakerId, input);
  }

  // --- fields, batched per request ---------------------------------------------

  @ResolveField(() => [SpeakerTraining], { description: 'Trainings attended, newest first' })
  trainings(@Parent() speaker: Speaker, @Context() ctx: object) {
    return this.loaders.for(ctx).trainings.load(speaker.id);
  }

  @ResolveField(() => [SpeakerAssignment], { description: 'Yearly assignments, newest year first' })
  assignments(@Parent() speaker: Speaker, @Context() ctx: object) {
    return this.loaders.for(ctx).assignments.load(speaker.id);
  }
}
