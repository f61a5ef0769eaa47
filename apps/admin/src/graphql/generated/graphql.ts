/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CampaignLevelInput = {
  /** Default ALL_MEMBERS */
  audience?: LevelAudience | null | undefined;
  /** yyyy-MM-dd, between startsOn and reportDueOn */
  deadline: string;
  includeSubordinateCommittees?: boolean | null | undefined;
  includeSubordinateHeads?: boolean | null | undefined;
  level: OrganisationKind;
};

/** DRAFT (dự thảo), ISSUED (đã ban hành), CLOSED (đã kết thúc) */
export type CampaignStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'ISSUED';

/** SECRETARY (bí thư), DEPUTY_SECRETARY (phó bí thư), STANDING_COMMITTEE (ủy viên BTV), COMMITTEE_MEMBER (cấp ủy viên) */
export type CommitteeOffice =
  | 'COMMITTEE_MEMBER'
  | 'DEPUTY_SECRETARY'
  | 'SECRETARY'
  | 'STANDING_COMMITTEE';

export type CreateCampaignInput = {
  code: string;
  description?: string | null | undefined;
  /** Of which discussion, minutes (default 0) */
  discussionMinutes?: number | null | undefined;
  /** Required unless essayPolicy is NONE; null clears it */
  essayDueOn?: string | null | undefined;
  essayMinWords?: number | null | undefined;
  essayPolicy: EssayPolicy;
  essaySimilarityThreshold?: number | null | undefined;
  expectedDurationMinutes: number;
  formats: Array<StudyFormat>;
  /** Organisation issuing the campaign (in your scope) */
  issuerOrganisationId: string;
  /** Per-level rules (one per level) */
  levels: Array<CampaignLevelInput>;
  personalPlansDueOn?: string | null | undefined;
  personalPlansRequired?: boolean | null | undefined;
  programmeDueOn?: string | null | undefined;
  programmeLevels?: Array<OrganisationKind> | null | undefined;
  programmeRequired?: boolean | null | undefined;
  /** Result report due to the issuer, yyyy-MM-dd */
  reportDueOn: string;
  /** Resolutions studied */
  resolutionIds: Array<string>;
  startsOn: string;
  title: string;
};

/** ON_TIME: everyone required studied by the deadline; LATE: everyone studied, some after it; OVERDUE: deadline passed with members pending; PENDING: deadline not reached, members pending */
export type DeadlineState =
  | 'LATE'
  | 'ON_TIME'
  | 'OVERDUE'
  | 'PENDING';

/** NONE, ALL_ATTENDEES (02-NQ/ĐUK), KEY_LEADERS_ONLY (cán bộ lãnh đạo, quản lý chủ chốt; 04-KL/ĐUK) */
export type EssayPolicy =
  | 'ALL_ATTENDEES'
  | 'KEY_LEADERS_ONLY'
  | 'NONE';

/** MALE (nam), FEMALE (nữ) */
export type Gender =
  | 'FEMALE'
  | 'MALE';

/** ALL_MEMBERS (toàn thể đảng viên), KEY_LEADERS (cấp ủy viên, người đứng đầu, cán bộ chủ chốt) */
export type LevelAudience =
  | 'ALL_MEMBERS'
  | 'KEY_LEADERS';

/** BLOC (Đảng bộ Khối), UPPER_GRASSROOTS (đảng bộ cấp trên cơ sở), GRASSROOTS (đảng bộ cơ sở), CELL (chi bộ) */
export type OrganisationKind =
  | 'BLOC'
  | 'CELL'
  | 'GRASSROOTS'
  | 'UPPER_GRASSROOTS';

/** OFFICIAL (đảng viên chính thức), PROBATIONARY (đảng viên dự bị) */
export type PartyStanding =
  | 'OFFICIAL'
  | 'PROBATIONARY';

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

/** IN_PERSON (trực tiếp), ONLINE (trực tuyến, điểm cầu), LIVE_BROADCAST (truyền hình trực tiếp), HYBRID */
export type StudyFormat =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'LIVE_BROADCAST'
  | 'ONLINE';

export type TransferMemberInput = {
  /** First day in the destination (the current membership ends the day before), yyyy-MM-dd */
  effectiveDate: string;
  reason?: string | null | undefined;
  toOrganisationId: string;
};

export type CampaignListQueryVariables = Exact<{
  search?: string | null | undefined;
  status?: CampaignStatus | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type CampaignListQuery = { campaigns: { totalCount: number | null, nodes: Array<{ id: string, code: string, title: string, status: CampaignStatus, startsOn: string, reportDueOn: string, issuedOn: string | null, issuerOrganisationId: string, issuerOrganisationName: string, essayPolicy: EssayPolicy }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CampaignDetailQueryVariables = Exact<{
  id: string;
}>;


export type CampaignDetailQuery = { campaign: { id: string, code: string, title: string, description: string | null, status: CampaignStatus, startsOn: string, reportDueOn: string, issuedOn: string | null, issuerOrganisationId: string, issuerOrganisationName: string, expectedDurationMinutes: number, discussionMinutes: number, formats: Array<StudyFormat>, essayPolicy: EssayPolicy, essayDueOn: string | null, essayMinWords: number, programmeRequired: boolean, programmeDueOn: string | null, programmeLevels: Array<OrganisationKind>, personalPlansRequired: boolean, personalPlansDueOn: string | null, levels: Array<{ level: OrganisationKind, deadline: string, audience: LevelAudience, includeSubordinateCommittees: boolean, includeSubordinateHeads: boolean }>, resolutions: Array<{ id: string, code: string, title: string }> } };

export type ResolutionOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ResolutionOptionsQuery = { resolutions: { nodes: Array<{ id: string, code: string, title: string, issuedOn: string }> } };

export type CreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type CreateCampaignMutation = { createCampaign: { id: string, code: string, status: CampaignStatus } };

export type IssueCampaignMutationVariables = Exact<{
  id: string;
}>;


export type IssueCampaignMutation = { issueCampaign: { id: string, status: CampaignStatus, issuedOn: string | null } };

export type CampaignProgressQueryVariables = Exact<{
  campaignId: string;
  organisationId: string;
}>;


export type CampaignProgressQuery = { campaignProgress: { asOf: string, organisation: { organisationId: string, code: string, name: string, kind: OrganisationKind, deadline: string, deadlineState: DeadlineState, sessionsHeld: number, membersRequired: number, membersStudied: number, membersStudiedLate: number, membersPending: number, membersExempt: number, essaysRequired: number, essaysSubmitted: number, essaysGraded: number }, children: Array<{ organisationId: string, code: string, name: string, kind: OrganisationKind, deadline: string, deadlineState: DeadlineState, sessionsHeld: number, membersRequired: number, membersStudied: number, membersStudiedLate: number, membersPending: number, membersExempt: number, essaysRequired: number, essaysSubmitted: number, essaysGraded: number }> } };

export type ProgressRowFragment = { organisationId: string, code: string, name: string, kind: OrganisationKind, deadline: string, deadlineState: DeadlineState, sessionsHeld: number, membersRequired: number, membersStudied: number, membersStudiedLate: number, membersPending: number, membersExempt: number, essaysRequired: number, essaysSubmitted: number, essaysGraded: number };

export type MembersQueryVariables = Exact<{
  search?: string | null | undefined;
  withinId?: string | null | undefined;
  standing?: PartyStanding | null | undefined;
  after?: string | null | undefined;
  isHeadOfUnit?: boolean | null | undefined;
  isKeyLeader?: boolean | null | undefined;
  isUnderBlocStandingCommittee?: boolean | null | undefined;
  isRetired?: boolean | null | undefined;
  isUnfitForWork?: boolean | null | undefined;
  isExemptFromActivities?: boolean | null | undefined;
}>;


export type MembersQuery = { members: { nodes: Array<{ id: string, fullName: string, cardNumber: string, birthDate: string, gender: Gender, standing: PartyStanding, position: string | null, organisationId: string, isHeadOfUnit: boolean, isKeyLeader: boolean, isUnderBlocStandingCommittee: boolean, isRetired: boolean, isUnfitForWork: boolean, isExemptFromActivities: boolean, organisation: { id: string, code: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MemberDetailQueryVariables = Exact<{
  id: string;
}>;


export type MemberDetailQuery = { member: { id: string, fullName: string, cardNumber: string, birthDate: string, gender: Gender, standing: PartyStanding, position: string | null, organisationId: string, isHeadOfUnit: boolean, isKeyLeader: boolean, isUnderBlocStandingCommittee: boolean, isRetired: boolean, isUnfitForWork: boolean, isExemptFromActivities: boolean, organisation: { id: string, code: string, name: string } | null, memberships: Array<{ id: string, organisationId: string, validFrom: string, validTo: string | null, reason: string | null, organisation: { id: string, code: string, name: string } | null }>, committeeOffices: Array<{ id: string, office: CommitteeOffice, organisationId: string, startDate: string, endDate: string | null }> } };

export type TransferMemberMutationVariables = Exact<{
  id: string;
  input: TransferMemberInput;
}>;


export type TransferMemberMutation = { transferMember: { id: string, organisationId: string } };

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
export const ProgressRowFragmentDoc = new TypedDocumentString(`
    fragment ProgressRow on OrganisationProgress {
  organisationId
  code
  name
  kind
  deadline
  deadlineState
  sessionsHeld
  membersRequired
  membersStudied
  membersStudiedLate
  membersPending
  membersExempt
  essaysRequired
  essaysSubmitted
  essaysGraded
}
    `, {"fragmentName":"ProgressRow"}) as unknown as TypedDocumentString<ProgressRowFragment, unknown>;
export const CampaignListDocument = new TypedDocumentString(`
    query CampaignList($search: String, $status: CampaignStatus, $after: String, $first: Int) {
  campaigns(search: $search, status: $status, after: $after, first: $first) {
    nodes {
      id
      code
      title
      status
      startsOn
      reportDueOn
      issuedOn
      issuerOrganisationId
      issuerOrganisationName
      essayPolicy
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CampaignListQuery, CampaignListQueryVariables>;
export const CampaignDetailDocument = new TypedDocumentString(`
    query CampaignDetail($id: ID!) {
  campaign(id: $id) {
    id
    code
    title
    description
    status
    startsOn
    reportDueOn
    issuedOn
    issuerOrganisationId
    issuerOrganisationName
    expectedDurationMinutes
    discussionMinutes
    formats
    essayPolicy
    essayDueOn
    essayMinWords
    programmeRequired
    programmeDueOn
    programmeLevels
    personalPlansRequired
    personalPlansDueOn
    levels {
      level
      deadline
      audience
      includeSubordinateCommittees
      includeSubordinateHeads
    }
    resolutions {
      id
      code
      title
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignDetailQuery, CampaignDetailQueryVariables>;
export const ResolutionOptionsDocument = new TypedDocumentString(`
    query ResolutionOptions($search: String) {
  resolutions(search: $search, first: 50) {
    nodes {
      id
      code
      title
      issuedOn
    }
  }
}
    `) as unknown as TypedDocumentString<ResolutionOptionsQuery, ResolutionOptionsQueryVariables>;
export const CreateCampaignDocument = new TypedDocumentString(`
    mutation CreateCampaign($input: CreateCampaignInput!) {
  createCampaign(input: $input) {
    id
    code
    status
  }
}
    `) as unknown as TypedDocumentString<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const IssueCampaignDocument = new TypedDocumentString(`
    mutation IssueCampaign($id: ID!) {
  issueCampaign(id: $id) {
    id
    status
    issuedOn
  }
}
    `) as unknown as TypedDocumentString<IssueCampaignMutation, IssueCampaignMutationVariables>;
export const CampaignProgressDocument = new TypedDocumentString(`
    query CampaignProgress($campaignId: ID!, $organisationId: ID!) {
  campaignProgress(campaignId: $campaignId, organisationId: $organisationId) {
    asOf
    organisation {
      ...ProgressRow
    }
    children {
      ...ProgressRow
    }
  }
}
    fragment ProgressRow on OrganisationProgress {
  organisationId
  code
  name
  kind
  deadline
  deadlineState
  sessionsHeld
  membersRequired
  membersStudied
  membersStudiedLate
  membersPending
  membersExempt
  essaysRequired
  essaysSubmitted
  essaysGraded
}`) as unknown as TypedDocumentString<CampaignProgressQuery, CampaignProgressQueryVariables>;
export const MembersDocument = new TypedDocumentString(`
    query Members($search: String, $withinId: ID, $standing: PartyStanding, $after: String, $isHeadOfUnit: Boolean, $isKeyLeader: Boolean, $isUnderBlocStandingCommittee: Boolean, $isRetired: Boolean, $isUnfitForWork: Boolean, $isExemptFromActivities: Boolean) {
  members(
    search: $search
    withinId: $withinId
    standing: $standing
    after: $after
    first: 50
    isHeadOfUnit: $isHeadOfUnit
    isKeyLeader: $isKeyLeader
    isUnderBlocStandingCommittee: $isUnderBlocStandingCommittee
    isRetired: $isRetired
    isUnfitForWork: $isUnfitForWork
    isExemptFromActivities: $isExemptFromActivities
  ) {
    nodes {
      id
      fullName
      cardNumber
      birthDate
      gender
      standing
      position
      organisationId
      organisation {
        id
        code
        name
      }
      isHeadOfUnit
      isKeyLeader
      isUnderBlocStandingCommittee
      isRetired
      isUnfitForWork
      isExemptFromActivities
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<MembersQuery, MembersQueryVariables>;
export const MemberDetailDocument = new TypedDocumentString(`
    query MemberDetail($id: ID!) {
  member(id: $id) {
    id
    fullName
    cardNumber
    birthDate
    gender
    standing
    position
    organisationId
    organisation {
      id
      code
      name
    }
    isHeadOfUnit
    isKeyLeader
    isUnderBlocStandingCommittee
    isRetired
    isUnfitForWork
    isExemptFromActivities
    memberships {
      id
      organisationId
      organisation {
        id
        code
        name
      }
      validFrom
      validTo
      reason
    }
    committeeOffices {
      id
      office
      organisationId
      startDate
      endDate
    }
  }
}
    `) as unknown as TypedDocumentString<MemberDetailQuery, MemberDetailQueryVariables>;
export const TransferMemberDocument = new TypedDocumentString(`
    mutation TransferMember($id: ID!, $input: TransferMemberInput!) {
  transferMember(id: $id, input: $input) {
    id
    organisationId
  }
}
    `) as unknown as TypedDocumentString<TransferMemberMutation, TransferMemberMutationVariables>;
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