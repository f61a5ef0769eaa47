/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      roles {\n        role\n        organisation {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query OrganisationRoots {\n    organisationRoots {\n      id\n      code\n      name\n      kind\n      childCount\n      dissolvedOn\n    }\n  }\n": typeof types.OrganisationRootsDocument,
    "\n  query OrganisationChildren($id: ID!, $after: String) {\n    organisation(id: $id) {\n      id\n      children(first: 100, after: $after) {\n        nodes {\n          id\n          code\n          name\n          kind\n          childCount\n          dissolvedOn\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.OrganisationChildrenDocument,
    "\n  query SearchOrganisations($search: String!) {\n    organisations(search: $search, first: 20) {\n      nodes {\n        id\n        code\n        name\n        kind\n        parentId\n      }\n    }\n  }\n": typeof types.SearchOrganisationsDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      roles {\n        role\n        organisation {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query OrganisationRoots {\n    organisationRoots {\n      id\n      code\n      name\n      kind\n      childCount\n      dissolvedOn\n    }\n  }\n": types.OrganisationRootsDocument,
    "\n  query OrganisationChildren($id: ID!, $after: String) {\n    organisation(id: $id) {\n      id\n      children(first: 100, after: $after) {\n        nodes {\n          id\n          code\n          name\n          kind\n          childCount\n          dissolvedOn\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.OrganisationChildrenDocument,
    "\n  query SearchOrganisations($search: String!) {\n    organisations(search: $search, first: 20) {\n      nodes {\n        id\n        code\n        name\n        kind\n        parentId\n      }\n    }\n  }\n": types.SearchOrganisationsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      roles {\n        role\n        organisation {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationRoots {\n    organisationRoots {\n      id\n      code\n      name\n      kind\n      childCount\n      dissolvedOn\n    }\n  }\n"): typeof import('./graphql').OrganisationRootsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationChildren($id: ID!, $after: String) {\n    organisation(id: $id) {\n      id\n      children(first: 100, after: $after) {\n        nodes {\n          id\n          code\n          name\n          kind\n          childCount\n          dissolvedOn\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationChildrenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchOrganisations($search: String!) {\n    organisations(search: $search, first: 20) {\n      nodes {\n        id\n        code\n        name\n        kind\n        parentId\n      }\n    }\n  }\n"): typeof import('./graphql').SearchOrganisationsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
