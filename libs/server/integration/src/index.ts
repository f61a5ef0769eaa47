export * from './integration.module';
export * from './service-accounts/service-accounts.service';
export * from './service-accounts/service-account.types';
export * from './service-accounts/access-log-retention';
