// Installs the workspace's npm dependencies when they are missing or older
// than package-lock.json. Uses only node: built-ins so that it can run on a
// fresh clone before anything is installed; import the other helpers with
// dynamic import() after calling ensureDeps().
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, utimesSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function mtimeMs(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Why an install is needed, or undefined when node_modules is up to date. */
export function depsOutOfDate(root = repoRoot) {
  const nodeModules = join(root, 'node_modules');
  const marker = join(nodeModules, '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (!existsSync(nodeModules)) return 'node_modules is missing';
  const markerTime = mtimeMs(marker);
  if (markerTime === undefined) return 'node_modules/.package-lock.json is missing';
  const lockTime = mtimeMs(lock);
  if (lockTime !== undefined && lockTime > markerTime) return 'package-lock.json is newer than node_modules';
  return undefined;
}

/**
 * Runs `npm install` (pinned by package-lock.json) when needed. Not `npm ci`:
 * the lock file made here lacks the other platforms' optional binaries
 * (@swc/core-darwin-*, …), which `npm ci` refuses as "out of sync".
 * Throws an Error with a one-line message when the install fails.
 */
export function ensureDeps({ log = (line) => console.log(line), root = repoRoot } = {}) {
  const why = depsOutOfDate(root);
  if (!why) return false;
  const args = ['install', '--no-audit', '--no-fund'];
  log(`Dependencies: ${why}; running \`npm ${args.join(' ')}\` ...`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, args, {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
    shell: process.platform === 'win32',
  });
  if (result.error) {
    throw new Error(`Dependencies: could not run npm (${result.error.message}): install Node.js 20+ with npm and run again`);
  }
  if (result.status !== 0) {
    throw new Error(
      `Dependencies: \`npm ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}): fix the error printed above and run again`,
    );
  }
  // npm may write package-lock.json after its hidden lockfile; mark
  // node_modules as fresh so the next run does not reinstall.
  const marker = join(root, 'node_modules', '.package-lock.json');
  if (existsSync(marker)) {
    const now = new Date();
    try {
      utimesSync(marker, now, now);
    } catch {
      /* not important */
    }
  }
  return true;
}
