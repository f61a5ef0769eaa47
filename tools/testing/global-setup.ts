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
      if (datname.startsWith('qt_test_template_')) {
        // Another run (another checkout, other migrations) may be using its template: every run
        // holds a shared advisory lock on its template's name until it ends.
        const { rows: [free] } = await admin.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS ok`, [datname]);
        if (!free.ok) continue;
        await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
        await admin.query(`SELECT pg_advisory_unlock(hashtext($1))`, [datname]);
        continue;
      }
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    if (!rows.some((r) => r.datname === template)) {
      const building = `${template}_building`;
      await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${building}"`);
      await runMigrations({ DATABASE_URL: databaseUrl(building) });
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
    }
    // Keep this run's template from other runs' clean-up (released by global-teardown.ts or at exit).
    const holder = new Client({ connectionString: TEST_SERVER_URL, application_name: 'qt-test-template-holder' });
    await holder.connect();
    holder.on('error', () => undefined);
    await holder.query(`SELECT pg_advisory_lock_shared(hashtext($1))`, [template]);
    (globalThis as { __qtTemplateHolder?: Client }).__qtTemplateHolder = holder;
  } finally {
    await admin.end();
  }
}
