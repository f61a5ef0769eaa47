import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Successful token answer (RFC 6749 §5.1). */
export class OAuthTokenResponse {
  @ApiProperty({ description: 'JWT to send as `Authorization: Bearer …`' }) access_token!: string;
  @ApiProperty({ enum: ['Bearer'] }) token_type!: 'Bearer';
  @ApiProperty({ description: 'Lifetime in seconds', example: 900 }) expires_in!: number;
  @ApiProperty({ description: 'Space-separated scopes the token carries', example: 'members:read members:write' }) scope!: string;
}

export const OAUTH_ERRORS = ['invalid_request', 'invalid_client', 'invalid_grant', 'unauthorized_client', 'unsupported_grant_type', 'invalid_scope'] as const;
export type OAuthErrorCode = (typeof OAUTH_ERRORS)[number];

/** Error answer (RFC 6749 §5.2). */
export class OAuthErrorResponse {
  @ApiProperty({ enum: OAUTH_ERRORS }) error!: OAuthErrorCode;
  @ApiPropertyOptional() error_description?: string;
}

/** Body of the token request, as form fields (application/x-www-form-urlencoded) or JSON. */
export class OAuthTokenRequest {
  @ApiProperty({ enum: ['client_credentials'] }) grant_type!: string;
  @ApiPropertyOptional({ description: 'When not sent with HTTP Basic' }) client_id?: string;
  @ApiPropertyOptional({ description: 'When not sent with HTTP Basic' }) client_secret?: string;
  @ApiPropertyOptional({ description: 'Space-separated subset of the account’s scopes (default: all of them)', example: 'members:read' })
  scope?: string;
}

export class OAuthError extends Error {
  constructor(
    readonly error: OAuthErrorCode,
    readonly description: string,
  ) {
    super(description);
  }
  get status(): number {
    return this.error === 'invalid_client' ? 401 : 400;
  }
}
