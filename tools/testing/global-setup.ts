import 'reflect-metadata';
import { Client } from 'pg';
import { runMigrations } from '../../libs/server/core/src/database/migrate';
import { databaseUrl, templateName, TEST_SERVER_URL } from './test-env';

/**
 * Creates the migrated template database once per run (and per migration
 * change); every test file clones it, which takes a fraction of a second.
 * Leftover databases of earlier runs are dropped.
 */
export default async function globalSetup(): Promise<void> {
  const template = templateName();
  const admin = new Client({ connectionString: TEST_SERVER_URL });
  try {
    await admin.connect();
  } catch (err) {
    throw new Error(`Tests need PostgreSQL at ${TEST_SERVER_URL}: ${(err as Error).message}. Run them with "npm test".`);
  }
  try {
    const { rows } = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE 'qt_test_%'`);
    for (const { datname } of rows) {
      if (datname === template) continue;
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
