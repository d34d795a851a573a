// Prisma CLI configuration. The native schema engine is not used by this project's own scripts
// (see scripts/db-migrate.ts), so `prisma migrate deploy` is only needed on machines that have it.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/tunix_rt' },
});
