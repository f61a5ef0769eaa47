import { Role } from '@qt/shared-domain';

/**
 * How an operation's data is limited once the role check passed:
 * - `subtree`: to the subtrees of the organisations where the caller holds an allowed role;
 * - `self`: to the caller's own records (their member record, their user);
 * - `authenticated`: any signed-in caller, no data behind it (e.g. logout).
 */
export type ScopeRule = 'subtree' | 'self' | 'authenticated';

/**
 * Scopes a service account (tài khoản tích hợp) of another system may hold. A client may call an
 * operation only when the operation's rule lists one of the scopes its token carries; its data is then
 * limited to the subtree of the client's organisation, as for a user holding a role there.
 */
export const CLIENT_SCOPES = [
  'organisations:read',
  'organisations:write',
  'members:read',
  'members:write',
  'sessions:read',
  'attendance:write',
  'campaigns:read',
  'reports:read',
  'inspections:read',
  'webhooks:manage',
] as const;
export type ClientScope = (typeof CLIENT_SCOPES)[number];

export interface PolicyRule {
  roles: readonly Role[];
  scope: ScopeRule;
  description: string;
  /** Client scopes that open this operation to service accounts (none: users only). Ignored for users. */
  clientScopes?: readonly ClientScope[];
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
