import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { bullRootModule, ConfigModule, DatabaseModule, LoggingModule, RedisModule } from '@qt/server-core';
import { InspectionsWorkerModule } from '@qt/server-inspections';
import { OrganisationKind } from '@qt/shared-domain';
import { eventually } from './essays-fixtures';
import { TestApp, TestOrg } from './test-app';

/** The inspections worker in-process (same database and queue prefix as the test API). */
export async function startInspectionsWorker(t: TestApp): Promise<INestApplicationContext> {
  @Module({ imports: [ConfigModule.forRoot(t.config), LoggingModule, DatabaseModule, RedisModule, bullRootModule(), InspectionsWorkerModule] })
  class TestWorkerModule {}
  const worker = await NestFactory.createApplicationContext(TestWorkerModule, { logger: false });
  await worker.init();
  return worker;
}

/** A committee under `parent` with `counts` directly subordinate organisations of each kind. */
export async function committeeWith(
  t: TestApp,
  parent: TestOrg,
  counts: Partial<Record<OrganisationKind, number>>,
  kind: OrganisationKind = OrganisationKind.UPPER_GRASSROOTS,
): Promise<{ committee: TestOrg; children: TestOrg[] }> {
  const committee = await t.org(parent, kind);
  const children: TestOrg[] = [];
  for (const [k, n] of Object.entries(counts)) {
    for (let i = 0; i < (n ?? 0); i += 1) children.push(await t.org(committee, k as OrganisationKind));
  }
  return { committee, children };
}

/** An inspection record of `org` by `by` on a date, straight into the database (history for the sampling). */
export async function insertInspected(t: TestApp, by: TestOrg, orgs: TestOrg[], on: string): Promise<void> {
  await t.query(
    `INSERT INTO inspection_records (inspecting_organisation_id, organisation_id, title, scope, started_on)
     SELECT $1, unnest($2::uuid[]), 'Kiểm tra việc học tập nghị quyết', 'Học tập, quán triệt nghị quyết', $3`,
    [by.id, orgs.map((o) => o.id), on],
  );
}

export interface RunView {
  id: string;
  status: string;
  seed: number;
  summary: { candidates: number; sampleSize: number; picked: number; forced: number; reportUsed: boolean; strata: { kind: string; allocated: number }[] } | null;
  picks: { organisationId: string; stratum: string; forced: boolean; rank: number; reasons: { code: string; text: string }[] }[];
}

/** Creates a plan through REST; returns its id. */
export async function createPlan(t: TestApp, token: string, body: Record<string, unknown>): Promise<string> {
  const res = await t.http.post('/api/v1/inspections/plans').set({ authorization: `Bearer ${token}` }).send(body);
  if (res.status !== 201) throw new Error(`plan: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

/** Requests a sampling run through REST and waits until the worker finished it. */
export async function sampleAndWait(t: TestApp, token: string, planId: string, seed?: number): Promise<RunView> {
  const res = await t.http.post(`/api/v1/inspections/plans/${planId}/runs`).set({ authorization: `Bearer ${token}` }).send(seed === undefined ? {} : { seed });
  if (res.status !== 202) throw new Error(`sample: ${res.status} ${JSON.stringify(res.body)}`);
  return waitRun(t, token, res.body.id);
}

export function waitRun(t: TestApp, token: string, runId: string): Promise<RunView> {
  return eventually(async () => {
    const run = await t.http.get(`/api/v1/inspections/runs/${runId}`).set({ authorization: `Bearer ${token}` });
    return run.body.status === 'DONE' || run.body.status === 'FAILED' ? (run.body as RunView) : undefined;
  });
}

export const pickedIds = (run: RunView) => run.picks.map((p) => p.organisationId).sort();
