import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSeed } from '../../../../tools/demo-data/seed-database';
import { exited, startProcess, waitFor } from '../../../../tools/testing/processes';
import { createTestDatabase, type TestDatabase } from '../../../../tools/testing/test-database';
import { TEST_REDIS_URL } from '../../../../tools/testing/test-env';

const ROOT = join(__dirname, '../../../..');
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');

export interface Stack {
  apiUrl: string;
  webUrl: string;
  databaseUrl: string;
  /** Output of the API and the worker, for failure messages. */
  logs: () => string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function untilHttpOk(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = exited(child);
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
  await done;
  clearTimeout(timer);
}

/**
 * The real system for a browser test: a fresh database cloned from the migrated template
 * and loaded with the demo bloc (tools/demo-data, laid out around today), the API and the
 * worker as child processes (as npm start runs them), and the admin SPA built by vite and
 * served by `vite preview`, which proxies /graphql and /api to the API (same origin; CORS
 * allows the preview origin as well).
 */
export async function startStack(log: (line: string) => void = () => undefined): Promise<Stack> {
  const children: ChildProcess[] = [];
  const outputs: Array<() => string> = [];
  let db: TestDatabase | undefined;
  const outDir = mkdtempSync(join(tmpdir(), 'qt-admin-e2e-'));
  const storageDir = mkdtempSync(join(tmpdir(), 'qt-files-e2e-'));

  const stop = async () => {
    await Promise.all(children.map(stopChild));
    await db?.drop().catch(() => undefined);
    rmSync(outDir, { recursive: true, force: true });
    rmSync(storageDir, { recursive: true, force: true });
  };

  try {
    const [apiPort, webPort] = [await freePort(), await freePort()];
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    const webUrl = `http://127.0.0.1:${webPort}`;

    // Build the SPA while the database is prepared.
    const build = spawn(process.execPath, [VITE, 'build', '--config', 'apps/admin/vite.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: ROOT,
      // A production build, as deployed (jest runs with NODE_ENV=test).
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buildOut = '';
    build.stdout?.on('data', (d) => (buildOut += d));
    build.stderr?.on('data', (d) => (buildOut += d));
    const built = exited(build);

    db = await createTestDatabase();
    const t0 = Date.now();
    await runSeed({ databaseUrl: db.url, members: 200, seed: 2026 });
    log(`browser: demo data loaded in ${Date.now() - t0} ms`);

    const env = {
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      REDIS_URL: TEST_REDIS_URL,
      JWT_SECRET: randomBytes(32).toString('hex'),
      QUEUE_PREFIX: `qt-browser-${randomBytes(4).toString('hex')}`,
      API_PORT: String(apiPort),
      API_HOST: '127.0.0.1',
      CORS_ORIGINS: webUrl,
      LOG_LEVEL: 'warn',
      STORAGE_DIR: storageDir,
      BOOTSTRAP_ADMIN_USERNAME: '',
      BOOTSTRAP_ADMIN_PASSWORD: '',
    };
    const api = startProcess('apps/api/src/main.ts', { ...env, LOG_LEVEL: 'info' });
    const worker = startProcess('apps/worker/src/main.ts', { ...env, LOG_LEVEL: 'info' });
    children.push(api.child, worker.child);
    outputs.push(() => `--- api\n${api.output().slice(-4000)}`, () => `--- worker\n${worker.output().slice(-4000)}`);

    if ((await built) !== 0) throw new Error(`vite build failed:\n${buildOut}`);
    const preview = spawn(
      process.execPath,
      [VITE, 'preview', '--config', 'apps/admin/vite.config.ts', '--outDir', outDir, '--port', String(webPort), '--strictPort', '--host', '127.0.0.1'],
      { cwd: ROOT, env: { ...process.env, VITE_API_URL: apiUrl }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    children.push(preview);

    const alive = (c: ChildProcess, name: string, out: () => string) => {
      if (c.exitCode !== null) throw new Error(`${name} exited (${c.exitCode}) while starting:\n${out().slice(-3000)}`);
      return false;
    };
    await waitFor(() => api.output().includes('API listening') || alive(api.child, 'API', api.output), 150_000);
    await waitFor(() => worker.output().includes('worker started') || alive(worker.child, 'worker', worker.output), 150_000);
    await untilHttpOk(`${webUrl}/`, 30_000);
    log(`browser: API ${apiUrl}, SPA ${webUrl}`);
    return { apiUrl, webUrl, databaseUrl: db.url, logs: () => outputs.map((o) => o()).join('\n'), stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** A tiny API client for set-up and checks the UI cannot make (as another user). */
export class ApiClient {
  private token: string | null = null;
  constructor(private readonly apiUrl: string) {}

  async login(username: string, password: string): Promise<this> {
    const res = await fetch(`${this.apiUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (!res.ok) throw new Error(`login ${username}: HTTP ${res.status} ${await res.text()}`);
    this.token = ((await res.json()) as { accessToken: string }).accessToken;
    return this;
  }

  async gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(`${this.apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
    if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
    return body.data as T;
  }

  async get(path: string): Promise<Response> {
    return fetch(`${this.apiUrl}${path}`, { headers: { authorization: `Bearer ${this.token}` } });
  }
}

