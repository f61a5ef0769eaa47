import 'reflect-metadata';
import { Client } from 'pg';
import { runMigrations } from '../../libs/server/core/src/database/migrate';
import { databaseUrl, templateName, TEST_SERVER_URL } from './test-env';

/**
 * Creates the migrated template database once per run (and per migration
 * change); every test file clones it, which takes a fraction of a second.
 * Leftover databases of earlier runs are dropped.
 */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export default async function globalSetup(): Promise<void> {
  const template = templateName();
  const admin = new Client({ connectionString: TEST_SERVER_URL });
  try {
    await admin.connect();
  } catch (err) {
    throw new Error(`Tests need PostgreSQL at ${TEST_SERVER_URL}: ${(err as Error).message}. Run them with "npm test".`);
  }
  try {
    // Several runs may share one server (developers, CI): build the template under a lock,
    // and drop only leftovers whose owning process is gone.
    await admin.query(`SELECT pg_advisory_lock(hashtext('qt:test-template'))`);
    const { rows } = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE 'qt_test_%'`);
    for (const { datname } of rows) {
      if (datname === template) continue;
      const pid = /^qt_test_(\d+)_/.exec(datname)?.[1];
      if (pid && isAlive(Number(pid))) continue;
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    if (!rows.some((r) => r.datname === template)) {
      const building = `${template}_building`;
      await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${building}"`);
      await runMigrations({ DATABASE_URL: databaseUrl(building) });
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
    }
  } finally {
    await admin.end();
  }
}
