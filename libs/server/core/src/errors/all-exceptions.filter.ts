import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { GqlContextType } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import { toErrorBody } from './to-error-body';

/**
 * One mapper for both transports: REST gets `{statusCode, code, message, fields}`,
 * GraphQL gets an error with `extensions.code`, `extensions.fields` and the status.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost) {
    const body = toErrorBody(exception);
    if (body.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? exception.stack ?? exception.message : String(exception));
    }
    if (host.getType<GqlContextType>() === 'graphql') {
      return new GraphQLError(body.message, {
        extensions: {
          code: body.code,
          status: body.statusCode,
          ...(body.fields ? { fields: body.fields } : {}),
          ...(body.retryAfterSeconds ? { retryAfterSeconds: body.retryAfterSeconds } : {}),
        },
      });
    }
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    if (body.retryAfterSeconds) reply.header('Retry-After', String(body.retryAfterSeconds));
    if (body.statusCode === 503) reply.header('Retry-After', '1');
    return reply.status(body.statusCode).send({ ...body, requestId: request?.id });
  }
}
