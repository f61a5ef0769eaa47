import { Injectable } from '@nestjs/common';
import { AuditService } from '@qt/server-audit';
import { AccessScope, AppException, decodeCursor, DEFAULT_PAGE_SIZE, foldedContains, Page, toPage } from '@qt/server-core';
import { Role } from '@qt/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { CreateUserInput, RoleGrantInput, UsersArgs } from '../dtos/user.dto';
import { RoleAssignment, UserAccount } from '../dtos/me.types';
import { PasswordService } from '../password.service';

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  member_id: string | null;
  email: string | null;
  is_active: boolean;
  roles: (RoleAssignment & { path: string })[] | null;
}

const USER_SELECT = `
  SELECT u.id, u.username, u.display_name, u.member_id, u.email, u.is_active,
         (SELECT json_agg(json_build_object('id', r.id, 'role', r.role, 'path', o.path,
                   'organisation', json_build_object('id', o.id, 'code', o.code, 'name', o.name)) ORDER BY o.path, r.role)
            FROM role_assignments r JOIN organisations o ON o.id = r.organisation_id WHERE r.user_id = u.id) AS roles
    FROM users u`;

/** An account as a caller may see it: with a scope, only the roles held inside it. */
const toAccount = (row: UserRow, scope?: AccessScope): UserAccount => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  memberId: row.member_id,
  email: row.email,
  isActive: row.is_active,
  roles: (row.roles ?? [])
    .filter((r) => !scope || scope.coversPath(r.path))
    .map(({ path: _path, ...role }) => role),
});

/** User accounts and their role assignments (user, role, organisation). */
@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
  ) {}

  /** One account; with a scope (administrators), only the roles inside it are shown. */
  async get(userId: string, scope?: AccessScope): Promise<UserAccount> {
    const [row] = (await this.dataSource.query(`${USER_SELECT} WHERE u.id = $1`, [userId])) as UserRow[];
    if (!row) throw AppException.notFound('User');
    return toAccount(row, scope);
  }

  /** Users holding at least one role inside the scope. */
  async list(scope: AccessScope, args: UsersArgs): Promise<Page<UserAccount>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const params: unknown[] = [];
    const where = [
      `EXISTS (SELECT 1 FROM role_assignments r JOIN organisations o ON o.id = r.organisation_id
                WHERE r.user_id = u.id AND ${scope.pathPredicate('o.path', params)})`,
    ];
    if (args.search) {
      const pattern = foldedContains(`$${params.push(args.search)}`);
      where.push(`(qt_fold(u.username) LIKE ${pattern} OR qt_fold(u.display_name) LIKE ${pattern})`);
    }
    const cursor = decodeCursor(args.after, ['string']);
    if (cursor) where.push(`lower(u.username) > $${params.push(cursor[0])}`);
    const rows = (await this.dataSource.query(
      `${USER_SELECT} WHERE ${where.join(' AND ')} ORDER BY lower(u.username) LIMIT ${first + 1}`,
      params,
    )) as UserRow[];
    return toPage(rows.map((r) => toAccount(r, scope)), first, (u) => [u.username.toLowerCase()]);
  }

  async create(scope: AccessScope, input: CreateUserInput): Promise<UserAccount> {
    this.passwords.assertPolicy(input.password, input.username);
    const hash = await this.passwords.hash(input.password);
    const id = await this.dataSource.transaction(async (manager) => {
      for (const grant of input.roles ?? []) await this.assertGrantable(manager, scope, grant);
      if (input.memberId) await this.assertMemberInScope(manager, scope, input.memberId);
      const [{ id }] = await manager.query(
        `INSERT INTO users (username, display_name, password_hash, member_id, email) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [input.username, input.displayName, hash, input.memberId ?? null, input.email?.trim() ?? null],
      );
      for (const grant of input.roles ?? []) {
        await manager.query(`INSERT INTO role_assignments (user_id, role, organisation_id) VALUES ($1, $2, $3)`, [
          id,
          grant.role,
          grant.organisationId,
        ]);
      }
      await this.audit.record(manager, scope.actor, {
        action: 'user.create',
        entityType: 'user',
        entityId: id,
        organisationId: input.roles?.[0]?.organisationId ?? scope.rootOrganisationIds()[0],
        after: {
          username: input.username,
          displayName: input.displayName,
          memberId: input.memberId,
          email: input.email ?? null,
          roles: input.roles,
        },
      });
      return id as string;
    });
    return this.get(id, scope);
  }

  async assignRole(scope: AccessScope, userId: string, grant: RoleGrantInput): Promise<UserAccount> {
    await this.dataSource.transaction(async (manager) => {
      await this.assertGrantable(manager, scope, grant);
      await this.assertUserInScope(manager, scope, userId);
      await manager.query(
        `INSERT INTO role_assignments (user_id, role, organisation_id) VALUES ($1, $2, $3)`,
        [userId, grant.role, grant.organisationId],
      );
      await this.audit.record(manager, scope.actor, {
        action: 'user.assignRole',
        entityType: 'user',
        entityId: userId,
        organisationId: grant.organisationId,
        after: grant,
      });
    });
    return this.get(userId, scope);
  }

  async revokeRole(scope: AccessScope, userId: string, assignmentId: string): Promise<UserAccount> {
    await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(
        `SELECT r.id, r.role, r.organisation_id, o.path FROM role_assignments r
           JOIN organisations o ON o.id = r.organisation_id WHERE r.id = $1 AND r.user_id = $2`,
        [assignmentId, userId],
      );
      if (!row) throw AppException.notFound('Role assignment');
      scope.assertPath(row.path);
      await manager.query(`DELETE FROM role_assignments WHERE id = $1`, [assignmentId]);
      await this.audit.record(manager, scope.actor, {
        action: 'user.revokeRole',
        entityType: 'user',
        entityId: userId,
        organisationId: row.organisation_id,
        before: { role: row.role, organisationId: row.organisation_id },
      });
    });
    return this.get(userId, scope);
  }

  async setActive(scope: AccessScope, userId: string, isActive: boolean): Promise<UserAccount> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.get(userId);
      await this.assertUserInScope(manager, scope, userId);
      if (user.roles.length === 0) throw AppException.forbidden();
      await manager.query(`UPDATE users SET is_active = $2, updated_at = now() WHERE id = $1`, [userId, isActive]);
      if (!isActive) await manager.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
      await this.audit.record(manager, scope.actor, {
        action: isActive ? 'user.activate' : 'user.deactivate',
        entityType: 'user',
        entityId: userId,
        organisationId: user.roles[0]?.organisation.id,
        before: { isActive: user.isActive },
        after: { isActive },
      });
    });
    return this.get(userId, scope);
  }

  /** Sets or removes (null) the e-mail address notifications are sent to. */
  async setEmail(scope: AccessScope, userId: string, email: string | null): Promise<UserAccount> {
    await this.dataSource.transaction(async (manager) => {
      await this.assertUserInScope(manager, scope, userId);
      const [before] = await manager.query(`SELECT email FROM users WHERE id = $1 FOR UPDATE`, [userId]);
      const user = await this.get(userId);
      await manager.query(`UPDATE users SET email = $2, updated_at = now() WHERE id = $1`, [userId, email?.trim() || null]);
      await this.audit.record(manager, scope.actor, {
        action: 'user.setEmail',
        entityType: 'user',
        entityId: userId,
        organisationId: user.roles[0]?.organisation.id ?? scope.rootOrganisationIds()[0],
        before: { email: before.email },
        after: { email: email?.trim() || null },
      });
    });
    return this.get(userId, scope);
  }

  /**
   * An administrator manages only users whose every role lies in their scope
   * (or who hold no role yet): a subtree administrator cannot touch, or look
   * into, an account that also belongs to another subtree.
   */
  private async assertUserInScope(manager: EntityManager, scope: AccessScope, userId: string): Promise<void> {
    const params: unknown[] = [userId];
    const [row] = await manager.query(
      `SELECT count(r.id) FILTER (WHERE NOT ${scope.pathPredicate('o.path', params)})::int AS outside,
              bool_or(u.id IS NOT NULL) AS found
         FROM users u LEFT JOIN role_assignments r ON r.user_id = u.id LEFT JOIN organisations o ON o.id = r.organisation_id
        WHERE u.id = $1`,
      params,
    );
    if (!row?.found) throw AppException.notFound('User');
    if (row.outside > 0) throw AppException.forbidden('This user also holds roles outside your scope');
  }

  /** A role can be granted only at an organisation inside the granter's scope. */
  private async assertGrantable(manager: EntityManager, scope: AccessScope, grant: RoleGrantInput): Promise<void> {
    const [org] = await manager.query(`SELECT path, dissolved_on FROM organisations WHERE id = $1`, [grant.organisationId]);
    if (!org) throw AppException.unprocessable('organisationId does not exist', 'organisationId');
    scope.assertPath(org.path);
    if (org.dissolved_on) throw AppException.unprocessable('organisation is dissolved', 'organisationId');
    if (!Object.values(Role).includes(grant.role)) throw AppException.badInput('unknown role', 'role');
  }

  private async assertMemberInScope(manager: EntityManager, scope: AccessScope, memberId: string): Promise<void> {
    const [row] = await manager.query(
      `SELECT o.path FROM members m JOIN organisations o ON o.id = m.organisation_id WHERE m.id = $1`,
      [memberId],
    );
    if (!row) throw AppException.unprocessable('memberId does not exist', 'memberId');
    scope.assertPath(row.path);
  }
}
