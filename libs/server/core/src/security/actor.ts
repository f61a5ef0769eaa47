import { Role } from '@qt/shared-domain';

/** One role held at one organisation; it reaches that organisation's whole subtree. */
export interface RoleGrant {
  role: Role;
  organisationId: string;
  /** Materialised path of the organisation, e.g. `/<root id>/<child id>/`. */
  organisationPath: string;
}

/** A service account (tài khoản tích hợp) calling with a client-credentials token. */
export interface ClientIdentity {
  /** Id of the service account (also the id of its technical `users` row, so `userId` names it too). */
  id: string;
  clientId: string;
  organisationId: string;
  organisationPath: string;
  /** Scopes of this token: those asked for at issue, still held by the account now. */
  scopes: readonly string[];
  /** Requests per minute; null: RATE_LIMIT_CLIENT_PER_MINUTE. */
  rateLimitPerMinute: number | null;
}

/** The authenticated caller, loaded fresh for every request (revocations apply at once). */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  /** The party member this user is, when the user is a member. */
  memberId: string | null;
  grants: RoleGrant[];
  /** Set when the caller is a service account: no role grants, its scopes and organisation instead. */
  client?: ClientIdentity;
}
