/**
 * The body of `npm run seed` (tools/db/seed.ts): loads the demo bloc into a
 * database that has no tree yet (or only the root made by the API bootstrap,
 * which is reused) and upserts the demo logins. Idempotent: a database with
 * more than one organisation is left alone.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Client } from 'pg';
import { demoUserSpecs, DemoLogin, formatDemoLogins, prepareDemoUsers, upsertDemoUsers } from './demo-users';
import { Role } from '@qt/shared-domain';
import { BlocData, ExistingRoot, generateBloc, summariseBloc, BlocSummary } from './generate';
import { analyzeBlocTables, copyBloc } from './load';
import { LATER_SEEDERS, seedStudyData, todayInVietnam } from './study';

export const ALREADY_PRESENT = 'seed: demo data already present';

export interface SeedOptions {
  databaseUrl: string;
  members: number;
  seed: number | string;
  /** Where to write the logins; nothing is written when undefined. */
  loginsFile?: string;
  log?: (line: string) => void;
  /** The date the demo's live picture is laid out around (default: today in Asia/Ho_Chi_Minh). */
  today?: string;
}

export interface SeedResult {
  status: 'present' | 'loaded';
  summary?: BlocSummary;
  logins?: DemoLogin[];
  loginsText?: string;
  timings?: { generateMs: number; hashMs: number; copyMs: number; usersMs: number; commitMs: number; analyzeMs: number; totalMs: number };
}

/** Same advisory lock as the API bootstrap, so a starting API and the seed never both create a root or an admin. */
const LOCK_SQL = `SELECT pg_advisory_xact_lock(hashtext('qt:bootstrap-admin'))`;

export async function runSeed(options: SeedOptions): Promise<SeedResult> {
  const log = options.log ?? (() => undefined);
  const started = Date.now();
  const client = new Client({ connectionString: options.databaseUrl, application_name: 'qt-seed' });
  await client.connect();
  try {
    await client.query('BEGIN');
    let committed = false;
    try {
      await client.query(LOCK_SQL);
      const { rows: roots } = await client.query<ExistingRoot & { total: number }>(
        `SELECT o.id, o.code, o.name, o.path, o.depth, (SELECT count(*)::int FROM organisations) AS total
           FROM organisations o WHERE o.parent_id IS NULL ORDER BY o.created_at LIMIT 1`,
      );
      const total = roots[0]?.total ?? 0;
      const { rows: [study] } = await client.query<{ campaigns: number }>(`SELECT count(*)::int AS campaigns FROM campaigns`);
      if (total > 1 && study.campaigns === 0) {
        // A bloc seeded before the study modules existed: add their demo data to it, once.
        const studyTimings = await seedStudyData({ client, today: options.today ?? todayInVietnam(), log });
        const logins = await upsertDemoSpeaker(client);
        await client.query('COMMIT');
        committed = true;
        log(`seed: study data added to the existing bloc (${Object.entries(studyTimings).map(([n, ms]) => `${n} ${ms}`).join(', ')})`);
        const loginsText = formatDemoLogins(logins);
        if (options.loginsFile && logins.length > 0) {
          // Keep the earlier logins and add the new one(s) below them.
          mkdirSync(dirname(options.loginsFile), { recursive: true });
          const earlier = existsSync(options.loginsFile) ? readFileSync(options.loginsFile, 'utf8') : '# username / password / role / organisation\n';
          writeFileSync(options.loginsFile, earlier + loginsText.split('\n').slice(1).join('\n'), { mode: 0o600 });
        }
        return { status: 'loaded', logins, loginsText };
      }
      if (total > 1) {
        // A bloc seeded before the inspections and reports modules existed: add their demo data, once.
        const { rows: [later] } = await client.query<{ plans: number; snapshots: number }>(
          `SELECT (SELECT count(*)::int FROM inspection_plans) AS plans, (SELECT count(*)::int FROM report_snapshots) AS snapshots`,
        );
        if (later.plans === 0 && later.snapshots === 0) {
          const ctx = { client, today: options.today ?? todayInVietnam(), log };
          const timings: string[] = [];
          for (const [name, seeder] of LATER_SEEDERS) {
            const started = Date.now();
            await seeder(ctx);
            timings.push(`${name} ${Date.now() - started}`);
          }
          await client.query('COMMIT');
          committed = true;
          log(`seed: inspections and reports demo data added to the existing bloc (${timings.join(', ')})`);
          return { status: 'loaded', logins: [], loginsText: '' };
        }
        await client.query('ROLLBACK');
        committed = true;
        log(ALREADY_PRESENT);
        return { status: 'present' };
      }
      const existingRoot = total === 1 ? roots[0] : undefined;

      let t = Date.now();
      const data: BlocData = generateBloc({
        seed: options.seed,
        members: options.members,
        root: existingRoot && { id: existingRoot.id, code: existingRoot.code, name: existingRoot.name, path: existingRoot.path, depth: existingRoot.depth },
      });
      const generateMs = Date.now() - t;
      const summary = summariseBloc(data);
      log(
        `seed: generated ${summary.organisations} organisations (${summary.byKind.UPPER_GRASSROOTS} upper-grassroots, ` +
          `${summary.byKind.GRASSROOTS} grassroots, ${summary.byKind.CELL} cells), ${summary.members} members, ` +
          `${summary.memberships} memberships, ${summary.committeeOffices} committee offices in ${generateMs} ms` +
          (existingRoot ? ` (under the existing root ${existingRoot.code})` : ''),
      );

      t = Date.now();
      const users = await prepareDemoUsers(demoUserSpecs(data));
      const hashMs = Date.now() - t;

      const copied = await copyBloc(client, data);
      log(`seed: copied in ${copied.copyMs} ms (${Object.entries(copied.tableMs).map(([t, ms]) => `${t} ${ms}`).join(', ')})`);
      t = Date.now();
      const logins = await upsertDemoUsers(client, users);
      const usersMs = Date.now() - t;
      t = Date.now();
      const studyTimings = await seedStudyData({ client, today: options.today ?? todayInVietnam(), log });
      log(`seed: study data in ${Date.now() - t} ms (${Object.entries(studyTimings).map(([n, ms]) => `${n} ${ms}`).join(', ')})`);
      logins.push(...(await upsertDemoSpeaker(client)));
      t = Date.now();
      await client.query('COMMIT');
      committed = true;
      const commitMs = Date.now() - t;
      const analyzeMs = await analyzeBlocTables(client);

      const loginsText = formatDemoLogins(logins);
      if (options.loginsFile) {
        mkdirSync(dirname(options.loginsFile), { recursive: true });
        writeFileSync(options.loginsFile, loginsText, { mode: 0o600 });
      }
      const totalMs = Date.now() - started;
      log(`seed: done in ${totalMs} ms (generate ${generateMs}, hash ${hashMs}, copy ${copied.copyMs}, users ${usersMs}, commit ${commitMs}, analyze ${analyzeMs})`);
      return {
        status: 'loaded',
        summary,
        logins,
        loginsText,
        timings: { generateMs, hashMs, copyMs: copied.copyMs, usersMs, commitMs, analyzeMs, totalMs },
      };
    } finally {
      if (!committed) await client.query('ROLLBACK').catch(() => undefined);
    }
  } finally {
    await client.end();
  }
}

/**
 * The demo speaker (báo cáo viên) login: a member on the bloc roster who speaks at
 * the most sessions and has no account yet, with the SPEAKER role at the roster's
 * organisation. Chosen after the study data exists, so it has sessions to show.
 */
async function upsertDemoSpeaker(client: Client): Promise<DemoLogin[]> {
  const { rows } = await client.query<{ memberId: string; fullName: string; id: string; code: string; name: string }>(
    `SELECT sp.member_id AS "memberId", m.full_name AS "fullName", o.id, o.code, o.name
       FROM speakers sp JOIN members m ON m.id = sp.member_id JOIN organisations o ON o.id = sp.organisation_id
      WHERE sp.level = 'BLOC' AND sp.ended_on IS NULL AND NOT EXISTS (SELECT 1 FROM users u WHERE u.member_id = sp.member_id)
      ORDER BY (SELECT count(*) FROM session_speakers ss WHERE ss.speaker_id = sp.id) DESC, m.card_number
      LIMIT 1`,
  );
  if (!rows[0]) return [];
  const r = rows[0];
  const users = await prepareDemoUsers([
    { username: 'baocaovien', displayName: r.fullName, role: Role.SPEAKER, organisation: { id: r.id, code: r.code, name: r.name }, memberId: r.memberId, keepExisting: false },
  ]);
  return upsertDemoUsers(client, users);
}
