// npm run seed: loads the demo data into an empty database (tools/db/seed.ts).
// Uses $DATABASE_URL when set, else the same database as `npm start`.
import { applyDevDefaults } from './lib/env.mjs';
import { runTask } from './lib/task.mjs';

await runTask({
  file: 'tools/db/seed.ts',
  label: 'Seeding',
  purpose: 'start',
  skipServicesWhenDatabaseUrl: true,
  beforeRun: applyDevDefaults,
});
