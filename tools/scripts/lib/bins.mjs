// Runs the workspace's own CLI tools (eslint, tsc, jest, vitest, vite)
// directly with this Node, falling back to npx when one is not installed.
import { spawn } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './ensure-deps.mjs';

/** [command, ...leadingArgs] that runs the named bin. */
export function binCommand(name) {
  const link = join(repoRoot, 'node_modules', '.bin', name);
  if (process.platform !== 'win32' && existsSync(link)) {
    return [process.execPath, realpathSync(link)];
  }
  return [process.platform === 'win32' ? 'npx.cmd' : 'npx', '--no-install', name];
}

export function spawnBin(name, args = [], options = {}) {
  const [command, ...lead] = binCommand(name);
  return spawn(command, [...lead, ...args], {
    cwd: repoRoot,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    ...options,
    env: options.env ?? process.env,
  });
}
