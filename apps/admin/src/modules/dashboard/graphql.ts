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
    submittedPlans: personalPlans(campaignId: $campaignId, overseenByMe: true, status: SUBMITTED, first: 100) {
      totalCount
      nodes {
        id
      }
    }
    acceptedPlans: personalPlans(campaignId: $campaignId, overseenByMe: true, status: ACCEPTED, first: 100) {
      totalCount
      nodes {
        id
      }
    }
    missingPersonalPlans(campaignId: $campaignId, first: 100) {
      totalCount
      nodes {
        memberId
      }
    }
  }
`);

/** The newest report snapshot of an organisation for a year (its measures and the previous year's). */
export const LATEST_REPORT_QUERY = graphql(`
  query DashboardLatestReport($rootOrganisationId: ID!) {
    reports(rootOrganisationId: $rootOrganisationId, first: 1) {
      nodes {
        id
        year
        version
      }
    }
  }
`);

export const REPORT_YEARS_QUERY = graphql(`
  query DashboardReportYears($id: ID!) {
    report(id: $id) {
      id
      year
      version
      asOf
      root {
        metrics {
          key
          label
          percent
        }
      }
      previousYear {
        version
        metrics {
          key
          label
          percent
        }
      }
    }
  }
`);
