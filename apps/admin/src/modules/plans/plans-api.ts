import { graphql } from '../../graphql/generated';
import type { PersonalPlansQuery, PersonalPlanStatus } from '../../graphql/generated/graphql';
import { gql } from '../kit/api';

export type PlanRow = PersonalPlansQuery['personalPlans']['nodes'][number];
export type { PersonalPlanStatus };

export const PERSONAL_PLANS_QUERY = graphql(`
  query PersonalPlans($campaignId: ID, $status: PersonalPlanStatus, $overseenByMe: Boolean, $after: String) {
    personalPlans(campaignId: $campaignId, status: $status, overseenByMe: $overseenByMe, after: $after, first: 50) {
      nodes {
        id
        campaignId
        memberName
        organisationName
        overseer
        status
        content
        submittedAt
        reviewComment
        reviews {
          id
          decision
          comment
          reviewedAt
        }
        evaluations {
          id
          year
          result
          comment
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const REVIEW_PLAN_MUTATION = graphql(`
  mutation ReviewPersonalPlan($id: ID!, $input: ReviewPersonalPlanInput!) {
    reviewPersonalPlan(id: $id, input: $input) {
      id
      status
      reviewComment
    }
  }
`);

export const EVALUATE_PLAN_MUTATION = graphql(`
  mutation EvaluatePersonalPlan($id: ID!, $input: EvaluatePersonalPlanInput!) {
    evaluatePersonalPlan(id: $id, input: $input) {
      id
    }
  }
`);

export async function fetchPlans(filters: { campaignId: string | null; status: PersonalPlanStatus | null; overseenByMe: boolean }, after: string | null = null) {
  return (await gql(PERSONAL_PLANS_QUERY, { ...filters, overseenByMe: filters.overseenByMe || null, after })).personalPlans;
}

export async function reviewPlan(id: string, decision: 'ACCEPTED' | 'RETURNED', comment: string | null) {
  return (await gql(REVIEW_PLAN_MUTATION, { id, input: { decision, comment } })).reviewPersonalPlan;
}
