/** Typed GraphQL documents of the organisations screens (graphql-codegen, see src/graphql). */
import { graphql } from '../../../graphql/generated';

export const ME_QUERY = graphql(`
  query Me {
    me {
      id
      username
      displayName
      roles {
        role
        organisation {
          id
          code
          name
        }
      }
    }
  }
`);

export const ORGANISATION_ROOTS_QUERY = graphql(`
  query OrganisationRoots {
    organisationRoots {
      id
      code
      name
      kind
      childCount
      dissolvedOn
    }
  }
`);

export const ORGANISATION_CHILDREN_QUERY = graphql(`
  query OrganisationChildren($id: ID!, $after: String) {
    organisation(id: $id) {
      id
      children(first: 100, after: $after) {
        nodes {
          id
          code
          name
          kind
          childCount
          dissolvedOn
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const SEARCH_ORGANISATIONS_QUERY = graphql(`
  query SearchOrganisations($search: String!) {
    organisations(search: $search, first: 20) {
      nodes {
        id
        code
        name
        kind
        parentId
      }
    }
  }
`);
