import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { Client } from 'pg';
import { seedInspections } from '../../../tools/demo-data/study/inspections';
import { committeeWith } from './support/inspections-fixtures';
import { TestApp, TestOrg } from './support/test-app';

/** The inspections demo data reads back through the API as a user would see it (npm start seeds it). */
describe('inspections demo data', () => {
  let t: TestApp;
  let root: TestOrg;
  let token: string;

  beforeAll(async () => {
    t = await TestApp.start();
    root = await t.root();
    const a = await committeeWith(t, root, { [K.GRASSROOTS]: 6, [K.CELL]: 4 });
    for (const cell of a.children.slice(6)) for (let i = 0; i < 3; i += 1) await t.member(cell);
    await committeeWith(t, root, { [K.GRASSROOTS]: 3 });
    token = await t.tokenFor([[Role.INSPECTION_COMMISSION, root]]);
    const client = new Client({ connectionString: t.config.DATABASE_URL });
    await client.connect();
    try {
      await seedInspections({ client, today: '2026-11-23', log: () => undefined });
      // Seeding twice adds nothing (npm run seed after a partial run).
      await seedInspections({ client, today: '2026-11-23', log: () => undefined });
    } finally {
      await client.end();
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it("shows last year's published plans with complete runs, reasons, records and follow-ups in several states", async () => {
    const plans = await t.gql(token, `{ inspectionPlans(year: 2025, first: 100) { nodes { id status currentRunId organisationId } } }`);
    expect(plans.errors).toBeUndefined();
    // The bloc and its two committees have subordinate organisations.
    expect(plans.data.inspectionPlans.nodes).toHaveLength(3);
    expect(plans.data.inspectionPlans.nodes.every((p: { status: string }) => p.status === 'PUBLISHED')).toBe(true);
    const plan = plans.data.inspectionPlans.nodes.find((p: { organisationId: string }) => p.organisationId !== root.id && p.organisationId);
    const run = await t.gql(token, `query($id: ID!) { inspectionSamplingRun(id: $id) { status picks { stratum reasons { code text } }
      summary { candidates sampleSize picked strata { kind size allocated } } } }`, { id: plan.currentRunId });
    expect(run.errors).toBeUndefined();
    const r = run.data.inspectionSamplingRun;
    expect(r.status).toBe('DONE');
    expect(r.picks.length).toBe(r.summary.picked);
    expect(r.picks.length).toBeGreaterThan(0);
    expect(r.picks[0].reasons.map((x: { code: string }) => x.code)).toContain('RANDOM_IN_STRATUM');

    const records = await t.gql(token, `{ inspectionRecords(year: 2025, first: 100) { nodes { team { role } followUps { status } violations { discipline } } } }`);
    expect(records.errors).toBeUndefined();
    expect(records.data.inspectionRecords.nodes.length).toBeGreaterThan(0);
    for (const rec of records.data.inspectionRecords.nodes) {
      expect(rec.team.filter((m: { role: string }) => m.role === 'LEAD')).toHaveLength(1);
      expect(rec.followUps).toHaveLength(1);
    }
  });

  it("has this year's draft plans and every member's yearly check scheduled", async () => {
    const drafts = await t.gql(token, `{ inspectionPlans(year: 2026, status: DRAFT, first: 100) { nodes { id } } }`);
    expect(drafts.data.inspectionPlans.nodes).toHaveLength(3);
    const [counts] = await t.query<{ members: number; scheduled: number; cells: number }>(
      `SELECT (SELECT count(*)::int FROM members) AS members,
              (SELECT count(*)::int FROM member_check_schedule WHERE year = 2026) AS scheduled,
              (SELECT count(*)::int FROM cell_check_schedule WHERE year = 2026) AS cells`,
    );
    expect(counts.scheduled).toBe(counts.members);
    // 4 cells + 9 grassroots organisations without children, twice a year.
    expect(counts.cells).toBe(26);
  });
});
