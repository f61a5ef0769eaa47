import { graphql } from '../../graphql/generated';
import type { CellLifeCalendarQuery, CellLifeRatingsQuery, RatingLevel } from '../../graphql/generated/graphql';
import { gql } from '../kit/api';

export type MeetingCalendar = CellLifeCalendarQuery['cellMeetingCalendar'];
export type Meeting = CellLifeCalendarQuery['cellMeetings']['nodes'][number];
export type RatingRow = CellLifeRatingsQuery['ratings']['nodes'][number];
export type Distribution = CellLifeRatingsQuery['ratingDistribution'];
export type { RatingLevel };
export const RATING_LEVELS: RatingLevel[] = ['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'];

export const CELL_CALENDAR_QUERY = graphql(`
  query CellLifeCalendar($organisationId: ID!, $year: Int!) {
    cellMeetingCalendar(organisationId: $organisationId, year: $year) {
      asOf
      months {
        month
        state
        heldOn
        dueBy
      }
      quarters {
        quarter
        state
        thematicCount
      }
    }
    cellMeetings(withinId: $organisationId, year: $year, first: 100) {
      nodes {
        id
        kind
        heldOn
        forMonth
        topic
        conclusion
        presentCount
        excusedCount
        unexcusedCount
      }
    }
  }
`);

export const RECORD_MEETING_MUTATION = graphql(`
  mutation CellLifeRecordMeeting($input: RecordCellMeetingInput!) {
    recordCellMeeting(input: $input) {
      id
    }
  }
`);

export const RATINGS_QUERY = graphql(`
  query CellLifeRatings($year: Int!, $withinId: ID) {
    ratingDistribution(year: $year, withinId: $withinId) {
      year
      members {
        excellent
        good
        completed
        notCompleted
        unrated
      }
      organisations {
        excellent
        good
        completed
        notCompleted
        unrated
      }
    }
    ratings(year: $year, withinId: $withinId, first: 100) {
      nodes {
        id
        subject
        subjectName
        rating
        ratedOn
        ratedBy
        comment
      }
    }
  }
`);

export const RATE_MEMBER_MUTATION = graphql(`
  mutation CellLifeRateMember($input: RateMemberInput!) {
    rateMember(input: $input) {
      id
    }
  }
`);

export const RATE_ORGANISATION_MUTATION = graphql(`
  mutation CellLifeRateOrganisation($input: RateOrganisationInput!) {
    rateOrganisation(input: $input) {
      id
    }
  }
`);

export async function fetchCalendar(organisationId: string, year: number) {
  return gql(CELL_CALENDAR_QUERY, { organisationId, year });
}

export async function fetchRatings(year: number, withinId: string | null) {
  return gql(RATINGS_QUERY, { year, withinId });
}
