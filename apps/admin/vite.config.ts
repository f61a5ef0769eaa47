import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = process.env.VITE_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [react()],
  // Shared enums and Vietnamese text helpers (libs/shared/domain), as in tsconfig.base.json.
  resolve: { alias: { '@qt/shared-domain': fileURLToPath(new URL('../../libs/shared/domain/src/index.ts', import.meta.url)) } },
  build: {
    outDir: '../../dist/apps/admin',
    emptyOutDir: true,
    // antd is most of the bundle; one admin chunk of ~850 kB (270 kB gzip) is expected for now.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    port: 4200,
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: true },
      '/api': { target: apiTarget, changeOrigin: true },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.spec.{ts,tsx}'],
    restoreMocks: true,
    // antd + jsdom is slow on a cold, busy worker; user-level flows need headroom.
    testTimeout: 20_000,
    unstubGlobals: true,
  },
});
