import { graphql } from '../../graphql/generated';

export const SESSIONS_QUERY = graphql(`
  query StudySessionList($campaignId: ID!, $status: SessionStatus, $after: String) {
    studySessions(campaignId: $campaignId, status: $status, after: $after, first: 100) {
      nodes {
        id
        title
        format
        status
        startsAt
        endsAt
        venue
        isMakeup
        organiserName
        organiserOrganisationId
        counters {
          ...Counters
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }

  fragment Counters on SessionCounters {
    expected
    present
    late
    leftEarly
    excused
    unexcused
    unmarked
    byConnectionPoint {
      connectionPointId
      expected
      present
      late
      leftEarly
      excused
      unexcused
      unmarked
    }
  }
`);

export const SESSION_QUERY = graphql(`
  query StudySessionDetail($id: ID!) {
    studySession(id: $id) {
      id
      campaignId
      campaignCode
      title
      format
      status
      startsAt
      endsAt
      durationMinutes
      venue
      isMakeup
      organiserName
      organiserOrganisationId
      secretaryPresented
      preBriefingAt
      preBriefingNote
      cancelledReason
      closedAt
      connectionPoints {
        id
        place
        hostOrganisationId
        hostOrganisationName
      }
      speakers {
        speakerId
        name
        topic
        score
      }
      counters {
        ...Counters
      }
    }
  }
`);

export const CREATE_SESSION_MUTATION = graphql(`
  mutation CreateStudySession($input: CreateSessionInput!) {
    createStudySession(input: $input) {
      id
      title
    }
  }
`);

export const ASSIGN_SPEAKER_MUTATION = graphql(`
  mutation AssignSessionSpeaker($id: ID!, $input: AssignSpeakerInput!) {
    assignSessionSpeaker(id: $id, input: $input) {
      speakerId
      name
      topic
    }
  }
`);

export const SPEAKER_OPTIONS_QUERY = graphql(`
  query SpeakerOptions($search: String) {
    speakers(search: $search, first: 30) {
      nodes {
        id
        name
        level
        organisationName
      }
    }
  }
`);

export const PARTICIPANTS_QUERY = graphql(`
  query SessionParticipantList(
    $sessionId: ID!
    $search: String
    $status: AttendanceStatus
    $unmarked: Boolean
    $connectionPointId: ID
    $after: String
  ) {
    sessionParticipants(
      sessionId: $sessionId
      search: $search
      status: $status
      unmarked: $unmarked
      connectionPointId: $connectionPointId
      after: $after
      first: 100
    ) {
      nodes {
        memberId
        fullName
        cardNumber
        organisationName
        status
        statusSource
        statusReason
        checkedInAt
        checkedOutAt
        connectionPointId
        source
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const MARK_ATTENDANCE_MUTATION = graphql(`
  mutation MarkAttendance($sessionId: ID!, $input: MarkAttendanceInput!) {
    markAttendance(sessionId: $sessionId, input: $input) {
      marked
      counters {
        ...Counters
      }
    }
  }
`);

export const CHECK_IN_CODE_QUERY = graphql(`
  query RollCallBoard($sessionId: ID!, $connectionPointId: ID) {
    sessionCheckInCode(sessionId: $sessionId, connectionPointId: $connectionPointId) {
      code
      payload
      ttlSeconds
      validUntil
    }
  }
`);

export const COUNTERS_QUERY = graphql(`
  query RollCallCounters($id: ID!) {
    studySession(id: $id) {
      id
      status
      counters {
        ...Counters
      }
    }
  }
`);
