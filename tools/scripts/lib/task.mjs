// Shared body of migrate.mjs, seed.mjs and contracts.mjs: make sure the
// dependencies and services exist, run one TypeScript file, stop what was
// started, exit with its code.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDeps, repoRoot } from './ensure-deps.mjs';
import { die, errorLine, loadDotEnv } from './env.mjs';

/**
 * @param {object} o
 * @param {string} o.file            TypeScript entry, relative to the repo root
 * @param {string} o.label           what it does, for the failure line
 * @param {'start'|'test'} o.purpose which services to use
 * @param {boolean} [o.skipServicesWhenDatabaseUrl]  trust $DATABASE_URL as is
 * @param {() => void} [o.beforeRun] sets env defaults after the services are known
 * @param {() => Promise<number | void> | number | void} [o.afterRun] runs after the file succeeded (services
 *   stopped); a non-zero number it returns is the exit code
 */
export async function runTask({ file, label, purpose, skipServicesWhenDatabaseUrl = false, beforeRun, afterRun, args = process.argv.slice(2) }) {
  try {
    ensureDeps();
  } catch (err) {
    die(errorLine(err));
  }
  loadDotEnv();
  if (!existsSync(join(repoRoot, file))) die(`${label}: ${file} does not exist yet`);

  const { ensureServices } = await import('./services.mjs');
  const { spawnTs, waitForExit } = await import('./run-ts.mjs');

  let services;
  if (!(skipServicesWhenDatabaseUrl && process.env.DATABASE_URL)) {
    try {
      services = await ensureServices({ purpose });
    } catch (err) {
      die(errorLine(err));
    }
    process.env.DATABASE_URL = services.databaseUrl;
    process.env.REDIS_URL = services.redisUrl;
  }
  beforeRun?.();

  const child = spawnTs(file, args);
  // Ctrl-C reaches the child too; wait for it, then stop the services.
  const forward = (signal) => () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  const code = await waitForExit(child);
  await services?.stop();
  if (code !== 0) die(`${label} failed (${file} exited with ${code}): see the output above`, code);
  let after;
  try {
    after = await afterRun?.();
  } catch (err) {
    die(`${label} failed: ${errorLine(err)}`);
  }
  process.exit(typeof after === 'number' ? after : 0);
}
