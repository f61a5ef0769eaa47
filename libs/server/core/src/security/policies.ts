import { Role } from '@qt/shared-domain';

/**
 * How an operation's data is limited once the role check passed:
 * - `subtree`: to the subtrees of the organisations where the caller holds an allowed role;
 * - `self`: to the caller's own records (their member record, their user);
 * - `authenticated`: any signed-in caller, no data behind it (e.g. logout).
 */
export type ScopeRule = 'subtree' | 'self' | 'authenticated';

export interface PolicyRule {
  roles: readonly Role[];
  scope: ScopeRule;
  description: string;
}

const STAFF = [
  Role.ADMIN,
  Role.PROPAGANDA_BOARD,
  Role.ORGANISATION_BOARD,
  Role.INSPECTION_COMMISSION,
  Role.COMMITTEE_OFFICE,
  Role.CELL_SECRETARY,
] as const;
const ALL_ROLES = Object.values(Role);

/**
 * THE policy table: every operation the API exposes, who may call it and how
 * its data is scoped. The guard refuses any handler whose operation is not
 * here (deny by default). Domain code names operations with `PolicyName`.
 */
export const POLICIES = {
  'auth.session': { roles: ALL_ROLES, scope: 'authenticated', description: 'Read own identity, log out' },

  'organisation.read': { roles: STAFF, scope: 'subtree', description: 'Read the organisation tree' },
  'organisation.write': {
    roles: [Role.ADMIN, Role.ORGANISATION_BOARD, Role.COMMITTEE_OFFICE],
    scope: 'subtree',
    description: 'Create, update, move, dissolve, import organisations; committee offices',
  },

  'member.read': { roles: STAFF, scope: 'subtree', description: 'Read members of the subtree' },
  'member.write': {
    roles: [Role.ADMIN, Role.ORGANISATION_BOARD, Role.COMMITTEE_OFFICE],
    scope: 'subtree',
    description: 'Create, update, transfer and bulk-upsert members',
  },
  'member.readSelf': { roles: ALL_ROLES, scope: 'self', description: 'Read own member record and history' },

  'user.manage': { roles: [Role.ADMIN], scope: 'subtree', description: 'Create users and assign roles within the subtree' },
  'audit.read': { roles: [Role.ADMIN, Role.INSPECTION_COMMISSION], scope: 'subtree', description: 'Read the audit log' },
} as const satisfies Record<string, PolicyRule>;

export type PolicyName = keyof typeof POLICIES;

export function policyOf(name: string): PolicyRule | undefined {
  return (POLICIES as Record<string, PolicyRule>)[name];
}
