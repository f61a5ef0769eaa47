import { MEMBER_FLAGS, type MemberFlag } from '@qt/shared-domain';
import { fetchWithAuth } from '../auth';
import { gql, type Page } from '../kit/api';

export interface MemberRow {
  id: string;
  fullName: string;
  cardNumber: string;
  birthDate: string;
  gender: 'MALE' | 'FEMALE';
  standing: 'OFFICIAL' | 'PROBATIONARY';
  position: string | null;
  organisationId: string;
  organisation: { id: string; code: string; name: string } | null;
  isHeadOfUnit: boolean;
  isKeyLeader: boolean;
  isUnderBlocStandingCommittee: boolean;
  isRetired: boolean;
  isUnfitForWork: boolean;
  isExemptFromActivities: boolean;
}

export interface MembershipRow {
  id: string;
  organisationId: string;
  organisation: { id: string; code: string; name: string } | null;
  validFrom: string;
  validTo: string | null;
  reason: string | null;
}

export interface MemberDetail extends MemberRow {
  memberships: MembershipRow[];
  committeeOffices: Array<{ id: string; office: string; organisationId: string; startDate: string; endDate: string | null }>;
}

export { MEMBER_FLAGS, type MemberFlag };

export interface MemberFilters {
  search?: string;
  withinId?: string | null;
  standing?: 'OFFICIAL' | 'PROBATIONARY' | null;
  flags?: MemberFlag[];
}

const MEMBER_FIELDS = /* GraphQL */ `
  id fullName cardNumber birthDate gender standing position organisationId
  organisation { id code name }
  isHeadOfUnit isKeyLeader isUnderBlocStandingCommittee isRetired isUnfitForWork isExemptFromActivities
`;

export const MEMBERS_QUERY = /* GraphQL */ `
  query Members($search: String, $withinId: ID, $standing: PartyStanding, $after: String,
    $isHeadOfUnit: Boolean, $isKeyLeader: Boolean, $isUnderBlocStandingCommittee: Boolean,
    $isRetired: Boolean, $isUnfitForWork: Boolean, $isExemptFromActivities: Boolean) {
    members(search: $search, withinId: $withinId, standing: $standing, after: $after, first: 50,
      isHeadOfUnit: $isHeadOfUnit, isKeyLeader: $isKeyLeader, isUnderBlocStandingCommittee: $isUnderBlocStandingCommittee,
      isRetired: $isRetired, isUnfitForWork: $isUnfitForWork, isExemptFromActivities: $isExemptFromActivities) {
      nodes { ${MEMBER_FIELDS} }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

export const MEMBER_QUERY = /* GraphQL */ `
  query MemberDetail($id: ID!) {
    member(id: $id) {
      ${MEMBER_FIELDS}
      memberships { id organisationId organisation { id code name } validFrom validTo reason }
      committeeOffices { id office organisationId startDate endDate }
    }
  }
`;

export const TRANSFER_MEMBER_MUTATION = /* GraphQL */ `
  mutation TransferMember($id: ID!, $input: TransferMemberInput!) {
    transferMember(id: $id, input: $input) { id organisationId }
  }
`;

export async function fetchMembers(filters: MemberFilters, after?: string | null): Promise<Page<MemberRow>> {
  const variables: Record<string, unknown> = {
    search: filters.search?.trim() || null,
    withinId: filters.withinId ?? null,
    standing: filters.standing ?? null,
    after: after ?? null,
  };
  for (const flag of filters.flags ?? []) variables[flag] = true;
  const data = await gql<{ members: Page<MemberRow> }>(MEMBERS_QUERY, variables);
  return data.members;
}

export async function fetchMember(id: string): Promise<MemberDetail> {
  return (await gql<{ member: MemberDetail }>(MEMBER_QUERY, { id })).member;
}

export async function transferMember(id: string, input: { toOrganisationId: string; effectiveDate: string; reason?: string | null }) {
  return (await gql<{ transferMember: { id: string; organisationId: string } }>(TRANSFER_MEMBER_MUTATION, { id, input })).transferMember;
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
