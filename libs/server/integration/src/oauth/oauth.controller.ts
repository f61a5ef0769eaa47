import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBasicAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Public } from '@qt/server-core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ClientCredentialsService } from './client-credentials.service';
import { OAuthError, OAuthErrorResponse, OAuthTokenRequest, OAuthTokenResponse } from './oauth.types';

/** `Authorization: Basic base64(urlencode(id):urlencode(secret))` (RFC 6749 §2.3.1), or undefined. */
function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  try {
    return { id: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) };
  } catch {
    return undefined;
  }
}

/** OAuth2 token endpoint for service accounts (RFC 6749 §4.4, client credentials). */
@ApiTags('oauth')
@Controller('oauth')
export class OAuthController {
  constructor(private readonly credentials: ClientCredentialsService) {}

  @Post('token')
  @Public()
  @HttpCode(200)
  @ApiBasicAuth()
  @ApiOperation({
    summary: 'Client credentials grant: a short-lived Bearer JWT for a service account',
    description:
      'Send client_id/client_secret with HTTP Basic or in the body (not both), as form fields or JSON. ' +
      'Errors follow RFC 6749 §5.2: invalid_client (401, WWW-Authenticate), invalid_scope, unsupported_grant_type, invalid_request (400).',
  })
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiBody({ type: OAuthTokenRequest })
  @ApiOkResponse({ type: OAuthTokenResponse })
  @ApiBadRequestResponse({ type: OAuthErrorResponse })
  @ApiUnauthorizedResponse({ type: OAuthErrorResponse })
  @ApiTooManyRequestsResponse({ description: 'Too many requests from this address; see Retry-After' })
  async token(@Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    reply.header('Cache-Control', 'no-store').header('Pragma', 'no-cache');
    const body = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
    const basic = basicCredentials(req.headers.authorization);
    try {
      if (req.headers.authorization && !basic) throw new OAuthError('invalid_client', 'Malformed Basic credentials');
      if (basic && (body.client_id !== undefined || body.client_secret !== undefined)) {
        throw new OAuthError('invalid_request', 'Send the client credentials with HTTP Basic or in the body, not both');
      }
      const answer = await this.credentials.issue({
        grantType: body.grant_type,
        clientId: basic?.id ?? body.client_id,
        clientSecret: basic?.secret ?? body.client_secret,
        scope: body.scope,
      });
      await reply.code(200).send(answer);
    } catch (err) {
      if (!(err instanceof OAuthError)) throw err;
      if (err.status === 401) reply.header('WWW-Authenticate', 'Basic realm="quan-triet", charset="UTF-8"');
      await reply.code(err.status).send({ error: err.error, error_description: err.description } satisfies OAuthErrorResponse);
    }
  }
}
