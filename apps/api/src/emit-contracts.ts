import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadConfig } from '@qt/server-core';
import { OPENAPI_FILE, renderContracts, SCHEMA_FILE } from './contracts';
import { createApp } from './create-app';

/**
 * Writes apps/api/schema.graphql and apps/api/openapi.json from the running
 * code, or with --check exits 1 when the committed files are stale.
 */
async function main() {
  const check = process.argv.includes('--check');
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'development',
    JWT_SECRET: process.env.JWT_SECRET ?? 'contracts-only-secret-contracts-only-secret',
    LOG_LEVEL: 'error',
    BOOTSTRAP_ADMIN_USERNAME: '',
    BOOTSTRAP_ADMIN_PASSWORD: '',
  });
  const app = await createApp(config, { plainLogger: true });
  const { schema, openapi } = renderContracts(app);
  await app.close();
  const files: [string, string][] = [
    [SCHEMA_FILE, schema],
    [OPENAPI_FILE, openapi],
  ];
  let stale = false;
  for (const [file, content] of files) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current === content) continue;
    if (check) {
      console.error(`contracts: ${file} is stale; run "npm run contracts" and commit the result`);
      stale = true;
    } else {
      writeFileSync(file, content);
      console.log(`contracts: wrote ${file}`);
    }
  }
  process.exit(stale ? 1 : 0);
}

main().catch((err) => {
  console.error(`contracts: failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
