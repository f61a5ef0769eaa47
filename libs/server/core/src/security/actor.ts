import { Role } from '@qt/shared-domain';

/** One role held at one organisation; it reaches that organisation's whole subtree. */
export interface RoleGrant {
  role: Role;
  organisationId: string;
  /** Materialised path of the organisation, e.g. `/<root id>/<child id>/`. */
  organisationPath: string;
}

/** The authenticated caller, loaded fresh for every request (revocations apply at once). */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  /** The party member this user is, when the user is a member. */
  memberId: string | null;
  grants: RoleGrant[];
}
