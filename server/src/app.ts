// Wires the parts of a server process together: database, event bus, HTTP/WebSocket server.
import type { Config } from './config.ts';
import { type Database, openDatabase } from './db/database.ts';
import type { Deps, RunHooks } from './deps.ts';
import { type Health, type HttpServer, startHttpServer } from './http/server.ts';
import { createLogger, type Logger } from './logger.ts';
import { evaluationRunHooks } from './modules/evaluation/evaluation.service.ts';
import { probeDependencies } from './modules/health/health.service.ts';
import { tuningRunHooks } from './modules/tuning/tuning.service.ts';
import { createEventBus, type PubSub } from './pubsub.ts';
import { openArtifactStorage } from './storage/storage.ts';
import { createMetrics } from './telemetry/metrics.ts';
import { startEvaluationWorker } from './worker/evaluation-worker.ts';
import { startWorker, type Worker, type WorkerOptions } from './worker/worker.ts';

export interface App {
  deps: Deps;
  db: Database;
  http: HttpServer;
  worker: Worker | undefined;
  close(): Promise<void>;
}

export interface AppOptions {
  /** A database opened already (tests: in-memory or fresh; closing the app leaves it open). */
  db?: Database;
  /** Sees every SQL statement (benchmarks and tests count them). */
  onQuery?: (sql: string) => void;
  /** Worker settings over the configured ones (tests: timings, executors). */
  worker?: Partial<WorkerOptions>;
  /** Where the process logs (tests collect the lines); default: stdout at LOG_LEVEL. */
  logger?: Logger;
}

/** How the modules react to runs (see RunHooks): the same in every process. */
const RUN_HOOKS: readonly RunHooks[] = [tuningRunHooks, evaluationRunHooks];

/** The worker's connections give up after this long, so a vanished server becomes a retried failure. */
export const WORKER_DATABASE_TIMEOUT_MS = 60_000;

export async function openDeps(
  config: Config,
  options: Pick<AppOptions, 'db' | 'onQuery' | 'logger'> & { forWorker?: boolean } = {},
) {
  const logger = options.logger ?? createLogger(config.logLevel, { format: config.logFormat });
  const db =
    options.db ??
    (await openDatabase({
      url: config.databaseUrl,
      dataDir: config.databaseUrl ? undefined : `${config.dataDir}/pglite`,
      migrate: true,
      onQuery: options.onQuery,
      poolSize: options.forWorker ? config.workerDatabasePoolSize : config.databasePoolSize,
      timeoutMs: options.forWorker ? WORKER_DATABASE_TIMEOUT_MS : undefined,
    }));
  const metrics = createMetrics();
  const pubsub = metrics.countSubscriptions(createEventBus(config.redisUrl, { logger }));
  const deps: Deps = {
    prisma: db.prisma,
    pubsub,
    config,
    logger,
    metrics,
    runHooks: RUN_HOOKS,
    storage: openArtifactStorage(config),
  };
  metrics.watchDatabase(deps, db, options.forWorker ? 'worker' : 'api');
  return { db, deps };
}

/**
 * Starts the worker as configured. On PostgreSQL it writes through a pool of its own
 * (WORKER_DATABASE_POOL_SIZE), so API reads and subscriptions can never take the connections its
 * log writes and lease renewals need; `ownPool: false` is for a process that runs nothing else.
 * PGlite has a single connection shared by everyone in the process: there statements queue
 * in order, and a write that times out waiting for it is retried like any other transient failure.
 */
export async function startConfiguredWorker(
  deps: Deps,
  { ownPool = true, overrides = {} }: { ownPool?: boolean; overrides?: Partial<WorkerOptions> } = {},
): Promise<Worker> {
  const { config } = deps;
  const workerDb =
    config.databaseUrl && ownPool
      ? await openDatabase({
          url: config.databaseUrl,
          poolSize: config.workerDatabasePoolSize,
          timeoutMs: WORKER_DATABASE_TIMEOUT_MS,
        })
      : undefined;
  deps.metrics.watchPool('worker', workerDb?.pool);
  const worker = startWorker(workerDb ? { ...deps, prisma: workerDb.prisma } : deps, {
    concurrency: config.workerConcurrency,
    leaseSeconds: config.runLeaseSeconds,
    runTimeoutSeconds: config.runTimeoutSeconds,
    storageGraceSeconds: config.storageGraceSeconds,
    ...overrides,
  });
  // Evaluations are judged by the same processes that run runs, through the same pool.
  const evaluationWorker = startEvaluationWorker(workerDb ? { ...deps, prisma: workerDb.prisma } : deps, {
    concurrency: config.evaluationConcurrency,
    leaseSeconds: overrides.leaseSeconds ?? config.runLeaseSeconds,
    logger: overrides.logger,
  });
  return {
    ...worker,
    async stop() {
      await Promise.all([worker.stop(), evaluationWorker.stop()]);
      await workerDb?.close();
    },
  };
}

/**
 * What /healthz answers: the database and Redis, each probed with a short timeout (the `health`
 * query probes the same way). Only states and kinds, never hosts or driver messages.
 */
export function healthCheck(db: Database, pubsub: PubSub): () => Promise<Health> {
  return async () => {
    const { database, redis } = await probeDependencies({ prisma: db.prisma, pubsub });
    return {
      status: database === 'ok' && redis !== 'down' ? 'ok' : 'down',
      database: { status: database, kind: db.kind },
      redis: { status: redis },
    };
  };
}

export async function startApp(config: Config, options: AppOptions = {}): Promise<App> {
  const { db, deps } = await openDeps(config, options);
  let worker: Worker | undefined;
  let http: HttpServer;
  try {
    worker = config.workerEnabled ? await startConfiguredWorker(deps, { overrides: options.worker }) : undefined;
    http = await startHttpServer(deps, { healthCheck: healthCheck(db, deps.pubsub), db });
  } catch (error) {
    // A busy port, say: give back what was opened, so the process can end with the one-line error.
    await worker?.stop();
    await deps.pubsub.close();
    if (!options.db) await db.close();
    throw error;
  }
  return {
    deps,
    db,
    http,
    worker,
    async close() {
      await worker?.stop();
      await http.close();
      await deps.pubsub.close();
      deps.storage.close();
      if (!options.db) await db.close();
    },
  };
}
