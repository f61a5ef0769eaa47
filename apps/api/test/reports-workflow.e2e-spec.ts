import { INestApplicationContext } from '@nestjs/common';
import { QUEUES } from '@qt/server-core';
import { ReportsProcessor } from '@qt/server-reports';
import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { Queue } from 'bullmq';
import { runReportJob, startReportsWorker, until } from './support/reports-fixtures';
import { insertCampaign, insertSpeaker } from './support/study-fixtures';
import { TestApp, TestOrg } from './support/test-app';

/**
 * The report's life through the API and the worker: generate (idempotent), progress to 100 %, versions,
 * immutability (the database refuses too), submit / accept / return with their refusals, domain events,
 * year-over-year, and a job retried after a crash or run twice leaving exactly one snapshot.
 */
describe('annual report workflow: jobs, snapshots, submit / accept / return', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let root: TestOrg, A: TestOrg, A1: TestOrg, B: TestOrg;
  let board: string, officeA: string, officeB: string, orgBoard: string, inspector: string, secretaryA1: string, memberToken: string;

  beforeAll(async () => {
    t = await TestApp.start();
    worker = await startReportsWorker(t);
    root = await t.root();
    A = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ A');
    A1 = await t.org(A, K.CELL, 'Chi bộ A1');
    B = await t.org(root, K.GRASSROOTS, 'Đảng bộ cơ sở B');
    const m1 = await t.member(A1);
    await t.member(B);
    await insertCampaign(t, {
      issuer: root, startsOn: '2025-03-01', reportDueOn: '2025-09-30', essayPolicy: 'NONE',
      levels: [K.BLOC, K.UPPER_GRASSROOTS, K.GRASSROOTS, K.CELL].map((level) => ({ level, deadline: '2025-06-30' })),
    });
    await insertSpeaker(t, { organisation: A, level: 'UPPER_GRASSROOTS', member: m1 });
    board = await t.tokenFor([[Role.PROPAGANDA_BOARD, root]]);
    officeA = await t.tokenFor([[Role.COMMITTEE_OFFICE, A]]);
    officeB = await t.tokenFor([[Role.COMMITTEE_OFFICE, B]]);
    orgBoard = await t.tokenFor([[Role.ORGANISATION_BOARD, root]]);
    inspector = await t.tokenFor([[Role.INSPECTION_COMMISSION, root]]);
    secretaryA1 = await t.tokenFor([[Role.CELL_SECRETARY, A1]]);
    memberToken = await t.tokenFor([[Role.MEMBER, A1]], m1.id);
  });
  afterAll(async () => {
    await worker?.close();
    await t.close();
  });

  const post = (token: string | null, url: string, body: object = {}, key?: string) => {
    const req = t.http.post(`/api/v1/reports${url}`).send(body);
    if (token) req.set('authorization', `Bearer ${token}`);
    if (key) req.set('idempotency-key', key);
    return req;
  };
  const get = (token: string, url: string) => t.http.get(`/api/v1/reports${url}`).set('authorization', `Bearer ${token}`);
  /** Waits for the worker to finish the job; returns the job as the API shows it. */
  const done = (token: string, jobId: string) =>
    until(async () => {
      const res = await get(token, `/jobs/${jobId}`);
      return res.body.status === 'DONE' || res.body.status === 'FAILED' ? res.body : undefined;
    });
  const generate = async (token: string, rootId: string, year: number, key: string) => {
    const res = await post(token, '/jobs', { rootOrganisationId: rootId, year }, key);
    expect(res.status).toBe(202);
    const job = await done(token, res.body.id);
    expect(job).toMatchObject({ status: 'DONE', progress: 100 });
    return job.snapshotId as string;
  };
  /** The reports queue on its own connection (closed with the queue). */
  const reportsQueue = () => {
    const url = new URL(t.config.REDIS_URL);
    return new Queue(QUEUES.reports, {
      connection: { host: url.hostname, port: Number(url.port || 6379), db: Number(url.pathname.slice(1) || 0) },
      prefix: t.config.QUEUE_PREFIX,
    });
  };
  const snapshotsOfJob = async (jobId: string) =>
    (await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM report_snapshots WHERE job_id = $1`, [jobId]))[0].n;

  let a1: string; // A's 2025 report, version 1

  it('generates idempotently: the same Idempotency-Key is the same job; the worker takes it to 100 %', async () => {
    const first = await post(officeA, '/jobs', { rootOrganisationId: A.id, year: 2025 }, 'report-A-2025-a');
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ rootOrganisationId: A.id, year: 2025, trigger: 'ON_DEMAND' });
    const again = await post(officeA, '/jobs', { rootOrganisationId: A.id, year: 2025 }, 'report-A-2025-a');
    expect(again.status).toBe(202);
    expect(again.body.id).toBe(first.body.id);
    const otherYear = await post(officeA, '/jobs', { rootOrganisationId: A.id, year: 2024 }, 'report-A-2025-a');
    expect(otherYear.status).toBe(422);
    expect(otherYear.body.fields[0].field).toBe('Idempotency-Key');

    const job = await done(officeA, first.body.id);
    expect(job).toMatchObject({ status: 'DONE', progress: 100 });
    const queue = reportsQueue();
    const bull = await queue.getJob(first.body.id);
    await queue.close();
    expect(bull?.progress).toBe(100);
    expect(await snapshotsOfJob(first.body.id)).toBe(1);
    a1 = job.snapshotId;

    // GraphQL shows the same job; its requestKey is the same idempotency key (per user) as the REST header.
    const gql = await t.gql(officeA, `query($id: ID!) { reportJob(id: $id) { id status progress snapshotId } }`, { id: first.body.id });
    expect(gql.data.reportJob).toEqual({ id: first.body.id, status: 'DONE', progress: 100, snapshotId: a1 });
    const viaGql = await t.gql(officeA, `mutation($input: GenerateReportInput!) { generateReport(input: $input) { id } }`, {
      input: { rootOrganisationId: A.id, year: 2025, requestKey: 'report-A-2025-a' },
    });
    expect(viaGql.data.generateReport.id).toBe(first.body.id);
  });

  it('refuses generating outside the subtree, for a wrong role, anonymously, and for a future year', async () => {
    expect((await post(officeA, '/jobs', { rootOrganisationId: B.id, year: 2025 })).status).toBe(403);
    expect((await post(orgBoard, '/jobs', { rootOrganisationId: A.id, year: 2025 })).status).toBe(403);
    expect((await post(secretaryA1, '/jobs', { rootOrganisationId: A1.id, year: 2025 })).status).toBe(403);
    expect((await post(null, '/jobs', { rootOrganisationId: A.id, year: 2025 })).status).toBe(401);
    const future = await post(board, '/jobs', { rootOrganisationId: A.id, year: 2099 });
    expect(future.status).toBe(422);
    expect(future.body.fields[0].field).toBe('year');
    const bad = await post(board, '/jobs', { rootOrganisationId: 'x', year: 'dit' });
    expect(bad.status).toBe(400);
    const gql = await t.gql(board, `mutation { generateReport(input: { rootOrganisationId: "${B.id}", year: 1990 }) { id } }`);
    expect(gql.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers bad input with 400/404/422 naming the field, never a 500', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const cases: [string, Promise<{ status: number; body: { fields?: { field: string }[] } }>, number, string?][] = [
      ['list year', get(board, '?year=abc'), 400, 'year'],
      ['list page', get(board, '?first=1000'), 400, 'first'],
      ['list cursor', get(board, '?after=zzz'), 400, 'after'],
      ['list status', get(board, '?status=FOO'), 400, 'status'],
      ['list extra', get(board, '?foo=1'), 400, 'foo'],
      ['get id', get(board, '/not-a-uuid'), 400],
      ['get unknown', get(board, `/${unknown}`), 404],
      ['job unknown', get(board, `/jobs/${unknown}`), 404],
      ['rows depth', get(board, `/${a1}/rows?maxDepth=-1`), 400, 'maxDepth'],
      ['rows flag', get(board, `/${a1}/rows?belowTargetOnly=maybe`), 400, 'belowTargetOnly'],
      ['rows cursor', get(board, `/${a1}/rows?after=bad`), 400, 'after'],
      ['accept comment', post(board, `/${a1}/accept`, { comment: 5 }), 400, 'comment'],
      ['return empty', post(board, `/${a1}/return`, { comment: '' }), 400, 'comment'],
      ['return extra', post(board, `/${a1}/return`, { comment: 'x', extra: 1 }), 400, 'extra'],
      ['generate unknown root', post(board, '/jobs', { rootOrganisationId: unknown, year: 2025 }), 422, 'rootOrganisationId'],
      ['generate key', post(board, '/jobs', { rootOrganisationId: A.id, year: 2025 }, 'short'), 400, 'Idempotency-Key'],
      ['submit unknown', post(board, `/${unknown}/submit`), 404],
    ];
    for (const [name, res, status, field] of cases) {
      const r = await res;
      expect([name, r.status]).toEqual([name, status]);
      if (field) expect([name, r.body.fields?.map((f) => f.field)]).toEqual([name, expect.arrayContaining([field])]);
    }
  });

  it('a job run again (a retry after a crash, a second worker) never writes a second snapshot', async () => {
    const [job] = await t.query<{ id: string }>(
      `INSERT INTO report_jobs (root_organisation_id, year, trigger, status, progress, attempts, started_at)
       VALUES ($1, 2025, 'ON_DEMAND', 'RUNNING', 45, 1, now()) RETURNING id`,
      [B.id],
    );
    // Two workers on the same job at once, then a third run after it is done.
    const [x, y] = await Promise.all([runReportJob(worker, job.id), runReportJob(worker, job.id)]);
    expect(x.snapshotId).toBe(y.snapshotId);
    const progress: number[] = [];
    const z = await runReportJob(worker, job.id, progress);
    expect(z).toMatchObject({ snapshotId: x.snapshotId, created: false });
    expect(progress).toEqual([]);
    expect(await snapshotsOfJob(job.id)).toBe(1);
    const [row] = await t.query<{ status: string; progress: number }>(`SELECT status, progress FROM report_jobs WHERE id = $1`, [job.id]);
    expect(row).toEqual({ status: 'DONE', progress: 100 });
  });

  it('shows a snapshot to readers of its subtree only', async () => {
    const res = await get(officeA, `/${a1}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: a1, rootOrganisationId: A.id, year: 2025, version: 1, status: 'DRAFT', rowCount: 2 });
    expect(res.body.root.metrics.map((m: { key: string }) => m.key)).toContain('membersStudied');
    expect(res.body.root.speakersByLevel).toContainEqual({ key: 'UPPER_GRASSROOTS', count: 1 });
    expect((await get(board, `/${a1}`)).status).toBe(200); // the parent reads what it will review
    expect((await get(inspector, `/${a1}`)).status).toBe(200);
    expect((await get(officeB, `/${a1}`)).status).toBe(403);
    expect((await get(secretaryA1, `/${a1}`)).status).toBe(403);
    expect((await get(memberToken, `/${a1}`)).status).toBe(403);
    expect((await get(officeB, `/jobs/${res.body.jobId}`)).status).toBe(403);
  });

  it('submit: only DRAFT, only by staff of the root itself, once', async () => {
    expect((await post(board, `/${a1}/submit`)).status).toBe(403); // the parent does not submit for A
    expect((await post(officeB, `/${a1}/submit`)).status).toBe(403); // other subtree
    expect((await post(orgBoard, `/${a1}/submit`)).status).toBe(403); // wrong role
    const ok = await post(officeA, `/${a1}/submit`);
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('SUBMITTED');
    const twice = await post(officeA, `/${a1}/submit`);
    expect(twice.status).toBe(422);
    const [event] = await t.query<{ type: string; organisation_id: string; data: Record<string, unknown> }>(
      `SELECT type, organisation_id, data FROM domain_events WHERE dedupe_key = $1`,
      [`report.submitted:${a1}`],
    );
    expect(event).toMatchObject({ type: 'report.submitted', organisation_id: A.id, data: { snapshotId: a1, year: 2025, version: 1 } });
  });

  it('a submitted snapshot is frozen in the database too; recomputing gives a new version', async () => {
    await expect(t.query(`UPDATE report_snapshots SET content = '{}'::jsonb WHERE id = $1`, [a1])).rejects.toThrow(/recompute/);
    await expect(t.query(`UPDATE report_snapshots SET status = 'DRAFT' WHERE id = $1`, [a1])).rejects.toThrow(/cannot go from/);
    await expect(t.query(`DELETE FROM report_snapshots WHERE id = $1`, [a1])).rejects.toThrow(/cannot be deleted/);
    await expect(t.query(`UPDATE report_snapshot_rows SET below_target = NOT below_target WHERE snapshot_id = $1`, [a1])).rejects.toThrow(
      /cannot change/,
    );
    const v2 = await generate(officeA, A.id, 2025, 'report-A-2025-b');
    const list = await get(officeA, `?rootOrganisationId=${A.id}&year=2025`);
    expect(list.status).toBe(200);
    expect(list.body.nodes.map((s: { version: number; status: string }) => [s.version, s.status])).toEqual([[2, 'DRAFT'], [1, 'SUBMITTED']]);
    const [h1, h2] = await t.query<{ inputs_hash: string }>(
      `SELECT inputs_hash FROM report_snapshots WHERE id = ANY($1::uuid[]) ORDER BY version`,
      [[a1, v2]],
    );
    expect(h2.inputs_hash).toBe(h1.inputs_hash); // same facts, same hash
    // Only one version of a root and year can be on its way up.
    expect((await post(officeA, `/${v2}/submit`)).status).toBe(422);
  });

  it('accept: only by the PARENT committee, only when SUBMITTED; records report.accepted', async () => {
    expect((await post(officeA, `/${a1}/accept`)).status).toBe(403); // the root itself
    expect((await post(officeB, `/${a1}/accept`)).status).toBe(403); // a sibling
    expect((await post(orgBoard, `/${a1}/accept`)).status).toBe(403); // wrong role
    const viaGql = await t.gql(officeA, `mutation($id: ID!) { acceptReport(id: $id) { status } }`, { id: a1 });
    expect(viaGql.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const anonymous = await t.gql(null, `query { reports { nodes { id } } }`);
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const ok = await post(board, `/${a1}/accept`, { comment: 'Tiếp nhận báo cáo' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'ACCEPTED', reviewComment: 'Tiếp nhận báo cáo' });
    expect((await post(board, `/${a1}/accept`)).status).toBe(422);
    const [event] = await t.query(`SELECT type FROM domain_events WHERE dedupe_key = $1`, [`report.accepted:${a1}`]);
    expect(event).toEqual({ type: 'report.accepted' });
  });

  it('return: needs a comment, by the parent, then the report cannot be accepted; the bloc root has no parent', async () => {
    const b1 = await generate(officeB, B.id, 2025, 'report-B-2025-a');
    const submitted = await t.gql(officeB, `mutation($id: ID!) { submitReport(id: $id) { status } }`, { id: b1 });
    expect(submitted.data.submitReport.status).toBe('SUBMITTED');
    expect((await post(board, `/${b1}/return`, {})).status).toBe(400);
    const gql = await t.gql(board, `mutation($id: ID!) { returnReport(id: $id, input: { comment: "Đề nghị bổ sung số liệu" }) { status reviewComment } }`, {
      id: b1,
    });
    expect(gql.data.returnReport).toEqual({ status: 'RETURNED', reviewComment: 'Đề nghị bổ sung số liệu' });
    expect((await post(board, `/${b1}/accept`)).status).toBe(422);

    const bloc = await generate(board, root.id, 2025, 'report-root-2025');
    expect((await post(board, `/${bloc}/submit`)).status).toBe(200);
    expect((await post(board, `/${bloc}/accept`)).status).toBe(422);
  });

  it("compares with the previous year's accepted snapshot", async () => {
    const a2026 = await generate(officeA, A.id, 2026, 'report-A-2026-a');
    const res = await t.gql(officeA, `query($id: ID!) { report(id: $id) { year previousYear { snapshotId version metrics { key required } } } }`, {
      id: a2026,
    });
    expect(res.data.report.year).toBe(2026);
    expect(res.data.report.previousYear).toMatchObject({ snapshotId: a1, version: 1 });
    expect(res.data.report.previousYear.metrics).toHaveLength(10);
    const rows = await t.gql(officeA, `query($id: ID!) { reportRows(snapshotId: $id, first: 1) { nodes { name depth } pageInfo { hasNextPage } } }`, {
      id: a2026,
    });
    expect(rows.errors).toBeUndefined();
    expect(rows.data.reportRows).toEqual({ nodes: [{ name: 'Đảng bộ A', depth: 0 }], pageInfo: { hasNextPage: true } });
  });

  it('the annual run queues one job per root and per committee directly below it, once', async () => {
    const processor = worker.get(ReportsProcessor);
    const first = await processor.scheduleYear(2026);
    await processor.scheduleYear(2026);
    const jobs = await t.query<{ root_organisation_id: string }>(
      `SELECT root_organisation_id FROM report_jobs WHERE year = 2026 AND trigger = 'SCHEDULE' ORDER BY root_organisation_id`,
    );
    expect(jobs.map((j) => j.root_organisation_id).sort()).toEqual([root.id, A.id, B.id].sort());
    expect(first.jobs).toBe(3);
    const queue = reportsQueue();
    const schedulers = await queue.getJobSchedulers();
    await queue.close();
    expect(schedulers).toContainEqual(expect.objectContaining({ key: 'annual-reports', pattern: '0 2 15 12 *', tz: 'Asia/Ho_Chi_Minh' }));
  });
});
