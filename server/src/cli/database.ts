// `migrate`, `migrate:new` and `print-schema`: the database's and the API's shape.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { action, CliError, cliConfig } from './common.ts';

export function register(program: Command) {
  program
    .command('migrate')
    .description('Apply pending database migrations and exit')
    .action(
      action(async () => {
        const config = cliConfig();
        const { migrateDatabase, openDatabase } = await import('../db/database.ts');
        const db = await openDatabase({ url: config.databaseUrl, dataDir: `${config.dataDir}/pglite` });
        try {
          const applied = await migrateDatabase(config.databaseUrl, db.adapterFactory);
          process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Database is up to date.\n');
        } finally {
          await db.close();
        }
        return 0;
      }),
    );

  program
    .command('migrate:new')
    .description('Write the next migration from prisma/schema.prisma (no database needed)')
    .argument('<name>', 'What the migration does, in snake_case (e.g. add_run_tags)')
    .action(
      action(async (name: string) => {
        if (!/^[a-z0-9_]+$/.test(name)) {
          throw new CliError(`"${name}" is not a migration name`, 'use lower-case letters, digits and _ (e.g. add_run_tags)');
        }
        const { createMigration } = await import('../db/migrations.ts');
        const dir = await createMigration(name);
        process.stdout.write(dir ? `Wrote ${path.relative(process.cwd(), dir)}/migration.sql\n` : 'No schema changes.\n');
        return 0;
      }),
    );

  program
    .command('print-schema')
    .description('Print the GraphQL SDL to a file (or stdout)')
    .argument('[file]', 'Where to write it (default: stdout)')
    .option('--check', 'Fail when the file differs from the schema (CI), writing nothing')
    .action(
      action(async (file: string | undefined, options: { check?: boolean }) => {
        const { printedSchema } = await import('../schema.ts');
        if (options.check) {
          if (!file)
            throw new CliError('--check needs the file to compare', 'tunix-rt print-schema --check schema/schema.graphql');
          const stale = !existsSync(file) || readFileSync(file, 'utf8') !== printedSchema();
          if (stale) process.stderr.write(`${file} is stale: run npm run schema:print and commit it.\n`);
          return stale ? 1 : 0;
        }
        if (file) writeFileSync(file, printedSchema());
        else process.stdout.write(printedSchema());
        return 0;
      }),
    );
}
