import { Role } from '@qt/shared-domain';
import { AppException } from '../errors/app-exception';
import { Actor } from './actor';
import { PolicyName, PolicyRule, ScopeRule, policyOf } from './policies';

/**
 * Paths look like `/<root id>/<child id>/` and are byte-ordered (COLLATE "C"):
 * everything below `/a/b/` sorts in [`/a/b/`, `/a/b0`) because '0' follows '/'.
 */
export function subtreeUpperBound(path: string): string {
  return `${path.slice(0, -1)}0`;
}

/** SQL predicate: `column` lies in the subtree whose path is the SQL expression `pathExpr` (itself included). */
export function subtreePredicate(column: string, pathExpr: string): string {
  return `(${column} >= ${pathExpr} AND ${column} < left(${pathExpr}, -1) || '0')`;
}

/**
 * What one operation may touch, computed by the guard from the policy table
 * and the caller's grants. Services receive it and apply it to every query
 * (`sqlPathFilter`) and every object they load (`assertPath`).
 */
export class AccessScope {
  private constructor(
    readonly operation: PolicyName,
    readonly rule: ScopeRule,
    readonly actor: Actor,
    /** Minimal set of subtree roots (paths), none nested in another. */
    readonly paths: readonly string[],
  ) {}

  static for(actor: Actor, operation: PolicyName): AccessScope | undefined {
    const policy = policyOf(operation);
    if (!policy) return undefined;
    if (actor.client) return AccessScope.forClient(actor, operation, policy);
    const allowed = new Set<Role>(policy.roles);
    const grants = actor.grants.filter((g) => allowed.has(g.role));
    if (policy.scope === 'self') {
      return grants.length > 0 || actor.memberId ? new AccessScope(operation, 'self', actor, []) : undefined;
    }
    if (grants.length === 0) return undefined;
    const sorted = [...new Set(grants.map((g) => g.organisationPath))].sort((a, b) => a.length - b.length);
    const roots: string[] = [];
    for (const path of sorted) if (!roots.some((r) => path.startsWith(r))) roots.push(path);
    return new AccessScope(operation, policy.scope, actor, roots);
  }

  /**
   * A service account: the operation must name one of the token's scopes; the data is the subtree of
   * the account's organisation (as a grant held there). `self` operations have no "self" for a client.
   */
  private static forClient(actor: Actor, operation: PolicyName, policy: PolicyRule): AccessScope | undefined {
    const client = actor.client;
    if (!client || policy.scope === 'self') return undefined;
    if (!policy.clientScopes?.some((s) => client.scopes.includes(s))) return undefined;
    return new AccessScope(operation, policy.scope, actor, [client.organisationPath]);
  }

  /** True when the organisation with this path lies in the scope. */
  coversPath(path: string): boolean {
    return this.paths.some((root) => path.startsWith(root));
  }

  /** Object-level check: refuses with 403 when the organisation lies outside the scope. */
  assertPath(path: string | null | undefined): void {
    if (!path || !this.coversPath(path)) throw AppException.forbidden();
  }

  /**
   * SQL predicate limiting a path column to the scope's subtrees, as index
   * range scans; pushes the bounds into `params`. No subtree → `false`.
   */
  pathPredicate(column: string, params: unknown[]): string {
    if (this.paths.length === 0) return 'false';
    const ranges = this.paths.map(
      (p) => `(${column} >= $${params.push(p)} AND ${column} < $${params.push(subtreeUpperBound(p))})`,
    );
    return `(${ranges.join(' OR ')})`;
  }

  /** Ids of the organisations at the top of the scope (where the roles are held). */
  rootOrganisationIds(): string[] {
    return this.paths.map((p) => p.split('/').filter(Boolean).pop() as string);
  }
}
