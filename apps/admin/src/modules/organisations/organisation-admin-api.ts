import { graphql } from '../../graphql/generated';
import type { OrganisationDetailQuery } from '../../graphql/generated/graphql';
import { gql } from '../kit/api';

export type OrganisationDetail = OrganisationDetailQuery['organisation'];

export const ORGANISATION_DETAIL_QUERY = graphql(`
  query OrganisationDetail($id: ID!) {
    organisation(id: $id) {
      id
      code
      name
      kind
      agency
      activeFrom
      dissolvedOn
      termStart
      termEnd
      depth
      childCount
      descendantCount
      memberCount
      parent {
        id
        code
        name
      }
      offices {
        id
        office
        memberName
        startDate
        endDate
      }
    }
  }
`);

export const MOVE_ORGANISATION_MUTATION = graphql(`
  mutation MoveOrganisation($id: ID!, $input: MoveOrganisationInput!) {
    moveOrganisation(id: $id, input: $input) {
      id
      parentId
    }
  }
`);

export const DISSOLVE_ORGANISATION_MUTATION = graphql(`
  mutation DissolveOrganisation($id: ID!, $input: DissolveOrganisationInput!) {
    dissolveOrganisation(id: $id, input: $input) {
      id
      dissolvedOn
    }
  }
`);

export const ASSIGN_OFFICE_MUTATION = graphql(`
  mutation AssignCommitteeOffice($organisationId: ID!, $input: AssignOfficeInput!) {
    assignCommitteeOffice(organisationId: $organisationId, input: $input) {
      id
    }
  }
`);

export const END_OFFICE_MUTATION = graphql(`
  mutation EndCommitteeOffice($id: ID!, $input: EndOfficeInput!) {
    endCommitteeOffice(id: $id, input: $input) {
      id
      endDate
    }
  }
`);

export async function fetchOrganisationDetail(id: string): Promise<OrganisationDetail> {
  return (await gql(ORGANISATION_DETAIL_QUERY, { id })).organisation;
}
