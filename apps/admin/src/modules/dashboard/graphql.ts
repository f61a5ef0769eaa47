import { graphql } from '../../graphql/generated';

/** Programmes and personal plans of a campaign against what is owed, for the dashboard's target cards. */
export const DUTIES_QUERY = graphql(`
  query DashboardDuties($campaignId: ID!, $organisationId: ID!) {
    issuedProgrammes: actionProgrammes(campaignId: $campaignId, withinId: $organisationId, status: ISSUED, first: 100) {
      totalCount
      nodes {
        id
      }
    }
    evaluatedProgrammes: actionProgrammes(campaignId: $campaignId, withinId: $organisationId, status: EVALUATED, first: 100) {
      totalCount
      nodes {
        id
      }
    }
    missingActionProgrammes(campaignId: $campaignId, organisationId: $organisationId, first: 100) {
      totalCount
      nodes {
        organisationId
      }
    }
  }
`);
