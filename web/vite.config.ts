import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The API the dev server forwards to; the built app is served by the API itself (same origin).
const apiTarget = process.env.TUNIX_API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      // ws: true carries graphql-ws subscriptions through the same path.
      '/graphql': { target: apiTarget, ws: true, changeOrigin: true },
      // Downloads the API serves next to /graphql: run artifacts and dataset exports.
      '^/runs/[^/]+/artifacts/': { target: apiTarget, changeOrigin: true },
      '^/datasets/[^/]+/export\\.jsonl': { target: apiTarget, changeOrigin: true },
    },
  },
  build: { outDir: 'dist', sourcemap: true },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
  },
});
