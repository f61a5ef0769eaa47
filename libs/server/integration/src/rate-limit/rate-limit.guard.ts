import { ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  ThrottlerLimitDetail,
  ThrottlerModuleOptions,
  ThrottlerRequest,
  ThrottlerStorage,
} from '@nestjs/throttler';
import { Actor, AppConfig, AppException } from '@qt/server-core';

interface RequestLike {
  user?: Actor;
  ip?: string;
  headers: Record<string, unknown>;
}

export const RATE_LIMIT_WINDOW_MS = 60_000;

/**
 * Rate limits (giới hạn tần suất) with @nestjs/throttler, counted in Redis (shared by API replicas):
 * one budget per caller across all routes and GraphQL root fields — a service account (its own limit or
 * RATE_LIMIT_CLIENT_PER_MINUTE), a user (RATE_LIMIT_USER_PER_MINUTE) or, without a token, the client
 * address (RATE_LIMIT_ANONYMOUS_PER_MINUTE). Runs after the PolicyGuard (registered after it), so the
 * caller is known; over the limit: 429 with Retry-After, or TOO_MANY_REQUESTS with retryAfterSeconds.
 * If Redis cannot answer, requests pass (availability first) and a warning is logged.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  private readonly log = new Logger(RateLimitGuard.name);

  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly config: AppConfig,
  ) {
    super(options, storage, reflector);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    try {
      return await super.canActivate(context);
    } catch (err) {
      if (err instanceof AppException) throw err;
      this.log.warn(`Rate limit not checked: ${(err as Error).message}`);
      return true;
    }
  }

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    // Probes of the orchestrator, and GraphQL field resolvers (their root field was counted).
    if (context.getClass().name === 'HealthController') return true;
    if (context.getType<string>() === 'graphql') {
      const info = context.getArgByIndex(3) as { parentType?: { name: string } } | undefined;
      return !['Query', 'Mutation', 'Subscription'].includes(info?.parentType?.name ?? 'Query');
    }
    return false;
  }

  protected override getRequestResponse(context: ExecutionContext): { req: Record<string, any>; res: Record<string, any> } {
    if (context.getType<string>() === 'graphql') {
      const ctx = GqlExecutionContext.create(context).getContext<{ req: Record<string, any>; res?: Record<string, any>; reply?: Record<string, any> }>();
      return { req: ctx.req, res: ctx.res ?? ctx.reply ?? {} };
    }
    return super.getRequestResponse(context);
  }

  protected override async handleRequest(props: ThrottlerRequest): Promise<boolean> {
    const { req } = this.getRequestResponse(props.context);
    return super.handleRequest({ ...props, limit: this.limitFor(req as RequestLike) });
  }

  private limitFor(req: RequestLike): number {
    const actor = req.user;
    if (actor?.client) return actor.client.rateLimitPerMinute ?? this.config.RATE_LIMIT_CLIENT_PER_MINUTE;
    if (actor) return this.config.RATE_LIMIT_USER_PER_MINUTE;
    return this.config.RATE_LIMIT_ANONYMOUS_PER_MINUTE;
  }

  protected override async getTracker(req: Record<string, any>): Promise<string> {
    const actor = (req as RequestLike).user;
    if (actor?.client) return `client:${actor.client.id}`;
    if (actor) return `user:${actor.userId}`;
    return `ip:${(req as RequestLike).ip ?? 'unknown'}`;
  }

  /** One budget per caller for the whole API, under the deployment's key prefix. */
  protected override generateKey(_context: ExecutionContext, tracker: string, name: string): string {
    return `${this.config.QUEUE_PREFIX}:ratelimit:${name}:${tracker}`;
  }

  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw AppException.tooManyRequests(
      `Rate limit of ${detail.limit} requests per minute exceeded; retry later`,
      Math.max(1, detail.timeToBlockExpire),
    );
  }
}
