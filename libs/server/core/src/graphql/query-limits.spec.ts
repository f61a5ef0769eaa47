import { buildSchema, parse, validate } from 'graphql';
import { queryLimitsRule } from './query-limits';

const schema = buildSchema(`
  type PageInfo { hasNextPage: Boolean! }
  type Org { id: ID! name: String! parent: Org children(first: Int): OrgConnection! offices: [Office!]! }
  type Office { name: String! }
  type OrgConnection { nodes: [Org!]! pageInfo: PageInfo! }
  type Query { org(id: ID!): Org roots: [Org!]! orgs(first: Int): OrgConnection! }
`);

const check = (query: string, limits = { maxDepth: 6, maxCost: 1000, maxAliases: 3 }) =>
  validate(schema, parse(query), [queryLimitsRule(limits)]).map((e) => e.message);

describe('GraphQL query limits', () => {
  it('costs a connection by its page size and its nodes once', () => {
    // orgs(1) + 10 × (nodes + id + name) ≈ 31
    expect(check('{ orgs(first: 10) { nodes { id name } } }')).toEqual([]);
    expect(check('{ orgs(first: 10) { nodes { id name } } }', { maxDepth: 6, maxCost: 20, maxAliases: 3 })).toEqual([
      expect.stringMatching(/^Query cost \d+ exceeds 20/),
    ]);
  });

  it('multiplies nested pages and assumes the maximum page when `first` is a variable or missing', () => {
    expect(check('{ orgs(first: 10) { nodes { children(first: 10) { nodes { id } } } } }')).toEqual([]);
    expect(check('query($n: Int) { orgs(first: $n) { nodes { children { nodes { id } } } } }')).toEqual([
      expect.stringMatching(/^Query cost/),
    ]);
  });

  it('counts depth through fragments and refuses deep queries', () => {
    const deep = '{ org(id: 1) { parent { parent { parent { parent { parent { parent { id } } } } } } } }';
    expect(check(deep)).toEqual(['Query depth 8 exceeds 6']);
    const viaFragment = 'fragment P on Org { parent { parent { parent { parent { parent { id } } } } } } { org(id: 1) { parent { ...P } } }';
    expect(check(viaFragment)).toEqual(['Query depth 8 exceeds 6']);
  });

  it('counts aliases', () => {
    expect(check('{ a: roots { id } b: roots { id } c: roots { id } d: roots { id } }')).toEqual(['Query uses 4 aliases, more than 3']);
  });
});
