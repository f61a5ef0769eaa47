import { Injectable } from '@nestjs/common';
import { AuditService } from '@qt/server-audit';
import { Actor, AppException } from '@qt/server-core';
import { DataSource } from 'typeorm';
import { TokenPairDto } from './dtos/auth.dto';
import { PasswordService } from './password.service';
import { LoginThrottleService } from './tokens/login-throttle.service';
import { TokenService } from './tokens/token.service';

/** Login, refresh and logout. */
@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {}

  async login(username: string, password: string, ip: string): Promise<TokenPairDto> {
    await this.throttle.beforeAttempt(username, ip);
    const [user] = await this.dataSource.query(
      `SELECT id, username, display_name, password_hash, is_active FROM users WHERE lower(username) = lower($1)`,
      [username],
    );
    const ok = await this.passwords.verify(user?.password_hash ?? null, password);
    if (!ok || !user.is_active) {
      await this.throttle.recordFailure(username);
      throw AppException.unauthenticated('Wrong username or password');
    }
    await this.throttle.recordSuccess(username);
    const pair = await this.dataSource.transaction(async (manager) => {
      const issued = await this.tokens.issue(manager, user.id, user.username, ip);
      await this.audit.record(manager, { userId: user.id, username: user.username, displayName: user.display_name, memberId: null, grants: [] }, {
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
      });
      return issued;
    });
    return { ...pair, user: { id: user.id, username: user.username, displayName: user.display_name } };
  }

  async refresh(refreshToken: string, ip: string): Promise<TokenPairDto> {
    const { userId, ...pair } = await this.tokens.rotate(refreshToken, ip);
    const [user] = await this.dataSource.query(`SELECT id, username, display_name FROM users WHERE id = $1`, [userId]);
    return { ...pair, user: { id: user.id, username: user.username, displayName: user.display_name } };
  }

  async logout(refreshToken: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.tokens.revoke(manager, refreshToken, actor.userId);
      await this.audit.record(manager, actor, { action: 'auth.logout', entityType: 'user', entityId: actor.userId });
    });
  }
}
