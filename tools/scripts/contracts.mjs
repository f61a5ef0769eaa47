// npm run contracts [-- --check]: writes (or, with --check, verifies)
// apps/api/schema.graphql and apps/api/openapi.json via
// apps/api/src/emit-contracts.ts, then the admin SPA's typed GraphQL documents
// (apps/admin/src/graphql/generated, graphql-codegen: lib/admin-codegen.mjs) and the
// REST client types of the integration tests (apps/api/test/support/generated/api-types.ts,
// openapi-typescript: lib/openapi-types.mjs). It uses the test services in case the API
// module connects at boot; $DATABASE_URL / $REDIS_URL are used when they answer.
import { applyDefaults } from './lib/env.mjs';
import { runAdminCodegen } from './lib/admin-codegen.mjs';
import { runOpenApiTypes } from './lib/openapi-types.mjs';
import { runTask } from './lib/task.mjs';

await runTask({
  file: 'apps/api/src/emit-contracts.ts',
  label: 'Contracts',
  purpose: 'test',
  beforeRun: () =>
    applyDefaults({
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      // Only needed so the configuration validates; nothing is signed.
      JWT_SECRET: 'contracts-emitter-placeholder-secret-not-used-for-signing',
    }),
  afterRun: async () => {
    const check = process.argv.includes('--check');
    const changed = await runAdminCodegen({ check });
    const staleTypes = await runOpenApiTypes({ check });
    return check && (changed.length || staleTypes.length) ? 1 : 0;
  },
});
