import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AuditService } from '@qt/server-audit';
import { AppConfig, AppException } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';

export interface AccessClaims {
  sub: string;
  username: string;
  typ: 'access';
}

/** Claims of a service account's client-credentials token (RFC 6749 §4.4): distinguishable from users' by `typ`. */
export interface ClientAccessClaims {
  /** `client:<service account id>`. */
  sub: string;
  typ: 'client';
  client_id: string;
  /** Space-separated scopes (RFC 6749 §3.3). */
  scope: string;
}

export const CLIENT_SUBJECT_PREFIX = 'client:';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  /** Lifetime of the access token in seconds. */
  expiresIn: number;
}

/** Key id written in the JWT header; bump it with the secret when rotating keys. */
export const ACCESS_KEY_ID = 'k1';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Short-lived access JWTs (HS256, issuer and audience checked) and opaque
 * refresh tokens stored hashed. Each refresh rotates the token within its
 * family; presenting an already-used token revokes the whole family (theft).
 */
@Injectable()
export class TokenService {
  private readonly logger = new Logger(TokenService.name);

  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  signAccess(userId: string, username: string): string {
    const claims: AccessClaims = { sub: userId, username, typ: 'access' };
    return this.sign(claims);
  }

  /** A service account's access token: same key, issuer, audience and lifetime as users' tokens. */
  signClient(serviceAccountId: string, clientId: string, scopes: readonly string[]): string {
    const claims: ClientAccessClaims = {
      sub: `${CLIENT_SUBJECT_PREFIX}${serviceAccountId}`,
      typ: 'client',
      client_id: clientId,
      scope: scopes.join(' '),
    };
    return this.sign(claims);
  }

  private sign(claims: AccessClaims | ClientAccessClaims): string {
    return this.jwt.sign(claims, {
      secret: this.config.JWT_SECRET,
      algorithm: 'HS256',
      expiresIn: this.config.JWT_ACCESS_TTL_SECONDS,
      issuer: this.config.JWT_ISSUER,
      audience: this.config.JWT_AUDIENCE,
      jwtid: randomUUID(),
      header: { alg: 'HS256', kid: ACCESS_KEY_ID, typ: 'JWT' },
    });
  }

  /** Issues a new pair starting a new refresh family (at login). */
  async issue(manager: EntityManager, userId: string, username: string, ip?: string): Promise<TokenPair> {
    return this.issueInFamily(manager, userId, username, randomUUID(), ip);
  }

  private async issueInFamily(
    manager: EntityManager,
    userId: string,
    username: string,
    familyId: string,
    ip?: string,
  ): Promise<TokenPair> {
    const refreshToken = randomBytes(32).toString('base64url');
    await manager.query(
      `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at, created_ip)
       VALUES ($1, $2, $3, now() + make_interval(days => $4), $5)`,
      [userId, familyId, hashToken(refreshToken), this.config.REFRESH_TTL_DAYS, ip ?? null],
    );
    return { accessToken: this.signAccess(userId, username), refreshToken, expiresIn: this.config.JWT_ACCESS_TTL_SECONDS };
  }

  /** Rotates a refresh token. Reuse of a rotated token revokes its family and fails. */
  async rotate(refreshToken: string, ip?: string): Promise<TokenPair & { userId: string }> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(
        `SELECT t.id, t.user_id, t.family_id, t.used_at, t.revoked_at, t.expires_at < now() AS expired,
                u.username, u.is_active
           FROM refresh_tokens t JOIN users u ON u.id = t.user_id
          WHERE t.token_hash = $1
          FOR UPDATE OF t`,
        [hashToken(refreshToken)],
      );
      if (!row) return { error: 'unknown' as const };
      if (row.used_at || row.revoked_at) {
        await manager.query(
          `UPDATE refresh_tokens SET revoked_at = coalesce(revoked_at, now()) WHERE family_id = $1`,
          [row.family_id],
        );
        if (row.used_at) {
          await this.audit.record(manager, { userId: row.user_id, username: row.username, displayName: row.username, memberId: null, grants: [] }, {
            action: 'auth.refreshReuse', entityType: 'user', entityId: row.user_id,
            after: { familyRevoked: row.family_id, ip: ip ?? null },
          });
        }
        return { error: row.used_at ? ('reused' as const) : ('revoked' as const), userId: row.user_id };
      }
      if (row.expired || !row.is_active) return { error: 'expired' as const };
      await manager.query(`UPDATE refresh_tokens SET used_at = now() WHERE id = $1`, [row.id]);
      return { pair: { ...(await this.issueInFamily(manager, row.user_id, row.username, row.family_id, ip)), userId: row.user_id as string } };
    });
    if ('pair' in outcome && outcome.pair) return outcome.pair;
    if (outcome.error === 'reused') {
      this.logger.warn(`Refresh token reuse for user ${outcome.userId}: family revoked`);
    }
    throw AppException.unauthenticated('Refresh token is invalid, expired or revoked; log in again');
  }

  /** Revokes the family of a refresh token (logout). Unknown tokens are ignored. */
  async revoke(manager: EntityManager, refreshToken: string, userId: string): Promise<void> {
    await manager.query(
      `UPDATE refresh_tokens SET revoked_at = now()
        WHERE family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1 AND user_id = $2)
          AND revoked_at IS NULL`,
      [hashToken(refreshToken), userId],
    );
  }
}
