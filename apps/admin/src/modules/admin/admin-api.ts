import { graphql } from '../../graphql/generated';
import type { AdminAuditLogQuery, AdminUsersQuery, Role } from '../../graphql/generated/graphql';
import { gql } from '../kit/api';

export type AuditRow = AdminAuditLogQuery['auditLog']['nodes'][number];
export type UserRow = AdminUsersQuery['users']['nodes'][number];
export type { Role };

export const ROLES: Role[] = [
  'ADMIN',
  'PROPAGANDA_BOARD',
  'ORGANISATION_BOARD',
  'INSPECTION_COMMISSION',
  'COMMITTEE_OFFICE',
  'CELL_SECRETARY',
  'SPEAKER',
  'MEMBER',
];

export const ADMIN_AUDIT_LOG_QUERY = graphql(`
  query AdminAuditLog(
    $actorUserId: ID
    $entityType: String
    $entityId: String
    $action: [String!]
    $from: String
    $to: String
    $after: String
  ) {
    auditLog(actorUserId: $actorUserId, entityType: $entityType, entityId: $entityId, action: $action, from: $from, to: $to, after: $after, first: 100) {
      nodes {
        id
        occurredAt
        actorUserId
        actorLabel
        action
        entityType
        entityId
        before
        after
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ADMIN_USERS_QUERY = graphql(`
  query AdminUsers($search: String, $after: String) {
    users(search: $search, after: $after, first: 50) {
      nodes {
        id
        username
        displayName
        isActive
        roles {
          id
          role
          organisation {
            id
            code
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ASSIGN_ROLE_MUTATION = graphql(`
  mutation AdminAssignRole($userId: ID!, $input: RoleGrantInput!) {
    assignRole(userId: $userId, input: $input) {
      id
    }
  }
`);

export const REVOKE_ROLE_MUTATION = graphql(`
  mutation AdminRevokeRole($userId: ID!, $assignmentId: ID!) {
    revokeRole(userId: $userId, assignmentId: $assignmentId) {
      id
    }
  }
`);

/** Server-side audit filters; `from`/`to` are calendar days yyyy-MM-dd (Asia/Ho_Chi_Minh), both included. */
export interface AuditFilters {
  actorUserId: string | null;
  entityType: string | null;
  entityId: string | null;
  action: string[] | null;
  from: string | null;
  to: string | null;
}

export async function fetchAudit(filters: AuditFilters, after: string | null) {
  return (await gql(ADMIN_AUDIT_LOG_QUERY, { ...filters, after })).auditLog;
}

export async function fetchUsers(search: string | null, after: string | null = null) {
  return (await gql(ADMIN_USERS_QUERY, { search, after })).users;
}
