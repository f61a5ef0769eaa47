import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AuditModule } from '@qt/server-audit';
import { AuthModule, PolicyGuard } from '@qt/server-auth';
import { CampaignsModule } from '@qt/server-campaigns';
import { CellLifeModule } from '@qt/server-cell-life';
import {
  AllExceptionsFilter,
  AppConfig,
  bullRootModule,
  ConfigModule,
  createValidationPipe,
  DatabaseModule,
  HealthModule,
  IdempotencyModule,
  LoggingModule,
  queryLimitsRule,
  RedisModule,
  StorageModule,
} from '@qt/server-core';
import { EssaysModule } from '@qt/server-essays';
import { MembersModule } from '@qt/server-members';
import { NotificationsModule } from '@qt/server-notifications';
import { OrganisationsModule } from '@qt/server-organisations';
import { ProgrammesModule } from '@qt/server-programmes';
import { ReportersModule } from '@qt/server-reporters';
import { SessionsModule } from '@qt/server-sessions';
import { InspectionsModule } from '@qt/server-inspections';
import { IntegrationModule } from '@qt/server-integration';
import { ReportsModule } from '@qt/server-reports';
import { WebhooksModule } from '@qt/server-webhooks';
import { GraphQLFormattedError } from 'graphql';
import { BootstrapService } from './bootstrap.service';

/** Keeps only what a client may see of a GraphQL error: message, code, status, fields, path. */
export function formatGraphQLError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const ext = (formatted.extensions ?? {}) as Record<string, unknown>;
  const code = typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR';
  const known = code !== 'INTERNAL_SERVER_ERROR';
  return {
    message: known ? formatted.message : 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: {
      code,
      ...(ext.status ? { status: ext.status } : {}),
      ...(ext.fields ? { fields: ext.fields } : {}),
      ...(ext.retryAfterSeconds ? { retryAfterSeconds: ext.retryAfterSeconds } : {}),
    },
  };
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule,
        RedisModule,
        bullRootModule(),
        StorageModule,
        IdempotencyModule,
        HealthModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          introspection: !config.isProduction,
          graphiql: !config.isProduction,
          includeStacktraceInErrorResponses: false,
          formatError: formatGraphQLError,
          validationRules: [queryLimitsRule()],
          // Exception filters also map errors of field resolvers (codes and fields, never internals).
          fieldResolverEnhancers: ['filters'],
        }),
        AuditModule,
        AuthModule,
        OrganisationsModule,
        MembersModule,
        NotificationsModule,
        CampaignsModule,
        ReportersModule,
        SessionsModule,
        EssaysModule,
        ProgrammesModule,
        CellLifeModule,
        ReportsModule,
        InspectionsModule,
        IntegrationModule,
        WebhooksModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: PolicyGuard },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        BootstrapService,
      ],
    };
  }
}
