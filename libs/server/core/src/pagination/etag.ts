import { createHash } from 'node:crypto';
import { applyDecorators, CallHandler, ExecutionContext, Injectable, NestInterceptor, UseInterceptors } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import { map, Observable } from 'rxjs';

/** Weak entity tag of a JSON representation: equal bodies, equal tags; any visible change, a new tag. */
export function etagOf(body: unknown): string {
  return `W/"${createHash('sha256').update(JSON.stringify(body) ?? '').digest('base64url').slice(0, 32)}"`;
}

/** Whether an `If-None-Match` header value matches the tag (weak comparison, lists and `*` allowed). */
export function etagMatches(ifNoneMatch: string | string[] | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return (Array.isArray(ifNoneMatch) ? ifNoneMatch.join(',') : ifNoneMatch)
    .split(',')
    .some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
}

interface HttpRequest {
  method: string;
  headers: Record<string, string | string[] | undefined>;
}
interface HttpReply {
  header(name: string, value: string): unknown;
  status(code: number): unknown;
}

/**
 * ETag on a single resource: the answer carries `ETag`; a GET whose
 * `If-None-Match` names the current tag gets 304 Not Modified without a body.
 * The tag is computed from the body the caller would get, after the scope check.
 */
@Injectable()
export class EtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<HttpRequest>();
    const reply = http.getResponse<HttpReply>();
    return next.handle().pipe(
      map((body) => {
        const etag = etagOf(body);
        reply.header('ETag', etag);
        if ((request.method === 'GET' || request.method === 'HEAD') && etagMatches(request.headers['if-none-match'], etag)) {
          reply.status(304);
          return undefined;
        }
        return body;
      }),
    );
  }
}

/** Controller method decorator: ETag / If-None-Match (304) on a single resource, documented in OpenAPI. */
export function WithEtag(): MethodDecorator {
  return applyDecorators(
    UseInterceptors(EtagInterceptor),
    ApiHeader({
      name: 'If-None-Match',
      required: false,
      description: 'The ETag of the copy you hold; 304 Not Modified (no body) when it is still current',
    }),
    ApiResponse({
      status: 304,
      description: 'Not Modified: the ETag in If-None-Match is current',
      headers: { ETag: { description: 'Current entity tag', schema: { type: 'string' } } },
    }),
  );
}
