import { fetchWithAuth } from '../auth';
import {
  ME_QUERY,
  ORGANISATION_CHILDREN_QUERY,
  ORGANISATION_ROOTS_QUERY,
  SEARCH_ORGANISATIONS_QUERY,
} from './graphql/queries';
import type { Me, OrganisationChildrenPage, OrganisationNode, OrganisationSearchHit } from './types';

export const GRAPHQL_ENDPOINT = '/graphql';

export interface GraphQLErrorItem {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly errors: GraphQLErrorItem[],
    readonly status?: number,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }

  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

/** POST a GraphQL document to /graphql with the session token; throws on `errors`. */
export async function gql<TData, TVariables extends Record<string, unknown> = Record<string, unknown>>(
  query: string,
  variables?: TVariables,
): Promise<TData> {
  const res = await fetchWithAuth(GRAPHQL_ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables: variables ?? {} }),
  });
  type Body = { data?: TData | null; errors?: GraphQLErrorItem[] };
  let body: Body | null;
  try {
    body = (await res.json()) as Body;
  } catch {
    body = null;
  }
  if (body?.errors?.length) {
    throw new GraphQLRequestError(body.errors.map((e) => e.message).join('; '), body.errors, res.status);
  }
  if (!res.ok || !body || body.data == null) {
    throw new GraphQLRequestError(`GraphQL request failed (HTTP ${res.status})`, [], res.status);
  }
  return body.data;
}

export async function fetchMe(): Promise<Me> {
  const data = await gql<{ me: Me }>(ME_QUERY);
  return data.me;
}

export async function fetchOrganisationRoots(): Promise<OrganisationNode[]> {
  const data = await gql<{ organisationRoots: OrganisationNode[] }>(ORGANISATION_ROOTS_QUERY);
  return data.organisationRoots;
}

export async function fetchOrganisationChildren(id: string, after?: string | null): Promise<OrganisationChildrenPage> {
  const data = await gql<{ organisation: { id: string; children: OrganisationChildrenPage } | null }>(
    ORGANISATION_CHILDREN_QUERY,
    { id, after: after ?? null },
  );
  if (!data.organisation) {
    throw new GraphQLRequestError(`Organisation ${id} not found`, [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }]);
  }
  return data.organisation.children;
}

export async function searchOrganisations(search: string): Promise<OrganisationSearchHit[]> {
  const data = await gql<{ organisations: { nodes: OrganisationSearchHit[] } }>(SEARCH_ORGANISATIONS_QUERY, { search });
  return data.organisations.nodes;
}
