import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * Debian's chromium: $CHROMIUM_PATH, else /usr/bin/chromium. When it is missing and we run
 * as root it is installed with apt-get (the test set-up of issue 6); otherwise the error says
 * exactly what to do.
 */
export function chromiumExecutable(log: (line: string) => void = () => undefined): string {
  const given = process.env.CHROMIUM_PATH;
  if (given) {
    if (!existsSync(given)) throw new Error(`CHROMIUM_PATH=${given} does not exist`);
    return given;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  if (process.platform !== 'linux' || typeof process.getuid !== 'function' || process.getuid() !== 0) {
    throw new Error(
      'Browser tests need Chromium at /usr/bin/chromium and this process is not root, so it cannot install it. ' +
        'Install it with "sudo apt-get install -y chromium" (Debian/Ubuntu) or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
  log('browser: /usr/bin/chromium is missing; installing Debian\'s chromium with apt-get (once)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'pipe', env, timeout: 600_000 });
  } catch {
    try {
      execFileSync('apt-get', ['update'], { stdio: 'pipe', env, timeout: 600_000 });
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'pipe', env, timeout: 600_000 });
    } catch (err) {
      const detail = (err as { stderr?: Buffer }).stderr?.toString().trim().split('\n').slice(-3).join(' | ') ?? String(err);
      throw new Error(`Browser tests: "apt-get install -y chromium" failed: ${detail}`);
    }
  }
  const installed = CANDIDATES.find((p) => existsSync(p));
  if (!installed) throw new Error('Browser tests: apt-get installed chromium but no /usr/bin/chromium appeared');
  return installed;
}

/** Headless Chromium without a sandbox (containers) and without background networking. */
export function launchChromium(log?: (line: string) => void): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumExecutable(log),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-default-apps',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=Translate,MediaRouter,OptimizationHints',
    ],
  });
}
