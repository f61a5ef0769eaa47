import 'reflect-metadata';
import { loadConfigOrExit } from '@qt/server-core';
import { createApp } from './create-app';

async function main() {
  const config = loadConfigOrExit();
  const app = await createApp(config);
  await app.listen({ port: config.API_PORT, host: config.API_HOST });
  console.log(`Quán Triệt API listening on http://${config.API_HOST}:${config.API_PORT} (GraphQL /graphql, REST /api/v1, docs /api/docs)`);
}

main().catch((err) => {
  console.error(`API failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
