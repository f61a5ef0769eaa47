import { Args, Query, Resolver } from '@nestjs/graphql';
import { AccessScope, Policy, Scope } from '@qt/server-core';
import {
  SecretaryPresenceArgs,
  SpeakerCountsArgs,
  SpeakerCoverageArgs,
  SpeakerEvaluationsArgs,
  UntrainedSpeakersArgs,
} from './dtos/speaker-views.dto';
import {
  SecretaryPresenceConnection,
  SpeakerCounts,
  SpeakerCoverage,
  SpeakerEvaluationSummaryConnection,
  UntrainedSpeakerConnection,
} from './speaker-views.types';
import { SpeakerViewsService } from './speaker-views.service';

/** The Propaganda Board's views of the speaker rosters. */
@Resolver()
export class SpeakerViewsResolver {
  constructor(private readonly views: SpeakerViewsService) {}

  @Query(() => SpeakerCounts, { description: 'Active speakers on a date, per level and per committee roster, in your scope or withinId' })
  @Policy('speaker.read')
  speakerCounts(@Scope() scope: AccessScope, @Args() args: SpeakerCountsArgs) {
    return this.views.counts(scope, args);
  }

  @Query(() => SpeakerCoverage, {
    description: 'Directly subordinate upper-grassroots and grassroots committees of an organisation: how many have active speakers, and which have none',
  })
  @Policy('speaker.read')
  speakerCoverage(@Scope() scope: AccessScope, @Args() args: SpeakerCoverageArgs) {
    return this.views.coverage(scope, args);
  }

  @Query(() => UntrainedSpeakerConnection, {
    description: "Active speakers never trained this term: no training since `since`, else since the roster committee's term start, else the bloc's",
  })
  @Policy('speaker.read')
  untrainedSpeakers(@Scope() scope: AccessScope, @Args() args: UntrainedSpeakersArgs) {
    return this.views.untrained(scope, args);
  }

  @Query(() => SpeakerEvaluationSummaryConnection, {
    description: 'Per speaker of your scope who spoke at sessions: sessions, evaluated sessions, average score, last comment; by name',
  })
  @Policy('speaker.read')
  speakerEvaluations(@Scope() scope: AccessScope, @Args() args: SpeakerEvaluationsArgs) {
    return this.views.evaluations(scope, args);
  }

  @Query(() => SecretaryPresenceConnection, {
    description: 'Per organiser in your scope: closed sessions where the committee secretary presented in person, did not, or not recorded',
  })
  @Policy('speaker.read')
  secretaryPresence(@Scope() scope: AccessScope, @Args() args: SecretaryPresenceArgs) {
    return this.views.secretaryPresence(scope, args);
  }
}
