import { graphql } from '../../graphql/generated';
import type {
  ActionProgrammeDetailQuery,
  ActionProgrammesQuery,
  ProgrammeItemInput,
} from '../../graphql/generated/graphql';
import { gql } from '../kit/api';

export type ProgrammeSummary = ActionProgrammesQuery['actionProgrammes']['nodes'][number];
export type Programme = ActionProgrammeDetailQuery['actionProgramme'];
export type ProgrammeItem = Programme['items'][number];
export type { ProgrammeItemInput };

export const ACTION_PROGRAMMES_QUERY = graphql(`
  query ActionProgrammes($campaignId: ID, $status: ActionProgrammeStatus, $after: String) {
    actionProgrammes(campaignId: $campaignId, status: $status, after: $after, first: 50) {
      nodes {
        id
        title
        status
        organisationId
        organisationName
        issuedOn
        documentNumber
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);


export const ACTION_PROGRAMME_QUERY = graphql(`
  query ActionProgrammeDetail($id: ID!) {
    actionProgramme(id: $id) {
      id
      campaignId
      title
      status
      organisationId
      organisationName
      discussedOn
      discussionRecord
      issuedOn
      documentNumber
      items {
        id
        position
        title
        target
        solutions
        deadline
        ownerOrganisationId
        ownerOrganisationName
        ownerMemberId
        ownerMemberName
        status
        progressOn
        evidence
      }
      evaluatedOn
      evaluation
      evaluationResult
    }
  }
`);

export const CREATE_PROGRAMME_MUTATION = graphql(`
  mutation CreateActionProgramme($input: CreateActionProgrammeInput!) {
    createActionProgramme(input: $input) {
      id
    }
  }
`);

export const DISCUSS_PROGRAMME_MUTATION = graphql(`
  mutation DiscussActionProgramme($id: ID!, $input: DiscussActionProgrammeInput!) {
    discussActionProgramme(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const ISSUE_PROGRAMME_MUTATION = graphql(`
  mutation IssueActionProgramme($id: ID!, $input: IssueActionProgrammeInput!) {
    issueActionProgramme(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const ADD_ITEM_MUTATION = graphql(`
  mutation AddActionProgrammeItem($programmeId: ID!, $input: ProgrammeItemInput!) {
    addActionProgrammeItem(programmeId: $programmeId, input: $input) {
      id
    }
  }
`);

export const UPDATE_ITEM_MUTATION = graphql(`
  mutation UpdateActionProgrammeItem($itemId: ID!, $input: ProgrammeItemInput!) {
    updateActionProgrammeItem(itemId: $itemId, input: $input) {
      id
    }
  }
`);

export const REPORT_PROGRESS_MUTATION = graphql(`
  mutation ReportActionProgrammeItemProgress($itemId: ID!, $input: ItemProgressInput!) {
    reportActionProgrammeItemProgress(itemId: $itemId, input: $input) {
      id
    }
  }
`);

export const EVALUATE_PROGRAMME_MUTATION = graphql(`
  mutation EvaluateActionProgramme($id: ID!, $input: EvaluateActionProgrammeInput!) {
    evaluateActionProgramme(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const MISSING_PROGRAMMES_QUERY = graphql(`
  query MissingActionProgrammes($campaignId: ID!, $organisationId: ID!) {
    missingActionProgrammes(campaignId: $campaignId, organisationId: $organisationId, first: 100) {
      nodes {
        organisationId
        organisationCode
        organisationName
        dueOn
        overdue
        state
        programmeId
      }
    }
  }
`);

export async function fetchMissingProgrammes(campaignId: string, organisationId: string) {
  return (await gql(MISSING_PROGRAMMES_QUERY, { campaignId, organisationId })).missingActionProgrammes.nodes;
}

export async function fetchProgrammes(campaignId: string | null, status: string | null, after?: string | null) {
  return (
    await gql(ACTION_PROGRAMMES_QUERY, {
      campaignId,
      status: (status ?? null) as ActionProgrammesStatus,
      after: after ?? null,
    })
  ).actionProgrammes;
}
type ActionProgrammesStatus = Programme['status'] | null;

export async function fetchProgramme(id: string) {
  return (await gql(ACTION_PROGRAMME_QUERY, { id })).actionProgramme;
}

/**
 * The issue refusal names every defective item as `items.<position>.owner|deadline`:
 * the messages keyed by position, to show each on its row.
 */
export function itemErrorsByPosition(problems: Array<{ field: string; messages: string[] }>): Record<number, string[]> {
  const out: Record<number, string[]> = {};
  for (const p of problems) {
    const match = /^items\.(\d+)(?:\.|$)/.exec(p.field);
    if (!match) continue;
    const position = Number(match[1]);
    out[position] = [...(out[position] ?? []), ...p.messages];
  }
  return out;
}
