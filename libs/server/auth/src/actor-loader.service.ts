import { Injectable } from '@nestjs/common';
import { Role } from '@qt/shared-domain';
import { Actor } from '@qt/server-core';
import { DataSource } from 'typeorm';

interface ActorRow {
  user_id: string;
  username: string;
  display_name: string;
  member_id: string | null;
  grants: { role: Role; organisationId: string; organisationPath: string }[] | null;
}

interface ClientRow {
  id: string;
  client_id: string;
  name: string;
  organisation_id: string;
  organisation_path: string;
  scopes: string[];
  rate_limit_per_minute: number | null;
}

/**
 * Loads a user with their role grants in one query. Inactive users load as nobody, and so do the
 * technical user rows of service accounts (they act only through `loadClient`).
 */
@Injectable()
export class ActorLoader {
  constructor(private readonly dataSource: DataSource) {}

  async load(userId: string): Promise<Actor | null> {
    const [row] = (await this.dataSource.query(
      `SELECT u.id AS user_id, u.username, u.display_name, u.member_id,
              (SELECT json_agg(json_build_object('role', r.role, 'organisationId', r.organisation_id, 'organisationPath', o.path))
                 FROM role_assignments r JOIN organisations o ON o.id = r.organisation_id
                WHERE r.user_id = u.id AND o.dissolved_on IS NULL) AS grants
         FROM users u WHERE u.id = $1 AND u.is_active
          AND NOT EXISTS (SELECT 1 FROM service_accounts s WHERE s.id = u.id)`,
      [userId],
    )) as ActorRow[];
    if (!row) return null;
    return {
      userId: row.user_id,
      username: row.username,
      displayName: row.display_name,
      memberId: row.member_id,
      grants: row.grants ?? [],
    };
  }

  /**
   * Loads a service account fresh for every request: a revoked account, or one whose organisation was
   * dissolved, loads as nobody; the token's scopes are narrowed to those the account still holds.
   */
  async loadClient(serviceAccountId: string, tokenScopes: readonly string[]): Promise<Actor | null> {
    const [row] = (await this.dataSource.query(
      `SELECT s.id, s.client_id, s.name, s.organisation_id, o.path AS organisation_path, s.scopes, s.rate_limit_per_minute
         FROM service_accounts s JOIN organisations o ON o.id = s.organisation_id
        WHERE s.id = $1 AND s.revoked_at IS NULL AND o.dissolved_on IS NULL`,
      [serviceAccountId],
    )) as ClientRow[];
    if (!row) return null;
    return {
      userId: row.id,
      username: `client:${row.client_id}`,
      displayName: row.name,
      memberId: null,
      grants: [],
      client: {
        id: row.id,
        clientId: row.client_id,
        organisationId: row.organisation_id,
        organisationPath: row.organisation_path,
        scopes: tokenScopes.filter((s) => row.scopes.includes(s)),
        rateLimitPerMinute: row.rate_limit_per_minute,
      },
    };
  }
}
