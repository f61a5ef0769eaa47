// npm run migrate: applies the database migrations (tools/db/migrate.ts).
// Uses $DATABASE_URL when set, else the same database as `npm start`.
import { runTask } from './lib/task.mjs';

await runTask({
  file: 'tools/db/migrate.ts',
  label: 'Migrations',
  purpose: 'start',
  skipServicesWhenDatabaseUrl: true,
});
