import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuthModule } from '@qt/server-auth';
import { REDIS } from '@qt/server-core';
import Redis from 'ioredis';
import { ClientCredentialsService } from './oauth/client-credentials.service';
import { OAuthController } from './oauth/oauth.controller';
import { RATE_LIMIT_WINDOW_MS, RateLimitGuard } from './rate-limit/rate-limit.guard';
import { ClientAccessLog } from './service-accounts/client-access-log';
import { ServiceAccountsController } from './service-accounts/service-accounts.controller';
import { ServiceAccountsRepository } from './service-accounts/service-accounts.repository';
import { ServiceAccountsResolver } from './service-accounts/service-accounts.resolver';
import { ServiceAccountsService } from './service-accounts/service-accounts.service';

/**
 * The integration API for other ministry systems: service accounts (tài khoản tích hợp) with OAuth2
 * client credentials and scopes, their access log, and rate limits for every caller.
 *
 * The RateLimitGuard is a global guard registered here, after the app's PolicyGuard (the root module's
 * providers come first), so it sees the authenticated caller.
 */
@Module({
  imports: [
    AuthModule,
    ThrottlerModule.forRootAsync({
      inject: [REDIS],
      useFactory: (redis: Redis) => ({
        throttlers: [{ name: 'api', ttl: RATE_LIMIT_WINDOW_MS, limit: 1 }],
        storage: new ThrottlerStorageRedisService(redis),
      }),
    }),
  ],
  providers: [
    ServiceAccountsRepository,
    ServiceAccountsService,
    ServiceAccountsResolver,
    ClientCredentialsService,
    ClientAccessLog,
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
  controllers: [ServiceAccountsController, OAuthController],
  exports: [ServiceAccountsService],
})
export class IntegrationModule {}
