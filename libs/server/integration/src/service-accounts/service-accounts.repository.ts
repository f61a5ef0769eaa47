import { Injectable } from '@nestjs/common';
import { AccessScope, decodeCursor, sql } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { ServiceAccount } from './service-account.types';

const COLUMNS = `s.id, s.name, s.description, s.organisation_id AS "organisationId", o.name AS "organisationName",
  s.client_id AS "clientId", s.scopes, s.rate_limit_per_minute AS "rateLimitPerMinute", s.created_at AS "createdAt",
  s.created_by AS "createdBy", s.secret_rotated_at AS "secretRotatedAt",
  CASE WHEN s.previous_secret_expires_at > now() THEN s.previous_secret_expires_at END AS "previousSecretExpiresAt",
  s.last_token_at AS "lastTokenAt", s.revoked_at AS "revokedAt"`;

export interface ServiceAccountRecord extends ServiceAccount {
  organisationPath: string;
}

export interface NewServiceAccount {
  id: string;
  name: string;
  description: string | null;
  organisationId: string;
  clientId: string;
  secretHash: string;
  scopes: string[];
  rateLimitPerMinute: number | null;
  createdBy: string;
}

/** What the token endpoint needs to authenticate a client. */
export interface ClientCredentialRow {
  id: string;
  secret_hash: string;
  previous_secret_hash: string | null;
  scopes: string[];
  usable: boolean;
}

export interface ServiceAccountListFilter {
  scope: AccessScope;
  withinPath?: string;
  includeRevoked: boolean;
  after?: string;
  limit: number;
}

/** The only place that queries service accounts (tài khoản tích hợp) and their technical user rows. */
@Injectable()
export class ServiceAccountsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async findById(id: string, manager?: EntityManager, lock = false): Promise<ServiceAccountRecord | undefined> {
    if (lock) await this.m(manager).query(`SELECT 1 FROM service_accounts WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = await sql<ServiceAccountRecord>(
      this.m(manager),
      `SELECT ${COLUMNS}, o.path AS "organisationPath"
         FROM service_accounts s JOIN organisations o ON o.id = s.organisation_id WHERE s.id = $1`,
      [id],
    );
    return row;
  }

  async list(f: ServiceAccountListFilter): Promise<ServiceAccountRecord[]> {
    const params: unknown[] = [];
    const where = [f.scope.pathPredicate('o.path', params)];
    if (f.withinPath) where.push(`(o.path >= $${params.push(f.withinPath)} AND o.path < left($${params.length}, -1) || '0')`);
    if (!f.includeRevoked) where.push('s.revoked_at IS NULL');
    const cursor = decodeCursor(f.after, ['string', 'uuid']);
    if (cursor) where.push(`(s.name, s.id) > ($${params.push(cursor[0])}, $${params.push(cursor[1])}::uuid)`);
    return sql<ServiceAccountRecord>(
      this.dataSource.manager,
      `SELECT ${COLUMNS}, o.path AS "organisationPath"
         FROM service_accounts s JOIN organisations o ON o.id = s.organisation_id
        WHERE ${where.join(' AND ')}
        ORDER BY s.name, s.id LIMIT ${f.limit + 1}`,
      params,
    );
  }

  /**
   * The account and its technical `users` row with the same id (inactive, no usable password, no roles):
   * columns that name who changed something (REFERENCES users) and the audit log then name the client.
   */
  async insert(manager: EntityManager, a: NewServiceAccount): Promise<void> {
    await manager.query(
      `INSERT INTO users (id, username, display_name, password_hash, is_active) VALUES ($1, $2, $3, '!service-account', false)`,
      [a.id, `client:${a.clientId}`, a.name],
    );
    await manager.query(
      `INSERT INTO service_accounts (id, name, description, organisation_id, client_id, secret_hash, scopes, rate_limit_per_minute, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [a.id, a.name, a.description, a.organisationId, a.clientId, a.secretHash, a.scopes, a.rateLimitPerMinute, a.createdBy],
    );
  }

  async update(
    manager: EntityManager,
    id: string,
    v: { name: string; description: string | null; scopes: string[]; rateLimitPerMinute: number | null },
  ): Promise<void> {
    await manager.query(
      `UPDATE service_accounts SET name = $2, description = $3, scopes = $4, rate_limit_per_minute = $5, updated_at = now() WHERE id = $1`,
      [id, v.name, v.description, v.scopes, v.rateLimitPerMinute],
    );
    await manager.query(`UPDATE users SET display_name = $2, updated_at = now() WHERE id = $1`, [id, v.name]);
  }

  /** New secret; the old one keeps working for `overlapSeconds` (0: stops at once). */
  async rotate(manager: EntityManager, id: string, secretHash: string, overlapSeconds: number): Promise<void> {
    await manager.query(
      `UPDATE service_accounts
          SET previous_secret_hash = CASE WHEN $3 > 0 THEN secret_hash END,
              previous_secret_expires_at = CASE WHEN $3 > 0 THEN now() + make_interval(secs => $3) END,
              secret_hash = $2, secret_rotated_at = now(), updated_at = now()
        WHERE id = $1`,
      [id, secretHash, overlapSeconds],
    );
  }

  async revoke(manager: EntityManager, id: string, by: string): Promise<void> {
    await manager.query(
      `UPDATE service_accounts SET revoked_at = now(), revoked_by = $2, previous_secret_hash = NULL, previous_secret_expires_at = NULL,
              updated_at = now()
        WHERE id = $1 AND revoked_at IS NULL`,
      [id, by],
    );
  }

  /** Credentials of a client by its client_id; `usable`: not revoked and its organisation not dissolved. */
  async credentials(clientId: string): Promise<ClientCredentialRow | undefined> {
    const [row] = await sql<ClientCredentialRow>(
      this.dataSource.manager,
      `SELECT s.id, s.secret_hash,
              CASE WHEN s.previous_secret_expires_at > now() THEN s.previous_secret_hash END AS previous_secret_hash,
              s.scopes, (s.revoked_at IS NULL AND o.dissolved_on IS NULL) AS usable
         FROM service_accounts s JOIN organisations o ON o.id = s.organisation_id
        WHERE s.client_id = $1`,
      [clientId],
    );
    return row;
  }

  async touchToken(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE service_accounts SET last_token_at = now() WHERE id = $1`, [id]);
  }

  async organisationPath(id: string, manager?: EntityManager): Promise<{ path: string; dissolved: boolean } | undefined> {
    const [row] = await sql<{ path: string; dissolved: boolean }>(
      this.m(manager),
      `SELECT path, dissolved_on IS NOT NULL AS dissolved FROM organisations WHERE id = $1`,
      [id],
    );
    return row;
  }
}
