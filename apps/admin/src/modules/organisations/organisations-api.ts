import { GraphQLRequestError, gql } from '../../graphql/client';
import {
  ME_QUERY,
  ORGANISATION_CHILDREN_QUERY,
  ORGANISATION_ROOTS_QUERY,
  SEARCH_ORGANISATIONS_QUERY,
} from './graphql/queries';
import type { Me, OrganisationChildrenPage, OrganisationNode, OrganisationSearchHit } from './types';

export { GRAPHQL_ENDPOINT, GraphQLRequestError, gql } from '../../graphql/client';
export type { GraphQLErrorItem } from '../../graphql/client';

export async function fetchMe(): Promise<Me> {
  const data = await gql(ME_QUERY);
  return data.me;
}

export async function fetchOrganisationRoots(): Promise<OrganisationNode[]> {
  const data = await gql(ORGANISATION_ROOTS_QUERY);
  return data.organisationRoots;
}

export async function fetchOrganisationChildren(id: string, after?: string | null): Promise<OrganisationChildrenPage> {
  const data = await gql(
    ORGANISATION_CHILDREN_QUERY,
    { id, after: after ?? null },
  );
  if (!data.organisation) {
    throw new GraphQLRequestError(`Organisation ${id} not found`, [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }]);
  }
  return data.organisation.children;
}

export async function searchOrganisations(search: string): Promise<OrganisationSearchHit[]> {
  const data = await gql(SEARCH_ORGANISATIONS_QUERY, { search });
  return data.organisations.nodes;
}
