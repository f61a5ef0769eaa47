import { Injectable } from '@nestjs/common';
import { AccessScope, AppException, decodeCursor, DEFAULT_PAGE_SIZE, Page, toCalendarDate, toPage } from '@qt/server-core';
import { OrganisationsService } from '@qt/server-organisations';
import { OrganisationKind } from '@qt/shared-domain';
import {
  SecretaryPresenceArgs,
  SpeakerCountsArgs,
  SpeakerCoverageArgs,
  SpeakerEvaluationsArgs,
  UntrainedSpeakersArgs,
} from './dtos/speaker-views.dto';
import {
  SpeakerlessCommittee,
  SecretaryPresence,
  SpeakerCounts,
  SpeakerCoverage,
  SpeakerEvaluationSummary,
  UntrainedSpeaker,
} from './speaker-views.types';
import { Speaker, SpeakerLevel } from './speaker.types';
import { SpeakerViewsRepository } from './speaker-views.repository';

const LEVELS = [SpeakerLevel.BLOC, SpeakerLevel.UPPER_GRASSROOTS, SpeakerLevel.GRASSROOTS];
const COMMITTEE_KINDS = [OrganisationKind.UPPER_GRASSROOTS, OrganisationKind.GRASSROOTS];

/** The speaker's own fields of a view row. */
function pickSpeaker(row: Speaker): Speaker {
  return Object.fromEntries(SPEAKER_KEYS.map((k) => [k, row[k]])) as unknown as Speaker;
}
const SPEAKER_KEYS = [
  'id', 'level', 'organisationId', 'organisationCode', 'organisationName', 'name', 'memberId', 'isExternal',
  'externalWorkplace', 'title', 'expertise', 'appointedOn', 'endedOn', 'notes', 'updatedAt',
] as const;

/** The Propaganda Board's views of the rosters (each one query; see SpeakerViewsRepository). */
@Injectable()
export class SpeakerViewsService {
  constructor(
    private readonly repo: SpeakerViewsRepository,
    private readonly organisations: OrganisationsService,
  ) {}

  private async within(scope: AccessScope, withinId?: string): Promise<string | undefined> {
    return withinId ? (await this.organisations.get(scope, withinId)).path : undefined;
  }

  async counts(scope: AccessScope, args: SpeakerCountsArgs): Promise<SpeakerCounts> {
    const onDate = args.onDate ?? toCalendarDate();
    const rows = await this.repo.countsByCommittee(scope, await this.within(scope, args.withinId), onDate);
    const byLevel = LEVELS.map((level) => ({ level, count: rows.filter((r) => r.level === level).reduce((n, r) => n + r.count, 0) }));
    return {
      onDate,
      total: rows.reduce((n, r) => n + r.count, 0),
      byLevel,
      byCommittee: rows.map((r) => ({ ...r, level: r.level as SpeakerLevel })),
    };
  }

  async coverage(scope: AccessScope, args: SpeakerCoverageArgs): Promise<SpeakerCoverage> {
    const onDate = args.onDate ?? toCalendarDate();
    let organisationId = args.organisationId;
    if (!organisationId) {
      const roots = scope.rootOrganisationIds();
      if (roots.length !== 1) throw AppException.badInput('Your roles cover several subtrees: give organisationId', 'organisationId');
      organisationId = roots[0];
    }
    await this.organisations.get(scope, organisationId);
    const rows = await this.repo.coverage(organisationId, onDate);
    const byKind = COMMITTEE_KINDS.map((kind) => {
      const mine = rows.filter((r) => r.kind === kind);
      return { kind, committees: mine.length, withSpeakers: mine.filter((r) => r.hasSpeakers).length };
    });
    return {
      organisationId,
      onDate,
      committees: rows.length,
      withSpeakers: rows.filter((r) => r.hasSpeakers).length,
      byKind,
      withoutSpeakers: rows
        .filter((r) => !r.hasSpeakers)
        .map((r): SpeakerlessCommittee => ({ id: r.id, code: r.code, name: r.name, kind: r.kind as OrganisationKind })),
    };
  }

  async untrained(scope: AccessScope, args: UntrainedSpeakersArgs): Promise<Page<UntrainedSpeaker>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const rows = await this.repo.untrained({
      scope,
      within: await this.within(scope, args.withinId),
      since: args.since,
      onDate: args.onDate ?? toCalendarDate(),
      after: decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined,
      limit: first + 1,
    });
    const page = toPage(rows, first, (r) => [r.name, r.id]);
    return {
      ...page,
      nodes: page.nodes.map((r) => {
        return { speaker: pickSpeaker(r), since: r.since, lastTrainedOn: r.lastTrainedOn };
      }),
    };
  }

  async evaluations(scope: AccessScope, args: SpeakerEvaluationsArgs): Promise<Page<SpeakerEvaluationSummary>> {
    if (args.from && args.to && args.to < args.from) throw AppException.badInput('to is before from', 'to');
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const rows = await this.repo.evaluations({
      scope,
      within: await this.within(scope, args.withinId),
      from: args.from,
      to: args.to,
      after: decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined,
      limit: first + 1,
    });
    const page = toPage(rows, first, (r) => [r.name, r.id]);
    return {
      ...page,
      nodes: page.nodes.map((r) => {
        return {
          speaker: pickSpeaker(r),
          sessions: r.sessions,
          evaluatedSessions: r.evaluatedSessions,
          averageScore: r.averageScore,
          lastComment: r.lastComment,
          lastEvaluatedAt: r.lastEvaluatedAt,
        };
      }),
    };
  }

  async secretaryPresence(scope: AccessScope, args: SecretaryPresenceArgs): Promise<Page<SecretaryPresence>> {
    if (args.from && args.to && args.to < args.from) throw AppException.badInput('to is before from', 'to');
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const rows = await this.repo.secretaryPresence({
      scope,
      within: await this.within(scope, args.withinId),
      campaignId: args.campaignId,
      from: args.from,
      to: args.to,
      after: decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined,
      limit: first + 1,
    });
    const page = toPage(rows, first, (r) => [r.name, r.organisationId]);
    return { ...page, nodes: page.nodes.map((r) => ({ ...r, kind: r.kind as OrganisationKind })) };
  }
}
