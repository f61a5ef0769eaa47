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

/** Loads a user with their role grants in one query. Inactive users load as nobody. */
@Injectable()
export class ActorLoader {
  constructor(private readonly dataSource: DataSource) {}

  async load(userId: string): Promise<Actor | null> {
    const [row] = (await this.dataSource.query(
      `SELECT u.id AS user_id, u.username, u.display_name, u.member_id,
              (SELECT json_agg(json_build_object('role', r.role, 'organisationId', r.organisation_id, 'organisationPath', o.path))
                 FROM role_assignments r JOIN organisations o ON o.id = r.organisation_id
                WHERE r.user_id = u.id AND o.dissolved_on IS NULL) AS grants
         FROM users u WHERE u.id = $1 AND u.is_active`,
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
}
