import { INestApplicationContext } from '@nestjs/common';
import { SamplingService } from '@qt/server-inspections';
import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { committeeWith, createPlan, insertInspected, pickedIds, sampleAndWait, startInspectionsWorker, waitRun } from './support/inspections-fixtures';
import { TestApp, TestOrg } from './support/test-app';

/**
 * Annual inspection plans and the sampling worker (domain.md §9): share (ceil rule), stratification by kind,
 * reproducible seeds, priority of never/least recently inspected and below-target organisations, the term
 * coverage guarantee, reasons, publishing with its domain event, and the refusals.
 */
describe('inspection plans and the sampling worker', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let root: TestOrg;
  let a: { committee: TestOrg; children: TestOrg[] };
  let b: { committee: TestOrg; children: TestOrg[] };
  let inspector: string;
  let officeB: string;
  let reader: string;
  let member: string;
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await TestApp.start();
    worker = await startInspectionsWorker(t);
    root = await t.root();
    a = await committeeWith(t, root, { [K.GRASSROOTS]: 12, [K.CELL]: 8 });
    b = await committeeWith(t, root, { [K.GRASSROOTS]: 3 });
    inspector = await t.tokenFor([[Role.INSPECTION_COMMISSION, a.committee]]);
    officeB = await t.tokenFor([[Role.COMMITTEE_OFFICE, b.committee]]);
    reader = await t.tokenFor([[Role.ORGANISATION_BOARD, root]]);
    member = await t.tokenFor([[Role.MEMBER, a.children[0]]]);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  it('creates a plan with the 04-KL defaults and validates share, period, term and the one plan a year', async () => {
    const res = await t.http.post('/api/v1/inspections/plans').set(auth(inspector)).send({ organisationId: a.committee.id, year: 2023 });
    expect(res.status).toBe(201);
    expect(res.body).toEqual(expect.objectContaining({
      organisationId: a.committee.id, year: 2023, basis: 'KL04', sharePercent: 15, status: 'DRAFT', termStartYear: 2020, termEndYear: 2025,
      periodFrom: '2023-01-01', periodTo: '2023-12-31', theme: 'Kiểm tra việc học tập, quán triệt và tổ chức thực hiện các nghị quyết của Đảng',
    }));
    const again = await t.http.post('/api/v1/inspections/plans').set(auth(inspector)).send({ organisationId: a.committee.id, year: 2023 });
    expect(again.status).toBe(409);
    expect(again.body.fields[0].field).toBe('year');

    const bad = async (body: Record<string, unknown>) => {
      const r = await t.http.post('/api/v1/inspections/plans').set(auth(inspector)).send({ organisationId: a.committee.id, year: 2022, ...body });
      return [r.status, r.body.fields?.map((f: { field: string }) => f.field)];
    };
    expect(await bad({ sharePercent: 22 })).toEqual([422, ['sharePercent']]);
    expect(await bad({ basis: 'NQ02', sharePercent: 18 })).toEqual([422, ['sharePercent']]);
    expect(await bad({ sharePercent: 40 })).toEqual([400, ['sharePercent']]);
    expect(await bad({ periodFrom: '2021-12-01' })).toEqual([422, ['periodFrom']]);
    expect(await bad({ termStartYear: 2015, termEndYear: 2020 })).toEqual([422, ['termStartYear']]);
    expect(await bad({ periodTo: '2022-02-30' })).toEqual([400, ['periodTo']]);

    const nq = await t.http.post('/api/v1/inspections/plans').set(auth(inspector))
      .send({ organisationId: a.committee.id, year: 2022, basis: 'NQ02', sharePercent: 22.5 });
    expect(nq.status).toBe(201);
    expect(nq.body).toEqual(expect.objectContaining({ basis: 'NQ02', sharePercent: 22.5 }));
    // GraphQL names the field too.
    const gql = await t.gql(inspector, `mutation($i: CreateInspectionPlanInput!) { createInspectionPlan(input: $i) { id } }`, {
      i: { organisationId: a.committee.id, year: 2021, basis: 'NQ02', sharePercent: 15 },
    });
    expect(gql.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'UNPROCESSABLE', fields: [expect.objectContaining({ field: 'sharePercent' })] }));
  });

  it('refuses other roles, other subtrees, anonymous callers and organisations without subordinates', async () => {
    const body = { organisationId: a.committee.id, year: 2030 };
    expect((await t.http.post('/api/v1/inspections/plans').set(auth(member)).send(body)).status).toBe(403);
    expect((await t.http.post('/api/v1/inspections/plans').set(auth(reader)).send(body)).status).toBe(403);
    expect((await t.http.post('/api/v1/inspections/plans').set(auth(officeB)).send(body)).status).toBe(403);
    expect((await t.http.post('/api/v1/inspections/plans').send(body)).status).toBe(401);
    // A committee plans for ITS directly subordinate organisations: a cell has none.
    const cell = await t.http.post('/api/v1/inspections/plans').set(auth(inspector)).send({ organisationId: a.children[15].id, year: 2023 });
    expect(cell.status).toBe(422);
    expect(cell.body.fields[0].field).toBe('organisationId');
    // Reading: staff of the other subtree do not see A's plans.
    const list = await t.http.get('/api/v1/inspections/plans').set(auth(officeB));
    expect(list.status).toBe(200);
    expect(list.body.nodes).toEqual([]);
    const [plan] = await t.query<{ id: string }>(`SELECT id FROM inspection_plans WHERE organisation_id = $1 AND year = 2023`, [a.committee.id]);
    expect((await t.http.get(`/api/v1/inspections/plans/${plan.id}`).set(auth(officeB))).status).toBe(403);
    expect((await t.http.post(`/api/v1/inspections/plans/${plan.id}/runs`).set(auth(officeB)).send({})).status).toBe(403);
    expect((await t.http.get(`/api/v1/inspections/plans/${plan.id}`).set(auth(reader))).status).toBe(200);
  });

  it('samples ceil(20 × 15 %) = 3, stratified 2 grassroots + 1 cell, reproducible by seed, different with another seed', async () => {
    // Everyone inspected in 2021: nothing is forced, the seed decides inside each stratum.
    await insertInspected(t, a.committee, a.children, '2021-04-10');
    const [plan] = await t.query<{ id: string }>(`SELECT id FROM inspection_plans WHERE organisation_id = $1 AND year = 2023`, [a.committee.id]);
    const first = await sampleAndWait(t, inspector, plan.id, 1234);
    expect(first.status).toBe('DONE');
    expect(first.summary).toEqual(expect.objectContaining({ candidates: 20, sampleSize: 3, picked: 3, forced: 0 }));
    expect(first.picks.filter((p) => p.stratum === 'GRASSROOTS')).toHaveLength(2);
    expect(first.picks.filter((p) => p.stratum === 'CELL')).toHaveLength(1);
    for (const p of first.picks) {
      expect(p.reasons).toContainEqual({ code: 'LAST_INSPECTED', text: 'lần kiểm tra gần nhất 10/04/2021' });
      expect(p.reasons.find((r) => r.code === 'RANDOM_IN_STRATUM')?.text).toMatch(/^chọn ngẫu nhiên theo tầng (Đảng bộ cơ sở \(2\/12|Chi bộ \(1\/8)/);
    }
    const same = await sampleAndWait(t, inspector, plan.id, 1234);
    expect(same.id).not.toBe(first.id);
    expect(same.picks).toEqual(first.picks);
    const other = await sampleAndWait(t, inspector, plan.id, 98765);
    expect(pickedIds(other)).not.toEqual(pickedIds(first));
    // A retried job (same batch) replaces the picks identically: no duplicates, same reasons.
    await worker.get(SamplingService).run(same.id);
    expect((await waitRun(t, inspector, same.id)).picks).toEqual(first.picks);
    const [rows] = await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM inspection_picks WHERE run_id = $1`, [same.id]);
    expect(rows.n).toBe(3);
    // The plan's picks are those of its current (latest) run.
    const picks = await t.http.get(`/api/v1/inspections/plans/${plan.id}/picks`).set(auth(reader));
    expect(picks.body.map((p: { organisationId: string }) => p.organisationId).sort()).toEqual(pickedIds(other));
    // 22.5 % of 20 → ceil(4.5) = 5.
    const [nq] = await t.query<{ id: string }>(`SELECT id FROM inspection_plans WHERE organisation_id = $1 AND year = 2022`, [a.committee.id]);
    await t.query(`DELETE FROM inspection_records WHERE organisation_id = ANY($1::uuid[])`, [a.children.map((c) => c.id)]);
    await insertInspected(t, a.committee, a.children, '2020-06-01');
    expect((await sampleAndWait(t, inspector, nq.id, 7)).picks).toHaveLength(5);
  });

  it('takes never inspected organisations before recently inspected ones, then the least recently inspected', async () => {
    const c = await committeeWith(t, root, { [K.GRASSROOTS]: 10 });
    const token = await t.tokenFor([[Role.PROPAGANDA_BOARD, c.committee]]);
    const [never1, never2, old, ...recent] = c.children;
    await insertInspected(t, c.committee, [old], '2019-03-15');
    await insertInspected(t, c.committee, recent, '2022-05-20');
    // Term 2020–2025, 2023 (3 years left): 3 not inspected in the term, 2 a year → nothing forced; priority decides.
    const plan = await createPlan(t, token, { organisationId: c.committee.id, year: 2023 });
    const run = await sampleAndWait(t, token, plan, 1);
    expect(run.summary).toEqual(expect.objectContaining({ sampleSize: 2, forced: 0 }));
    expect(pickedIds(run)).toEqual([never1.id, never2.id].sort());
    const reasons = run.picks.find((p) => p.organisationId === never1.id)?.reasons;
    expect(reasons).toEqual([
      { code: 'NOT_INSPECTED_IN_TERM', text: 'chưa được kiểm tra trong nhiệm kỳ' },
      { code: 'NEVER_INSPECTED', text: 'chưa từng được kiểm tra' },
    ]);
    // Once those two are inspected, the one inspected before the term (2019) comes next, whatever the seed.
    await insertInspected(t, c.committee, [never1, never2], '2022-09-01');
    for (const seed of [1, 2, 3]) {
      const next = await sampleAndWait(t, token, plan, seed);
      expect(next.picks.map((p) => p.organisationId)).toContain(old.id);
      expect(next.picks.find((p) => p.organisationId === old.id)?.reasons).toContainEqual({
        code: 'LAST_INSPECTED', text: 'lần kiểm tra gần nhất 15/03/2019',
      });
    }
  });

  it('prefers organisations below target in last year’s report', async () => {
    const c = await committeeWith(t, root, { [K.GRASSROOTS]: 10 });
    const token = await t.tokenFor([[Role.INSPECTION_COMMISSION, c.committee]]);
    await insertInspected(t, c.committee, c.children, '2021-05-20');
    const weak = c.children[7];
    const [snap] = await t.query<{ id: string }>(
      `INSERT INTO report_snapshots (root_organisation_id, year, version, inputs_hash, content, as_of)
       VALUES ($1, 2022, 1, repeat('a', 64), '{}', '2022-12-31') RETURNING id`,
      [root.id],
    );
    await t.query(
      `INSERT INTO report_snapshot_rows (snapshot_id, organisation_id, depth, below_target, missed)
       SELECT $1, unnest($2::uuid[]), 2, false, '{}'`,
      [snap.id, c.children.filter((o) => o !== weak).map((o) => o.id)],
    );
    await t.query(`INSERT INTO report_snapshot_rows (snapshot_id, organisation_id, depth, below_target, missed) VALUES ($1, $2, 2, true, $3)`, [
      snap.id, weak.id, ['studiedShare', 'essaysSubmittedShare'],
    ]);
    const plan = await createPlan(t, token, { organisationId: c.committee.id, year: 2023 });
    for (const seed of [11, 12, 13]) {
      const run = await sampleAndWait(t, token, plan, seed);
      expect(run.summary?.reportUsed).toBe(true);
      expect(run.picks.map((p) => p.organisationId)).toContain(weak.id);
      expect(run.picks.find((p) => p.organisationId === weak.id)?.reasons[0]).toEqual({
        code: 'BELOW_TARGET', text: 'dưới chỉ tiêu trong báo cáo năm trước (studiedShare, essaysSubmittedShare)',
      });
    }
  });

  it('covers every subordinate organisation within the term: years 2021–2025 published one after another', async () => {
    const c = await committeeWith(t, root, { [K.GRASSROOTS]: 12 });
    const token = await t.tokenFor([[Role.INSPECTION_COMMISSION, c.committee]]);
    const seen = new Set<string>();
    const counts: number[] = [];
    for (const year of [2021, 2022, 2023, 2024, 2025]) {
      const plan = await createPlan(t, token, { organisationId: c.committee.id, year, termStartYear: 2021, termEndYear: 2025 });
      const run = await sampleAndWait(t, token, plan, year);
      counts.push(run.picks.length);
      for (const p of run.picks) {
        expect(seen.has(p.organisationId)).toBe(false);
        seen.add(p.organisationId);
      }
      const published = await t.http.post(`/api/v1/inspections/plans/${plan}/publish`).set(auth(token));
      expect(published.status).toBe(200);
      expect(published.body.status).toBe('PUBLISHED');
    }
    // ceil(12 × 15 %) = 2 a year cannot reach 12 in 5 years: 12 − 4 × 2 = 4 forced in the first year, then 2 a year.
    expect(counts).toEqual([4, 2, 2, 2, 2]);
    expect([...seen].sort()).toEqual(c.children.map((o) => o.id).sort());
    const events = await t.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM domain_events WHERE type = 'inspection.plan_published' AND organisation_id = $1`, [c.committee.id],
    );
    expect(events).toEqual([{ n: 5 }]);
  });

  it('publishes only after a finished run, once; a published plan no longer changes or samples', async () => {
    const c = await committeeWith(t, root, { [K.GRASSROOTS]: 4 });
    const token = await t.tokenFor([[Role.INSPECTION_COMMISSION, c.committee]]);
    const plan = await createPlan(t, token, { organisationId: c.committee.id, year: 2024 });
    const early = await t.http.post(`/api/v1/inspections/plans/${plan}/publish`).set(auth(token));
    expect(early.status).toBe(422);
    expect(early.body.fields[0].field).toBe('currentRunId');
    await sampleAndWait(t, token, plan, 5);
    // Changing the settings after sampling drops the picks: sample again before publishing.
    const changed = await t.http.patch(`/api/v1/inspections/plans/${plan}`).set(auth(token)).send({ sharePercent: 20 });
    expect(changed.body).toEqual(expect.objectContaining({ sharePercent: 20, currentRunId: null }));
    expect((await t.http.post(`/api/v1/inspections/plans/${plan}/publish`).set(auth(token))).status).toBe(422);
    await sampleAndWait(t, token, plan, 5);
    expect((await t.http.post(`/api/v1/inspections/plans/${plan}/publish`).set(auth(token))).status).toBe(200);
    expect((await t.http.post(`/api/v1/inspections/plans/${plan}/publish`).set(auth(token))).status).toBe(422);
    expect((await t.http.patch(`/api/v1/inspections/plans/${plan}`).set(auth(token)).send({ sharePercent: 20 })).status).toBe(422);
    expect((await t.http.post(`/api/v1/inspections/plans/${plan}/runs`).set(auth(token)).send({})).status).toBe(422);
    const [event] = await t.query<{ data: Record<string, unknown> }>(`SELECT data FROM domain_events WHERE dedupe_key = $1`, [`inspection.plan_published:${plan}`]);
    // ceil(4 × 15 %) = 1, but 2024 leaves 2 years of the 2020–2025 term for 4 uninspected: 4 − 1 = 3 forced.
    expect(event.data).toEqual(expect.objectContaining({ planId: plan, year: 2024, picks: 3 }));
  });

  it('samples every committee of a subtree for a year in one job, creating default plans', async () => {
    const top = await committeeWith(t, root, { [K.GRASSROOTS]: 2 });
    const g = top.children[0];
    for (let i = 0; i < 7; i += 1) await t.org(g, K.CELL);
    const token = await t.tokenFor([[Role.INSPECTION_COMMISSION, top.committee]]);
    const res = await t.gql(token, `mutation($i: SampleSubtreeInput!) { sampleInspectionSubtree(input: $i) { batchId runs plansCreated } }`, {
      i: { organisationId: top.committee.id, year: 2021, seed: 3 },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.sampleInspectionSubtree).toEqual(expect.objectContaining({ runs: 2, plansCreated: 2 }));
    const batchId = res.data.sampleInspectionSubtree.batchId;
    const runs = await t.query<{ id: string; organisation_id: string }>(
      `SELECT r.id, p.organisation_id FROM inspection_sampling_runs r JOIN inspection_plans p ON p.id = r.plan_id WHERE r.batch_id = $1`, [batchId],
    );
    const byOrg = new Map(runs.map((r) => [r.organisation_id, r.id]));
    const topRun = await waitRun(t, token, byOrg.get(top.committee.id) as string);
    const gRun = await waitRun(t, token, byOrg.get(g.id) as string);
    expect(topRun.picks).toHaveLength(1);
    expect(gRun.picks).toHaveLength(2);
    const batch = await t.http.get(`/api/v1/inspections/sampling-batches/${batchId}`).set(auth(token));
    expect(batch.body).toEqual(expect.objectContaining({ runs: 2, done: 2, failed: 0 }));
    expect((await t.http.get(`/api/v1/inspections/sampling-batches/${batchId}`).set(auth(officeB))).status).toBe(403);
  });
});
