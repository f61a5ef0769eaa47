import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppException } from '../errors/app-exception';
import { AccessScope } from './access-scope';
import { Actor } from './actor';
import { PolicyName } from './policies';

export const POLICY_KEY = 'qt:policy';

/** Names the operation of a handler in the policy table. A handler without it is refused. */
export const Policy = (operation: PolicyName) => SetMetadata(POLICY_KEY, operation);

export interface AuthenticatedRequest {
  user?: Actor;
  id?: string;
  ip?: string;
  headers: Record<string, string | string[] | undefined>;
}

export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext().req;
  }
  return context.switchToHttp().getRequest();
}

/**
 * The AccessScope of the handler's operation (its `@Policy`), or of the
 * operation named here (for GraphQL field resolvers, which carry no policy of
 * their own). Computed per handler from the caller's grants, never shared
 * between the root fields of one GraphQL request.
 */
export const Scope = createParamDecorator((operation: PolicyName | undefined, context: ExecutionContext): AccessScope => {
  const op = operation ?? (Reflect.getMetadata(POLICY_KEY, context.getHandler()) as PolicyName | undefined);
  const actor = requestOf(context).user;
  if (!actor) throw AppException.unauthenticated();
  const scope = op ? AccessScope.for(actor, op) : undefined;
  if (!scope) throw AppException.forbidden();
  return scope;
});

/** The authenticated caller. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).user;
  if (!actor) throw AppException.unauthenticated();
  return actor;
});
