import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { Actor } from '@qt/server-core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';

const FORM = 'application/x-www-form-urlencoded';

/**
 * HTTP plumbing of the integration API, added to the API's Fastify instance:
 * - one `service_account_access_log` row per request of a service account (reads included; its changes
 *   are also in `audit_log` under the client), written after the answer is sent, so it costs the
 *   client nothing; refusals (403, 429) are kept too;
 * - form bodies (application/x-www-form-urlencoded), which the OAuth2 token endpoint must accept
 *   (RFC 6749 §4.4.2), parsed with URLSearchParams into a plain object.
 */
@Injectable()
export class ClientAccessLog implements OnModuleInit {
  private readonly logger = new Logger(ClientAccessLog.name);

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance?.() as FastifyInstance | undefined;
    if (!fastify || typeof fastify.addHook !== 'function') return;
    if (!fastify.hasContentTypeParser(FORM)) {
      fastify.addContentTypeParser(FORM, { parseAs: 'string' }, (_req, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(body as string)));
      });
    }
    fastify.addHook('onResponse', (request, reply, done) => {
      const actor = (request as FastifyRequest & { user?: Actor }).user;
      if (actor?.client) this.record(actor.client.id, request, reply);
      done();
    });
  }

  private record(serviceAccountId: string, request: FastifyRequest, reply: FastifyReply): void {
    const route = request.routeOptions?.url ?? request.url.split('?')[0];
    const body = request.body as { operationName?: unknown } | undefined;
    const operation =
      route === '/graphql'
        ? `graphql ${typeof body?.operationName === 'string' ? body.operationName : 'anonymous'}`
        : `${request.method} ${route}`;
    this.dataSource
      .query(
        `INSERT INTO service_account_access_log (service_account_id, operation, method, path, status, request_id)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [serviceAccountId, operation.slice(0, 80), request.method.slice(0, 10), request.url.slice(0, 300), reply.statusCode, String(request.id).slice(0, 64)],
      )
      .catch((err: Error) => this.logger.warn(`Access log row not written: ${err.message}`));
  }
}
