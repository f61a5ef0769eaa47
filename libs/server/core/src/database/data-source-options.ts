import { Logger } from '@nestjs/common';
import { types } from 'pg';
import { DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { MIGRATIONS } from './migrations';

const logger = new Logger('Database');

// `date` columns stay `yyyy-MM-dd` strings: a calendar date has no time zone to shift.
types.setTypeParser(types.builtins.DATE, (value: string) => value);
// bigint counts fit in a JS number for every table we have.
types.setTypeParser(types.builtins.INT8, (value: string) => Number(value));

/**
 * Connection settings shared by the API, the worker, the migrate script and
 * the tests. The pool gets an error listener (a PostgreSQL restart must not
 * crash the process), a statement timeout and an idle-in-transaction timeout.
 */
export function dataSourceOptions(
  config: Pick<
    AppConfig,
    | 'DATABASE_URL'
    | 'DB_POOL_SIZE'
    | 'DB_STATEMENT_TIMEOUT_MS'
    | 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS'
    | 'DB_CONNECTION_TIMEOUT_MS'
  >,
  applicationName = 'quan-triet',
): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    applicationName,
    poolErrorHandler: (err: Error) => logger.warn(`PostgreSQL pool error: ${err.message}`),
    extra: {
      max: config.DB_POOL_SIZE,
      statement_timeout: config.DB_STATEMENT_TIMEOUT_MS,
      idle_in_transaction_session_timeout: config.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      connectionTimeoutMillis: config.DB_CONNECTION_TIMEOUT_MS,
      options: '-c timezone=Asia/Ho_Chi_Minh',
    },
  };
}
