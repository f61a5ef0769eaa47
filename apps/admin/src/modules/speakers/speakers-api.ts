import { graphql } from '../../graphql/generated';
import type { SpeakerEvaluationsQuery, SpeakerLevel, SpeakersRosterQuery } from '../../graphql/generated/graphql';
import { gql } from '../kit/api';

export type SpeakerRow = SpeakersRosterQuery['speakers']['nodes'][number];
export type EvaluationRow = SpeakerEvaluationsQuery['speakerEvaluations']['nodes'][number];
export type { SpeakerLevel };
export const SPEAKER_LEVELS: SpeakerLevel[] = ['BLOC', 'UPPER_GRASSROOTS', 'GRASSROOTS'];

export const SPEAKERS_QUERY = graphql(`
  query SpeakersRoster($level: SpeakerLevel, $search: String, $after: String) {
    speakers(level: $level, search: $search, after: $after, first: 50) {
      nodes {
        id
        name
        title
        level
        isExternal
        externalWorkplace
        expertise
        appointedOn
        organisationCode
        organisationName
        trainings {
          id
          title
          heldOn
          organiser
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    speakerCounts {
      total
      byLevel {
        level
        count
      }
    }
  }
`);

export const SPEAKER_EVALUATIONS_QUERY = graphql(`
  query SpeakerEvaluations($after: String) {
    speakerEvaluations(after: $after, first: 50) {
      nodes {
        sessions
        evaluatedSessions
        averageScore
        lastComment
        lastEvaluatedAt
        speaker {
          id
          name
          level
          organisationName
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ADD_TRAINING_MUTATION = graphql(`
  mutation AddSpeakerTraining($speakerId: ID!, $input: AddSpeakerTrainingInput!) {
    addSpeakerTraining(speakerId: $speakerId, input: $input) {
      id
    }
  }
`);

export const CREATE_SPEAKER_MUTATION = graphql(`
  mutation CreateSpeaker($input: CreateSpeakerInput!) {
    createSpeaker(input: $input) {
      id
    }
  }
`);

export async function fetchRoster(level: SpeakerLevel | null, search: string | null) {
  return gql(SPEAKERS_QUERY, { level, search, after: null });
}

export async function fetchEvaluations() {
  return (await gql(SPEAKER_EVALUATIONS_QUERY, { after: null })).speakerEvaluations;
}
