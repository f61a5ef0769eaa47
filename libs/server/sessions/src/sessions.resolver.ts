import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessScope, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import { AssignSpeakerInput, CreateSessionInput, EvaluateSessionInput, ReasonInput, SessionsArgs, UpdateSessionInput } from './dtos/session.dto';
import { SessionLoadersFactory } from './session-loaders';
import { ConnectionPoint, SessionCounters, SessionSpeaker, StudySession, StudySessionConnection } from './session.types';
import { SessionsService } from './sessions.service';

@Resolver(() => StudySession)
export class SessionsResolver {
  constructor(
    private readonly service: SessionsService,
    private readonly loaders: SessionLoadersFactory,
  ) {}

  @Query(() => StudySessionConnection, {
    description: 'Sessions of a campaign you may see (organised in your scope or above it), by start; filters by organiser, dates, status',
  })
  @Policy('session.read')
  studySessions(@Scope() scope: AccessScope, @Args() args: SessionsArgs) {
    return this.service.list(scope, args);
  }

  @Query(() => StudySession, { description: 'One session with its counters' })
  @Policy('session.read')
  studySession(@Scope() scope: AccessScope, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.get(scope, id);
  }

  @Mutation(() => StudySession, { description: 'Plans a session (hội nghị, lớp học tập) in an issued campaign and builds its participant list' })
  @Policy('session.write')
  createStudySession(@Scope() scope: AccessScope, @Args('input') input: CreateSessionInput) {
    return this.service.create(scope, input);
  }

  @Mutation(() => StudySession, { description: 'Changes a planned session; "secretary presented" may also be recorded after it closed' })
  @Policy('session.write')
  updateStudySession(
    @Scope() scope: AccessScope,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('input') input: UpdateSessionInput,
  ) {
    return this.service.update(scope, id, input);
  }

  @Mutation(() => StudySession)
  @Policy('session.write')
  cancelStudySession(@Scope() scope: AccessScope, @Args('id', { type: () => ID }, ParseIdPipe) id: string, @Args('input') input: ReasonInput) {
    return this.service.cancel(scope, id, input.reason);
  }

  @Mutation(() => StudySession, { description: 'Class evaluation (rule compliance, speaker quality), once the session has started' })
  @Policy('session.write')
  evaluateStudySession(
    @Scope() scope: AccessScope,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('input') input: EvaluateSessionInput,
  ) {
    return this.service.evaluate(scope, id, input);
  }

  @Mutation(() => Int, { description: 'Rebuilds the participant list from the audience rule (only while nobody is marked); returns the count' })
  @Policy('session.write')
  regenerateSessionParticipants(@Scope() scope: AccessScope, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.regenerate(scope, id);
  }

  @Mutation(() => [SessionSpeaker], { description: 'Assigns a speaker (báo cáo viên) with a topic; again to change the topic' })
  @Policy('session.write')
  assignSessionSpeaker(
    @Scope() scope: AccessScope,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('input') input: AssignSpeakerInput,
  ) {
    return this.service.assignSpeaker(scope, id, input.speakerId, input.topic ?? null);
  }

  @Mutation(() => [SessionSpeaker])
  @Policy('session.write')
  unassignSessionSpeaker(
    @Scope() scope: AccessScope,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('speakerId', { type: () => ID }, ParseIdPipe) speakerId: string,
  ) {
    return this.service.unassignSpeaker(scope, id, speakerId);
  }

  // --- fields, batched per request ---------------------------------------------

  @ResolveField(() => [ConnectionPoint])
  connectionPoints(@Parent() s: StudySession, @Context() ctx: object) {
    return this.loaders.for(ctx).connectionPoints.load(s.id);
  }

  @ResolveField(() => [SessionSpeaker])
  speakers(@Parent() s: StudySession, @Context() ctx: object) {
    return this.loaders.for(ctx).speakers.load(s.id);
  }

  @ResolveField(() => SessionCounters, {
    description: 'Roll-call counters (all participants when the organiser is in your scope, else those of your subtrees)',
  })
  counters(@Parent() s: StudySession & { organiserPath?: string }, @Scope('session.read') scope: AccessScope, @Context() ctx: object) {
    const loaders = this.loaders.for(ctx);
    return s.organiserPath && scope.coversPath(s.organiserPath)
      ? loaders.allCounters.load(s.id)
      : loaders.scopedCounters(scope).load(s.id);
  }
}
