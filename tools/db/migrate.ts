import 'reflect-metadata';
import { runMigrations } from '@qt/server-core';

/** Applies every pending migration to DATABASE_URL. */
async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('migrate: DATABASE_URL is not set');
    process.exit(1);
  }
  const applied = await runMigrations({ DATABASE_URL: url });
  console.log(applied.length ? `migrate: applied ${applied.join(', ')}` : 'migrate: schema is up to date');
}

main().catch((err) => {
  console.error(`migrate: failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
