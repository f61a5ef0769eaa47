import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const base = {
  DATABASE_URL: 'postgres://postgres@localhost/qt',
  REDIS_URL: 'redis://localhost:6379',
  JWT_SECRET: 'x'.repeat(40),
};

describe('configuration', () => {
  it('builds typed settings with defaults from a minimal environment', () => {
    const config = loadConfig(base);
    expect(config.API_PORT).toBe(3000);
    expect(config.DB_POOL_SIZE).toBe(20);
    expect(config.isProduction).toBe(false);
  });

  it('converts numbers and refuses malformed values with one line naming the variable', () => {
    expect(loadConfig({ ...base, API_PORT: '8080' }).API_PORT).toBe(8080);
    expect(() => loadConfig({ ...base, API_PORT: 'eighty' })).toThrow(
      new ConfigError('Configuration error: API_PORT must be an integer number'),
    );
    expect(() => loadConfig({ ...base, DATABASE_URL: 'mysql://x' })).toThrow('DATABASE_URL must be a postgres:// URL');
    expect(() => loadConfig({ ...base, JWT_SECRET: 'short' })).toThrow('JWT_SECRET must be at least 32 characters');
  });

  it('names a missing required variable', () => {
    const { REDIS_URL: _r, ...rest } = base;
    expect(() => loadConfig(rest)).toThrow(/^Configuration error: REDIS_URL is missing/);
  });

  it('requires the bootstrap administrator username and password together', () => {
    expect(() => loadConfig({ ...base, BOOTSTRAP_ADMIN_USERNAME: 'admin' })).toThrow(/must be set together/);
  });

  it('.env.example lists every setting AppConfig reads', () => {
    const example = readFileSync(join(__dirname, '../../../../../.env.example'), 'utf8');
    const listed = new Set([...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]));
    const full = loadConfig({ ...base, BOOTSTRAP_ADMIN_USERNAME: 'admin', BOOTSTRAP_ADMIN_PASSWORD: 'x'.repeat(12) });
    const settings = Object.keys(full).filter((k) => /^[A-Z_]+$/.test(k));
    expect(settings.length).toBeGreaterThan(20);
    expect(settings.filter((k) => !listed.has(k))).toEqual([]);
    expect([...listed].filter((k) => !settings.includes(k))).toEqual([]);
  });
});
