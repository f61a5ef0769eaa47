// npm run contracts [-- --check]: writes (or, with --check, verifies)
// apps/api/schema.graphql and apps/api/openapi.json via
// apps/api/src/emit-contracts.ts. It uses the test services in case the API
// module connects at boot; $DATABASE_URL / $REDIS_URL are used when they answer.
import { applyDefaults } from './lib/env.mjs';
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
});
