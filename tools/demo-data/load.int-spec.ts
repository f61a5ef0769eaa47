import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as argon2 from 'argon2';
import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '../testing/test-database';
import { generateBloc, summariseBloc } from './generate';
import { copyRows, loadBloc, MEMBERS_TABLE } from './load';
import { ALREADY_PRESENT, runSeed } from './seed-database';

const count = async (client: Client, sql: string, params: unknown[] = []): Promise<number> =>
  Number((await client.query(sql, params)).rows[0].n);

describe('loadBloc (PostgreSQL)', () => {
  let db: TestDatabase;
  let client: Client;
  const data = generateBloc({ seed: 2026, members: 5000 });

  beforeAll(async () => {
    db = await createTestDatabase();
    client = new Client({ connectionString: db.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  it('loads 5,000 members with COPY', async () => {
    const result = await loadBloc(client, data);
    const summary = summariseBloc(data);
    expect(result).toMatchObject({
      organisations: summary.organisations,
      members: 5000,
      memberships: summary.memberships,
      committeeOffices: summary.committeeOffices,
    });
    expect(await count(client, `SELECT count(*) AS n FROM organisations`)).toBe(summary.organisations);
    expect(await count(client, `SELECT count(*) AS n FROM members`)).toBe(5000);
    expect(await count(client, `SELECT count(*) AS n FROM memberships`)).toBe(summary.memberships);
    expect(await count(client, `SELECT count(*) AS n FROM committee_offices`)).toBe(summary.committeeOffices);
    expect(await count(client, `SELECT count(*) AS n FROM organisations WHERE parent_id = $1`, [data.root.id])).toBe(61);
    expect(
      await count(client, `SELECT count(*) AS n FROM organisations WHERE parent_id = $1 AND kind = 'UPPER_GRASSROOTS'`, [data.root.id]),
    ).toBe(35);
    // ANALYZE ran: the planner has statistics.
    expect(await count(client, `SELECT count(*) AS n FROM pg_stats WHERE tablename = 'members'`)).toBeGreaterThan(0);
  });

  it('stores the text exactly (diacritics) and computes search_text', async () => {
    const m = data.members[17];
    const { rows } = await client.query(`SELECT full_name, search_text, birth_date::text AS b FROM members WHERE id = $1`, [m.id]);
    expect(rows[0].full_name).toBe(m.fullName);
    expect(rows[0].b).toBe(m.birthDate);
    expect(rows[0].search_text).toContain(m.cardNumber);
  });

  it('gives every member exactly one open membership, in their organisation', async () => {
    expect(
      await count(
        client,
        `SELECT count(*) AS n FROM members m
          WHERE (SELECT count(*) FROM memberships s WHERE s.member_id = m.id AND s.valid_to IS NULL) <> 1`,
      ),
    ).toBe(0);
    expect(
      await count(
        client,
        `SELECT count(*) AS n FROM memberships s JOIN members m ON m.id = s.member_id
          WHERE s.valid_to IS NULL AND s.organisation_id <> m.organisation_id`,
      ),
    ).toBe(0);
    expect(await count(client, `SELECT count(DISTINCT member_id) AS n FROM memberships WHERE valid_to IS NOT NULL`)).toBeGreaterThan(100);
  });

  it('finds "tong cuc" organisations through qt_fold', async () => {
    const { rows } = await client.query(
      `SELECT name FROM organisations WHERE search_text LIKE '%' || qt_fold($1) || '%' ORDER BY name`,
      ['tong cuc'],
    );
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.map((r) => r.name)).toContain('Đảng bộ Tổng cục Quản lý thị trường');
    const nguyen = await count(client, `SELECT count(*) AS n FROM members WHERE search_text LIKE qt_fold('Nguyen') || ' %'`);
    expect(nguyen).toBeGreaterThan(1500);
  });

  it('escapes quotes, commas and newlines in CSV', async () => {
    const tricky = {
      ...data.members[0],
      id: '00000000-0000-4000-8000-000000000001',
      cardNumber: 'X-1',
      fullName: 'Nguyễn "Văn", A\nB\\N',
      position: '',
    };
    await client.query('BEGIN');
    try {
      expect(await copyRows(client, MEMBERS_TABLE, [tricky])).toBe(1);
      const { rows } = await client.query(`SELECT full_name, position FROM members WHERE id = $1`, [tricky.id]);
      expect(rows[0]).toEqual({ full_name: tricky.fullName, position: '' });
    } finally {
      await client.query('ROLLBACK');
    }
  });

  it('rolls the whole load back on failure', async () => {
    await expect(loadBloc(client, data)).rejects.toThrow();
    expect(await count(client, `SELECT count(*) AS n FROM members`)).toBe(5000);
  });

  it('adds the study demo data once to a bloc loaded before the study modules existed', async () => {
    const lines: string[] = [];
    const dir = mkdtempSync(join(tmpdir(), 'qt-seed-'));
    const loginsFile = join(dir, 'demo-logins.txt');
    writeFileSync(loginsFile, '# username / password / role / organisation\ntuyengiao / QuanTriet@2026 / PROPAGANDA_BOARD / DUK\n');
    const result = await runSeed({ databaseUrl: db.url, members: 5000, seed: 2026, today: '2026-11-23', loginsFile, log: (l) => lines.push(l) });
    expect(result.status).toBe('loaded');
    // The earlier logins stay; the demo speaker is added below them.
    const logins = readFileSync(loginsFile, 'utf8');
    expect(logins).toContain('tuyengiao / QuanTriet@2026');
    expect(logins).toMatch(/^baocaovien \/ QuanTriet@2026 \/ SPEAKER \//m);
    rmSync(dir, { recursive: true, force: true });
    expect(lines.some((l) => l.startsWith('seed: study data added to the existing bloc'))).toBe(true);
    expect(await count(client, `SELECT count(*) AS n FROM members`)).toBe(5000);
    expect(await count(client, `SELECT count(*) AS n FROM campaigns`)).toBe(2);
    expect(await count(client, `SELECT count(*) AS n FROM study_sessions`)).toBeGreaterThan(0);
    const again = await runSeed({ databaseUrl: db.url, members: 5000, seed: 2026, today: '2026-11-23' });
    expect(again.status).toBe('present');
    expect(await count(client, `SELECT count(*) AS n FROM campaigns`)).toBe(2);
  });

  it('adds the inspections and reports demo data once to a bloc seeded before those modules existed', async () => {
    // A database seeded by an earlier version: the study data is there, inspections and reports are not.
    await client.query(`TRUNCATE inspection_plans, inspection_sampling_runs, inspection_picks, inspection_records,
      inspection_violations, inspection_follow_ups, member_check_schedule, cell_check_schedule,
      report_jobs, report_snapshots, report_snapshot_rows CASCADE`);
    const lines: string[] = [];
    const result = await runSeed({ databaseUrl: db.url, members: 5000, seed: 2026, today: '2026-11-23', log: (l) => lines.push(l) });
    expect(result.status).toBe('loaded');
    expect(lines.some((l) => l.startsWith('seed: inspections and reports demo data added to the existing bloc'))).toBe(true);
    expect(await count(client, `SELECT count(*) AS n FROM inspection_plans`)).toBeGreaterThan(0);
    expect(await count(client, `SELECT count(*) AS n FROM report_snapshots WHERE status = 'ACCEPTED' AND year = 2025`)).toBeGreaterThan(0);
    expect(await count(client, `SELECT count(*) AS n FROM campaigns`)).toBe(2);
    const plans = await count(client, `SELECT count(*) AS n FROM inspection_plans`);
    expect((await runSeed({ databaseUrl: db.url, members: 5000, seed: 2026, today: '2026-11-23' })).status).toBe('present');
    expect(await count(client, `SELECT count(*) AS n FROM inspection_plans`)).toBe(plans);
  });
});

describe('runSeed (PostgreSQL)', () => {
  let db: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'qt-seed-'));
  });

  afterAll(async () => {
    await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reuses the bootstrap root and admin, loads once, and does not duplicate on a second run', async () => {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      // What the API bootstrap makes: the root and the admin.
      const { rows } = await client.query(
        `WITH n AS (SELECT gen_random_uuid() AS id)
         INSERT INTO organisations (id, code, name, kind, path, depth)
         SELECT id, 'DUK', 'Đảng bộ Khối các cơ quan Trung ương', 'BLOC', '/' || id || '/', 0 FROM n RETURNING id`,
      );
      const rootId = rows[0].id;
      const { rows: users } = await client.query(
        `INSERT INTO users (username, display_name, password_hash) VALUES ('admin', 'Quản trị hệ thống', 'bootstrap-hash') RETURNING id`,
      );
      await client.query(`INSERT INTO role_assignments (user_id, role, organisation_id) VALUES ($1, 'ADMIN', $2)`, [users[0].id, rootId]);

      const loginsFile = join(dir, 'demo-logins.txt');
      const lines: string[] = [];
      const first = await runSeed({ databaseUrl: db.url, members: 2000, seed: 2026, loginsFile, log: (l) => lines.push(l) });
      expect(first.status).toBe('loaded');

      const orgs = await count(client, `SELECT count(*) AS n FROM organisations`);
      expect(await count(client, `SELECT count(*) AS n FROM organisations WHERE parent_id IS NULL`)).toBe(1);
      expect(await count(client, `SELECT count(*) AS n FROM organisations WHERE parent_id = $1`, [rootId])).toBe(61);
      expect(await count(client, `SELECT count(*) AS n FROM members`)).toBe(2000);
      // The admin is left as the bootstrap made it.
      expect((await client.query(`SELECT password_hash FROM users WHERE username = 'admin'`)).rows[0].password_hash).toBe('bootstrap-hash');
      const { rows: demo } = await client.query(
        `SELECT u.username, u.password_hash, u.member_id, r.role, o.kind, o.code
           FROM users u JOIN role_assignments r ON r.user_id = u.id JOIN organisations o ON o.id = r.organisation_id
          ORDER BY u.username`,
      );
      const byName = Object.fromEntries(demo.map((d) => [d.username, d]));
      expect(Object.keys(byName).sort()).toEqual(['admin', 'baocaovien', 'bithu.chibo', 'dangvien', 'kiemtra', 'tochuc', 'tuyengiao', 'vanphong.bct']);
      expect(byName['baocaovien']).toMatchObject({ role: 'SPEAKER', kind: 'BLOC' });
      // The demo speaker speaks at sessions (their "my sessions" page is not empty).
      expect(
        await count(
          client,
          `SELECT count(*) AS n FROM users u JOIN speakers sp ON sp.member_id = u.member_id JOIN session_speakers ss ON ss.speaker_id = sp.id
            WHERE u.username = 'baocaovien'`,
        ),
      ).toBeGreaterThan(0);
      expect(byName['tuyengiao']).toMatchObject({ role: 'PROPAGANDA_BOARD', kind: 'BLOC' });
      expect(byName['vanphong.bct']).toMatchObject({ role: 'COMMITTEE_OFFICE', kind: 'UPPER_GRASSROOTS', code: 'DUK.BCT' });
      expect(byName['bithu.chibo']).toMatchObject({ role: 'CELL_SECRETARY', kind: 'CELL' });
      expect(byName['dangvien']).toMatchObject({ role: 'MEMBER', kind: 'CELL' });
      expect(byName['tochuc'].password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
      expect(await argon2.verify(byName['dangvien'].password_hash, 'QuanTriet@2026')).toBe(true);
      // bithu.chibo is the secretary of the cell where the role sits.
      expect(
        await count(
          client,
          `SELECT count(*) AS n FROM users u JOIN role_assignments r ON r.user_id = u.id
             JOIN committee_offices c ON c.member_id = u.member_id AND c.organisation_id = r.organisation_id
            WHERE u.username = 'bithu.chibo' AND c.office = 'SECRETARY'`,
        ),
      ).toBe(1);
      const text = readFileSync(loginsFile, 'utf8');
      expect(text).toContain('tuyengiao / QuanTriet@2026 / PROPAGANDA_BOARD / Đảng bộ Khối các cơ quan Trung ương (DUK)');
      expect(text).toContain('vanphong.bct / QuanTriet@2026 / COMMITTEE_OFFICE / ');

      // The live study picture a newcomer should see (issue 3 and 4 demo data).
      const states = async (q: string) =>
        Object.fromEntries((await client.query(q)).rows.map((r: { k: string; n: number }) => [r.k, Number(r.n)]));
      expect((await client.query(`SELECT status FROM campaigns WHERE code = 'HT-TW7-XII'`)).rows).toEqual([{ status: 'ISSUED' }]);
      const sessions = await states(`SELECT status AS k, count(*) AS n FROM study_sessions GROUP BY status`);
      expect(sessions.CLOSED).toBeGreaterThan(0);
      expect(sessions.PLANNED).toBeGreaterThan(0);
      const attendance = await states(`SELECT status AS k, count(*) AS n FROM session_participants WHERE status IS NOT NULL GROUP BY status`);
      expect(Object.keys(attendance).sort()).toEqual(['EXCUSED', 'LATE', 'LEFT_EARLY', 'PRESENT', 'UNEXCUSED']);
      expect(await count(client, `SELECT count(*) AS n FROM study_sessions WHERE is_makeup`)).toBeGreaterThan(0);
      const essays = await states(
        `SELECT 'late' AS k, count(*) FILTER (WHERE is_late) AS n FROM essays UNION ALL
         SELECT 'graded', count(grade) FROM essays UNION ALL
         SELECT 'short', count(*) FILTER (WHERE flag_too_short) FROM essays UNION ALL
         SELECT 'dup', count(similar_essay_id) FROM essays`,
      );
      expect(Math.min(essays.late, essays.graded, essays.short, essays.dup)).toBeGreaterThan(0);
      const speakerLevels = await states(`SELECT level AS k, count(*) AS n FROM speakers GROUP BY level`);
      expect(Object.keys(speakerLevels).sort()).toEqual(['BLOC', 'GRASSROOTS', 'UPPER_GRASSROOTS']);
      const programmes = await states(`SELECT status AS k, count(*) AS n FROM action_programmes GROUP BY status`);
      expect(Object.keys(programmes).sort()).toEqual(['DISCUSSED', 'DRAFT', 'EVALUATED', 'ISSUED']);
      expect(await count(client, `SELECT count(*) AS n FROM personal_action_plans`)).toBeGreaterThan(0);
      const meetings = await states(`SELECT kind AS k, count(*) AS n FROM cell_meetings GROUP BY kind`);
      expect(meetings.REGULAR).toBeGreaterThan(0);
      expect(meetings.THEMATIC).toBeGreaterThan(0);
      expect(await count(client, `SELECT count(*) AS n FROM ratings`)).toBeGreaterThan(0);

      const again: string[] = [];
      const second = await runSeed({ databaseUrl: db.url, members: 2000, seed: 2026, loginsFile, log: (l) => again.push(l) });
      expect(second.status).toBe('present');
      expect(again).toEqual([ALREADY_PRESENT]);
      expect(await count(client, `SELECT count(*) AS n FROM organisations`)).toBe(orgs);
      expect(await count(client, `SELECT count(*) AS n FROM members`)).toBe(2000);
      expect(await count(client, `SELECT count(*) AS n FROM users`)).toBe(8);
      expect(await count(client, `SELECT count(*) AS n FROM role_assignments`)).toBe(8);
    } finally {
      await client.end();
    }
  });
});
