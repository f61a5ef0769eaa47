/**
 * npm run seed: loads the deterministic demo bloc (tools/demo-data) into
 * DATABASE_URL and writes the demo logins to .data/demo-logins.txt.
 *   SEED_MEMBERS  number of members (default 2000)
 *   SEED          PRNG seed (default 2026)
 * Idempotent: prints "seed: demo data already present" when the database
 * already has more than one organisation. Reuses the root made by the API
 * bootstrap when it is the only organisation.
 */
import { resolve } from 'node:path';
import { MIN_MEMBERS } from '../demo-data/generate';
import { runSeed } from '../demo-data/seed-database';

const LOGINS_FILE = resolve(__dirname, '../../.data/demo-logins.txt');

function parseMembers(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 2000;
  const value = Number(raw.replace(/[_,]/g, ''));
  if (!Number.isInteger(value) || value < MIN_MEMBERS) {
    throw new Error(`SEED_MEMBERS must be an integer >= ${MIN_MEMBERS} (got "${raw}")`);
  }
  return value;
}

function parseSeed(raw: string | undefined): number | string {
  if (raw === undefined || raw.trim() === '') return 2026;
  return /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw.trim();
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is not set');
  const result = await runSeed({
    databaseUrl,
    members: parseMembers(process.env.SEED_MEMBERS),
    seed: parseSeed(process.env.SEED),
    loginsFile: LOGINS_FILE,
    log: (line) => console.log(line),
  });
  if (result.status === 'loaded' && result.loginsText) {
    console.log(`seed: demo logins (also in ${LOGINS_FILE}):`);
    process.stdout.write(result.loginsText);
  }
}

main().catch((err) => {
  console.error(`seed: failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
