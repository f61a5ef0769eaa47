import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Actor, AppConfig } from '@qt/server-core';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { ActorLoader } from './actor-loader.service';
import { AccessClaims, CLIENT_SUBJECT_PREFIX, ClientAccessClaims } from './tokens/token.service';

/**
 * passport-jwt: HS256 only, issuer and audience checked, then the user (or the service account, for
 * `typ: client` tokens) is loaded fresh, so revocations take effect at once.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly actors: ActorLoader,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.JWT_SECRET,
      algorithms: ['HS256'],
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessClaims | ClientAccessClaims): Promise<Actor | false> {
    if (typeof claims.sub !== 'string') return false;
    if (claims.typ === 'client') {
      if (!claims.sub.startsWith(CLIENT_SUBJECT_PREFIX) || typeof claims.scope !== 'string') return false;
      const id = claims.sub.slice(CLIENT_SUBJECT_PREFIX.length);
      if (!/^[0-9a-f-]{36}$/i.test(id)) return false;
      return (await this.actors.loadClient(id, claims.scope.split(' ').filter(Boolean))) ?? false;
    }
    if (claims.typ !== 'access') return false;
    return (await this.actors.load(claims.sub)) ?? false;
  }
}
