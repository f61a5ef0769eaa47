import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { PasswordService } from '@qt/server-auth';
import { AppConfig } from '@qt/server-core';
import { Role } from '@qt/shared-domain';
import { DataSource } from 'typeorm';

/**
 * First start: when BOOTSTRAP_ADMIN_USERNAME/PASSWORD are set and that user
 * does not exist, creates it as ADMIN of the root organisation (creating the
 * root from BOOTSTRAP_ROOT_CODE/NAME when the tree is empty). Guarded by an
 * advisory lock so several API replicas starting together create one admin.
 */
@Injectable()
export class BootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger(BootstrapService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const username = this.config.BOOTSTRAP_ADMIN_USERNAME;
    const password = this.config.BOOTSTRAP_ADMIN_PASSWORD;
    if (!username || !password) return;
    const hash = await this.passwords.hash(password);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('qt:bootstrap-admin'))`);
      const [existing] = await manager.query(`SELECT id FROM users WHERE lower(username) = lower($1)`, [username]);
      if (existing) return;
      let [root] = await manager.query(`SELECT id FROM organisations WHERE depth = 0 ORDER BY created_at LIMIT 1`);
      if (!root) {
        [root] = await manager.query(
          `WITH n AS (SELECT gen_random_uuid() AS id)
           INSERT INTO organisations (id, code, name, kind, path, depth)
           SELECT id, $1, $2, 'BLOC', '/' || id || '/', 0 FROM n RETURNING id`,
          [this.config.BOOTSTRAP_ROOT_CODE, this.config.BOOTSTRAP_ROOT_NAME],
        );
      }
      const [user] = await manager.query(
        `INSERT INTO users (username, display_name, password_hash) VALUES ($1, $2, $3) RETURNING id`,
        [username, 'Quản trị hệ thống', hash],
      );
      await manager.query(`INSERT INTO role_assignments (user_id, role, organisation_id) VALUES ($1, $2, $3)`, [
        user.id,
        Role.ADMIN,
        root.id,
      ]);
      await manager.query(
        `INSERT INTO audit_log (actor_label, action, entity_type, entity_id, organisation_id, after)
         VALUES ('system', 'user.bootstrapAdmin', 'user', $1, $2, $3)`,
        [user.id, root.id, JSON.stringify({ username })],
      );
      this.logger.log(`Created the first administrator "${username}"`);
    });
  }
}
