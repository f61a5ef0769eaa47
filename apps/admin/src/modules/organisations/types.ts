export const ORGANISATION_KINDS = ['BLOC', 'UPPER_GRASSROOTS', 'GRASSROOTS', 'CELL'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface OrganisationNode {
  id: string;
  code: string;
  name: string;
  kind: OrganisationKind;
  childCount: number;
  /** ISO date, or null while the organisation exists. */
  dissolvedOn: string | null;
}

export interface OrganisationSearchHit {
  id: string;
  code: string;
  name: string;
  kind: OrganisationKind;
  parentId: string | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface OrganisationChildrenPage {
  nodes: OrganisationNode[];
  pageInfo: PageInfo;
}

export interface Me {
  id: string;
  username: string;
  displayName: string;
  roles: Array<{ role: string; organisation: { id: string; code: string; name: string } | null }>;
}
