import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Actor, CurrentActor, Policy, Public } from '@qt/server-core';
import type { FastifyRequest } from 'fastify';
import { AuthService } from './auth.service';
import { LoginDto, RefreshDto, TokenPairDto } from './dtos/auth.dto';
import { UserAccount } from './dtos/me.types';
import { UsersService } from './users/users.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  /** Exchanges a username and password for an access token and a refresh token. */
  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  @ApiUnauthorizedResponse({ description: 'Wrong username or password' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts for this account or address; see Retry-After' })
  login(@Body() body: LoginDto, @Req() req: FastifyRequest): Promise<TokenPairDto> {
    return this.auth.login(body.username, body.password, req.ip);
  }

  /** Rotates the refresh token. Reusing an old one revokes the whole family. */
  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  @ApiUnauthorizedResponse({ description: 'Invalid, expired, reused or revoked refresh token' })
  refresh(@Body() body: RefreshDto, @Req() req: FastifyRequest): Promise<TokenPairDto> {
    return this.auth.refresh(body.refreshToken, req.ip);
  }

  /** Revokes the refresh token's family. */
  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @Policy('auth.session')
  @ApiNoContentResponse({ description: 'Logged out' })
  async logout(@Body() body: RefreshDto, @CurrentActor() actor: Actor): Promise<void> {
    await this.auth.logout(body.refreshToken, actor);
  }

  /** The caller's account and roles. */
  @Get('me')
  @ApiBearerAuth()
  @Policy('auth.session')
  @ApiOkResponse({ type: UserAccount })
  me(@CurrentActor() actor: Actor): Promise<UserAccount> {
    return this.users.get(actor.userId);
  }
}
