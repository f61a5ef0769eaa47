import type { IncomingMessage } from 'node:http';
import multipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { AppConfig, requestContext, requestIdOf, REQUEST_ID_HEADER } from '@qt/server-core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { completeOpenApi } from './openapi';
import { registerQueueDashboard } from './queue-dashboard';

export const API_PREFIX = 'api/v1';
const SMALL_BODY_LIMIT = 1024 * 1024;

/** Routes that take large bodies (bulk imports); every other route is held to 1 MiB. */
const isBulkRoute = (url: string) => /\/(bulk|import)$/.test(url);

export interface CreateAppOptions {
  /** Use Nest's plain logger instead of pino (contract emission, quiet tests). */
  plainLogger?: boolean;
}

export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.BULK_MAX_MEGABYTES * 1024 * 1024,
    genReqId: (req: IncomingMessage) => requestIdOf(req),
    trustProxy: config.trustProxy,
    logger: false,
  });
  const fastify = adapter.getInstance();
  fastify.addHook('onRoute', (route) => {
    if (!isBulkRoute(route.url)) route.bodyLimit = SMALL_BODY_LIMIT;
  });
  fastify.addHook('onRequest', (req, reply, done) => {
    reply.header(REQUEST_ID_HEADER, req.id);
    requestContext.run({ requestId: String(req.id), ip: req.ip }, done);
  });
  // CSV bodies arrive as one buffer; the members/organisations importers parse them as streams.
  fastify.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'buffer' }, (_req, body, done) =>
    done(null, body),
  );

  // Uploads (study materials, essay attachments): one file per request, streamed to FileStorage,
  // cut off at UPLOAD_MAX_MEGABYTES (the storage refuses a truncated file with 413).
  await fastify.register(multipart, {
    limits: { fileSize: config.UPLOAD_MAX_MEGABYTES * 1024 * 1024, files: 1, fields: 20, fieldSize: SMALL_BODY_LIMIT },
  });

  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: !options.plainLogger,
    logger: options.plainLogger ? ['error', 'warn'] : undefined,
  });
  if (!options.plainLogger) app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health', 'health/ready'] });
  app.enableCors({
    origin: config.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean),
    credentials: false,
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', REQUEST_ID_HEADER],
    exposedHeaders: [REQUEST_ID_HEADER, 'Retry-After', 'ETag', 'X-Sync-Until'],
  });
  app.enableShutdownHooks();
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
  await registerQueueDashboard(app, config);
  await app.init();
  return app;
}

export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const document = new DocumentBuilder()
    .setTitle('Quán Triệt API')
    .setDescription(
      'REST API of Quán Triệt (study of Party resolutions) for other systems. ' +
        'Users authenticate with POST /api/v1/auth/login, other systems with OAuth2 client credentials ' +
        '(POST /api/v1/oauth/token); send the access token as a Bearer token. Collections are cursor-paginated ' +
        '(first, after → pageInfo.endCursor) and sync incrementally with updatedSince; single resources carry an ETag. ' +
        'Errors have the shape ErrorBody {statusCode, code, message, fields?, requestId}. See docs/integration.md.',
    )
    .setVersion('1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  return completeOpenApi(app, SwaggerModule.createDocument(app, document));
}
