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

/** Staff roles: everyone who works on the data of an organisation subtree. */
export const STAFF = [
  Role.ADMIN,
  Role.PROPAGANDA_BOARD,
  Role.ORGANISATION_BOARD,
  Role.INSPECTION_COMMISSION,
  Role.COMMITTEE_OFFICE,
  Role.CELL_SECRETARY,
] as const;

export const ALL_ROLES = Object.values(Role);
