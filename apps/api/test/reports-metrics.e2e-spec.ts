import { INestApplicationContext } from '@nestjs/common';
import { ReportComputeService, ReportContent, ReportMetricKey, REPORT_METRIC_KEYS } from '@qt/server-reports';
import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { insertExemption, transfer } from './support/campaigns-fixtures';
import { addCommitteeOffice, insertProgramme } from './support/programmes-fixtures';
import {
  insertInspectionPlan,
  insertInspectionRecord,
  insertRating,
  insertReportEssay,
  insertReportSession,
  insertYearOfMeetings,
  runReportJob,
  startReportsWorker,
} from './support/reports-fixtures';
import { insertCampaign, insertSpeaker, TestCampaign } from './support/study-fixtures';
import { TestApp, TestMember, TestOrg } from './support/test-app';

/**
 * Every metric of the annual report on a hand-built tree for 2025 (a past year: figures as of 31/12/2025).
 *
 *   root (BLOC)
 *   ├── A  "Đảng bộ A" (UPPER_GRASSROOTS; secretary m5)
 *   │   ├── A1 "Chi bộ A1": m1 studied, essay on time graded 8 · m2 absent, studied in a MAKE-UP session, essay LATE
 *   │   │                   · m3 EXEMPT from party activities (never missing) · m4 retired (studies, no essay), absent
 *   │   └── A2 "Chi bộ A2": m5 secretary of A, absent, no essay, owes a personal plan, none
 *   │                       · m6 studied, essay on time graded 9; TRANSFERRED to B on 01/09/2025 (after the deadline)
 *   └── B  "Đảng bộ cơ sở B" (GRASSROOTS, holds its own meetings): m8 head of unit, studied, plan submitted, no essay
 *                       · m9 studied, essay on time graded 6
 * Campaign C1: 2025, deadline 30/06/2025, essays for all, programmes from UPPER_GRASSROOTS/GRASSROOTS, plans.
 * Campaign C0 (2024) must not count.
 */
describe('annual report: every metric, rolled up, on a hand-built tree', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let root: TestOrg, A: TestOrg, A1: TestOrg, A2: TestOrg, B: TestOrg;
  let c1: TestCampaign;
  const m: Record<string, TestMember> = {};
  let content: ReportContent;

  beforeAll(async () => {
    t = await TestApp.start();
    worker = await startReportsWorker(t);
    root = await t.root();
    A = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ A');
    A1 = await t.org(A, K.CELL, 'Chi bộ A1');
    A2 = await t.org(A, K.CELL, 'Chi bộ A2');
    B = await t.org(root, K.GRASSROOTS, 'Đảng bộ cơ sở B');
    for (const [k, org, flags] of [
      ['m1', A1, {}], ['m2', A1, {}], ['m3', A1, {}], ['m4', A1, { isRetired: true }],
      ['m5', A2, {}], ['m6', A2, {}], ['m8', B, { isHeadOfUnit: true }], ['m9', B, {}],
    ] as [string, TestOrg, Record<string, boolean>][]) {
      m[k] = await t.member(org, { fullName: `Đảng viên ${k}`, flags });
    }
    await insertExemption(t, m.m3, { reason: 'EXEMPT_FROM_ACTIVITIES', basis: 'Quyết định miễn sinh hoạt đảng', validFrom: '2024-01-01' });
    await addCommitteeOffice(t, A, m.m5, 'SECRETARY', '2020-01-01');

    c1 = await insertCampaign(t, {
      issuer: root, startsOn: '2025-03-01', reportDueOn: '2025-09-30', essayPolicy: 'ALL_ATTENDEES', essayDueOn: '2025-06-15',
      programmeRequired: true, programmeDueOn: '2025-07-31', programmeLevels: [K.UPPER_GRASSROOTS, K.GRASSROOTS],
      personalPlansRequired: true, personalPlansDueOn: '2025-07-31',
      levels: [K.BLOC, K.UPPER_GRASSROOTS, K.GRASSROOTS, K.CELL].map((level) => ({ level, deadline: '2025-06-30' })),
    });
    // Last year's campaign: nobody studied it; it must not weigh on 2025.
    await insertCampaign(t, {
      issuer: root, startsOn: '2024-03-01', reportDueOn: '2024-09-30', essayPolicy: 'ALL_ATTENDEES', essayDueOn: '2024-06-15',
      levels: [K.BLOC, K.UPPER_GRASSROOTS, K.GRASSROOTS, K.CELL].map((level) => ({ level, deadline: '2024-06-30' })),
    });

    const sA = await insertSpeaker(t, { organisation: A, level: 'UPPER_GRASSROOTS', member: m.m5 });
    await insertSpeaker(t, { organisation: root, level: 'BLOC', externalName: 'PGS.TS. Nguyễn Văn Giảng' });
    const ended = await insertSpeaker(t, { organisation: B, level: 'GRASSROOTS', externalName: 'Báo cáo viên đã thôi' });
    await t.query(`UPDATE speakers SET ended_on = '2024-06-01' WHERE id = $1`, [ended.id]);

    // Sessions: A1 (secretary presented), its make-up, a cancelled one; A2 (not presented); A (its secretary on
    // the speaker list, the flag unset); B (not presented).
    await insertReportSession(t, {
      campaign: c1, organiser: A1, startsAt: '2025-05-10T01:00:00Z', secretaryPresented: true,
      participants: [{ member: m.m1, status: 'PRESENT' }, { member: m.m2, status: 'UNEXCUSED' }, { member: m.m4, status: 'UNEXCUSED' }],
    });
    await insertReportSession(t, {
      campaign: c1, organiser: A1, startsAt: '2025-05-24T01:00:00Z', isMakeup: true, participants: [{ member: m.m2, status: 'LATE' }],
    });
    await insertReportSession(t, {
      campaign: c1, organiser: A1, startsAt: '2025-05-30T01:00:00Z', status: 'CANCELLED', participants: [{ member: m.m4, status: 'PRESENT' }],
    });
    await insertReportSession(t, {
      campaign: c1, organiser: A2, startsAt: '2025-05-12T01:00:00Z',
      participants: [{ member: m.m5, status: 'UNEXCUSED' }, { member: m.m6, status: 'PRESENT' }],
    });
    await insertReportSession(t, { campaign: c1, organiser: A, startsAt: '2025-04-20T01:00:00Z', speakerIds: [sA.id] });
    await insertReportSession(t, {
      campaign: c1, organiser: B, startsAt: '2025-05-15T01:00:00Z', secretaryPresented: false,
      participants: [{ member: m.m8, status: 'PRESENT' }, { member: m.m9, status: 'PRESENT' }],
    });

    await insertReportEssay(t, { campaign: c1, member: m.m1, submittedAt: '2025-06-01T03:00:00Z', grade: 8 });
    await insertReportEssay(t, { campaign: c1, member: m.m2, submittedAt: '2025-06-20T03:00:00Z', late: true });
    await insertReportEssay(t, { campaign: c1, member: m.m6, submittedAt: '2025-06-02T03:00:00Z', grade: 9 });
    await insertReportEssay(t, { campaign: c1, member: m.m9, submittedAt: '2025-06-03T03:00:00Z', grade: 6 });

    await insertProgramme(t, { campaign: c1, committee: A, status: 'ISSUED', issuedOn: '2025-07-15' });
    await insertProgramme(t, { campaign: c1, committee: B, status: 'DRAFT' });
    await t.query(
      `INSERT INTO personal_action_plans (campaign_id, member_id, organisation_id, content, status, submitted_at)
       VALUES ($1, $2, $3, 'Kế hoạch hành động cá nhân', 'SUBMITTED', '2025-07-20T03:00:00Z')`,
      [c1.id, m.m8.id, B.id],
    );

    // Cell life 2025: A1 perfect; A2 one month on the 9th (allowed), November missing, no Q4 thematic; B nothing.
    await insertYearOfMeetings(t, A1, { year: 2025, day: 3, thematicQuarters: [1, 2, 3, 4] });
    await insertYearOfMeetings(t, A2, { year: 2025, day: 5, lateMonths: [3], skip: [11], thematicQuarters: [1, 2, 3] });

    await insertRating(t, { year: 2025, org: A1, rating: 'GOOD', ratedOn: '2025-12-20' });
    await insertRating(t, { year: 2025, org: A2, rating: 'EXCELLENT', ratedOn: '2025-12-20' });
    await insertRating(t, { year: 2025, org: A1, member: m.m1, rating: 'EXCELLENT', ratedOn: '2025-12-20' });
    await insertRating(t, { year: 2025, org: B, member: m.m9, rating: 'COMPLETED', ratedOn: '2025-12-20' });
    await insertRating(t, { year: 2024, org: B, rating: 'NOT_COMPLETED', ratedOn: '2024-12-20' });

    // Inspections 2025: the root plans 20 % of {A, B} → 1 and inspected A; A plans 20 % of {A1, A2} → 1, none yet.
    await insertInspectionPlan(t, { org: root, year: 2025, sharePercent: 20 });
    await insertInspectionPlan(t, { org: A, year: 2025, sharePercent: 20 });
    await insertInspectionRecord(t, { by: root, of: A, startedOn: '2025-05-10' });

    // The transfer happens after the campaign's deadline: m6 still counts for A2 in 2025.
    await transfer(t, m.m6, B, '2025-09-01');

    content = await worker.get(ReportComputeService).compute(root.id, root.path, 2025, '2025-12-31');
  });
  afterAll(async () => {
    await worker?.close();
    await t.close();
  });

  const row = (org: TestOrg) => {
    const r = content.rows.find((x) => x.organisationId === org.id);
    if (!r) throw new Error(`no row for ${org.name}`);
    return r;
  };
  /** [achieved, required] of every metric of a row. */
  const figures = (org: TestOrg) =>
    Object.fromEntries(REPORT_METRIC_KEYS.map((k) => [k, [row(org).metrics[k].achieved, row(org).metrics[k].required]]));

  it('lists the organisations in tree order, root first, with depths', () => {
    expect(content.rows.map((r) => [r.name, r.depth])).toEqual([
      [root.name, 0], ['Đảng bộ A', 1], ['Chi bộ A1', 2], ['Chi bộ A2', 2], ['Đảng bộ cơ sở B', 1],
    ]);
    expect(row(A1).parentId).toBe(A.id);
    expect(row(root).parentId).toBeNull();
  });

  it('computes each metric of each cell from its own facts (exemption, make-up, late essay, transfer)', () => {
    expect(figures(A1)).toEqual({
      membersStudied: [2, 3], // m1 + m2 (make-up); m4 absent; m3 exempt is not required
      essaysSubmitted: [2, 2], // m1, m2 (m4 retired and m3 exempt do not write)
      essaysOnTime: [1, 2], // m2 late
      essaysGraded: [1, 2],
      actionProgrammes: [0, 0],
      personalPlans: [0, 0],
      secretaryPresented: [1, 1], // make-up and cancelled sessions are not counted
      cellMeetingsOnTime: [12, 12],
      thematicMeetings: [4, 4],
      inspectionCoverage: [0, 0],
    });
    expect(row(A1).missed).toEqual(['membersStudied', 'essaysOnTime', 'essaysGraded']);
    expect(row(A1).campaigns).toEqual([{ campaignId: c1.id, code: c1.code, required: 3, studied: 2, studiedInMakeUp: 1, exempt: 1 }]);

    expect(figures(A2)).toEqual({
      membersStudied: [1, 2], // m6 counts here (member of A2 on the deadline), m5 absent
      essaysSubmitted: [1, 2],
      essaysOnTime: [1, 2],
      essaysGraded: [1, 1],
      actionProgrammes: [0, 0],
      personalPlans: [0, 1], // m5, secretary of A, takes part in A2
      secretaryPresented: [0, 1],
      cellMeetingsOnTime: [11, 12], // March on the 9th is allowed; November missing
      thematicMeetings: [3, 4],
      inspectionCoverage: [0, 0],
    });
    expect(row(A2).cellMeetings).toEqual({ due: 12, held: 11, late: 1 });

    expect(figures(B)).toEqual({
      membersStudied: [2, 2], // m6 (transferred in after the deadline) is not counted here
      essaysSubmitted: [1, 2],
      essaysOnTime: [1, 2],
      essaysGraded: [1, 1],
      actionProgrammes: [0, 1], // a DRAFT programme is not issued
      personalPlans: [1, 1], // m8, head of unit, submitted
      secretaryPresented: [0, 1],
      cellMeetingsOnTime: [0, 12],
      thematicMeetings: [0, 4],
      inspectionCoverage: [0, 0],
    });
  });

  it('rolls every figure up the tree: each row is the sum over its own subtree', () => {
    expect(figures(A)).toEqual({
      membersStudied: [3, 5],
      essaysSubmitted: [3, 4],
      essaysOnTime: [2, 4],
      essaysGraded: [2, 3],
      actionProgrammes: [1, 1], // issued 15/07/2025
      personalPlans: [0, 1],
      secretaryPresented: [2, 3], // A's own session: its secretary is on the speaker list
      cellMeetingsOnTime: [23, 24],
      thematicMeetings: [7, 8],
      inspectionCoverage: [0, 1], // ceil(20 % of 2) = 1 planned, none inspected
    });
    expect(figures(root)).toEqual({
      membersStudied: [5, 7],
      essaysSubmitted: [4, 6],
      essaysOnTime: [3, 6],
      essaysGraded: [3, 4],
      actionProgrammes: [1, 2],
      personalPlans: [1, 2],
      secretaryPresented: [2, 4],
      cellMeetingsOnTime: [23, 36],
      thematicMeetings: [7, 12],
      inspectionCoverage: [1, 2], // the root's 1 of 1 + A's 0 of 1
    });
    // Roll-up sums hold for every metric: root = A + B, A = A1 + A2 + A's own.
    for (const k of REPORT_METRIC_KEYS as readonly ReportMetricKey[]) {
      const sum = (o: TestOrg) => row(o).metrics[k].required;
      expect(sum(root)).toBeGreaterThanOrEqual(sum(A) + sum(B));
      expect(sum(A)).toBeGreaterThanOrEqual(sum(A1) + sum(A2));
    }
    expect(row(root).campaigns).toEqual([{ campaignId: c1.id, code: c1.code, required: 7, studied: 5, studiedInMakeUp: 1, exempt: 1 }]);
    expect(row(root).missed).toEqual([...REPORT_METRIC_KEYS]);
  });

  it('gives percentages against the 100 % target and flags shortfalls only where something was owed', () => {
    expect(row(root).metrics.membersStudied).toEqual({ achieved: 5, required: 7, percent: 71.4, target: 100, belowTarget: true });
    expect(row(B).metrics.membersStudied).toEqual({ achieved: 2, required: 2, percent: 100, target: 100, belowTarget: false });
    expect(row(A1).metrics.actionProgrammes).toEqual({ achieved: 0, required: 0, percent: null, target: 100, belowTarget: false });
  });

  it('counts grades, speakers on the roster and ratings of the year', () => {
    expect(row(root).essayGrades).toEqual({ '0': 0, '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 1, '7': 0, '8': 1, '9': 1, '10': 0 });
    expect(row(A1).essayGrades['8']).toBe(1);
    expect(row(root).speakersByLevel).toEqual({ BLOC: 1, UPPER_GRASSROOTS: 1, GRASSROOTS: 0 }); // the ended one is off the roster
    expect(row(A).speakersByLevel.UPPER_GRASSROOTS).toBe(1);
    expect(row(root).ratings).toEqual({
      organisations: { EXCELLENT: 1, GOOD: 1, COMPLETED: 0, NOT_COMPLETED: 0 }, // 2024's rating of B is not this year's
      members: { EXCELLENT: 1, GOOD: 0, COMPLETED: 1, NOT_COMPLETED: 0 },
    });
  });

  it('a report rooted lower down covers only that subtree, with the same figures for it', async () => {
    const onlyA = await worker.get(ReportComputeService).compute(A.id, A.path, 2025, '2025-12-31');
    expect(onlyA.rows.map((r) => r.name)).toEqual(['Đảng bộ A', 'Chi bộ A1', 'Chi bộ A2']);
    expect(onlyA.rows[0].depth).toBe(0);
    expect(onlyA.rows[0].metrics).toEqual(row(A).metrics);
  });

  it('stores the job as one snapshot with its rows and below-target list (what inspection sampling reads)', async () => {
    const [job] = await t.query<{ id: string }>(
      `INSERT INTO report_jobs (root_organisation_id, year, trigger) VALUES ($1, 2025, 'SCHEDULE') RETURNING id`,
      [root.id],
    );
    const progress: number[] = [];
    const result = await runReportJob(worker, job.id, progress);
    expect(result.created).toBe(true);
    expect(progress[progress.length - 1]).toBe(100);
    const rows = await t.query<{ organisation_id: string; below_target: boolean; missed: string[] }>(
      `SELECT organisation_id, below_target, missed FROM report_snapshot_rows WHERE snapshot_id = $1`,
      [result.snapshotId],
    );
    expect(rows).toHaveLength(5);
    expect(rows.find((r) => r.organisation_id === A1.id)).toEqual({
      organisation_id: A1.id, below_target: true, missed: ['membersStudied', 'essaysOnTime', 'essaysGraded'],
    });
    const [snap] = await t.query<{ version: number; status: string; inputs_hash: string }>(
      `SELECT version, status, inputs_hash FROM report_snapshots WHERE id = $1`,
      [result.snapshotId],
    );
    expect(snap).toMatchObject({ version: 1, status: 'DRAFT' });
    expect(snap.inputs_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is read by the Organisation Board at the root, not by a cell secretary', async () => {
    const [snap] = await t.query<{ id: string }>(`SELECT id FROM report_snapshots WHERE root_organisation_id = $1`, [root.id]);
    const board = await t.tokenFor([[Role.ORGANISATION_BOARD, root]]);
    const res = await t.http.get(`/api/v1/reports/${snap.id}/rows?belowTargetOnly=true&maxDepth=1`).set('authorization', `Bearer ${board}`);
    expect(res.status).toBe(200);
    expect(res.body.nodes.map((r: { name: string }) => r.name)).toEqual([root.name, 'Đảng bộ A', 'Đảng bộ cơ sở B']);
    const secretary = await t.tokenFor([[Role.CELL_SECRETARY, A1]]);
    expect((await t.http.get(`/api/v1/reports/${snap.id}`).set('authorization', `Bearer ${secretary}`)).status).toBe(403);
  });
});
