import { AccessScope, Actor } from '@qt/server-core';

/** The service account (client) behind a request, when the caller is one rather than a user (`Actor.client`, libs/server/auth). */
export function serviceAccountIdOf(actor: Actor): string | null {
  return actor.client?.id ?? null;
}

/**
 * SQL predicate: the row's owning service account (`accountColumn`, its organisation's path `pathColumn`)
 * is reachable by the caller. A client reaches only itself; an administrator the accounts whose
 * organisation lies in their subtrees.
 */
export function ownerPredicate(scope: AccessScope, params: unknown[], accountColumn: string, pathColumn: string): string {
  const self = serviceAccountIdOf(scope.actor);
  if (self) return `${accountColumn} = $${params.push(self)}::uuid`;
  return scope.pathPredicate(pathColumn, params);
}

/** Object-level: true when the caller reaches a row owned by `accountId` whose organisation has `path`. */
export function ownsRow(scope: AccessScope, accountId: string, path: string): boolean {
  const self = serviceAccountIdOf(scope.actor);
  return self ? self === accountId : scope.coversPath(path);
}
