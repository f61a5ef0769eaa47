import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { TestApp, TestOrg } from './support/test-app';

/** Nested GraphQL fields are batched per request: the statement count does not grow with the rows. */
describe('GraphQL nested fields are batched (no N+1)', () => {
  let t: TestApp;
  let root: TestOrg;
  let token: string;

  beforeAll(async () => {
    t = await TestApp.start();
    root = await t.root();
    token = await t.tokenFor([[Role.PROPAGANDA_BOARD, root]]);
  });
  afterAll(() => t.close());

  async function statementsFor(parent: TestOrg): Promise<{ count: number; children: number }> {
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      const res = await t.gql(
        token,
        `query($id: ID!) { organisation(id: $id) { children(first: 100) { nodes {
            id childCount descendantCount memberCount parent { id } offices { memberName }
            children(first: 5) { nodes { id childCount } } } } } }`,
        { id: parent.id },
      );
      expect(res.errors).toBeUndefined();
      return { count: spy.mock.calls.length, children: res.data.organisation.children.nodes.length };
    } finally {
      spy.mockRestore();
    }
  }

  async function committeeWith(children: number): Promise<TestOrg> {
    const committee = await t.org(root, K.UPPER_GRASSROOTS);
    for (let i = 0; i < children; i++) {
      const child = await t.org(committee, K.GRASSROOTS);
      const cell = await t.org(child, K.CELL);
      await t.member(cell);
    }
    return committee;
  }

  it('uses the same number of statements for 3 children as for 30', async () => {
    const small = await statementsFor(await committeeWith(3));
    const large = await statementsFor(await committeeWith(30));
    expect(small.children).toBe(3);
    expect(large.children).toBe(30);
    expect(small.count).toBeGreaterThanOrEqual(6); // the spy sees the real statements
    expect(large.count).toBe(small.count);
    // login-time user load + root + one per field kind, whatever the number of rows
    expect(large.count).toBeLessThanOrEqual(10);
  });
});
