/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS config file, loaded by Jest */
// Jest configuration of the browser end-to-end tests (npm test step "browser"):
// the root jest.config.ts's e2e project (aliases, SWC transform, template database
// set-up) narrowed to apps/admin/e2e/**/*.browser-spec.ts. The root config is read
// with @swc-node/register, as tools/scripts/lib/jest-config.mjs does, so this works
// with or without ts-node.
'use strict';
const path = require('node:path');

const root = path.resolve(__dirname, '../../..');

module.exports = async () => {
  if (!process.env.SWC_NODE_PROJECT) process.env.SWC_NODE_PROJECT = path.join(root, 'tsconfig.base.json');
  const { register } = require(require.resolve('@swc-node/register/register', { paths: [root] }));
  const revert = register();
  let base;
  try {
    const mod = require(path.join(root, 'jest.config.ts'));
    base = mod && mod.default !== undefined ? mod.default : mod;
  } finally {
    revert();
  }
  const e2e = base.projects.find((p) => p.displayName === 'e2e');
  // axe-core is a UMD script that needs its own `this`: load it untransformed.
  return {
    rootDir: root,
    globalSetup: base.globalSetup,
    globalTeardown: base.globalTeardown,
    projects: [{ ...e2e, displayName: 'browser', transformIgnorePatterns: ['/node_modules/axe-core/'], testMatch: ['<rootDir>/apps/admin/e2e/**/*.browser-spec.ts'], slowTestThreshold: 120 }],
    testTimeout: 120_000,
  };
};
