// The `tunix-rt` command: serve, worker, migrations and schema printing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, configWarnings, loadConfig } from './config.ts';

const usage = `Usage: tunix-rt <command>

Commands:
  serve               Start the GraphQL server (and the run worker, unless WORKER_ENABLED=false)
  worker              Run only the run worker (any number of them can share one PostgreSQL)
  migrate             Apply pending database migrations and exit
  migrate:new <name>  Write the next migration from prisma/schema.prisma (no database needed)
  print-schema [--check] [file]
                      Print the GraphQL SDL to a file (or stdout); --check fails when the file is stale

Environment (all optional):
  DATABASE_URL        PostgreSQL URL; unset: embedded database in DATA_DIR (default ./.data)
  REDIS_URL           Redis URL for subscription events across server processes
  PORT, HOST          Where to listen (default 4000, 127.0.0.1)
  ALLOWED_HOSTS       Host names clients reach the server by, besides loopback and HOST
  CORS_ORIGINS        Comma-separated origins of other sites allowed to call the API (default: none)
  GRAPHIQL_ENABLED, INTROSPECTION_ENABLED  false in production (default true)
  TRACE_MAX_BYTES     Largest single trace (default 1048576)
  REQUEST_MAX_BYTES   Largest HTTP request body (default 67108864)
  WORKER_CONCURRENCY  Runs executed at once by this process (default 2)
  COMMAND_EXECUTOR_ENABLED  false refuses COMMAND runs (external trainers) (default true)
  RUN_TIMEOUT_SECONDS Runs still going after this are ended as TIMED_OUT (default 3600)
  DATABASE_POOL_SIZE, WORKER_DATABASE_POOL_SIZE  PostgreSQL connections of the API and of the worker (default 10, 4)
  STORAGE_GRACE_SECONDS  How long a run waits for an unreachable database before it is stopped (default 300)
  AUTH_REQUIRED, ADMIN_TOKEN  Require API tokens (see README)
  DOWNLOAD_SIGNING_SECRET, DOWNLOAD_LINK_TTL_SECONDS  Signed download links (default: key from ADMIN_TOKEN, 900 s)
  LOG_LEVEL           debug | info | warn | error | silent (default info)
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(usage);
    return command ? 0 : 1;
  }
  try {
    switch (command) {
      case 'serve': {
        const config = loadConfig();
        const { startApp } = await import('./app.ts');
        const app = await startApp(config);
        const where = app.db.kind === 'pglite' ? `embedded database in ${app.db.location}` : app.db.location;
        console.log(`tunix-rt listening on ${app.http.url} (${where})`);
        console.log(
          existsSync(path.join(config.webDistDir, 'index.html'))
            ? `Dashboard: ${app.http.url}/`
            : `Dashboard: not built (${config.webDistDir} is missing): run npm start, or npm run build -w web`,
        );
        console.log(`GraphiQL:  ${app.http.url}/graphql`);
        for (const warning of configWarnings(config)) console.warn(`Warning: ${warning}`);
        if (config.workerEnabled) console.log(`Worker: running up to ${config.workerConcurrency} runs at once in this process`);
        const stop = async () => {
          await app.close();
          process.exit(0);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        return -1; // keep running
      }
      case 'worker': {
        const config = loadConfig();
        const { openDeps, startConfiguredWorker } = await import('./app.ts');
        // A worker-only process: its one pool is the worker's.
        const { db, deps } = await openDeps(config, { forWorker: true });
        const worker = await startConfiguredWorker(deps, { ownPool: false });
        console.log(`tunix-rt worker ${worker.id} running up to ${config.workerConcurrency} runs at once (${db.location})`);
        const stop = async () => {
          await worker.stop();
          await deps.pubsub.close();
          await db.close();
          process.exit(0);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        return -1;
      }
      case 'migrate': {
        const config = loadConfig();
        const { openDatabase } = await import('./db/database.ts');
        const { applyMigrations } = await import('./db/migrations.ts');
        const db = await openDatabase({ url: config.databaseUrl, dataDir: `${config.dataDir}/pglite` });
        const applied = await applyMigrations(db.adapterFactory);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
        await db.close();
        return 0;
      }
      case 'migrate:new': {
        const name = rest[0];
        if (!name) throw new ConfigError(['migrate:new needs a name, e.g. npm run db:migrate:new -- add_run_tags']);
        const { createMigration } = await import('./db/migrations.ts');
        const dir = await createMigration(name);
        console.log(dir ? `Wrote ${path.relative(process.cwd(), dir)}/migration.sql` : 'No schema changes.');
        return 0;
      }
      case 'print-schema': {
        const { printedSchema } = await import('./schema.ts');
        const check = rest[0] === '--check';
        const file = check ? rest[1] : rest[0];
        if (check && file) {
          const stale = !existsSync(file) || readFileSync(file, 'utf8') !== printedSchema();
          if (stale) process.stderr.write(`${file} is stale: run npm run schema:print and commit it.\n`);
          return stale ? 1 : 0;
        }
        if (file) writeFileSync(file, printedSchema());
        else process.stdout.write(printedSchema());
        return 0;
      }
      default:
        process.stderr.write(`Unknown command "${command}".\n\n${usage}`);
        return 1;
    }
  } catch (error) {
    if (error instanceof ConfigError || (error instanceof Error && error.name === 'DataDirInUseError')) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
