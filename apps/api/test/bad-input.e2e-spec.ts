import { Role } from '@qt/shared-domain';
import { TestApp, TestOrg } from './support/test-app';

/** Malformed input anywhere gets 400 (or a GraphQL error with a code) naming the field, never a 500. */
describe('bad input is refused clearly', () => {
  let t: TestApp;
  let root: TestOrg;
  let admin: string;

  beforeAll(async () => {
    t = await TestApp.start();
    root = await t.root();
    admin = await t.tokenFor([[Role.ADMIN, root]]);
  });
  afterAll(() => t.close());

  const auth = () => ({ authorization: `Bearer ${admin}` });

  it('GraphQL: wrong enum, unknown input field and wrong type are refused before any resolver runs', async () => {
    const wrongEnum = await t.gql(admin, `mutation { createOrganisation(input: { code: "X1", name: "X", kind: TEAM, parentId: "${root.id}" }) { id } }`);
    expect(wrongEnum.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(wrongEnum.errors?.[0].message).toMatch(/TEAM/);
    const unknown = await t.gql(admin, `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`, {
      input: { code: 'X1', name: 'X', kind: 'CELL', parentId: root.id, organisationId: root.id },
    });
    expect(unknown.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0].message).toMatch(/organisationId/);
    const wrongType = await t.gql(admin, `query($first: Int) { organisations(first: $first) { nodes { id } } }`, { first: 'ten' });
    expect(wrongType.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(wrongType.errors?.[0].message).toMatch(/\$first/);
  });

  it('GraphQL: class-validator errors come back as BAD_USER_INPUT with the fields', async () => {
    const res = await t.gql(admin, `mutation { createOrganisation(input: { code: "bad code", name: "${'x'.repeat(300)}", kind: CELL, parentId: "${root.id}", termStart: "31/12/2020" }) { id } }`);
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions.fields?.map((f) => f.field).sort()).toEqual(['code', 'name', 'termStart']);
  });

  it('GraphQL: a malformed id names the argument', async () => {
    const res = await t.gql(admin, `{ organisation(id: "123") { id } }`);
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions.fields?.[0].field).toBe('id');
  });

  it('REST: unknown ids are 404, malformed ids 400, oversized bodies 413, wrong media types 415', async () => {
    const missing = await t.http.get('/api/v1/organisations/00000000-0000-4000-8000-000000000000').set(auth());
    expect(missing.status).toBe(404);
    const malformed = await t.http.get('/api/v1/organisations/123').set(auth());
    expect(malformed.status).toBe(400);
    const big = await t.http.post('/api/v1/organisations').set(auth()).send({ code: 'X', name: 'x'.repeat(2 * 1024 * 1024), kind: 'CELL', parentId: root.id });
    expect(big.status).toBe(413);
    const xml = await t.http.post('/api/v1/organisations').set(auth()).set('content-type', 'application/xml').send('<x/>');
    expect(xml.status).toBe(415);
    const arrayBody = await t.http.post('/api/v1/organisations').set(auth()).send([{ code: 'X' }]);
    expect(arrayBody.status).toBe(400);
  });

  it('REST: invalid dates, including impossible ones, name the field', async () => {
    const res = await t.http.post('/api/v1/organisations').set(auth()).send({ code: 'X9', name: 'X', kind: 'CELL', parentId: root.id, activeFrom: '2026-02-30' });
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([expect.objectContaining({ field: 'activeFrom' })]);
  });
});

describe('GraphQL query limits', () => {
  let t: TestApp;
  let admin: string;
  let root: TestOrg;
  beforeAll(async () => {
    t = await TestApp.start();
    root = await t.root();
    admin = await t.tokenFor([[Role.ADMIN, root]]);
  });
  afterAll(() => t.close());

  it('refuses nesting that would multiply pages beyond the cost limit, before running anything', async () => {
    const deep = await t.gql(admin, `query($id: ID!) { organisation(id: $id) { children { nodes { parent { children { nodes { parent { children { nodes { id } } } } } } } } } }`, { id: root.id });
    expect(deep.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(deep.errors?.[0].message).toMatch(/^Query cost \d+ exceeds 50000/);
    expect(deep.data).toBeUndefined();
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: me { id }`).join(' ');
    const res = await t.gql(admin, `{ ${aliases} }`);
    expect(res.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toBe('Query uses 31 aliases, more than 30');
  });

  it('allows the admin tree query the SPA sends', async () => {
    const res = await t.gql(admin, `{ organisationRoots { id code name kind childCount dissolvedOn children(first: 100) { nodes { id code name kind childCount dissolvedOn } pageInfo { hasNextPage endCursor } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.organisationRoots[0].id).toBe(root.id);
  });
});
