// Prisma CLI configuration (`prisma generate`). Migrations are applied and written by the project's
// own commands through the WASM schema engine (server/src/db/migrations.ts: npm run db:migrate,
// db:migrate:new), so the native engine's `prisma migrate deploy` is only needed on machines that have it.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/tunix_rt' },
});
