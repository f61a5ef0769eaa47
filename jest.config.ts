import type { Config } from 'jest';

/** tsconfig paths, mirrored for jest. */
const moduleNameMapper = {
  '^@qt/shared-domain$': '<rootDir>/libs/shared/domain/src/index.ts',
  '^@qt/server-core$': '<rootDir>/libs/server/core/src/index.ts',
  '^@qt/server-core/testing$': '<rootDir>/libs/server/core/src/testing/index.ts',
  '^@qt/server-audit$': '<rootDir>/libs/server/audit/src/index.ts',
  '^@qt/server-auth$': '<rootDir>/libs/server/auth/src/index.ts',
  '^@qt/server-organisations$': '<rootDir>/libs/server/organisations/src/index.ts',
  '^@qt/server-members$': '<rootDir>/libs/server/members/src/index.ts',
  '^@qt/server-cell-life$': '<rootDir>/libs/server/cell-life/src/index.ts',
  '^@qt/server-programmes$': '<rootDir>/libs/server/programmes/src/index.ts',
  '^@qt/server-reporters$': '<rootDir>/libs/server/reporters/src/index.ts',
  '^@qt/server-notifications$': '<rootDir>/libs/server/notifications/src/index.ts',
  '^@qt/server-essays$': '<rootDir>/libs/server/essays/src/index.ts',
  '^@qt/server-sessions$': '<rootDir>/libs/server/sessions/src/index.ts',
  '^@qt/server-campaigns$': '<rootDir>/libs/server/campaigns/src/index.ts',
  '^@qt/server-reports$': '<rootDir>/libs/server/reports/src/index.ts',
  '^@qt/server-inspections$': '<rootDir>/libs/server/inspections/src/index.ts',
  '^@qt/server-integration$': '<rootDir>/libs/server/integration/src/index.ts',
  '^@qt/server-webhooks$': '<rootDir>/libs/server/webhooks/src/index.ts',
};

const transform: Config['transform'] = {
  // NestJS 12 and some dependencies ship ES modules; jest on Node 20 cannot require() them.
  '^.+/node_modules/.+\\.m?js$': '<rootDir>/tools/testing/esm-to-cjs-transformer.js',
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};

const common = {
  rootDir: __dirname,
  moduleNameMapper,
  transform,
  transformIgnorePatterns: [],
  testEnvironment: 'node' as const,
};

/**
 * Three tiers, each runnable alone (`npx jest --selectProjects unit|integration|e2e`):
 * - unit: pure code, no services;
 * - integration: services on a real PostgreSQL (one database per test file, cloned from a migrated template);
 * - e2e: the whole API over HTTP (Fastify, GraphQL, REST) with real PostgreSQL and Redis.
 */
const config: Config = {
  globalSetup: '<rootDir>/tools/testing/global-setup.ts',
  globalTeardown: '<rootDir>/tools/testing/global-teardown.ts',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{libs,apps,tools}/**/*.spec.ts'], testPathIgnorePatterns: ['/node_modules/', '/apps/admin/'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/{libs,apps,tools}/**/*.int-spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/apps/**/*.e2e-spec.ts'], slowTestThreshold: 30 },
  ],
  testTimeout: 60000,
};

export default config;
