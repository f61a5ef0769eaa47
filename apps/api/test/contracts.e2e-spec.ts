import { readFileSync } from 'node:fs';
import { OPENAPI_FILE, renderContracts, SCHEMA_FILE } from '../src/contracts';
import { TestApp } from './support/test-app';

/** Every contract change must show in review: the committed files equal what the code emits. */
describe('committed API contracts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ NODE_ENV: 'development' });
  });
  afterAll(() => t.close());

  it('apps/api/schema.graphql is what the code-first schema prints (run `npm run contracts` if not)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(renderContracts(t.app).schema);
  });

  it('apps/api/openapi.json is what @nestjs/swagger builds (run `npm run contracts` if not)', () => {
    expect(readFileSync(OPENAPI_FILE, 'utf8')).toBe(renderContracts(t.app).openapi);
  });

  it('serves the OpenAPI document at /api/docs-json and the UI at /api/docs', async () => {
    const json = await t.http.get('/api/docs-json');
    expect(json.status).toBe(200);
    expect(json.body.paths['/api/v1/organisations']).toBeDefined();
    expect(json.body.components.securitySchemes.bearer).toEqual(expect.objectContaining({ scheme: 'bearer' }));
    const ui = await t.http.get('/api/docs');
    expect([200, 301, 302]).toContain(ui.status);
  });
});
