import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Every server test runs on the embedded PGlite database, and again on PostgreSQL when
// TEST_DATABASE_URL is set (CI sets it), so both databases are held to the same behaviour.
const databases = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export default defineConfig({
  // Node loads graphql's CommonJS build for every importer; without this, Vite would hand some
  // modules the .mjs build, and two copies of graphql reject each other's types.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    testTimeout: 30_000,
    // Most server tests wait on databases, child processes and sockets rather than on the CPU, so
    // two files at once finish sooner than vitest's default of one on a 2-core machine (three
    // starved the process-tree test's grace period once).
    maxWorkers: 2,
    hookTimeout: 60_000,
    // `npm run test:server` turns coverage on (--coverage); single files run without it.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/generated/**', 'src/**/*.test.ts'],
      reporter: [['text', { skipFull: true }], 'text-summary'],
      thresholds: { lines: 80 },
    },
    projects: databases.map((kind) => ({
      extends: true,
      test: {
        name: kind,
        include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        env: { TEST_DB_KIND: kind },
      },
    })),
  },
});
