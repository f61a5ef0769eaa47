import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

/** Runs every pending migration, each in its own transaction. Returns the names applied. */
export async function runMigrations(
  config: Pick<AppConfig, 'DATABASE_URL'> & Partial<AppConfig>,
): Promise<string[]> {
  const dataSource = new DataSource(
    dataSourceOptions(
      {
        DATABASE_URL: config.DATABASE_URL,
        DB_POOL_SIZE: 2,
        DB_STATEMENT_TIMEOUT_MS: 600000,
        DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: 600000,
        DB_CONNECTION_TIMEOUT_MS: 10000,
      },
      'quan-triet-migrate',
    ),
  );
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
