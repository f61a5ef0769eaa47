import { Injectable, Logger } from '@nestjs/common';
import { TokenService } from '@qt/server-auth';
import { AppConfig, CLIENT_SCOPES } from '@qt/server-core';
import { hashSecret, secretMatches } from '../service-accounts/secrets';
import { ServiceAccountsRepository } from '../service-accounts/service-accounts.repository';
import { OAuthError, OAuthTokenResponse } from './oauth.types';

export interface ClientCredentialsRequest {
  grantType: unknown;
  clientId: unknown;
  clientSecret: unknown;
  scope: unknown;
}

const KNOWN_SCOPES = new Set<string>(CLIENT_SCOPES);
/** Compared against when the client_id is unknown, so the answer takes as long either way. */
const DUMMY_HASH = hashSecret('no such client');

/** OAuth2 client credentials grant (RFC 6749 §4.4) for service accounts. */
@Injectable()
export class ClientCredentialsService {
  private readonly logger = new Logger(ClientCredentialsService.name);

  constructor(
    private readonly repo: ServiceAccountsRepository,
    private readonly tokens: TokenService,
    private readonly config: AppConfig,
  ) {}

  async issue(req: ClientCredentialsRequest): Promise<OAuthTokenResponse> {
    if (req.grantType === undefined || req.grantType === '') throw new OAuthError('invalid_request', 'grant_type is required');
    if (req.grantType !== 'client_credentials') {
      throw new OAuthError('unsupported_grant_type', 'Only grant_type=client_credentials is supported');
    }
    if (typeof req.clientId !== 'string' || typeof req.clientSecret !== 'string' || !req.clientId || !req.clientSecret) {
      throw new OAuthError('invalid_client', 'Client authentication failed');
    }
    if (req.scope !== undefined && typeof req.scope !== 'string') throw new OAuthError('invalid_request', 'scope must be a string');

    const row = req.clientId.length <= 64 ? await this.repo.credentials(req.clientId) : undefined;
    const current = secretMatches(req.clientSecret, row?.secret_hash ?? DUMMY_HASH);
    const previous = !current && secretMatches(req.clientSecret, row?.previous_secret_hash);
    if (!row || !row.usable || !(current || previous)) {
      this.logger.warn(`Client authentication failed for client_id ${req.clientId.slice(0, 64)}`);
      throw new OAuthError('invalid_client', 'Client authentication failed');
    }

    const asked = typeof req.scope === 'string' ? [...new Set(req.scope.split(' ').filter(Boolean))] : [];
    const unknown = asked.filter((s) => !KNOWN_SCOPES.has(s));
    if (unknown.length) throw new OAuthError('invalid_scope', `Unknown scope: ${unknown.join(' ')}`);
    const notHeld = asked.filter((s) => !row.scopes.includes(s));
    if (notHeld.length) throw new OAuthError('invalid_scope', `Scope not granted to this client: ${notHeld.join(' ')}`);
    const scopes = asked.length ? asked : row.scopes;

    await this.repo.touchToken(row.id);
    return {
      access_token: this.tokens.signClient(row.id, req.clientId, scopes),
      token_type: 'Bearer',
      expires_in: this.config.JWT_ACCESS_TTL_SECONDS,
      scope: scopes.join(' '),
    };
  }
}
