import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import { JwtService } from '@nestjs/jwt';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ActorLoader } from '@qt/server-auth';
import { Actor, AppConfig, ErrorCode, QUEUES, STATUS_OF_CODE } from '@qt/server-core';
import { Role } from '@qt/shared-domain';
import { Queue } from 'bullmq';
import type { FastifyReply, FastifyRequest } from 'fastify';
import Redis from 'ioredis';

/** Where the BullMQ dashboard (bảng theo dõi hàng đợi) lives on the API. */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';
/** The short-lived HttpOnly cookie carrying the access token for the browser. */
export const QUEUE_DASHBOARD_COOKIE = 'qt_queues';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The value of one cookie of a request (the dashboard reads only its own, a JWT: no decoding needed). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim() || undefined;
  }
  return undefined;
}

/** Set-Cookie for the dashboard cookie; maxAge 0 clears it. */
function sessionCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  const attributes = [`${QUEUE_DASHBOARD_COOKIE}=${value}`, `Path=${QUEUE_DASHBOARD_PATH}`, `Max-Age=${maxAgeSeconds}`, 'HttpOnly', 'SameSite=Lax'];
  if (maxAgeSeconds === 0) attributes.push('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  if (secure) attributes.push('Secure');
  return attributes.join('; ');
}

type Verdict = { actor: Actor; expiresAt: number } | { status: number; code: ErrorCode; message: string };

/**
 * Only an administrator of a whole tree may look: jobs carry ids of organisations anywhere, so the
 * ADMIN role must be held at a root organisation (path `/<id>/`), not inside a subtree.
 */
export function isRootAdministrator(actor: Actor): boolean {
  return !actor.client && actor.grants.some((g) => g.role === Role.ADMIN && g.organisationPath.split('/').filter(Boolean).length === 1);
}

function refuse(reply: FastifyReply, request: FastifyRequest, code: ErrorCode, message: string) {
  return reply.status(STATUS_OF_CODE[code]).send({ statusCode: STATUS_OF_CODE[code], code, message, requestId: String(request.id) });
}

/**
 * The bull-board dashboard for every queue in QUEUES at /admin/queues, behind the root ADMIN role.
 *
 * bull-board's routes are plain Fastify routes (outside Nest's guard), so this plugin authenticates
 * them itself, with the same checks as the API: an access JWT (HS256, issuer, audience, `typ:
 * access`, not expired), the user loaded fresh (deactivation and revoked roles apply at once). The
 * token comes from `Authorization: Bearer`, or for a browser from the cookie `qt_queues` that
 * `POST /admin/queues/session` sets from a bearer token (header or form field `token`): HttpOnly,
 * SameSite=Lax, Path=/admin/queues, Secure in production, expiring with the token (≤ 15 minutes).
 * Requests that change something (retry, clean, pause…) and authenticate by cookie must come from the
 * API's own origin (Origin header checked), so another site cannot drive them. `DELETE
 * /admin/queues/session` clears the cookie.
 */
export async function registerQueueDashboard(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const jwt = new JwtService();
  const actors = app.get(ActorLoader, { strict: false });

  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: null, connectionName: 'qt-queue-dashboard' });
  redis.on('error', () => undefined);
  const queues = Object.values(QUEUES).map((name) => new Queue(name, { connection: redis, prefix: config.QUEUE_PREFIX }));
  fastify.addHook('onClose', async () => {
    await Promise.all(queues.map((q) => q.close().catch(() => undefined)));
    await redis.quit().catch(() => redis.disconnect());
  });

  async function authenticate(token: string | undefined): Promise<Verdict> {
    if (!token) return { status: 401, code: ErrorCode.UNAUTHENTICATED, message: 'A valid access token is required' };
    let claims: { sub?: unknown; typ?: unknown; exp?: number };
    try {
      claims = await jwt.verifyAsync(token, {
        secret: config.JWT_SECRET,
        algorithms: ['HS256'],
        issuer: config.JWT_ISSUER,
        audience: config.JWT_AUDIENCE,
      });
    } catch {
      return { status: 401, code: ErrorCode.UNAUTHENTICATED, message: 'A valid access token is required' };
    }
    const actor = claims.typ === 'access' && typeof claims.sub === 'string' ? await actors.load(claims.sub) : null;
    if (!actor) return { status: 401, code: ErrorCode.UNAUTHENTICATED, message: 'A valid access token is required' };
    if (!isRootAdministrator(actor)) {
      return { status: 403, code: ErrorCode.FORBIDDEN, message: 'The queue dashboard is for administrators of the whole tree' };
    }
    return { actor, expiresAt: (claims.exp ?? 0) * 1000 };
  }

  const bearer = (request: FastifyRequest) => {
    const header = request.headers.authorization;
    return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
  };

  const sameOrigin = (request: FastifyRequest) => {
    const origin = request.headers.origin;
    if (!origin) return false;
    try {
      return new URL(origin).host === request.headers.host;
    } catch {
      return false;
    }
  };

  await fastify.register(
    async (scope) => {
      // A plain HTML form can post the token (application/x-www-form-urlencoded), parsed here only.
      scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) =>
        done(null, Object.fromEntries(new URLSearchParams(String(body)))),
      );

      // The cookie session: exchange a bearer token for the HttpOnly cookie, or drop it.
      scope.post('/session', async (request, reply) => {
        const body = request.body as { token?: unknown } | undefined;
        const token = bearer(request) ?? (typeof body?.token === 'string' ? body.token : undefined);
        const verdict = await authenticate(token);
        if (!('actor' in verdict)) return refuse(reply, request, verdict.code, verdict.message);
        const maxAge = Math.max(1, Math.floor((verdict.expiresAt - Date.now()) / 1000));
        reply.header('set-cookie', sessionCookie(token as string, maxAge, config.isProduction));
        // A form post (browser) goes on to the dashboard; an API call gets the expiry.
        if (!request.headers.authorization) return reply.redirect(`${QUEUE_DASHBOARD_PATH}/`, 303);
        return reply.status(200).send({ expiresInSeconds: maxAge });
      });
      scope.delete('/session', async (_request, reply) => {
        reply.header('set-cookie', sessionCookie('', 0, config.isProduction));
        return reply.status(204).send();
      });

      // Everything else (the dashboard and its API) needs a root administrator.
      await scope.register(async (board) => {
        board.addHook('onRequest', async (request, reply) => {
          const header = bearer(request);
          const cookie = readCookie(request.headers.cookie, QUEUE_DASHBOARD_COOKIE);
          if (!header && cookie && !SAFE_METHODS.has(request.method) && !sameOrigin(request)) {
            return refuse(reply, request, ErrorCode.FORBIDDEN, 'Changes through the dashboard must come from its own page');
          }
          const verdict = await authenticate(header ?? cookie);
          if (!('actor' in verdict)) return refuse(reply, request, verdict.code, verdict.message);
          return undefined;
        });
        const adapter = new BullBoardFastifyAdapter();
        adapter.setBasePath(QUEUE_DASHBOARD_PATH);
        createBullBoard({
          queues: queues.map((q) => new BullMQAdapter(q)),
          // @bull-board/fastify 9.10.1 pins its own copy of @bull-board/api (9.10.1 beside our 9.10.2): same
          // interface, separate declarations, so the compiler needs telling.
          serverAdapter: adapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
          options: { uiConfig: { boardTitle: 'Quán Triệt — hàng đợi' } },
        });
        await board.register(adapter.registerPlugin());
      });
    },
    { prefix: QUEUE_DASHBOARD_PATH },
  );
}
