import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Actor, AppConfig } from '@qt/server-core';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { ActorLoader } from './actor-loader.service';
import { AccessClaims } from './tokens/token.service';

/** passport-jwt: HS256 only, issuer and audience checked, then the user is loaded fresh. */
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

  async validate(claims: AccessClaims): Promise<Actor | false> {
    if (claims.typ !== 'access' || typeof claims.sub !== 'string') return false;
    return (await this.actors.load(claims.sub)) ?? false;
  }
}
