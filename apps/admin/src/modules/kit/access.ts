import { useCurrentUser } from '../../app/current-user';

/**
 * The SPA's mirror of the API policy table (libs/server/core/src/security/policy-table):
 * which roles may do what. Used only to hide actions; the API refuses anyway.
 */
const STAFF = ['ADMIN', 'PROPAGANDA_BOARD', 'ORGANISATION_BOARD', 'INSPECTION_COMMISSION', 'COMMITTEE_OFFICE', 'CELL_SECRETARY'] as const;
const ORG_WRITERS = ['ADMIN', 'ORGANISATION_BOARD', 'COMMITTEE_OFFICE'] as const;
const CELL_WRITERS = ['ADMIN', 'ORGANISATION_BOARD', 'COMMITTEE_OFFICE', 'CELL_SECRETARY'] as const;

export const PERMISSIONS = {
  'organisation.read': STAFF,
  'organisation.write': ORG_WRITERS,
  'member.read': STAFF,
  'member.write': ORG_WRITERS,
  'user.manage': ['ADMIN'],
  'audit.read': ['ADMIN', 'INSPECTION_COMMISSION'],
  'actionProgramme.read': STAFF,
  'actionProgramme.write': ['ADMIN', 'PROPAGANDA_BOARD', 'COMMITTEE_OFFICE'],
  'personalPlan.read': STAFF,
  'personalPlan.oversee': ['PROPAGANDA_BOARD', 'COMMITTEE_OFFICE'],
  'speaker.read': STAFF,
  'speaker.write': ['ADMIN', 'PROPAGANDA_BOARD', 'COMMITTEE_OFFICE'],
  'speaker.evaluate': STAFF,
  'cellMeeting.read': STAFF,
  'cellMeeting.write': CELL_WRITERS,
  'rating.read': STAFF,
  'rating.writeMember': CELL_WRITERS,
  'rating.writeOrganisation': ORG_WRITERS,
  'inspection.read': STAFF,
  'inspection.write': ['ADMIN', 'INSPECTION_COMMISSION', 'PROPAGANDA_BOARD', 'COMMITTEE_OFFICE'],
} as const satisfies Record<string, readonly string[]>;

export type Permission = keyof typeof PERMISSIONS;

export interface Access {
  ready: boolean;
  /** True when one of the user's roles allows the action (anywhere in their scope). */
  can: (permission: Permission) => boolean;
  /** The organisations where the user holds a role allowing the action. */
  scopesFor: (permission: Permission) => Array<{ id: string; code: string; name: string }>;
}

/** The signed-in user's roles (from the shell's CurrentUserProvider) and what they allow. */
export function useAccess(): Access {
  const user = useCurrentUser();
  const roles = user.me?.roles ?? [];
  const allowed = (p: Permission) => roles.filter((r) => (PERMISSIONS[p] as readonly string[]).includes(r.role));
  return {
    // Roles known (or their loading failed): screens may start their first request.
    ready: user.status !== 'loading',
    can: (p) => allowed(p).length > 0,
    scopesFor: (p) => allowed(p).map((r) => r.organisation),
  };
}
