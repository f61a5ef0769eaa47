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
    "\n  query CampaignList($search: String, $status: CampaignStatus, $after: String, $first: Int) {\n    campaigns(search: $search, status: $status, after: $after, first: $first) {\n      nodes {\n        id\n        code\n        title\n        status\n        startsOn\n        reportDueOn\n        issuedOn\n        issuerOrganisationId\n        issuerOrganisationName\n        essayPolicy\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.CampaignListDocument,
    "\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      id\n      code\n      title\n      description\n      status\n      startsOn\n      reportDueOn\n      issuedOn\n      issuerOrganisationId\n      issuerOrganisationName\n      expectedDurationMinutes\n      discussionMinutes\n      formats\n      essayPolicy\n      essayDueOn\n      essayMinWords\n      programmeRequired\n      programmeDueOn\n      programmeLevels\n      personalPlansRequired\n      personalPlansDueOn\n      levels {\n        level\n        deadline\n        audience\n        includeSubordinateCommittees\n        includeSubordinateHeads\n      }\n      resolutions {\n        id\n        code\n        title\n      }\n    }\n  }\n": typeof types.CampaignDetailDocument,
    "\n  query ResolutionOptions($search: String) {\n    resolutions(search: $search, first: 50) {\n      nodes {\n        id\n        code\n        title\n        issuedOn\n      }\n    }\n  }\n": typeof types.ResolutionOptionsDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      code\n      status\n    }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  mutation IssueCampaign($id: ID!) {\n    issueCampaign(id: $id) {\n      id\n      status\n      issuedOn\n    }\n  }\n": typeof types.IssueCampaignDocument,
    "\n  query CampaignProgress($campaignId: ID!, $organisationId: ID!) {\n    campaignProgress(campaignId: $campaignId, organisationId: $organisationId) {\n      asOf\n      organisation {\n        ...ProgressRow\n      }\n      children {\n        ...ProgressRow\n      }\n    }\n  }\n\n  fragment ProgressRow on OrganisationProgress {\n    organisationId\n    code\n    name\n    kind\n    deadline\n    deadlineState\n    sessionsHeld\n    membersRequired\n    membersStudied\n    membersStudiedLate\n    membersPending\n    membersExempt\n    essaysRequired\n    essaysSubmitted\n    essaysGraded\n  }\n": typeof types.CampaignProgressDocument,
    "\n  query Members($search: String, $withinId: ID, $standing: PartyStanding, $after: String,\n    $isHeadOfUnit: Boolean, $isKeyLeader: Boolean, $isUnderBlocStandingCommittee: Boolean,\n    $isRetired: Boolean, $isUnfitForWork: Boolean, $isExemptFromActivities: Boolean) {\n    members(search: $search, withinId: $withinId, standing: $standing, after: $after, first: 50,\n      isHeadOfUnit: $isHeadOfUnit, isKeyLeader: $isKeyLeader, isUnderBlocStandingCommittee: $isUnderBlocStandingCommittee,\n      isRetired: $isRetired, isUnfitForWork: $isUnfitForWork, isExemptFromActivities: $isExemptFromActivities) {\n      nodes {\n        id fullName cardNumber birthDate gender standing position organisationId\n        organisation { id code name }\n        isHeadOfUnit isKeyLeader isUnderBlocStandingCommittee isRetired isUnfitForWork isExemptFromActivities\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query MemberDetail($id: ID!) {\n    member(id: $id) {\n      id fullName cardNumber birthDate gender standing position organisationId\n        organisation { id code name }\n        isHeadOfUnit isKeyLeader isUnderBlocStandingCommittee isRetired isUnfitForWork isExemptFromActivities\n      memberships { id organisationId organisation { id code name } validFrom validTo reason }\n      committeeOffices { id office organisationId startDate endDate }\n    }\n  }\n": typeof types.MemberDetailDocument,
    "\n  mutation TransferMember($id: ID!, $input: TransferMemberInput!) {\n    transferMember(id: $id, input: $input) { id organisationId }\n  }\n": typeof types.TransferMemberDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      roles {\n        role\n        organisation {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query OrganisationRoots {\n    organisationRoots {\n      id\n      code\n      name\n      kind\n      childCount\n      dissolvedOn\n    }\n  }\n": typeof types.OrganisationRootsDocument,
    "\n  query OrganisationChildren($id: ID!, $after: String) {\n    organisation(id: $id) {\n      id\n      children(first: 100, after: $after) {\n        nodes {\n          id\n          code\n          name\n          kind\n          childCount\n          dissolvedOn\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.OrganisationChildrenDocument,
    "\n  query SearchOrganisations($search: String!) {\n    organisations(search: $search, first: 20) {\n      nodes {\n        id\n        code\n        name\n        kind\n        parentId\n      }\n    }\n  }\n": typeof types.SearchOrganisationsDocument,
};
const documents: Documents = {
    "\n  query CampaignList($search: String, $status: CampaignStatus, $after: String, $first: Int) {\n    campaigns(search: $search, status: $status, after: $after, first: $first) {\n      nodes {\n        id\n        code\n        title\n        status\n        startsOn\n        reportDueOn\n        issuedOn\n        issuerOrganisationId\n        issuerOrganisationName\n        essayPolicy\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.CampaignListDocument,
    "\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      id\n      code\n      title\n      description\n      status\n      startsOn\n      reportDueOn\n      issuedOn\n      issuerOrganisationId\n      issuerOrganisationName\n      expectedDurationMinutes\n      discussionMinutes\n      formats\n      essayPolicy\n      essayDueOn\n      essayMinWords\n      programmeRequired\n      programmeDueOn\n      programmeLevels\n      personalPlansRequired\n      personalPlansDueOn\n      levels {\n        level\n        deadline\n        audience\n        includeSubordinateCommittees\n        includeSubordinateHeads\n      }\n      resolutions {\n        id\n        code\n        title\n      }\n    }\n  }\n": types.CampaignDetailDocument,
    "\n  query ResolutionOptions($search: String) {\n    resolutions(search: $search, first: 50) {\n      nodes {\n        id\n        code\n        title\n        issuedOn\n      }\n    }\n  }\n": types.ResolutionOptionsDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      code\n      status\n    }\n  }\n": types.CreateCampaignDocument,
    "\n  mutation IssueCampaign($id: ID!) {\n    issueCampaign(id: $id) {\n      id\n      status\n      issuedOn\n    }\n  }\n": types.IssueCampaignDocument,
    "\n  query CampaignProgress($campaignId: ID!, $organisationId: ID!) {\n    campaignProgress(campaignId: $campaignId, organisationId: $organisationId) {\n      asOf\n      organisation {\n        ...ProgressRow\n      }\n      children {\n        ...ProgressRow\n      }\n    }\n  }\n\n  fragment ProgressRow on OrganisationProgress {\n    organisationId\n    code\n    name\n    kind\n    deadline\n    deadlineState\n    sessionsHeld\n    membersRequired\n    membersStudied\n    membersStudiedLate\n    membersPending\n    membersExempt\n    essaysRequired\n    essaysSubmitted\n    essaysGraded\n  }\n": types.CampaignProgressDocument,
    "\n  query Members($search: String, $withinId: ID, $standing: PartyStanding, $after: String,\n    $isHeadOfUnit: Boolean, $isKeyLeader: Boolean, $isUnderBlocStandingCommittee: Boolean,\n    $isRetired: Boolean, $isUnfitForWork: Boolean, $isExemptFromActivities: Boolean) {\n    members(search: $search, withinId: $withinId, standing: $standing, after: $after, first: 50,\n      isHeadOfUnit: $isHeadOfUnit, isKeyLeader: $isKeyLeader, isUnderBlocStandingCommittee: $isUnderBlocStandingCommittee,\n      isRetired: $isRetired, isUnfitForWork: $isUnfitForWork, isExemptFromActivities: $isExemptFromActivities) {\n      nodes {\n        id fullName cardNumber birthDate gender standing position organisationId\n        organisation { id code name }\n        isHeadOfUnit isKeyLeader isUnderBlocStandingCommittee isRetired isUnfitForWork isExemptFromActivities\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.MembersDocument,
    "\n  query MemberDetail($id: ID!) {\n    member(id: $id) {\n      id fullName cardNumber birthDate gender standing position organisationId\n        organisation { id code name }\n        isHeadOfUnit isKeyLeader isUnderBlocStandingCommittee isRetired isUnfitForWork isExemptFromActivities\n      memberships { id organisationId organisation { id code name } validFrom validTo reason }\n      committeeOffices { id office organisationId startDate endDate }\n    }\n  }\n": types.MemberDetailDocument,
    "\n  mutation TransferMember($id: ID!, $input: TransferMemberInput!) {\n    transferMember(id: $id, input: $input) { id organisationId }\n  }\n": types.TransferMemberDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      roles {\n        role\n        organisation {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query OrganisationRoots {\n    organisationRoots {\n      id\n      code\n      name\n      kind\n      childCount\n      dissolvedOn\n    }\n  }\n": types.OrganisationRootsDocument,
    "\n  query OrganisationChildren($id: ID!, $after: String) {\n    organisation(id: $id) {\n      id\n      children(first: 100, after: $after) {\n        nodes {\n          id\n          code\n          name\n          kind\n          childCount\n          dissolvedOn\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.OrganisationChildrenDocument,
    "\n  query SearchOrganisations($search: String!) {\n    organisations(search: $search, first: 20) {\n      nodes {\n        id\n        code\n        name\n        kind\n        parentId\n      }\n    }\n  }\n": types.SearchOrganisationsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignList($search: String, $status: CampaignStatus, $after: String, $first: Int) {\n    campaigns(search: $search, status: $status, after: $after, first: $first) {\n      nodes {\n        id\n        code\n        title\n        status\n        startsOn\n        reportDueOn\n        issuedOn\n        issuerOrganisationId\n        issuerOrganisationName\n        essayPolicy\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').CampaignListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      id\n      code\n      title\n      description\n      status\n      startsOn\n      reportDueOn\n      issuedOn\n      issuerOrganisationId\n      issuerOrganisationName\n      expectedDurationMinutes\n      discussionMinutes\n      formats\n      essayPolicy\n      essayDueOn\n      essayMinWords\n      programmeRequired\n      programmeDueOn\n      programmeLevels\n      personalPlansRequired\n      personalPlansDueOn\n      levels {\n        level\n        deadline\n        audience\n        includeSubordinateCommittees\n        includeSubordinateHeads\n      }\n      resolutions {\n        id\n        code\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResolutionOptions($search: String) {\n    resolutions(search: $search, first: 50) {\n      nodes {\n        id\n        code\n        title\n        issuedOn\n      }\n    }\n  }\n"): typeof import('./graphql').ResolutionOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      code\n      status\n    }\n  }\n"): typeof import('./graphql').CreateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCampaign($id: ID!) {\n    issueCampaign(id: $id) {\n      id\n      status\n      issuedOn\n    }\n  }\n"): typeof import('./graphql').IssueCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignProgress($campaignId: ID!, $organisationId: ID!) {\n    campaignProgress(campaignId: $campaignId, organisationId: $organisationId) {\n      asOf\n      organisation {\n        ...ProgressRow\n      }\n      children {\n        ...ProgressRow\n      }\n    }\n  }\n\n  fragment ProgressRow on OrganisationProgress {\n    organisationId\n    code\n    name\n    kind\n    deadline\n    deadlineState\n    sessionsHeld\n    membersRequired\n    membersStudied\n    membersStudiedLate\n    membersPending\n    membersExempt\n    essaysRequired\n    essaysSubmitted\n    essaysGraded\n  }\n"): typeof import('./graphql').CampaignProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($search: String, $withinId: ID, $standing: PartyStanding, $after: String,\n    $isHeadOfUnit: Boolean, $isKeyLeader: Boolean, $isUnderBlocStandingCommittee: Boolean,\n    $isRetired: Boolean, $isUnfitForWork: Boolean, $isExemptFromActivities: Boolean) {\n    members(search: $search, withinId: $withinId, standing: $standing, after: $after, first: 50,\n      isHeadOfUnit: $isHeadOfUnit, isKeyLeader: $isKeyLeader, isUnderBlocStandingCommittee: $isUnderBlocStandingCommittee,\n      isRetired: $isRetired, isUnfitForWork: $isUnfitForWork, isExemptFromActivities: $isExemptFromActivities) {\n      nodes {\n        id fullName cardNumber birthDate gender standing position organisationId\n        organisation { id code name }\n        isHeadOfUnit isKeyLeader isUnderBlocStandingCommittee isRetired isUnfitForWork isExemptFromActivities\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').MembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberDetail($id: ID!) {\n    member(id: $id) {\n      id fullName cardNumber birthDate gender standing position organisationId\n        organisation { id code name }\n        isHeadOfUnit isKeyLeader isUnderBlocStandingCommittee isRetired isUnfitForWork isExemptFromActivities\n      memberships { id organisationId organisation { id code name } validFrom validTo reason }\n      committeeOffices { id office organisationId startDate endDate }\n    }\n  }\n"): typeof import('./graphql').MemberDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferMember($id: ID!, $input: TransferMemberInput!) {\n    transferMember(id: $id, input: $input) { id organisationId }\n  }\n"): typeof import('./graphql').TransferMemberDocument;
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
