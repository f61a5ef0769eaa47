import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { committeeWith, createPlan } from './support/inspections-fixtures';
import { TestApp, TestMember, TestOrg } from './support/test-app';

/**
 * Inspection records (cuộc kiểm tra) with violations under Regulation 181-QĐ/TW and follow-ups, and the yearly
 * member checks and six-monthly cell checks schedule (seed 002), with validation naming fields and the refusals.
 */
describe('inspection records, follow-ups and check schedules', () => {
  let t: TestApp;
  let root: TestOrg;
  let a: { committee: TestOrg; children: TestOrg[] };
  let b: { committee: TestOrg; children: TestOrg[] };
  let grandchild: TestOrg;
  let memberOfTarget: TestMember;
  let memberElsewhere: TestMember;
  let inspector: string;
  let officeB: string;
  let secretary: string;
  let member: string;
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const team = [{ fullName: 'Nguyễn Văn Trưởng', role: 'LEAD' }, { fullName: 'Trần Thị Thư', role: 'SECRETARY' }];
  let recordId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    root = await t.root();
    a = await committeeWith(t, root, { [K.GRASSROOTS]: 2 });
    b = await committeeWith(t, root, { [K.GRASSROOTS]: 1 });
    grandchild = await t.org(a.children[0], K.CELL);
    memberOfTarget = await t.member(grandchild, { fullName: 'Lê Văn Vi Phạm' });
    memberElsewhere = await t.member(b.children[0]);
    inspector = await t.tokenFor([[Role.INSPECTION_COMMISSION, a.committee]]);
    officeB = await t.tokenFor([[Role.COMMITTEE_OFFICE, b.committee]]);
    secretary = await t.tokenFor([[Role.CELL_SECRETARY, grandchild]]);
    member = await t.tokenFor([[Role.MEMBER, grandchild]], memberOfTarget.id);
  });
  afterAll(async () => {
    await t?.close();
  });

  const post = (token: string, body: Record<string, unknown>) => t.http.post('/api/v1/inspections/records').set(auth(token)).send(body);
  const base = () => ({
    inspectingOrganisationId: a.committee.id, organisationId: a.children[0].id, title: 'Kiểm tra việc học tập Nghị quyết 04-KL/ĐUK',
    scope: 'Việc tổ chức học tập, quán triệt và xây dựng chương trình hành động', startedOn: '2025-03-10', team,
  });

  it('records an inspection with its team and refuses bad input by field', async () => {
    const res = await post(inspector, { ...base(), endedOn: '2025-03-20', findings: 'Tổ chức học tập đầy đủ; bài thu hoạch còn sơ sài.' });
    expect(res.status).toBe(201);
    recordId = res.body.id;
    expect(res.body).toEqual(expect.objectContaining({
      organisationId: a.children[0].id, inspectingOrganisationId: a.committee.id, startedOn: '2025-03-10', endedOn: '2025-03-20',
      team: [{ fullName: 'Nguyễn Văn Trưởng', role: 'LEAD', memberId: null }, { fullName: 'Trần Thị Thư', role: 'SECRETARY', memberId: null }],
      violations: [], followUps: [],
    }));
    const field = async (body: Record<string, unknown>) => {
      const r = await post(inspector, { ...base(), ...body });
      return [r.status, r.body.fields?.map((f: { field: string }) => f.field)];
    };
    expect(await field({ endedOn: '2025-03-01' })).toEqual([422, ['endedOn']]);
    expect(await field({ team: [{ fullName: 'Không Trưởng Đoàn', role: 'MEMBER' }] })).toEqual([422, ['team']]);
    expect(await field({ team: [] })).toEqual([400, ['team']]);
    expect(await field({ title: '' })).toEqual([400, ['title']]);
    expect(await field({ startedOn: '2025-13-01' })).toEqual([400, ['startedOn']]);
    expect(await field({ organisationId: b.children[0].id })).toEqual([422, ['organisationId']]);
    expect(await field({ organisationId: a.committee.id })).toEqual([422, ['organisationId']]);
  });

  it('links a planned inspection to a directly subordinate organisation of the plan committee only', async () => {
    const plan = await createPlan(t, inspector, { organisationId: a.committee.id, year: 2025 });
    const deep = await post(inspector, { ...base(), organisationId: grandchild.id, planId: plan });
    expect(deep.status).toBe(422);
    expect(deep.body.fields[0].field).toBe('organisationId');
    const other = await post(inspector, { ...base(), inspectingOrganisationId: a.children[0].id, organisationId: grandchild.id, planId: plan });
    expect(other.status).toBe(422);
    expect(other.body.fields[0].field).toBe('planId');
    const ok = await post(inspector, { ...base(), organisationId: a.children[1].id, planId: plan });
    expect(ok.status).toBe(201);
    expect(ok.body.planId).toBe(plan);
  });

  it('records violations with the forms of discipline Regulation 181-QĐ/TW allows for each subject', async () => {
    const add = (body: Record<string, unknown>) => t.http.post(`/api/v1/inspections/records/${recordId}/violations`).set(auth(inspector)).send(body);
    const warned = await add({
      subjectKind: 'MEMBER', memberId: memberOfTarget.id, description: 'Không tham gia học tập nghị quyết, không nộp bài thu hoạch',
      discipline: 'REPRIMAND', decidedOn: '2025-04-02', basis: 'Điều 8 Quy định 181-QĐ/TW',
    });
    expect(warned.status).toBe(201);
    expect(warned.body.violations).toEqual([expect.objectContaining({
      subjectKind: 'MEMBER', memberId: memberOfTarget.id, memberName: 'Lê Văn Vi Phạm', discipline: 'REPRIMAND', decidedOn: '2025-04-02',
    })]);
    const org = await add({ subjectKind: 'ORGANISATION', organisationId: grandchild.id, description: 'Không tổ chức học tập', discipline: 'WARNING' });
    expect(org.status).toBe(201);
    expect(org.body.violations).toHaveLength(2);

    const refused = async (body: Record<string, unknown>) => {
      const r = await add({ description: 'Vi phạm', ...body });
      return [r.status, r.body.fields?.map((f: { field: string }) => f.field)];
    };
    expect(await refused({ subjectKind: 'ORGANISATION', organisationId: grandchild.id, discipline: 'EXPULSION' })).toEqual([422, ['discipline']]);
    expect(await refused({ subjectKind: 'MEMBER', memberId: memberOfTarget.id, discipline: 'DISSOLUTION' })).toEqual([422, ['discipline']]);
    expect(await refused({ subjectKind: 'MEMBER' })).toEqual([422, ['memberId']]);
    expect(await refused({ subjectKind: 'MEMBER', memberId: memberElsewhere.id })).toEqual([422, ['memberId']]);
    expect(await refused({ subjectKind: 'ORGANISATION', organisationId: b.children[0].id })).toEqual([422, ['organisationId']]);
    expect(await refused({ subjectKind: 'MEMBER', memberId: memberOfTarget.id, discipline: 'FIRING' })).toEqual([400, ['discipline']]);
    const [count] = await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM inspection_violations WHERE record_id = $1`, [recordId]);
    expect(count.n).toBe(2);
  });

  it('tracks follow-ups: OPEN → IN_PROGRESS → DONE, OVERDUE once the due date passed, listed by status', async () => {
    const add = (body: Record<string, unknown>) => t.http.post(`/api/v1/inspections/records/${recordId}/follow-ups`).set(auth(inspector)).send(body);
    expect((await add({ description: 'Tổ chức học tập bù cho đảng viên vắng', responsible: 'Chi ủy', dueOn: '2025-04-30' })).status).toBe(201);
    const later = await add({ description: 'Báo cáo kết quả khắc phục', dueOn: '2099-12-31' });
    expect(later.status).toBe(201);
    const [overdue, open] = later.body.followUps;
    expect(overdue).toEqual(expect.objectContaining({ dueOn: '2025-04-30', status: 'OVERDUE' }));
    expect(open).toEqual(expect.objectContaining({ dueOn: '2099-12-31', status: 'OPEN' }));
    expect((await add({ description: 'Trước khi kiểm tra', dueOn: '2025-01-01' })).body.fields[0].field).toBe('dueOn');

    const patch = (id: string, body: Record<string, unknown>) => t.http.patch(`/api/v1/inspections/follow-ups/${id}`).set(auth(inspector)).send(body);
    expect((await patch(open.id, { status: 'IN_PROGRESS' })).body.status).toBe('IN_PROGRESS');
    const done = await patch(overdue.id, { status: 'DONE', doneOn: '2025-05-03', note: 'Đã học bù ngày 03/05/2025' });
    expect(done.body).toEqual(expect.objectContaining({ status: 'DONE', doneOn: '2025-05-03', note: 'Đã học bù ngày 03/05/2025' }));
    const bad = await patch(open.id, { status: 'OVERDUE' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].field).toBe('status');
    expect((await patch(open.id, { status: 'OPEN', doneOn: '2025-05-03' })).body.fields[0].field).toBe('doneOn');

    const gql = await t.gql(inspector, `query { inspectionFollowUps(status: IN_PROGRESS) { nodes { id status } } }`);
    expect(gql.data.inspectionFollowUps.nodes).toEqual([{ id: open.id, status: 'IN_PROGRESS' }]);
  });

  it('refuses writes by other roles, other subtrees and anonymous callers; staff of the subtree read', async () => {
    expect((await post(member, base())).status).toBe(403);
    expect((await post(secretary, base())).status).toBe(403);
    expect((await post(officeB, base())).status).toBe(403);
    expect((await t.http.post('/api/v1/inspections/records').send(base())).status).toBe(401);
    expect((await t.http.post(`/api/v1/inspections/records/${recordId}/violations`).set(auth(officeB))
      .send({ subjectKind: 'MEMBER', memberId: memberOfTarget.id, description: 'x' })).status).toBe(403);
    expect((await t.http.get(`/api/v1/inspections/records/${recordId}`).set(auth(officeB))).status).toBe(403);
    const list = await t.http.get('/api/v1/inspections/records').set(auth(officeB));
    expect(list.body.nodes).toEqual([]);
    // A cell secretary reads the inspections of their own cell only: this one inspected the grassroots above it.
    expect((await t.http.get(`/api/v1/inspections/records/${recordId}`).set(auth(secretary))).status).toBe(403);
    const mine = await t.gql(inspector, `query { inspectionRecords(year: 2025) { nodes { id violations { discipline } followUps { status } } } }`);
    expect(mine.data.inspectionRecords.nodes.find((r: { id: string }) => r.id === recordId).violations).toHaveLength(2);
    const anon = await t.gql(null, `query { inspectionRecords { nodes { id } } }`);
    expect(anon.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('schedules every member once a year with balanced months per cell, and each cell twice for its parent', async () => {
    const s = await committeeWith(t, root, { [K.CELL]: 2 });
    const [big, small] = s.children;
    const members: TestMember[] = [];
    for (let i = 0; i < 29; i += 1) members.push(await t.member(big));
    for (let i = 0; i < 5; i += 1) members.push(await t.member(small));
    const left = await t.member(small, { since: '2018-01-01' });
    await t.query(`UPDATE memberships SET valid_to = '2024-06-01' WHERE member_id = $1`, [left.id]);
    const token = await t.tokenFor([[Role.PROPAGANDA_BOARD, s.committee]]);
    const res = await t.http.post('/api/v1/inspections/check-schedules').set(auth(token)).send({ organisationId: s.committee.id, year: 2026 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ memberChecks: 34, cellChecks: 4 });

    const rows = await t.query<{ member_id: string; organisation_id: string; month: number }>(
      `SELECT member_id, organisation_id, month FROM member_check_schedule WHERE year = 2026 AND organisation_id = ANY($1::uuid[])`,
      [[big.id, small.id]],
    );
    // Every member exactly once (the one who left in 2024 not at all).
    expect(rows.map((r) => r.member_id).sort()).toEqual(members.map((m) => m.id).sort());
    // 29 members over 12 months: every month 2 or 3 checks; 5 members: 5 distinct months.
    const perMonth = (cell: string) => Array.from({ length: 12 }, (_, i) => rows.filter((r) => r.organisation_id === cell && r.month === i + 1).length);
    expect(perMonth(big.id).every((n) => n === 2 || n === 3)).toBe(true);
    expect(perMonth(small.id).filter((n) => n === 1)).toHaveLength(5);

    // Idempotent: nothing new; a newcomer continues the round (months still balanced).
    expect((await t.http.post('/api/v1/inspections/check-schedules').set(auth(token)).send({ organisationId: s.committee.id, year: 2026 })).body)
      .toEqual({ memberChecks: 0, cellChecks: 0 });
    await t.member(small);
    expect((await t.http.post('/api/v1/inspections/check-schedules').set(auth(token)).send({ organisationId: s.committee.id, year: 2026 })).body)
      .toEqual({ memberChecks: 1, cellChecks: 0 });
    const small6 = await t.query<{ n: number }>(
      `SELECT count(DISTINCT month)::int AS n FROM member_check_schedule WHERE year = 2026 AND organisation_id = $1`, [small.id],
    );
    expect(small6).toEqual([{ n: 6 }]);

    // Cell checks: one per half-year, by the parent, in the right half; a recorded cell check shows on the slot.
    await t.query(
      `INSERT INTO cell_checks (organisation_id, checking_organisation_id, year, half, checked_on, findings, conclusion)
       VALUES ($1, $2, 2026, 1, '2026-03-15', 'Sinh hoạt đều đặn', 'Đạt yêu cầu')`, [big.id, s.committee.id],
    );
    const slots = await t.http.get('/api/v1/inspections/cell-checks').query({ year: 2026, withinId: s.committee.id }).set(auth(token));
    expect(slots.status).toBe(200);
    expect(slots.body.nodes).toHaveLength(4);
    for (const slot of slots.body.nodes) {
      expect(slot.checkingOrganisationId).toBe(s.committee.id);
      expect(slot.half === 1 ? slot.month <= 6 : slot.month >= 7).toBe(true);
    }
    expect(slots.body.nodes.find((x: { organisationId: string; half: number }) => x.organisationId === big.id && x.half === 1).checkedOn).toBe('2026-03-15');

    // Member checks: listed by month, recorded with validation, refused outside the subtree.
    const list = await t.gql(token, `query($w: ID) { memberChecks(year: 2026, withinId: $w, month: 1, first: 100) { nodes { memberId month } } }`, { w: s.committee.id });
    const [january] = await t.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM member_check_schedule WHERE year = 2026 AND month = 1 AND organisation_id = ANY($1::uuid[])`, [[big.id, small.id]],
    );
    expect(january.n).toBeGreaterThan(0);
    expect(list.data.memberChecks.nodes).toHaveLength(january.n);
    expect(list.data.memberChecks.nodes.every((n: { month: number }) => n.month === 1)).toBe(true);
    const rec = await t.http.post('/api/v1/inspections/member-checks').set(auth(token))
      .send({ year: 2026, memberId: members[0].id, checkedOn: '2025-12-01', result: 'Hoàn thành' });
    expect(rec.status).toBe(422);
    expect(rec.body.fields[0].field).toBe('checkedOn');
    const other = await t.http.post('/api/v1/inspections/member-checks').set(auth(officeB))
      .send({ year: 2026, memberId: members[0].id, checkedOn: '2026-01-05', result: 'Hoàn thành' });
    expect(other.status).toBe(403);
    expect((await t.http.post('/api/v1/inspections/check-schedules').set(auth(officeB)).send({ organisationId: s.committee.id, year: 2026 })).status).toBe(403);
  });

  it('answers hostile input on every /api/v1/inspections route with a 4xx naming the problem, never a 500', async () => {
    const doc = JSON.parse(readFileSync(join(__dirname, '../openapi.json'), 'utf8')) as {
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; requestBody?: unknown }>>;
    };
    const routes = Object.entries(doc.paths).filter(([path]) => path.startsWith('/api/v1/inspections'));
    expect(routes.length).toBeGreaterThanOrEqual(15);
    const ZERO = '00000000-0000-0000-0000-000000000000';
    const garbage = { organisationId: 'x', year: 'soon', sharePercent: '15%', startedOn: '31/12/2025', team: 'all', status: 7, seed: -1, first: 1000 };
    let tried = 0;
    const failures: string[] = [];
    for (const [path, ops] of routes) {
      for (const [method, op] of Object.entries(ops)) {
        const call = (url: string) => {
          const req = (t.http as unknown as Record<string, (u: string) => import('supertest').Test>)[method](url).set(auth(inspector));
          return method === 'get' ? req.query({ year: 'x', first: 0, withinId: 'nope', after: '%%%' }) : req.send(garbage);
        };
        const hasId = (op.parameters ?? []).some((p) => p.in === 'path');
        for (const url of hasId ? [path.replace('{id}', 'not-a-uuid'), path.replace('{id}', ZERO)] : [path]) {
          const res = await call(url);
          tried += 1;
          const fieldsMissing = res.status === 400 && !url.includes('not-a-uuid') && !(res.body.fields?.length > 0);
          if (res.status < 400 || res.status >= 500 || typeof res.body.code !== 'string' || fieldsMissing) {
            failures.push(`${method.toUpperCase()} ${url} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
          }
        }
        if (method !== 'get') {
          const unknown = await (t.http as unknown as Record<string, (u: string) => import('supertest').Test>)[method](path.replace('{id}', ZERO))
            .set(auth(inspector)).send({ role: 'ADMIN', title: 'x\u0000y' });
          if (unknown.status < 400 || unknown.status >= 500) failures.push(`${method.toUpperCase()} ${path} unknown field → ${unknown.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(tried).toBeGreaterThanOrEqual(25);
  });
});
