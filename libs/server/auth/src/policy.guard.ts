import { ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import {
  AccessScope,
  Actor,
  AppException,
  IS_PUBLIC,
  POLICY_KEY,
  PolicyName,
  policyOf,
  requestOf,
} from '@qt/server-core';

/**
 * The single gate of every REST route and GraphQL operation:
 * 1. `@Public()` handlers pass; everything else needs a valid access JWT (401);
 * 2. the handler's `@Policy(operation)` must be in the policy table (deny by default);
 * 3. the caller must hold one of the operation's roles somewhere (403) — or, for a service
 *    account, a token scope the operation lists in `clientScopes`;
 * 4. the handler then receives its AccessScope (`@Scope()`: subtrees or self)
 *    and the service applies it to every query and object it touches.
 */
@Injectable()
export class PolicyGuard extends AuthGuard('jwt') {
  private readonly logger = new Logger(PolicyGuard.name);

  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    return requestOf(context);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    // GraphQL field resolvers run inside an already-authorised operation.
    if (context.getType<string>() === 'graphql' && this.isFieldResolver(context)) return true;

    await super.canActivate(context);
    const request = requestOf(context);
    const actor = request.user as Actor;

    const operation = this.reflector.get<PolicyName | undefined>(POLICY_KEY, context.getHandler());
    if (!operation || !policyOf(operation)) {
      this.logger.error(`No policy for ${context.getClass().name}.${context.getHandler().name}: refused`);
      throw AppException.forbidden('This operation has no access policy');
    }
    if (!AccessScope.for(actor, operation)) {
      // A service account: the operation must list a scope of its token (policy `clientScopes`).
      throw AppException.forbidden(actor.client ? `The token's scopes do not allow ${operation}` : `Your roles do not allow ${operation}`);
    }
    return true;
  }

  override handleRequest<T>(err: unknown, user: T): T {
    if (err || !user) throw AppException.unauthenticated('A valid access token is required');
    return user;
  }

  private isFieldResolver(context: ExecutionContext): boolean {
    // Root operations have parent type Query/Mutation/Subscription.
    const info = context.getArgByIndex(3) as { parentType?: { name: string } } | undefined;
    const parent = info?.parentType?.name;
    return parent !== undefined && !['Query', 'Mutation', 'Subscription'].includes(parent);
  }
}
