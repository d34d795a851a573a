// The app's parts (openDeps, as `tunix-rt serve` wires them, worker off) on a PostgreSQL server
// of its own that the caller may stop, kill and restart: what the fault tests and bench/faults.ts
// both stand on.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDeps } from '../../src/app.ts';
import { type Config, loadConfig } from '../../src/config.ts';
import { type Database, openDatabase } from '../../src/db/database.ts';
import type { Deps } from '../../src/deps.ts';
import { type OwnPostgres, startOwnPostgres } from '../services.ts';

export interface OwnPostgresApp {
  pg: OwnPostgres;
  /** DATA_DIR (the log spool lives below it). */
  dataDir: string;
  config: Config;
  db: Database;
  deps: Deps;
  /** The same deps on a second pool of 2, so that checks never queue behind the load under test. */
  check: Deps;
  /** Closes both pools and the pub/sub, destroys the server, removes DATA_DIR. */
  close(): Promise<void>;
}

export async function openOwnPostgresApp(env: Record<string, string> = {}): Promise<OwnPostgresApp> {
  const pg = await startOwnPostgres();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'tunix-own-pg-'));
  const config = loadConfig({
    DATABASE_URL: pg.url,
    DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'silent',
    WORKER_ENABLED: 'false',
    ...env,
  });
  const { db, deps } = await openDeps(config);
  const checkDb = await openDatabase({ url: pg.url, poolSize: 2 });
  return {
    pg,
    dataDir,
    config,
    db,
    deps,
    check: { ...deps, prisma: checkDb.prisma },
    async close() {
      await deps.pubsub.close();
      await checkDb.close();
      await db.close();
      await pg.destroy();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
