// Runs TypeScript entry points with @swc-node/register (path aliases from
// tsconfig.base.json), the same way the Docker images do.
import { spawn } from 'node:child_process';
import { isAbsolute, join, resolve } from 'node:path';
import { constants } from 'node:os';
import { repoRoot } from './ensure-deps.mjs';

export function tsEnv(env = {}) {
  return {
    ...process.env,
    SWC_NODE_PROJECT: join(repoRoot, 'tsconfig.base.json'),
    ...env,
  };
}

/**
 * Starts `node -r @swc-node/register <file> ...args` from the repository root.
 * `options.stdio` defaults to 'inherit'; pass 'pipe' to read its output.
 * @returns {import('node:child_process').ChildProcess}
 */
export function spawnTs(file, args = [], env = {}, options = {}) {
  const entry = isAbsolute(file) ? file : resolve(repoRoot, file);
  return spawn(process.execPath, ['--enable-source-maps', '-r', '@swc-node/register', entry, ...args], {
    cwd: repoRoot,
    env: tsEnv(env),
    stdio: options.stdio ?? 'inherit',
  });
}

/** Exit code of a finished child: its code, or 128 + signal number. */
export function exitCodeOf(code, signal) {
  if (typeof code === 'number') return code;
  if (signal) return 128 + (constants.signals[signal] ?? 1);
  return 1;
}

/** Waits for a child to end; resolves with its exit code (127 if it could not start). */
export function waitForExit(child) {
  return new Promise((resolvePromise) => {
    let done = false;
    child.once('error', (err) => {
      if (done) return;
      done = true;
      process.stderr.write(`could not start ${child.spawnfile}: ${err.message}\n`);
      resolvePromise(127);
    });
    child.once('exit', (code, signal) => {
      if (done) return;
      done = true;
      resolvePromise(exitCodeOf(code, signal));
    });
  });
}

/** Runs a TypeScript file to completion with inherited stdio; resolves with its exit code. */
export function runTs(file, args = [], env = {}) {
  return waitForExit(spawnTs(file, args, env));
}
