// Small helpers shared by the scripts: .env loading, the stored dev secret,
// one-line failure output. Only node: built-ins.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './ensure-deps.mjs';

export const dataDir = join(repoRoot, '.data');

/**
 * Loads KEY=VALUE lines from <repo>/.env into process.env without overriding
 * variables that are already set. Supports comments, `export KEY=...` and
 * single or double quotes. Returns the keys it set.
 */
export function loadDotEnv(file = join(repoRoot, '.env')) {
  if (!existsSync(file)) return [];
  const set = [];
  for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const [, key] = match;
    let value = match[2];
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0])) {
      const quote = value[0];
      value = value.slice(1, -1);
      if (quote === '"') value = value.replace(/\\n/g, '\n').replace(/\\"/g, '"');
    } else {
      value = value.replace(/\s+#.*$/, '');
    }
    if (process.env[key] === undefined) {
      process.env[key] = value;
      set.push(key);
    }
  }
  return set;
}

/** A stable development JWT secret, generated once into .data/dev-secret. */
export function devSecret() {
  const file = join(dataDir, 'dev-secret');
  if (existsSync(file)) {
    const secret = readFileSync(file, 'utf8').trim();
    if (secret.length >= 32) return secret;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** Sets each key of `defaults` in process.env when it is missing or empty. */
export function applyDefaults(defaults) {
  for (const [key, value] of Object.entries(defaults)) {
    if (process.env[key] === undefined || process.env[key] === '') {
      process.env[key] = typeof value === 'function' ? value() : value;
    }
  }
}

/** The development defaults used by `npm start` and `npm run seed`. */
export function applyDevDefaults() {
  applyDefaults({
    NODE_ENV: 'development',
    JWT_SECRET: devSecret,
    BOOTSTRAP_ADMIN_USERNAME: 'admin',
    BOOTSTRAP_ADMIN_PASSWORD: 'QuanTriet@2026',
    API_PORT: '3000',
    CORS_ORIGINS: 'http://localhost:5173',
  });
}

/** Hides the password of a connection URL for logs. */
export function redactUrl(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

/** Prints one clear line to stderr and exits. */
export function die(message, code = 1) {
  process.stderr.write(`\n✖ ${message}\n`);
  process.exit(code);
}

export function errorLine(err) {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n')[0];
}
