import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ActorLoader } from './actor-loader.service';
import { AuthController } from './auth.controller';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { PasswordService } from './password.service';
import { LoginThrottleService } from './tokens/login-throttle.service';
import { TokenService } from './tokens/token.service';
import { UsersController } from './users/users.controller';
import { UsersResolver } from './users/users.resolver';
import { UsersService } from './users/users.service';

/** Authentication (passport-jwt), tokens, users and role assignments. The PolicyGuard is registered by the app. */
@Module({
  imports: [PassportModule, JwtModule.register({})],
  providers: [
    ActorLoader,
    AuthService,
    JwtStrategy,
    PasswordService,
    LoginThrottleService,
    TokenService,
    UsersService,
    AuthResolver,
    UsersResolver,
  ],
  controllers: [AuthController, UsersController],
  exports: [PasswordService, TokenService, UsersService, ActorLoader],
})
export class AuthModule {}
