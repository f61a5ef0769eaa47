// GraphQL code generation for the admin SPA (graphql-codegen, client preset):
// apps/api/schema.graphql + the graphql(`...`) documents in apps/admin/src →
// typed documents in apps/admin/src/graphql/generated/. Run by
// tools/scripts/contracts.mjs after the schema is written; with check: true it
// writes nothing and reports the files that differ (a stale generation fails
// `npm test`).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './ensure-deps.mjs';

export const ADMIN_GENERATED_DIR = 'apps/admin/src/graphql/generated/';

export function adminCodegenConfig(root = repoRoot) {
  return {
    cwd: root,
    schema: join(root, 'apps/api/schema.graphql'),
    documents: [join(root, 'apps/admin/src/**/*.{ts,tsx}'), `!${join(root, ADMIN_GENERATED_DIR, '**')}`, `!${join(root, 'apps/admin/src/**/*.spec.{ts,tsx}')}`],
    ignoreNoDocuments: true,
    // Only graphql(`...`) calls are documents; plain /* GraphQL */ strings stay untyped and are not read.
    pluckConfig: { gqlMagicComment: 'qt-typed-document', globalGqlIdentifierName: ['graphql'], modules: [] },
    silent: true,
    errorsOnly: true,
    generates: {
      [join(root, ADMIN_GENERATED_DIR)]: {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: {
          // Plain strings on the wire (no graphql-js in the bundle), typed by TypedDocumentString.
          documentMode: 'string',
          enumsAsTypes: true,
          // Only what the documents use: schema changes elsewhere do not touch the generated code.
          onlyOperationTypes: true,
          useTypeImports: true,
          avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
          scalars: { DateTime: 'string', ID: 'string' },
        },
      },
    },
  };
}

/**
 * @param {{ check?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<string[]>} the files that were (or, with check, would be) written or removed
 */
export async function runAdminCodegen({ check = false, log = console.log } = {}) {
  const { generate } = await import('@graphql-codegen/cli');
  const outputs = await generate(adminCodegenConfig(), false);
  const changed = [];
  const expected = new Set();
  for (const { filename, content } of outputs) {
    expected.add(filename);
    const current = existsSync(filename) ? readFileSync(filename, 'utf8') : null;
    if (current === content) continue;
    changed.push(relative(repoRoot, filename));
    if (!check) {
      mkdirSync(dirname(filename), { recursive: true });
      writeFileSync(filename, content);
    }
  }
  const dir = join(repoRoot, ADMIN_GENERATED_DIR);
  if (existsSync(dir)) {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (expected.has(file)) continue;
      changed.push(relative(repoRoot, file));
      if (!check) rmSync(file);
    }
  }
  if (check && changed.length) {
    log(`contracts: the admin GraphQL types are stale (${changed.join(', ')}); run "npm run contracts" and commit the result`);
  } else if (!check) {
    for (const file of changed) log(`contracts: wrote ${file}`);
  }
  return changed;
}

// `node tools/scripts/lib/admin-codegen.mjs [--check]`: only the admin types, from the committed schema
// (quick, while editing SPA documents; `npm run contracts` also regenerates the schema first).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const check = process.argv.includes('--check');
  const changed = await runAdminCodegen({ check });
  if (check && changed.length) process.exit(1);
  if (!check && !changed.length) console.log('contracts: the admin GraphQL types are up to date');
}
