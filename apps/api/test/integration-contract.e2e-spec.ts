import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { OrganisationKind as K, Role } from '@qt/shared-domain';
import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { OPENAPI_FILE } from '../src/contracts';
import { apiClient } from './support/api-client';
import { createSession, studyTree, StudyTree } from './support/sessions-fixtures';
import { TestApp } from './support/test-app';

type Json = Record<string, any>;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/**
 * Validates with @apidevtools/swagger-parser in a plain Node process (jest's
 * module transform breaks its ESM dependencies): resolves every $ref and checks
 * the document against the OpenAPI 3 schema. Returns the error message, or ''.
 */
function validateOpenApi(document: Json): string {
  const script = `require('@apidevtools/swagger-parser').validate(JSON.parse(require('fs').readFileSync(0, 'utf8')))
    .then(() => process.stdout.write('')).catch((e) => process.stdout.write(e.message))`;
  return execFileSync(process.execPath, ['-e', script], { input: JSON.stringify(document), cwd: process.cwd(), encoding: 'utf8' });
}

/**
 * The document's schemas as JSON Schema for ajv, made strict: an object schema
 * with properties allows no other property, and OpenAPI's `nullable` becomes `anyOf [_, null]`.
 */
function closed(document: Json): Json {
  const copy = JSON.parse(JSON.stringify(document));
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    const schema: Json = {};
    for (const [key, value] of Object.entries(node as Json)) schema[key] = walk(value);
    if (schema.type === 'object' && schema.properties && schema.additionalProperties === undefined) schema.additionalProperties = false;
    if (schema.nullable === true) {
      const { nullable: _n, description: _d, example: _e, ...rest } = schema;
      return { anyOf: [rest, { type: 'null' }] };
    }
    return schema;
  };
  copy.components.schemas = walk(copy.components.schemas);
  copy.paths = walk(copy.paths);
  return copy;
}

/**
 * The OpenAPI document as a contract: valid OpenAPI 3 (swagger-parser), every
 * documented route answers (no 404 "no such route", no 405), every error body
 * is the documented ErrorBody, and the main GET routes answer exactly their
 * documented schemas (no undocumented field, none missing, right formats).
 */
describe('integration: the OpenAPI contract', () => {
  let t: TestApp;
  let tree: StudyTree;
  let admin: string;
  let served: Json;
  let ajv: Ajv;

  beforeAll(async () => {
    t = await TestApp.start();
    tree = await studyTree(t);
    admin = await t.tokenFor([[Role.ADMIN, tree.root]]);
    served = (await t.http.get('/api/docs-json')).body;
    ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    addFormats(ajv);
    ajv.addSchema(closed(served), 'openapi.json');
  });
  afterAll(() => t.close());

  const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
  const validator = (path: string, method: string, status: string): ValidateFunction => {
    const ref = `openapi.json#/paths/${pointer(path, method, 'responses', status, 'content', 'application/json', 'schema')}`;
    return ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
  };

  it('is a valid OpenAPI 3 document, served and committed, with the shared error body and both security schemes', async () => {
    expect(validateOpenApi(served)).toBe('');
    expect(validateOpenApi(JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')))).toBe('');
    const broken = JSON.parse(JSON.stringify(served));
    broken.paths['/api/v1/organisations'].get.responses['200'].content['application/json'].schema = { $ref: '#/components/schemas/Nope' };
    expect(validateOpenApi(broken)).toContain('Nope'); // the validator bites
    expect(served.components.securitySchemes.oauth2.flows.clientCredentials.tokenUrl).toBe('/api/v1/oauth/token');
    expect(served.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const [path, item] of Object.entries<Json>(served.paths)) {
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        const secured = op.security.length > 0;
        for (const status of ['400', '422', '429', ...(secured ? ['401', '403'] : [])]) {
          // ErrorBody everywhere; the OAuth2 token endpoint answers RFC 6749 errors and documents them itself.
          const schema = op.responses[status]?.content?.['application/json']?.schema;
          expect([path, method, status, path.endsWith('/oauth/token') ? !!schema : schema]).toEqual(
            [path, method, status, path.endsWith('/oauth/token') ? true : { $ref: '#/components/schemas/ErrorBody' }],
          );
        }
        const success = Object.keys(op.responses).filter((s) => s.startsWith('2'));
        expect([path, method, success.length > 0]).toEqual([path, method, true]);
      }
    }
  });

  it('every documented route exists: no 404 "no such route", no 405, no 500; every error is the documented ErrorBody', async () => {
    const missing = await t.http.get('/api/v1/no-such-route-anywhere').set('authorization', `Bearer ${admin}`);
    expect(missing.status).toBe(404);
    const noRoute = (body: Json) => typeof body?.message === 'string' && /^Cannot (GET|POST|PUT|PATCH|DELETE) /.test(body.message);
    expect(noRoute(missing.body)).toBe(true);

    const problems: string[] = [];
    const routes = Object.entries<Json>(served.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).map((method) => ({ path, method })));
    // Logging out last: it ends the caller's session.
    routes.sort((a, b) => Number(a.path.endsWith('/logout')) - Number(b.path.endsWith('/logout')));
    for (const { path, method } of routes) {
      const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      let req = t.http[method](url).set('authorization', `Bearer ${admin}`);
      if (method !== 'get' && method !== 'delete') req = req.send({});
      const res = await req;
      const label = `${method.toUpperCase()} ${path} → ${res.status}`;
      if (res.status === 405 || (res.status === 404 && noRoute(res.body))) problems.push(`${label}: not routed`);
      if (res.status >= 500) problems.push(`${label}: ${JSON.stringify(res.body).slice(0, 200)}`);
      if (res.status >= 400 && res.headers['content-type']?.startsWith('application/json')) {
        // The error as documented for that status (ErrorBody, unless the route documents its own).
        const documented = served.paths[path][method].responses[String(res.status)];
        const validate = documented?.content?.['application/json']
          ? validator(path, method, String(res.status))
          : ajv.compile({ $ref: 'openapi.json#/components/schemas/ErrorBody' });
        if (!validate(res.body)) problems.push(`${label}: not as documented ${JSON.stringify(validate.errors).slice(0, 300)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(routes.length).toBeGreaterThan(100);
  });

  it('the main GET routes answer exactly their documented schemas, through the typed client', async () => {
    const session = await createSession(t, tree.officeA, { campaignId: tree.campaign.id, organiserOrganisationId: tree.grassA.id });
    await t.org(tree.upperB, K.CELL, 'Chi bộ Vụ Hợp tác quốc tế');
    const api = await apiClient(t, admin);
    const member = tree.a1[0];
    const calls: [string, Promise<{ data?: unknown; response: Response }>][] = [
      ['/api/v1/organisations', api.GET('/api/v1/organisations', { params: { query: { first: 100 } } })],
      ['/api/v1/organisations/roots', api.GET('/api/v1/organisations/roots')],
      ['/api/v1/organisations/{id}', api.GET('/api/v1/organisations/{id}', { params: { path: { id: tree.cellA1.id } } })],
      ['/api/v1/organisations/{id}/offices', api.GET('/api/v1/organisations/{id}/offices', { params: { path: { id: tree.cellA1.id } } })],
      ['/api/v1/members', api.GET('/api/v1/members', { params: { query: { first: 100, orderBy: 'UPDATED_AT' } } })],
      ['/api/v1/members/{id}', api.GET('/api/v1/members/{id}', { params: { path: { id: member.id } } })],
      ['/api/v1/members/{id}/memberships', api.GET('/api/v1/members/{id}/memberships', { params: { path: { id: member.id } } })],
      ['/api/v1/campaigns', api.GET('/api/v1/campaigns', {})],
      ['/api/v1/campaigns/{id}', api.GET('/api/v1/campaigns/{id}', { params: { path: { id: tree.campaign.id } } })],
      ['/api/v1/sessions', api.GET('/api/v1/sessions', { params: { query: { campaignId: tree.campaign.id } } })],
      ['/api/v1/sessions/{id}', api.GET('/api/v1/sessions/{id}', { params: { path: { id: session.id } } })],
      ['/api/v1/sessions/{id}/participants', api.GET('/api/v1/sessions/{id}/participants', { params: { path: { id: session.id } } })],
    ];
    for (const [path, call] of calls) {
      const { data, response } = await call;
      expect([path, response.status]).toEqual([path, 200]);
      const validate = validator(path, 'get', '200');
      const ok = validate(data);
      expect([path, ok ? [] : validate.errors]).toEqual([path, []]);
    }
    // The check bites: an undocumented field is refused.
    const { data } = await api.GET('/api/v1/organisations/{id}', { params: { path: { id: tree.cellA1.id } } });
    expect(validator('/api/v1/organisations/{id}', 'get', '200')({ ...data, path: '/x/' })).toBe(false);
  });
});
