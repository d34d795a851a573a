import { defineConfig } from 'vitest/config';

// Every server test runs on the embedded PGlite database, and again on PostgreSQL when
// TEST_DATABASE_URL is set (CI sets it), so both databases are held to the same behaviour.
const databases = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
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
