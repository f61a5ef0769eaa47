import { graphql } from '../../graphql/generated';

export const CAMPAIGNS_QUERY = graphql(`
  query CampaignList($search: String, $status: CampaignStatus, $after: String, $first: Int) {
    campaigns(search: $search, status: $status, after: $after, first: $first) {
      nodes {
        id
        code
        title
        status
        startsOn
        reportDueOn
        issuedOn
        issuerOrganisationId
        issuerOrganisationName
        essayPolicy
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const CAMPAIGN_QUERY = graphql(`
  query CampaignDetail($id: ID!) {
    campaign(id: $id) {
      id
      code
      title
      description
      status
      startsOn
      reportDueOn
      issuedOn
      issuerOrganisationId
      issuerOrganisationName
      expectedDurationMinutes
      discussionMinutes
      formats
      essayPolicy
      essayDueOn
      essayMinWords
      programmeRequired
      programmeDueOn
      programmeLevels
      personalPlansRequired
      personalPlansDueOn
      levels {
        level
        deadline
        audience
        includeSubordinateCommittees
        includeSubordinateHeads
      }
      resolutions {
        id
        code
        title
      }
    }
  }
`);

export const RESOLUTIONS_QUERY = graphql(`
  query ResolutionOptions($search: String) {
    resolutions(search: $search, first: 50) {
      nodes {
        id
        code
        title
        issuedOn
      }
    }
  }
`);

export const CREATE_CAMPAIGN_MUTATION = graphql(`
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      id
      code
      status
    }
  }
`);

export const ISSUE_CAMPAIGN_MUTATION = graphql(`
  mutation IssueCampaign($id: ID!) {
    issueCampaign(id: $id) {
      id
      status
      issuedOn
    }
  }
`);

export const CAMPAIGN_PROGRESS_QUERY = graphql(`
  query CampaignProgress($campaignId: ID!, $organisationId: ID!) {
    campaignProgress(campaignId: $campaignId, organisationId: $organisationId) {
      asOf
      organisation {
        ...ProgressRow
      }
      children {
        ...ProgressRow
      }
    }
  }

  fragment ProgressRow on OrganisationProgress {
    organisationId
    code
    name
    kind
    deadline
    deadlineState
    sessionsHeld
    membersRequired
    membersStudied
    membersStudiedLate
    membersPending
    membersExempt
    essaysRequired
    essaysSubmitted
    essaysGraded
  }
`);
