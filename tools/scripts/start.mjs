// npm start: everything a developer needs, from a fresh clone.
//   1. npm ci when node_modules is missing or stale
//   2. PostgreSQL and Redis (found, or started: see lib/services.mjs)
//   3. migrations and demo data
//   4. the API (:3000), the worker and the admin SPA (:5173), with their
//      output prefixed [api] / [worker] / [admin]
// Ctrl-C stops all of it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ensureDeps, repoRoot } from './lib/ensure-deps.mjs';
import { applyDevDefaults, dataDir, die, errorLine, loadDotEnv } from './lib/env.mjs';

const READY_TIMEOUT_MS = 180_000;
const STOP_GRACE_MS = 10_000;

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
const say = (line) => console.log(paint('36', '[start]') + ' ' + line);

try {
  ensureDeps({ log: say });
} catch (err) {
  die(errorLine(err));
}
const dotEnvKeys = loadDotEnv();
if (dotEnvKeys.length) say(`.env: set ${dotEnvKeys.join(', ')}`);

const { ensureServices } = await import('./lib/services.mjs');
const { spawnTs, waitForExit } = await import('./lib/run-ts.mjs');
const { spawnBin } = await import('./lib/bins.mjs');

for (const file of ['tools/db/migrate.ts', 'tools/db/seed.ts', 'apps/api/src/main.ts', 'apps/worker/src/main.ts', 'apps/admin/vite.config.ts']) {
  if (!existsSync(join(repoRoot, file))) die(`${file} does not exist: this checkout is incomplete`);
}

const apiPort = Number(process.env.API_PORT || 3000);
const READY_URL = `http://127.0.0.1:${apiPort}/health/ready`;

// A clear line now beats an EADDRINUSE from a child later.
const { createServer } = await import('node:net');
const portFree = (port) =>
  new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
for (const [port, what] of [[apiPort, 'the API (set API_PORT to move it)'], [5173, 'the admin SPA']]) {
  if (!(await portFree(port))) {
    die(`port ${port}, needed by ${what}, is in use: stop whatever listens there (is another \`npm start\` running?) and run again`);
  }
}

let services;
try {
  services = await ensureServices({ purpose: 'start', log: say });
} catch (err) {
  die(errorLine(err));
}
process.env.DATABASE_URL = services.databaseUrl;
process.env.REDIS_URL = services.redisUrl;
applyDevDefaults();

// ------------------------------------------------------------ lifecycle ----

/** @type {{ name: string, child: import('node:child_process').ChildProcess, exited: Promise<number> }[]} */
const children = [];
let shuttingDown;
let oneShot; // the migrate / seed child while it runs
let oneShotExited = Promise.resolve(0);

const alive = (child) => child.exitCode === null && child.signalCode === null;

function shutdown(code, why) {
  if (shuttingDown) return shuttingDown;
  shuttingDown = (async () => {
    if (why) say(why);
    if (oneShot && alive(oneShot)) oneShot.kill('SIGTERM');
    const running = children.filter((c) => alive(c.child));
    if (running.length) say(`stopping ${running.map((c) => c.name).join(', ')} ...`);
    for (const c of running) c.child.kill('SIGTERM');
    const all = Promise.all(running.map((c) => c.exited));
    let timer;
    const timedOut = await Promise.race([
      all.then(() => false),
      new Promise((r) => {
        timer = setTimeout(() => r(true), STOP_GRACE_MS);
      }),
    ]);
    clearTimeout(timer);
    if (timedOut) {
      for (const c of children) {
        if (alive(c.child)) {
          say(`${c.name} did not stop within ${STOP_GRACE_MS / 1000} s; killing it`);
          c.child.kill('SIGKILL');
        }
      }
      await all;
    }
    await oneShotExited;
    await services.stop();
    say('stopped');
    process.exit(code);
  })();
  return shuttingDown;
}

process.on('uncaughtException', (err) => {
  console.error(err);
  shutdown(1, `✖ start.mjs failed: ${errorLine(err)}`);
});
process.on('unhandledRejection', (err) => {
  console.error(err);
  shutdown(1, `✖ start.mjs failed: ${errorLine(err)}`);
});

let signals = 0;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    signals += 1;
    if (signals > 1) {
      say('second signal: killing everything now');
      for (const c of children) if (alive(c.child)) c.child.kill('SIGKILL');
      if (oneShot && alive(oneShot)) oneShot.kill('SIGKILL');
      services.stop().finally(() => process.exit(1));
      return;
    }
    shutdown(0, `${signal} received`);
  });
}

// -------------------------------------------------------- migrate, seed ----

async function runOnce(file, label) {
  say(`${label} (${file}) ...`);
  oneShot = spawnTs(file);
  oneShotExited = waitForExit(oneShot);
  const code = await oneShotExited;
  oneShot = undefined;
  if (shuttingDown) return shuttingDown;
  if (code !== 0) {
    await shutdown(code, `✖ ${label} failed (${file} exited with ${code}): see the output above`);
  }
}

await runOnce('tools/db/migrate.ts', 'applying migrations');
await runOnce('tools/db/seed.ts', 'loading demo data');

// ------------------------------------------------------------- children ----

function prefixLines(stream, out, prefix) {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  rl.on('line', (line) => out.write(`${prefix} ${line}\n`));
}

function startChild(name, colorCode, child) {
  const prefix = paint(colorCode, `[${name}]`);
  prefixLines(child.stdout, process.stdout, prefix);
  prefixLines(child.stderr, process.stderr, prefix);
  const exited = waitForExit(child);
  children.push({ name, child, exited });
  exited.then((code) => {
    if (!shuttingDown) shutdown(code === 0 ? 1 : code, `✖ ${name} exited unexpectedly (code ${code}); stopping everything`);
  });
  return child;
}

const childEnv = { ...process.env, ...(color ? { FORCE_COLOR: '1' } : {}) };
startChild('api', '32', spawnTs('apps/api/src/main.ts', [], childEnv, { stdio: ['ignore', 'pipe', 'pipe'] }));
startChild('worker', '35', spawnTs('apps/worker/src/main.ts', [], childEnv, { stdio: ['ignore', 'pipe', 'pipe'] }));
startChild(
  'admin',
  '33',
  spawnBin('vite', ['--config', 'apps/admin/vite.config.ts', '--port', '5173', '--strictPort', '--host', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...childEnv, VITE_API_URL: process.env.VITE_API_URL || `http://localhost:${apiPort}` },
  }),
);

// ---------------------------------------------------------------- ready ----

async function waitForApi() {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!shuttingDown && Date.now() < deadline) {
    try {
      const res = await fetch(READY_URL, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return true;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

const ready = await waitForApi();
if (shuttingDown) await shuttingDown;
if (!ready) {
  say(paint('31', `the API did not answer 200 on ${READY_URL} within ${READY_TIMEOUT_MS / 1000} s; still running, see the [api] output (Ctrl-C stops)`));
} else {
  const loginsFile = join(dataDir, 'demo-logins.txt');
  const logins = existsSync(loginsFile)
    ? readFileSync(loginsFile, 'utf8').trimEnd().split('\n')
    : [`${process.env.BOOTSTRAP_ADMIN_USERNAME} / ${process.env.BOOTSTRAP_ADMIN_PASSWORD}`];
  const lines = [
    '',
    paint('1;32', 'Quán Triệt is running'),
    '',
    `  Admin SPA   http://localhost:5173`,
    `  GraphQL     http://localhost:${apiPort}/graphql`,
    `  REST        http://localhost:${apiPort}/api/v1`,
    `  OpenAPI     http://localhost:${apiPort}/api/docs`,
    '',
    '  Logins:',
    ...logins.map((l) => `    ${l}`),
    '',
    '  Ctrl-C stops everything.',
    '',
  ];
  console.log(lines.join('\n'));
}
