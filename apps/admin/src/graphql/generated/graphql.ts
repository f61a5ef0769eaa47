/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** BLOC (Đảng bộ Khối), UPPER_GRASSROOTS (đảng bộ cấp trên cơ sở), GRASSROOTS (đảng bộ cơ sở), CELL (chi bộ) */
export type OrganisationKind =
  | 'BLOC'
  | 'CELL'
  | 'GRASSROOTS'
  | 'UPPER_GRASSROOTS';

/** Roles of domain.md §11, each held at an organisation */
export type Role =
  | 'ADMIN'
  | 'CELL_SECRETARY'
  | 'COMMITTEE_OFFICE'
  | 'INSPECTION_COMMISSION'
  | 'MEMBER'
  | 'ORGANISATION_BOARD'
  | 'PROPAGANDA_BOARD'
  | 'SPEAKER';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, displayName: string, roles: Array<{ role: Role, organisation: { id: string, code: string, name: string } }> } };

export type OrganisationRootsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationRootsQuery = { organisationRoots: Array<{ id: string, code: string, name: string, kind: OrganisationKind, childCount: number, dissolvedOn: string | null }> };

export type OrganisationChildrenQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type OrganisationChildrenQuery = { organisation: { id: string, children: { nodes: Array<{ id: string, code: string, name: string, kind: OrganisationKind, childCount: number, dissolvedOn: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type SearchOrganisationsQueryVariables = Exact<{
  search: string;
}>;


export type SearchOrganisationsQuery = { organisations: { nodes: Array<{ id: string, code: string, name: string, kind: OrganisationKind, parentId: string | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const MeDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const OrganisationRootsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<OrganisationRootsQuery, OrganisationRootsQueryVariables>;
export const OrganisationChildrenDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<OrganisationChildrenQuery, OrganisationChildrenQueryVariables>;
export const SearchOrganisationsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<SearchOrganisationsQuery, SearchOrganisationsQueryVariables>;