import { MEMBER_FLAGS, type MemberFlag } from '@qt/shared-domain';
import { fetchWithAuth } from '../auth';
import { graphql } from '../../graphql/generated';
import type { MemberDetailQuery, MembersQuery, MembersQueryVariables, UpdateMemberMutationVariables } from '../../graphql/generated/graphql';
import { gql, type Page } from '../kit/api';

export type MemberRow = MembersQuery['members']['nodes'][number];
export type MemberDetail = MemberDetailQuery['member'];
export type MembershipRow = MemberDetail['memberships'][number];

export { MEMBER_FLAGS, type MemberFlag };

export interface MemberFilters {
  search?: string;
  withinId?: string | null;
  standing?: 'OFFICIAL' | 'PROBATIONARY' | null;
  flags?: MemberFlag[];
}


export const MEMBERS_QUERY = graphql(`
  query Members($search: String, $withinId: ID, $standing: PartyStanding, $after: String,
    $isHeadOfUnit: Boolean, $isKeyLeader: Boolean, $isUnderBlocStandingCommittee: Boolean,
    $isRetired: Boolean, $isUnfitForWork: Boolean, $isExemptFromActivities: Boolean) {
    members(search: $search, withinId: $withinId, standing: $standing, after: $after, first: 50,
      isHeadOfUnit: $isHeadOfUnit, isKeyLeader: $isKeyLeader, isUnderBlocStandingCommittee: $isUnderBlocStandingCommittee,
      isRetired: $isRetired, isUnfitForWork: $isUnfitForWork, isExemptFromActivities: $isExemptFromActivities) {
      nodes {
        id fullName cardNumber birthDate gender standing position organisationId
        organisation { id code name }
        isHeadOfUnit isKeyLeader isUnderBlocStandingCommittee isRetired isUnfitForWork isExemptFromActivities
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const MEMBER_QUERY = graphql(`
  query MemberDetail($id: ID!) {
    member(id: $id) {
      id fullName cardNumber birthDate gender standing position organisationId
        organisation { id code name }
        isHeadOfUnit isKeyLeader isUnderBlocStandingCommittee isRetired isUnfitForWork isExemptFromActivities
      memberships { id organisationId organisation { id code name } validFrom validTo reason }
      committeeOffices { id office organisationId startDate endDate }
    }
  }
`);

export const TRANSFER_MEMBER_MUTATION = graphql(`
  mutation TransferMember($id: ID!, $input: TransferMemberInput!) {
    transferMember(id: $id, input: $input) { id organisationId }
  }
`);

export const UPDATE_MEMBER_MUTATION = graphql(`
  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {
    updateMember(id: $id, input: $input) { id }
  }
`);

export type UpdateMemberInput = UpdateMemberMutationVariables['input'];

export async function updateMember(id: string, input: UpdateMemberInput) {
  return (await gql(UPDATE_MEMBER_MUTATION, { id, input })).updateMember;
}

export async function fetchMembers(filters: MemberFilters, after?: string | null): Promise<Page<MemberRow>> {
  const variables: MembersQueryVariables = {
    search: filters.search?.trim() || null,
    withinId: filters.withinId ?? null,
    standing: filters.standing ?? null,
    after: after ?? null,
  };
  for (const flag of filters.flags ?? []) variables[flag] = true;
  const data = await gql(MEMBERS_QUERY, variables);
  return data.members;
}

export async function fetchMember(id: string): Promise<MemberDetail> {
  return (await gql(MEMBER_QUERY, { id })).member;
}

export async function transferMember(id: string, input: { toOrganisationId: string; effectiveDate: string; reason?: string | null }) {
  return (await gql(TRANSFER_MEMBER_MUTATION, { id, input })).transferMember;
}

// ------------------------------------------------------------------ CSV import (REST)

export const MEMBERS_BULK_ENDPOINT = '/api/v1/members/bulk';

export interface BulkRowResult {
  row: number;
  cardNumber: string | null;
  outcome: string;
  errors: string[];
}

export interface BulkResult {
  total: number;
  created: number;
  updated: number;
  transferred: number;
  unchanged: number;
  failed: number;
  rows: BulkRowResult[];
}

export class BulkUploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fields: Array<{ field: string; messages: string[] }> = [],
  ) {
    super(message);
    this.name = 'BulkUploadError';
  }
}

/** POST one CSV text (header + rows) to the REST bulk endpoint with the session token. */
export async function uploadMembersCsv(csv: string, idempotencyKey: string): Promise<BulkResult> {
  const res = await fetchWithAuth(MEMBERS_BULK_ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'text/csv; charset=utf-8', Accept: 'application/json', 'Idempotency-Key': idempotencyKey },
    body: csv,
  });
  let body: any = null;
  try {
    body = await res.json();
  } catch {
    /* not JSON */
  }
  if (!res.ok) {
    throw new BulkUploadError(body?.message ?? `HTTP ${res.status}`, res.status, Array.isArray(body?.fields) ? body.fields : []);
  }
  return body as BulkResult;
}
