import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Service accounts (tài khoản tích hợp) of other ministry systems: OAuth2 client credentials for an
 * organisation subtree with a fixed list of scopes. The secret is stored as SHA-256 (a 256-bit random
 * secret needs no slow hash); rotation may keep the previous hash for a short overlap.
 *
 * Each account is also a technical row in `users` with the SAME id (inactive, no password, no roles):
 * the columns that name who changed something (`created_by`, `marked_by`, … REFERENCES users) and the
 * audit log (`actor_user_id`) then name the client itself, without a second identity column everywhere.
 * The user loader refuses these rows, so they can never act as a person.
 *
 * Reads by clients are kept in `service_account_access_log` (one row per call), mutations in `audit_log`.
 */
export class ServiceAccounts1732501000000 implements MigrationInterface {
  name = 'ServiceAccounts1732501000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE service_accounts (
        id                         uuid PRIMARY KEY,
        name                       varchar(120) NOT NULL,
        description                varchar(500),
        organisation_id            uuid NOT NULL REFERENCES organisations(id),
        client_id                  varchar(64) NOT NULL,
        secret_hash                char(64) NOT NULL,
        previous_secret_hash       char(64),
        previous_secret_expires_at timestamptz,
        scopes                     text[] NOT NULL CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY[
                                     'organisations:read','organisations:write','members:read','members:write','sessions:read',
                                     'attendance:write','campaigns:read','reports:read','inspections:read',
                                     'webhooks:manage']::text[]),
        rate_limit_per_minute      integer CHECK (rate_limit_per_minute BETWEEN 1 AND 1000000),
        created_by                 uuid REFERENCES users(id),
        created_at                 timestamptz NOT NULL DEFAULT now(),
        updated_at                 timestamptz NOT NULL DEFAULT now(),
        secret_rotated_at          timestamptz,
        last_token_at              timestamptz,
        revoked_at                 timestamptz,
        revoked_by                 uuid REFERENCES users(id),
        CONSTRAINT service_accounts_client_id_key UNIQUE (client_id),
        CONSTRAINT service_accounts_user_fk FOREIGN KEY (id) REFERENCES users(id),
        CONSTRAINT service_accounts_previous_check CHECK ((previous_secret_hash IS NULL) = (previous_secret_expires_at IS NULL))
      )`);
    await q.query(`CREATE INDEX service_accounts_organisation_idx ON service_accounts (organisation_id, created_at)`);

    await q.query(`
      CREATE TABLE service_account_access_log (
        id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        service_account_id uuid NOT NULL REFERENCES service_accounts(id),
        occurred_at        timestamptz NOT NULL DEFAULT now(),
        operation          varchar(80) NOT NULL,
        method             varchar(10) NOT NULL,
        path               varchar(300),
        status             smallint,
        request_id         varchar(64)
      )`);
    await q.query(`CREATE INDEX service_account_access_log_account_idx ON service_account_access_log (service_account_id, occurred_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE service_account_access_log`);
    await q.query(`DROP TABLE service_accounts`);
  }
}
