/** GraphQL documents used by the admin SPA (plain strings; no client library). */

export const ME_QUERY = /* GraphQL */ `
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
`;

export const ORGANISATION_ROOTS_QUERY = /* GraphQL */ `
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
`;

export const ORGANISATION_CHILDREN_QUERY = /* GraphQL */ `
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
`;

export const SEARCH_ORGANISATIONS_QUERY = /* GraphQL */ `
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
`;
