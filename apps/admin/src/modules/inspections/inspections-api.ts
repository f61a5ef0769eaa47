import { graphql } from '../../graphql/generated';
import type {
  InspectionPlanPicksQuery,
  InspectionPlansListQuery,
  InspectionSamplingRunQuery,
  InspectionShareBasis,
} from '../../graphql/generated/graphql';
import { gql } from '../kit/api';

export type PlanRow = InspectionPlansListQuery['inspectionPlans']['nodes'][number];
export type Pick = InspectionPlanPicksQuery['inspectionPicks'][number];
export type RecordRow = InspectionPlanPicksQuery['inspectionRecords']['nodes'][number];
export type SamplingRun = InspectionSamplingRunQuery['inspectionSamplingRun'];
export type { InspectionShareBasis };

export const INSPECTION_PLANS_QUERY = graphql(`
  query InspectionPlansList($year: Int) {
    inspectionPlans(year: $year, first: 100) {
      nodes {
        id
        organisationId
        organisationName
        year
        basis
        sharePercent
        theme
        status
        periodFrom
        periodTo
        currentRunId
        publishedAt
      }
    }
  }
`);

export const INSPECTION_PICKS_QUERY = graphql(`
  query InspectionPlanPicks($planId: ID!) {
    inspectionPicks(planId: $planId) {
      organisationId
      code
      name
      rank
      stratum
      forced
      reasons {
        code
        text
      }
    }
    inspectionRecords(planId: $planId, first: 100) {
      nodes {
        id
        organisationId
        organisationName
        title
        startedOn
        endedOn
        findings
        conclusion
        violations {
          id
          subjectKind
          description
          discipline
          basis
          memberName
          organisationName
        }
        followUps {
          id
          description
          dueOn
          status
          responsible
        }
      }
    }
  }
`);

export const INSPECTION_RUN_QUERY = graphql(`
  query InspectionSamplingRun($id: ID!) {
    inspectionSamplingRun(id: $id) {
      id
      status
      seed
      error
      summary {
        candidates
        sampleSize
        picked
        forced
      }
    }
  }
`);

export const CREATE_PLAN_MUTATION = graphql(`
  mutation CreateInspectionPlan($input: CreateInspectionPlanInput!) {
    createInspectionPlan(input: $input) {
      id
    }
  }
`);

export const SAMPLE_PLAN_MUTATION = graphql(`
  mutation SampleInspectionPlan($id: ID!, $input: RequestSamplingInput) {
    sampleInspectionPlan(id: $id, input: $input) {
      id
      status
      seed
    }
  }
`);

export const PUBLISH_PLAN_MUTATION = graphql(`
  mutation PublishInspectionPlan($id: ID!) {
    publishInspectionPlan(id: $id) {
      id
      status
    }
  }
`);

export const CREATE_RECORD_MUTATION = graphql(`
  mutation CreateInspectionRecord($input: CreateInspectionRecordInput!) {
    createInspectionRecord(input: $input) {
      id
    }
  }
`);

export const ADD_VIOLATION_MUTATION = graphql(`
  mutation AddInspectionViolation($id: ID!, $input: AddViolationInput!) {
    addInspectionViolation(id: $id, input: $input) {
      id
    }
  }
`);

export const ADD_FOLLOW_UP_MUTATION = graphql(`
  mutation AddInspectionFollowUp($id: ID!, $input: AddFollowUpInput!) {
    addInspectionFollowUp(id: $id, input: $input) {
      id
    }
  }
`);

export async function fetchPlans(year: number) {
  return (await gql(INSPECTION_PLANS_QUERY, { year })).inspectionPlans.nodes;
}

export async function fetchPicks(planId: string) {
  return gql(INSPECTION_PICKS_QUERY, { planId });
}

export async function fetchRun(id: string) {
  return (await gql(INSPECTION_RUN_QUERY, { id })).inspectionSamplingRun;
}
