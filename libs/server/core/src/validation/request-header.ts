import { createParamDecorator, ExecutionContext } from '@nestjs/common';

/**
 * One request header as a string (the first when repeated). Unlike `@Headers(name)` it adds
 * nothing to the OpenAPI document: document the header with `@ApiHeader` (e.g. an optional
 * Idempotency-Key), so the contract says what the route really requires.
 */
export const RequestHeader = createParamDecorator((name: string, context: ExecutionContext): string | undefined => {
  const value = context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers[name];
  return Array.isArray(value) ? value[0] : value;
});
