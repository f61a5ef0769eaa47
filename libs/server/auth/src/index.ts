export * from './auth.module';
export * from './policy.guard';
export * from './password.service';
export * from './users/users.service';
export * from './actor-loader.service';
export * from './tokens/purge-expired-tokens';
export * from './tokens/token.service';
