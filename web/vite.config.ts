import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The API the dev server forwards to; the built app is served by the API itself (same origin).
const apiTarget = process.env.TUNIX_API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      // ws: true carries graphql-ws subscriptions through the same path. The API accepts WebSocket
      // upgrades only from its own origin (or CORS_ORIGINS): a page of this dev server stands in for
      // it, so only its Origin is rewritten to the API's; pages of other sites keep theirs and are refused.
      '/graphql': {
        target: apiTarget,
        ws: true,
        changeOrigin: true,
        configure: (proxy) => {
          proxy.on('proxyReqWs', (proxyReq, req) => {
            const origin = req.headers.origin;
            if (origin && URL.parse(origin)?.host === req.headers.host) proxyReq.setHeader('origin', new URL(apiTarget).origin);
          });
        },
      },
      // Downloads the API serves next to /graphql: run artifacts and dataset exports.
      '^/runs/[^/]+/artifacts/': { target: apiTarget, changeOrigin: true },
      '^/datasets/[^/]+/export\\.jsonl': { target: apiTarget, changeOrigin: true },
      '^/model-versions/[^/]+/weights': { target: apiTarget, changeOrigin: true },
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
