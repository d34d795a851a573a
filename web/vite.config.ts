import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Writes a brotli (.br) and a gzip (.gz) copy next to every text file of the build, at the
 * highest levels once, so that the server sends them as they are instead of compressing per request.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'tunix-precompress',
    apply: 'build',
    configResolved: (config) => {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: () => {
      const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' });
      for (const name of files.filter((file) => /\.(js|css|html|svg|json)$/.test(file))) {
        const file = path.join(outDir, name);
        const content = readFileSync(file);
        if (content.length < 1024) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

// The API the dev server forwards to; the built app is served by the API itself (same origin).
const apiTarget = process.env.TUNIX_API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react(), precompress()],
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
      // The streamed JSONL import.
      '/import/traces': { target: apiTarget, changeOrigin: true },
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
