import { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { OpenAPIObject } from '@nestjs/swagger';
import { ErrorCode, IS_PUBLIC, POLICIES, POLICY_KEY, policyOf } from '@qt/server-core';

type Json = Record<string, any>;

export const TOKEN_URL = '/api/v1/oauth/token';
const ERROR_REF = { $ref: '#/components/schemas/ErrorBody' };
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/** The one error body of every REST answer ≥ 400 (the exception filter's shape). */
const ERROR_BODY_SCHEMA: Json = {
  type: 'object',
  description: 'Every error: the HTTP status, a stable code, a message, the fields at fault, and the request id to quote to support',
  required: ['statusCode', 'code', 'message'],
  properties: {
    statusCode: { type: 'integer', example: 422 },
    code: { type: 'string', enum: Object.values(ErrorCode), example: ErrorCode.UNPROCESSABLE },
    message: { type: 'string', example: 'endDate is before startDate' },
    fields: {
      type: 'array',
      description: 'The fields at fault (dotted paths for nested values, e.g. rows.3.cardNumber)',
      items: {
        type: 'object',
        required: ['field', 'messages'],
        properties: { field: { type: 'string', example: 'endDate' }, messages: { type: 'array', items: { type: 'string' } } },
      },
    },
    retryAfterSeconds: { type: 'integer', description: 'With 429: seconds to wait (also in the Retry-After header)' },
    requestId: { type: 'string', description: 'The x-request-id of the request' },
  },
};

const ERROR_DESCRIPTIONS: Record<string, string> = {
  '400': 'Bad input: malformed values, unknown fields (the fields are named)',
  '401': 'No valid access token',
  '403': 'Your role or service-account scope does not allow this operation for that organisation',
  '404': 'Not found (or not visible to you)',
  '409': 'Conflicts with the current state (already exists, no longer editable)',
  '422': 'Breaks a rule of the domain (the field is named)',
  '429': 'Too many requests: wait Retry-After seconds',
};

/** Service-account scopes of an operation (the policy table's `clientScopes`, when the operation has any). */
const clientScopesOf = (rule: unknown): string[] => [...((rule as { clientScopes?: readonly string[] } | undefined)?.clientScopes ?? [])];

/** Handler name as @nestjs/swagger names operations (`Controller_method`) → its policy or public mark. */
function handlerPolicies(app: INestApplication): Map<string, { policy?: string; isPublic: boolean }> {
  const out = new Map<string, { policy?: string; isPublic: boolean }>();
  const controllers = [...app.get(ModulesContainer).values()].flatMap((m) => [...m.controllers.values()]);
  for (const wrapper of controllers) {
    const type = wrapper.metatype as (new (...args: unknown[]) => unknown) | undefined;
    if (!type?.prototype) continue;
    const classPublic = Reflect.getMetadata(IS_PUBLIC, type) === true;
    for (const name of Object.getOwnPropertyNames(type.prototype)) {
      const handler = type.prototype[name];
      if (name === 'constructor' || typeof handler !== 'function') continue;
      out.set(`${type.name}_${name}`, {
        policy: Reflect.getMetadata(POLICY_KEY, handler),
        isPublic: classPublic || Reflect.getMetadata(IS_PUBLIC, handler) === true,
      });
    }
  }
  return out;
}

/**
 * Turns the document @nestjs/swagger builds into the contract other systems
 * code against: the shared ErrorBody on every error status an operation can
 * answer, and per operation its security: public, or a Bearer token of a user
 * and, when the policy table opens the operation to service accounts, OAuth2
 * client credentials with the scopes that open it (`x-policy` names the operation).
 */
export function completeOpenApi(app: INestApplication, document: OpenAPIObject): OpenAPIObject {
  const doc = document as unknown as Json;
  doc.components ??= {};
  doc.components.schemas = { ...doc.components.schemas, ErrorBody: ERROR_BODY_SCHEMA };
  doc.components.securitySchemes = {
    bearer: {
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description: 'The access token of a user (POST /api/v1/auth/login) or of a service account (POST /api/v1/oauth/token)',
    },
    oauth2: {
      type: 'oauth2',
      description: 'Service accounts (tài khoản tích hợp) of other systems: client credentials; send the token as Bearer',
      flows: {
        clientCredentials: {
          tokenUrl: TOKEN_URL,
          scopes: Object.fromEntries(
            [...new Set(Object.values(POLICIES).flatMap(clientScopesOf))].sort().map((s) => [s, `Service-account scope ${s}`]),
          ),
        },
      },
    },
  };
  const handlers = handlerPolicies(app);
  for (const [path, item] of Object.entries(doc.paths as Json)) {
    for (const method of METHODS) {
      const op = (item as Json)[method] as Json | undefined;
      if (!op) continue;
      const handler = handlers.get(op.operationId);
      const rule = handler?.policy ? policyOf(handler.policy) : undefined;
      const isPublic = handler?.isPublic ?? (path === '/health' || path === '/health/ready');
      if (isPublic) {
        op.security = [];
      } else {
        const scopes = clientScopesOf(rule);
        op.security = [{ bearer: [] }, ...(scopes.length ? [{ oauth2: scopes }] : [])];
        if (handler?.policy) op['x-policy'] = handler.policy;
      }
      if (op['x-sync-until'] && op.responses?.['200']) {
        delete op['x-sync-until'];
        op.responses['200'].headers = {
          ...op.responses['200'].headers,
          'X-Sync-Until': {
            description: 'Send as updatedSince next time: every change before this instant is committed and was visible to this page',
            schema: { type: 'string', format: 'date-time' },
          },
        };
      }
      const statuses = ['400', '422', '429'];
      if (!isPublic) statuses.push('401', '403');
      if (path.includes('{')) statuses.push('404');
      if (method !== 'get') statuses.push('409');
      op.responses ??= {};
      for (const status of statuses.sort()) {
        const existing = op.responses[status] as Json | undefined;
        if (existing?.content) continue; // a route that documents its own error body (e.g. OAuth2 token errors)
        op.responses[status] = {
          description: existing?.description ?? ERROR_DESCRIPTIONS[status],
          ...(status === '429' ? { headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } } } : {}),
          content: { 'application/json': { schema: ERROR_REF } },
        };
      }
    }
  }
  return document;
}
