// npm test: every check the project has, in order, stopping at the first
// failure:
//   lint       eslint .
//   types      tsc -p tsconfig.json --noEmit
//   contracts  tools/scripts/contracts.mjs --check (schema.graphql, openapi.json)
//   jest       jest --ci (root jest.config.ts) + any extra arguments given
//   admin      vitest run --config apps/admin/vite.config.ts
//   browser    jest --config apps/admin/e2e/jest.config.cjs: the admin SPA in headless
//              Chromium against the real API and worker (installs Debian's chromium when
//              missing and run as root)
// `npm test -- --only=jest,admin` runs a subset; other arguments go to Jest
// (`npm test -- --only=jest -t login`).
// PostgreSQL and Redis come from lib/services.mjs and reach the tests as
// TEST_DATABASE_URL (a server URL: the harness makes its own databases) and
// TEST_REDIS_URL.
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureDeps, repoRoot } from './lib/ensure-deps.mjs';
import { dataDir, die, errorLine, loadDotEnv } from './lib/env.mjs';

const STEP_NAMES = ['lint', 'types', 'contracts', 'jest', 'admin', 'browser'];
const NEEDS_SERVICES = new Set(['contracts', 'jest', 'browser']);

// ------------------------------------------------------------ arguments ----

const jestArgs = [];
let only;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 1) {
  const arg = argv[i];
  if (arg.startsWith('--only=')) only = arg.slice('--only='.length);
  else if (arg === '--only') only = argv[++i] ?? '';
  else jestArgs.push(arg);
}
let selected = STEP_NAMES;
if (only !== undefined) {
  const wanted = only.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = wanted.filter((w) => !STEP_NAMES.includes(w));
  if (unknown.length || wanted.length === 0) {
    die(`--only: unknown step ${unknown.join(', ') || '(none given)'}; choose from ${STEP_NAMES.join(',')}`, 2);
  }
  selected = STEP_NAMES.filter((s) => wanted.includes(s));
}
if (jestArgs.length && !selected.includes('jest')) {
  die(`extra arguments (${jestArgs.join(' ')}) go to Jest, but --only leaves Jest out`, 2);
}

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
const say = (line) => console.log(paint('36', '[test]') + ' ' + line);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------- setup ----

try {
  ensureDeps({ log: say });
} catch (err) {
  die(errorLine(err));
}
loadDotEnv();

const { spawnBin } = await import('./lib/bins.mjs');
const { waitForExit } = await import('./lib/run-ts.mjs');
const { jestConfigShim } = await import('./lib/jest-config.mjs');

let services;
if (selected.some((s) => NEEDS_SERVICES.has(s))) {
  const { ensureServices } = await import('./lib/services.mjs');
  try {
    services = await ensureServices({ purpose: 'test', log: say });
  } catch (err) {
    die(errorLine(err));
  }
  process.env.TEST_DATABASE_URL = services.databaseUrl;
  process.env.TEST_REDIS_URL = services.redisUrl;
}

const resultsDir = join(dataDir, 'test-results');
mkdirSync(resultsDir, { recursive: true });
const jestJson = join(resultsDir, 'jest.json');
const adminJson = join(resultsDir, 'admin.json');
const browserJson = join(resultsDir, 'browser.json');
rmSync(jestJson, { force: true });
rmSync(adminJson, { force: true });
rmSync(browserJson, { force: true });

// ---------------------------------------------------------------- steps ----

const userGaveJestOutput = jestArgs.some((a) => a === '--json' || a.startsWith('--outputFile'));

const steps = {
  lint: {
    // The module-boundary rule reads Nx's project graph: compute it first (offline, no daemon).
    show: 'nx show projects && eslint .',
    run: () => {
      const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
      const graph = spawnBin('nx', ['show', 'projects'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
      return chain(graph, () => spawnBin('eslint', ['.', '--max-warnings=0'], { env }));
    },
  },
  types: {
    show: 'tsc -p tsconfig.json --noEmit && tsc -p apps/admin/tsconfig.json --noEmit && tsc -p apps/admin/e2e/tsconfig.json',
    run: () =>
      chain(spawnBin('tsc', ['-p', 'tsconfig.json', '--noEmit']), () =>
        chain(spawnBin('tsc', ['-p', 'apps/admin/tsconfig.json', '--noEmit']), () => spawnBin('tsc', ['-p', 'apps/admin/e2e/tsconfig.json'])),
      ),
  },
  contracts: {
    show: 'node tools/scripts/contracts.mjs --check',
    run: () =>
      spawn(process.execPath, [join(repoRoot, 'tools/scripts/contracts.mjs'), '--check'], {
        cwd: repoRoot,
        stdio: 'inherit',
        // The services are up: hand them over and let nothing start twice.
        env: {
          ...process.env,
          DATABASE_URL: services.databaseUrl,
          REDIS_URL: services.redisUrl,
          QT_FORCE_EMBEDDED: '',
          QT_FORCE_LOCAL_REDIS: '',
        },
      }),
  },
  jest: {
    get show() {
      return ['jest --ci', ...jestArgs].join(' ');
    },
    run: () => {
      const args = ['--ci'];
      const shim = jestConfigShim();
      if (shim && !jestArgs.some((a) => a === '--config' || a === '-c' || a.startsWith('--config='))) {
        say(`jest.config.ts is loaded through ${relative(repoRoot, shim)} (ts-node is not installed)`);
        args.push('--config', shim);
      }
      if (!userGaveJestOutput) args.push('--json', `--outputFile=${jestJson}`);
      return spawnBin('jest', [...args, ...jestArgs]);
    },
  },
  admin: {
    show: 'vitest run --config apps/admin/vite.config.ts',
    run: () =>
      spawnBin('vitest', [
        'run',
        '--config',
        'apps/admin/vite.config.ts',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${adminJson}`,
      ]),
  },
  browser: {
    show: 'jest --ci --config apps/admin/e2e/jest.config.cjs',
    run: () => spawnBin('jest', ['--ci', '--config', 'apps/admin/e2e/jest.config.cjs', '--json', `--outputFile=${browserJson}`]),
  },
};

/** Runs `next` after `first` exits 0, as one child-like object for the step loop. */
function chain(first, next) {
  const proxy = new EventEmitter();
  proxy.exitCode = null;
  proxy.kill = (signal) => (proxy.child ?? first).kill(signal);
  first.once('exit', (code) => {
    if (code !== 0) {
      proxy.exitCode = code ?? 1;
      proxy.emit('exit', proxy.exitCode, null);
      return;
    }
    proxy.child = next();
    proxy.child.once('exit', (c, sig) => {
      proxy.exitCode = c;
      proxy.emit('exit', c, sig);
    });
  });
  return proxy;
}

let current;
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (interrupted) {
      if (current && current.exitCode === null) current.kill('SIGKILL');
      return;
    }
    interrupted = signal;
    say(`${signal} received; stopping`);
    // Ctrl-C already reached the child; other signals are passed on.
    if (current && current.exitCode === null && signal !== 'SIGINT') current.kill(signal);
    if (!current) finish(130);
  });
}

const timings = [];
let failed;

async function finish(code) {
  if (services) await services.stop();
  process.exit(code);
}

const started = Date.now();
for (const [index, name] of selected.entries()) {
  const step = steps[name];
  console.log('');
  say(paint('1', `[${index + 1}/${selected.length}] ${name}: ${step.show}`));
  const t0 = Date.now();
  current = step.run();
  const code = await waitForExit(current);
  current = undefined;
  const elapsed = Date.now() - t0;
  timings.push({ name, code, elapsed });
  if (interrupted) {
    say(`interrupted during ${name}`);
    await finish(130);
  }
  if (code !== 0) {
    failed = { name, code };
    say(paint('31', `✖ ${name} failed (exit ${code}) after ${seconds(elapsed)}`));
    break;
  }
  say(paint('32', `✔ ${name} passed in ${seconds(elapsed)}`));
}

// -------------------------------------------------------------- summary ----

function counts(file) {
  if (!existsSync(file)) return undefined;
  try {
    const r = JSON.parse(readFileSync(file, 'utf8'));
    return { passed: r.numPassedTests ?? 0, failed: r.numFailedTests ?? 0, skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0) };
  } catch {
    return undefined;
  }
}

console.log('');
say('summary');
for (const t of timings) {
  const mark = t.code === 0 ? paint('32', '✔') : paint('31', '✖');
  console.log(`  ${mark} ${t.name.padEnd(10)} ${seconds(t.elapsed).padStart(8)}${t.code === 0 ? '' : `  (exit ${t.code})`}`);
}
for (const name of selected.slice(timings.length)) console.log(`  - ${name.padEnd(10)}  not run`);
console.log(`  total ${seconds(Date.now() - started)}`);

const results = [counts(jestJson), counts(adminJson), counts(browserJson)].filter(Boolean);
if (results.length) {
  const sum = results.reduce((a, r) => ({ passed: a.passed + r.passed, failed: a.failed + r.failed, skipped: a.skipped + r.skipped }), {
    passed: 0,
    failed: 0,
    skipped: 0,
  });
  console.log(`Tests: ${sum.passed} passed, ${sum.failed} failed${sum.skipped ? `, ${sum.skipped} skipped` : ''}`);
}

if (failed) {
  process.stderr.write(`\n✖ npm test: step "${failed.name}" failed (exit ${failed.code})\n`);
  await finish(failed.code);
}
await finish(0);
