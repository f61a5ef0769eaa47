/**
 * Hostile input against every study operation (REST from openapi.json, GraphQL from schema.graphql):
 * malformed ids, wrong types, unknown fields, oversized strings, impossible dates, garbage query values.
 * The bar: a clear 4xx with `code`/`message` (and `fields` naming the property for validation errors),
 * or a GraphQL error with a code other than INTERNAL_SERVER_ERROR — never a 500.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OrganisationKind, Role } from '@qt/shared-domain';
import {
  buildSchema,
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';
import { Response } from 'supertest';
import { insertExemption } from './support/campaigns-fixtures';
import { insertMeeting } from './support/cell-life-fixtures';
import { insertProgramme } from './support/programmes-fixtures';
import { inMinutes } from './support/sessions-fixtures';
import { insertCampaign, insertResolution, insertSession, insertSpeaker } from './support/study-fixtures';
import { TestApp, TestMember, TestOrg } from './support/test-app';

const ZERO = '00000000-0000-0000-0000-000000000000';
const BIG = 'x'.repeat(10_000);

// --- the OpenAPI document -----------------------------------------------------------------------------

interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  example?: unknown;
}
interface Parameter {
  name: string;
  required?: boolean;
  in: 'path' | 'query' | 'header';
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}

const openapi = JSON.parse(readFileSync(join(__dirname, '../openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

const STUDY_PATH =
  /^\/api\/v1\/(resolutions|materials|campaigns|exemptions|sessions|essays|notifications|speakers|action-programmes|personal-plans|cell-meetings|cell-checks|registrations|ratings)(\/|$)|^\/api\/v1\/organisations\/\{id\}\/campaign-obligations$/;
/** Operations that end, cancel or delete their resource: their bodies are tried against an unknown id so the fixtures survive. */
const DESTRUCTIVE = /\/(cancel|close|end|issue|submit|regenerate|unassign|remove)$/;

const operations = Object.entries(openapi.paths)
  .filter(([path]) => STUDY_PATH.test(path))
  .flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, method, path, op })),
  );

function resolve(s: Schema | undefined): Schema {
  if (!s) return {};
  if (s.$ref) return resolve(openapi.components.schemas[s.$ref.split('/').pop() as string]);
  if (s.allOf?.length === 1) return { ...resolve(s.allOf[0]), ...s, allOf: undefined };
  const alt = s.oneOf ?? s.anyOf;
  if (alt?.length) return resolve(alt.find((x) => x.$ref) ?? alt[0]);
  return s;
}

// --- value builders shared by REST and GraphQL ----------------------------------------------------

interface Ids {
  root: TestOrg;
  cell: TestOrg;
  member: TestMember;
  other: TestMember;
  resolution: string;
  material: string;
  campaign: string;
  exemption: string;
  session: string;
  speaker: string;
  training: string;
  assignment: string;
  essay: string;
  programme: string;
  item: string;
  milestone: string;
  plan: string;
  meeting: string;
  registration: string;
}
let ids: Ids;
let seq = 0;

/** A real id for a property or argument named `name` (in the context of a resource), else the nil UUID. */
function idFor(name: string, resource = ''): string {
  const n = name.replace(/Ids?$/, '').toLowerCase();
  const byName: Record<string, string> = {
    member: ids.member.id, campaign: ids.campaign, session: ids.session, speaker: ids.speaker, resolution: ids.resolution,
    essay: ids.essay, programme: ids.programme, item: ids.item, milestone: ids.milestone, training: ids.training,
    assignment: ids.assignment, meeting: ids.meeting, plan: ids.plan, material: ids.material, exemption: ids.exemption,
    registration: ids.registration, within: ids.root.id, organiser: ids.root.id, issuerorganisation: ids.root.id,
    organiserorganisation: ids.root.id, organisation: ids.cell.id, ownerorganisation: ids.cell.id, subject: ids.cell.id,
  };
  if (n !== '' && n !== 'id') return byName[n] ?? ZERO;
  const r = resource.toLowerCase();
  const byResource: [RegExp, string][] = [
    [/programmeitem|items/, ids.item], [/milestone/, ids.milestone], [/programme/, ids.programme],
    [/personalplan|personal-plans/, ids.plan], [/cellmeeting|cell-meetings/, ids.meeting], [/registration/, ids.registration],
    [/training/, ids.training], [/speakerassignment/, ids.assignment], [/speaker/, ids.speaker], [/session/, ids.session],
    [/essay/, ids.essay], [/exemption/, ids.exemption], [/material/, ids.material], [/resolution/, ids.resolution],
    [/campaign/, ids.campaign], [/organisation/, ids.cell.id],
  ];
  return byResource.find(([re]) => re.test(r))?.[1] ?? ZERO;
}

const isDateName = (name: string) => /^(from|to|since|asOf|deadline|onDate|activeOn)$|(On|Date|From|To)$/.test(name);
/** A week ahead; a pre-briefing an hour before that. */
const soon = (name = '') => new Date(Date.now() + 7 * 86_400_000 - (/^pre/.test(name) ? 3_600_000 : 0)).toISOString();

function sampleNumber(name: string, min?: number, max?: number): number {
  if (/year/i.test(name)) return 2026;
  if (/Minutes$/.test(name)) return 60;
  if (name === 'first') return 10;
  const v = min ?? 1;
  return max !== undefined && v > max ? max : v;
}

function sampleString(name: string): string {
  if (name === 'code') return `HT-X-${++seq}`;
  if (/url/i.test(name)) return 'https://example.gov.vn/tai-lieu.pdf';
  if (/email/i.test(name)) return 'thu@example.gov.vn';
  if (/month/i.test(name)) return '2026-06';
  return `Nội dung thử ${++seq}`;
}

// --- REST --------------------------------------------------------------------------------------------

/** A well-formed value for a schema (every property filled), with real ids where the name says which. */
function sample(s0: Schema | undefined, name: string, resource: string): unknown {
  const s = resolve(s0);
  if (s.enum?.length) return s.enum[0];
  if (s.properties) {
    return Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, sample(v, k, resource)]));
  }
  switch (s.type) {
    case 'array':
      return [sample(s.items, name, resource)];
    case 'number':
    case 'integer':
      return typeof s.example === 'number' ? s.example : sampleNumber(name, s.minimum, s.maximum);
    case 'boolean':
      return true;
    case 'string':
      if (s.format === 'uuid') return idFor(name, resource);
      if (s.format === 'date') return '2026-06-20';
      if (s.format === 'date-time') return soon(name);
      return typeof s.example === 'string' && name !== 'code' ? s.example : sampleString(name);
    default:
      return {};
  }
}

function wrongType(s0: Schema | undefined): unknown {
  const s = resolve(s0);
  if (s.enum?.length) return 42;
  if (s.properties) return 'not an object';
  switch (s.type) {
    case 'array':
      return { not: 'an array' };
    case 'number':
    case 'integer':
      return 'abc';
    case 'boolean':
      return 'yes';
    case 'string':
      return 12345;
    default:
      return 12345;
  }
}

/** Every property node of a body schema, with its path (into the first element of arrays of objects). */
function properties(s0: Schema | undefined, path: (string | number)[] = [], depth = 0): { path: (string | number)[]; schema: Schema }[] {
  const s = resolve(s0);
  if (!s.properties || depth > 2) return [];
  return Object.entries(s.properties).flatMap(([k, v]) => {
    const r = resolve(v);
    const here = { path: [...path, k], schema: r };
    if (r.properties) return [here, ...properties(r, [...path, k], depth + 1)];
    if (r.type === 'array' && resolve(r.items).properties) return [here, ...properties(r.items, [...path, k, 0], depth + 1)];
    return [here];
  });
}

function withValue(base: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
  return copy;
}

interface Check {
  label: string;
  /** The input field a 400 must name (dotted); omitted when any field will do. */
  field?: string;
  /** Must be refused with 400. */
  must400?: boolean;
}

function judge(res: Response, c: Check): string[] {
  const problems: string[] = [];
  const body = res.body ?? {};
  const brief = `${c.label} → ${res.status} ${JSON.stringify(body).slice(0, 300)}`;
  if (res.status >= 500) return [brief];
  if (res.status >= 400) {
    if (!body.code || !body.message) problems.push(`no code/message: ${brief}`);
    if (res.status === 400 && body.code === 'BAD_USER_INPUT' && c.field !== undefined) {
      const fields: { field: string; messages: string[] }[] = body.fields ?? [];
      const field = c.field;
      const top = field.split('.')[0];
      const named = fields.filter((f) => f.field === field || f.field.startsWith(`${field}.`) || field.startsWith(`${f.field}.`) || f.field === top);
      if (c.must400 && !named.length) problems.push(`fields do not name ${field}: ${brief}`);
      if (!c.must400 && !fields.length) problems.push(`400 without fields: ${brief}`);
      if (fields.some((f) => f.field === field && f.messages.includes(`${field} is not an allowed field`)) && !field.startsWith('zz')) {
        problems.push(`documented property has no validator: ${brief}`);
      }
    }
  }
  if (c.must400 && res.status !== 400) problems.push(`expected 400: ${brief}`);
  return problems;
}

// --- GraphQL -------------------------------------------------------------------------------------------

const schema = buildSchema(readFileSync(join(__dirname, '../schema.graphql'), 'utf8'));
/** Fields of Query/Mutation that belong to other modules. */
const NOT_STUDY = new Set([
  'assignCommitteeOffice', 'assignRole', 'bulkUpsertMembers', 'createMember', 'createOrganisation', 'createUser',
  'dissolveOrganisation', 'endCommitteeOffice', 'moveOrganisation', 'revokeRole', 'setUserEmail', 'transferMember',
  'updateMember', 'updateOrganisation', 'auditLog', 'me', 'member', 'members', 'myMemberRecord', 'organisation',
  'organisationRoots', 'organisations', 'users', 'setUserActive', 'login', 'refresh', 'logout',
]);
const GQL_DESTRUCTIVE = /^(close|cancel|delete|remove|end|unassign|issue|submit|regenerate)/;

const gqlFields = (['Query', 'Mutation'] as const).flatMap((root) => {
  const type = schema.getType(root) as GraphQLObjectType;
  return Object.values(type.getFields())
    .filter((f) => f.args.length > 0 && !NOT_STUDY.has(f.name))
    .map((f) => ({ name: `${root === 'Query' ? 'query' : 'mutation'} ${f.name}`, kind: root === 'Query' ? 'query' : 'mutation', field: f }));
});

function gqlDocument(kind: string, f: GraphQLField<unknown, unknown>): string {
  const defs = f.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = f.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(f.type)) ? '' : ' { __typename }';
  return `${kind}(${defs}) { ${f.name}(${args})${selection} }`;
}

function gqlSample(type: GraphQLInputType, name: string, resource: string, zeroIds: boolean): unknown {
  if (isNonNullType(type)) return gqlSample(type.ofType, name, resource, zeroIds);
  if (isListType(type)) return [gqlSample(type.ofType, name, resource, zeroIds)];
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, gqlSample(f.type, f.name, resource, zeroIds)]));
  }
  if (isEnumType(type)) return type.getValues()[0].name;
  const idLike = type.name === 'ID' || /Ids?$/.test(name);
  if (idLike) return zeroIds ? ZERO : idFor(name, resource);
  switch (type.name) {
    case 'Int':
      return sampleNumber(name);
    case 'Float':
      return 0.5;
    case 'Boolean':
      return true;
    case 'DateTime':
      return soon(name);
    case 'JSON':
      return {};
    default:
      return isDateName(name) ? '2026-06-20' : sampleString(name);
  }
}

function gqlWrong(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return gqlWrong(type.ofType);
  if (isListType(type)) return { not: 'a list' };
  if (isInputObjectType(type)) return 'not an object';
  if (isEnumType(type)) return 'NOT_A_VALUE';
  switch (type.name) {
    case 'ID':
      return true;
    case 'Int':
    case 'Float':
      return 'abc';
    case 'Boolean':
      return 'yes';
    default:
      return 12345;
  }
}

/** A well-typed but invalid value, or undefined when the type admits none. */
function gqlInvalid(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return gqlInvalid(type.ofType, name);
  if (isListType(type)) return [];
  if (isInputObjectType(type) || isEnumType(type)) return undefined;
  if (type.name === 'ID' || /Ids?$/.test(name)) return 'not-a-uuid';
  switch (type.name) {
    case 'Int':
    case 'Float':
      return -1;
    case 'Boolean':
    case 'JSON':
      return undefined;
    case 'DateTime':
      return '2026-02-30T10:00:00Z';
    default:
      return isDateName(name) ? '2026-02-30' : '';
  }
}

function gqlLeaves(type: GraphQLInputType, path: (string | number)[], depth = 0): { path: (string | number)[]; type: GraphQLInputType; name: string }[] {
  const here = { path, type, name: String(path[path.length - 1]) };
  const inner = isNonNullType(type) ? type.ofType : type;
  if (depth > 3) return [here];
  if (isInputObjectType(inner)) {
    return [here, ...Object.values(inner.getFields()).flatMap((f) => gqlLeaves(f.type, [...path, f.name], depth + 1))];
  }
  if (isListType(inner)) {
    const item = isNonNullType(inner.ofType) ? inner.ofType.ofType : inner.ofType;
    if (isInputObjectType(item)) return [here, ...gqlLeaves(inner.ofType, [...path, 0], depth + 1)];
  }
  return [here];
}

// --- the tests -------------------------------------------------------------------------------------------

describe('hostile input against the study modules', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await TestApp.start();
    const root = await t.root();
    const upper = await t.org(root, OrganisationKind.UPPER_GRASSROOTS);
    const cell = await t.org(upper, OrganisationKind.CELL);
    const adminMember = await t.member(root);
    const member = await t.member(cell);
    const other = await t.member(cell);
    // ADMIN, plus the propaganda board for the few oversight ops ADMIN does not hold (personalPlan.oversee)
    admin = await t.tokenFor([[Role.ADMIN, root], [Role.PROPAGANDA_BOARD, root]], adminMember.id);
    const resolution = (await insertResolution(t)).id;
    const campaign = await insertCampaign(t, { issuer: root, resolutionIds: [resolution], programmeRequired: true, personalPlansRequired: true });
    const session = await insertSession(t, {
      campaign, organiser: root, startsAt: inMinutes(-30), participants: [{ member }, { member: other }, { member: adminMember }],
    });
    const speaker = await insertSpeaker(t, { organisation: root, level: 'BLOC', member: adminMember });
    await insertExemption(t, other, { reason: 'OTHER', basis: 'Công tác nước ngoài', validFrom: '2026-01-01' });
    const programme = await insertProgramme(t, { campaign, committee: upper, status: 'ISSUED' });
    const meeting = await insertMeeting(t, cell, { heldOn: '2026-05-05', attendance: [{ member, status: 'PRESENT' }] });
    const one = async (sql: string, params: unknown[] = []) => (await t.query<{ id: string }>(sql, params))[0].id;
    const item = await one(`SELECT id FROM action_programme_items WHERE programme_id = $1`, [programme.id]);
    ids = {
      root, cell, member, other, resolution, campaign: campaign.id, session: session.id, speaker: speaker.id, programme: programme.id, item,
      meeting: meeting.id,
      material: await one(`INSERT INTO resolution_materials (resolution_id, kind, title, url) VALUES ($1, 'STUDY', 'Tài liệu', 'https://example.gov.vn/a.pdf') RETURNING id`, [resolution]),
      exemption: await one(`SELECT id FROM member_exemptions WHERE member_id = $1`, [other.id]),
      training: await one(`INSERT INTO speaker_trainings (speaker_id, title, held_on) VALUES ($1, 'Tập huấn', '2026-03-01') RETURNING id`, [speaker.id]),
      assignment: await one(`INSERT INTO speaker_assignments (speaker_id, year, description) VALUES ($1, 2026, 'Phụ trách') RETURNING id`, [speaker.id]),
      essay: await one(`INSERT INTO essays (campaign_id, member_id, organisation_id, body, word_count) VALUES ($1, $2, $3, 'Bài thu hoạch', 400) RETURNING id`, [campaign.id, member.id, cell.id]),
      milestone: await one(`INSERT INTO action_programme_milestones (item_id, due_on, description) VALUES ($1, '2026-10-01', 'Mốc 1') RETURNING id`, [item]),
      plan: await one(`INSERT INTO personal_action_plans (campaign_id, member_id, organisation_id, content, status, submitted_at)
                       VALUES ($1, $2, $3, 'Kế hoạch cá nhân', 'SUBMITTED', now()) RETURNING id`, [campaign.id, member.id, cell.id]),
      registration: await one(`INSERT INTO registrations (year, organisation_id, target_rating, registered_on) VALUES (2026, $1, 'GOOD', '2026-01-15') RETURNING id`, [cell.id]),
    };
  });
  afterAll(() => t.close());

  const send = (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const req = t.http[method as 'get'](url).set('authorization', `Bearer ${admin}`).set(headers);
    return body === undefined ? req : req.send(body as object);
  };

  describe('REST', () => {
    it.each(operations.map((o) => [o.name, o] as const))('%s', async (_name, { method, path, op }) => {
      const params = op.parameters ?? [];
      /** The collection the path's `{id}` belongs to: /api/v1/<resource>/{id}/... */
      const resource = path.split('/')[3];
      const pathParams = params.filter((p) => p.in === 'path').map((p) => p.name);
      // required query parameters get well-formed values, so a garbage value of another is what gets refused
      const required = params.filter((p) => p.in === 'query' && p.required);
      const query = (over: Record<string, string> = {}) => {
        const q = new URLSearchParams(required.map((p) => [p.name, String(sample(p.schema, p.name, resource))]));
        for (const [k, v] of Object.entries(over)) q.set(k, v);
        const s = q.toString();
        return s ? `?${s}` : '';
      };
      const url = (over: Record<string, string> = {}, zeroAll = false) =>
        path.replace(/\{(\w+)\}/g, (_m, p: string) => encodeURIComponent(over[p] ?? (zeroAll ? ZERO : idFor(p === 'id' ? '' : p, resource)))) + query();
      const headers = Object.fromEntries(params.filter((p) => p.in === 'header' && p.name !== 'content-type').map((p) => [p.name, `hostile-${++seq}`]));
      const jsonBody = op.requestBody?.content['application/json']?.schema;
      const bodySchema = jsonBody ? resolve(jsonBody) : undefined;
      const base = bodySchema?.properties ? sample(bodySchema, '', resource) : undefined;
      const destructive = method === 'delete' || DESTRUCTIVE.test(path);
      const problems: string[] = [];
      const run = async (c: Check, u: string, body?: unknown) => problems.push(...judge(await send(method, u, body, headers), c));

      // (a) malformed and unknown path ids
      for (const p of pathParams) {
        await run({ label: `${p}=not-a-uuid`, field: p, must400: true }, url({ [p]: 'not-a-uuid' }), base);
        await run({ label: `${p}=nil uuid` }, url({ [p]: ZERO }), base);
      }

      // (b) bodies
      if (bodySchema?.properties) {
        const target = url({}, destructive);
        await run({ label: 'empty object' }, target, {});
        await run({ label: 'unknown property', field: 'zzUnknown', must400: true }, target, { ...(base as object), zzUnknown: 'x' });
        await run({ label: 'array body', must400: true }, target, [base]);
        for (const { path: p, schema: s } of properties(bodySchema)) {
          const field = p.join('.');
          await run({ label: `${field}: wrong type`, field, must400: true }, target, withValue(base, p, wrongType(s)));
          await run({ label: `${field}: null` }, target, withValue(base, p, null));
          if (s.type === 'string' && !s.enum && !s.format) await run({ label: `${field}: 10k chars`, field }, target, withValue(base, p, BIG));
          if (s.format === 'date' || s.format === 'date-time') {
            for (const bad of s.format === 'date' ? ['2026-02-30', '30/02/2026'] : ['2026-02-30T10:00:00Z', '30/02/2026 10:00']) {
              await run({ label: `${field}: ${bad}`, field, must400: true }, target, withValue(base, p, bad));
            }
          }
          if (s.format === 'uuid') await run({ label: `${field}: not-a-uuid`, field, must400: true }, target, withValue(base, p, 'not-a-uuid'));
        }
        // the well-formed body itself must not break anything either
        await run({ label: 'sample body' }, target, base);
      }

      // (c) query strings
      for (const q of params.filter((p) => p.in === 'query')) {
        const s = resolve(q.schema);
        const garbage =
          s.enum || q.schema?.$ref || (!s.type && !s.format) ? ['NOPE']
          : s.type === 'number' || s.type === 'integer' ? ['abc', '1.5', '1e999', '-1']
          : s.type === 'boolean' ? ['maybe']
          : s.format === 'uuid' ? ['not-a-uuid']
          : s.format === 'date' ? ['2026-02-30', '30/02/2026']
          : q.name === 'after' ? ['!!not-a-cursor!!', 'eyJub3QiOiJhIGN1cnNvciJ9']
          : [BIG.slice(0, 2000), '%00'];
        const strict = !(s.type === 'string' && !s.format && !s.enum) || q.name === 'after';
        const at = path.replace(/\{(\w+)\}/g, (_m, p: string) => idFor(p === 'id' ? '' : p, resource));
        for (const g of garbage) {
          await run({ label: `?${q.name}=${g.slice(0, 30)}`, field: q.name, must400: strict && g !== '-1' }, at + query({ [q.name]: g }), base);
        }
        const twice = query({ [q.name]: 'a' });
        await run({ label: `?${q.name} twice`, field: q.name }, `${at}${twice}${twice ? '&' : '?'}${q.name}=b`, base);
      }
      expect(problems).toEqual([]);
    });
  });

  describe('GraphQL', () => {
    it.each(gqlFields.map((g) => [g.name, g] as const))('%s', async (_name, { kind, field }) => {
      const doc = gqlDocument(kind, field);
      const resource = field.name;
      const destructive = GQL_DESTRUCTIVE.test(field.name);
      // no cursor in the sample, so it gets past pagination to the query itself
      const base = Object.fromEntries(field.args.filter((a) => a.name !== 'after').map((a) => [a.name, gqlSample(a.type, a.name, resource, destructive)]));
      const problems: string[] = [];
      const run = async (label: string, vars: Record<string, unknown>) => {
        const res = await t.gql(admin, doc, vars);
        for (const e of res.errors ?? []) {
          if (!e.extensions?.code || e.extensions.code === 'INTERNAL_SERVER_ERROR') {
            problems.push(`${label} → ${e.extensions?.code}: ${e.message.slice(0, 200)}`);
          }
        }
      };
      await run('zero ids', Object.fromEntries(field.args.map((a) => [a.name, gqlSample(a.type, a.name, resource, true)])));
      for (const a of field.args) {
        for (const leaf of gqlLeaves(a.type, [a.name])) {
          const label = leaf.path.join('.');
          await run(`${label}: wrong type`, withValue(base, leaf.path, gqlWrong(leaf.type)) as Record<string, unknown>);
          const invalid = gqlInvalid(leaf.type, leaf.name);
          if (invalid !== undefined) await run(`${label}: ${JSON.stringify(invalid)}`, withValue(base, leaf.path, invalid) as Record<string, unknown>);
          const named = getNamedType(leaf.type);
          if (named.name === 'String' && !isDateName(leaf.name) && !/Ids?$/.test(leaf.name)) {
            await run(`${label}: 10k chars`, withValue(base, leaf.path, BIG) as Record<string, unknown>);
          }
        }
      }
      await run('sample', base);
      expect(problems).toEqual([]);
    });
  });

  describe('a valid change is not refused by the database', () => {
    it('moving a running session to next week (past its old end) is accepted, with the end moved along', async () => {
      const session = await insertSession(t, { campaign: { id: ids.campaign, code: '' }, organiser: ids.root, startsAt: inMinutes(-30) });
      const startsAt = soon();
      const res = await send('patch', `/api/v1/sessions/${session.id}`, { startsAt, durationMinutes: 90 });
      expect(res.status).toBe(200);
      const [row] = await t.query<{ startsAt: Date; endsAt: Date }>(
        `SELECT starts_at AS "startsAt", ends_at AS "endsAt" FROM study_sessions WHERE id = $1`, [session.id],
      );
      expect(row.startsAt.toISOString()).toBe(startsAt);
      expect(row.endsAt.getTime() - row.startsAt.getTime()).toBe(90 * 60_000);
    });
  });

  describe('multi-row writes are all or nothing', () => {
    it('secretary roll call with one member not on the list marks nobody (422 naming marks)', async () => {
      const stranger = await t.member(ids.cell);
      const session = await insertSession(t, {
        campaign: { id: ids.campaign, code: '' }, organiser: ids.root, startsAt: inMinutes(-20),
        participants: [{ member: ids.member }, { member: ids.other }],
      });
      const statuses = () => t.query<{ status: string | null }>(`SELECT status FROM session_participants WHERE session_id = $1`, [session.id]);
      const notListed = await send('post', `/api/v1/sessions/${session.id}/roll-call`, {
        marks: [{ memberId: ids.member.id, status: 'PRESENT' }, { memberId: stranger.id, status: 'PRESENT' }, { memberId: ids.other.id, status: 'LATE' }],
      });
      expect(notListed.status).toBe(422);
      expect(notListed.body.fields).toEqual([expect.objectContaining({ field: 'marks' })]);
      const malformed = await send('post', `/api/v1/sessions/${session.id}/roll-call`, {
        marks: [{ memberId: ids.member.id, status: 'PRESENT' }, { memberId: 'not-a-uuid', status: 'PRESENT' }],
      });
      expect(malformed.status).toBe(400);
      expect(malformed.body.fields).toEqual([expect.objectContaining({ field: 'marks.1.memberId' })]);
      expect((await statuses()).map((r) => r.status)).toEqual([null, null]);
      const audited = await t.query(`SELECT 1 FROM audit_log WHERE entity_type = 'session_participant' AND (after->>'sessionId') = $1`, [session.id]);
      expect(audited).toHaveLength(0);
      // the same marks without the stranger all apply
      const ok = await send('post', `/api/v1/sessions/${session.id}/roll-call`, {
        marks: [{ memberId: ids.member.id, status: 'PRESENT' }, { memberId: ids.other.id, status: 'LATE' }],
      });
      expect(ok.status).toBe(200);
      expect((await statuses()).map((r) => r.status).sort()).toEqual(['LATE', 'PRESENT']);
    });
  });
});
