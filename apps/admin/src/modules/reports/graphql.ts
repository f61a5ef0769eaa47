import { graphql } from '../../graphql/generated';

export const GENERATE_REPORT_MUTATION = graphql(`
  mutation GenerateReport($input: GenerateReportInput!) {
    generateReport(input: $input) {
      id
      status
      progress
      snapshotId
      error
    }
  }
`);

export const REPORT_JOB_QUERY = graphql(`
  query ReportJobProgress($id: ID!) {
    reportJob(id: $id) {
      id
      status
      progress
      snapshotId
      error
    }
  }
`);

export const REPORTS_QUERY = graphql(`
  query ReportList($year: Int, $status: ReportSnapshotStatus, $after: String) {
    reports(year: $year, status: $status, after: $after, first: 50) {
      nodes {
        id
        year
        version
        status
        asOf
        rootCode
        rootName
        rootOrganisationId
        rowCount
        belowTargetCount
        computedAt
        submittedAt
        reviewedAt
        reviewComment
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const REPORT_QUERY = graphql(`
  query ReportDetail($id: ID!) {
    report(id: $id) {
      id
      year
      version
      status
      asOf
      rootCode
      rootName
      rootOrganisationId
      rowCount
      belowTargetCount
      computedAt
      submittedAt
      reviewedAt
      reviewComment
      inspectionsAvailable
      root {
        ...ReportRowFields
      }
      previousYear {
        snapshotId
        version
        metrics {
          ...Metric
        }
      }
    }
  }

  fragment Metric on ReportMetric {
    key
    label
    required
    achieved
    percent
    target
    belowTarget
  }

  fragment ReportRowFields on ReportRow {
    organisationId
    parentId
    code
    name
    kind
    depth
    missed
    metrics {
      ...Metric
    }
  }
`);

export const REPORT_ROWS_QUERY = graphql(`
  query ReportRows($snapshotId: ID!, $parentId: ID, $belowTargetOnly: Boolean, $after: String) {
    reportRows(snapshotId: $snapshotId, parentId: $parentId, belowTargetOnly: $belowTargetOnly, after: $after, first: 100) {
      nodes {
        ...ReportRowFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const SUBMIT_REPORT_MUTATION = graphql(`
  mutation SubmitReport($id: ID!) {
    submitReport(id: $id) {
      id
      status
      submittedAt
    }
  }
`);

export const ACCEPT_REPORT_MUTATION = graphql(`
  mutation AcceptReport($id: ID!, $input: AcceptReportInput) {
    acceptReport(id: $id, input: $input) {
      id
      status
      reviewedAt
      reviewComment
    }
  }
`);

export const RETURN_REPORT_MUTATION = graphql(`
  mutation ReturnReport($id: ID!, $input: ReturnReportInput!) {
    returnReport(id: $id, input: $input) {
      id
      status
      reviewedAt
      reviewComment
    }
  }
`);
