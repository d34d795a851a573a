// Wires the parts of a server process together: database, event bus, HTTP/WebSocket server.
import type { Config } from './config.ts';
import { type Database, openDatabase } from './db/database.ts';
import type { Deps } from './deps.ts';
import { type Health, type HttpServer, startHttpServer } from './http/server.ts';
import { registerTuningHooks, shouldStopTrialEarly } from './modules/tuning/tuning.service.ts';
import { createEventBus, type PubSub } from './pubsub.ts';
import type { MetricInput } from './worker/run-output-writer.ts';
import { startWorker, type Worker, type WorkerOptions } from './worker/worker.ts';

export interface App {
  deps: Deps;
  db: Database;
  http: HttpServer;
  close(): Promise<void>;
}

/** The worker's connections give up after this long, so a vanished server becomes a retried failure. */
export const WORKER_DATABASE_TIMEOUT_MS = 60_000;

export async function openDeps(config: Config, options: { onQuery?: (sql: string) => void; forWorker?: boolean } = {}) {
  const db = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : `${config.dataDir}/pglite`,
    migrate: true,
    onQuery: options.onQuery,
    poolSize: options.forWorker ? config.workerDatabasePoolSize : config.databasePoolSize,
    timeoutMs: options.forWorker ? WORKER_DATABASE_TIMEOUT_MS : undefined,
  });
  const pubsub = createEventBus(config.redisUrl, {
    log: config.logLevel === 'silent' || config.logLevel === 'error' ? () => {} : (line) => console.warn(line),
  });
  registerTuningHooks();
  const deps: Deps = { prisma: db.prisma, pubsub, config };
  return { db, deps };
}

/**
 * Asks the tuning module whether a trial should be pruned, for each reported point of its job's
 * metric. One lookup per batch settles the common case: the run is no trial with early stopping.
 */
export async function stopTrialEarly(deps: Deps, runId: string, points: MetricInput[]): Promise<boolean> {
  const trial = await deps.prisma.trial.findUnique({
    where: { runId },
    select: { tuningJob: { select: { metricName: true, earlyStopping: true } } },
  });
  if (!trial?.tuningJob.earlyStopping) return false;
  for (const point of points) {
    if (point.name !== trial.tuningJob.metricName) continue;
    if (await shouldStopTrialEarly(deps, runId, point.step, point.value, point.name)) return true;
  }
  return false;
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
  const worker = startWorker(workerDb ? { ...deps, prisma: workerDb.prisma } : deps, {
    concurrency: config.workerConcurrency,
    leaseSeconds: config.runLeaseSeconds,
    runTimeoutSeconds: config.runTimeoutSeconds,
    storageGraceSeconds: config.storageGraceSeconds,
    shouldStopEarly: stopTrialEarly,
    log: config.logLevel === 'silent' ? undefined : (line) => console.log(line),
    ...overrides,
  });
  return {
    ...worker,
    async stop() {
      await worker.stop();
      await workerDb?.close();
    },
  };
}

const PROBE_TIMEOUT_MS = 1000;

/**
 * What /healthz answers: the database and Redis, each probed with a short timeout so a hanging
 * dependency cannot hang the answer. Only states and kinds, never hosts or driver messages. One
 * database probe at a time: probes of a hanging database must not take the whole pool.
 */
export function healthCheck(db: Database, pubsub: PubSub): () => Promise<Health> {
  let databaseProbe: Promise<'ok' | 'down'> | undefined;
  const probeDatabase = () => {
    databaseProbe ??= db.prisma.$queryRaw`SELECT 1`
      .then(
        () => 'ok' as const,
        () => 'down' as const,
      )
      .finally(() => {
        databaseProbe = undefined;
      });
    return databaseProbe;
  };
  return async () => {
    const timeout = new Promise<'down'>((resolve) => setTimeout(resolve, PROBE_TIMEOUT_MS, 'down').unref());
    const [database, redis] = await Promise.all([Promise.race([probeDatabase(), timeout]), pubsub.redisHealth(PROBE_TIMEOUT_MS)]);
    return {
      status: database === 'ok' && redis !== 'down' ? 'ok' : 'down',
      database: { status: database, kind: db.kind },
      redis: { status: redis },
    };
  };
}

export async function startApp(config: Config): Promise<App> {
  const { db, deps } = await openDeps(config);
  const worker = config.workerEnabled ? await startConfiguredWorker(deps) : undefined;
  const http = await startHttpServer(deps, { healthCheck: healthCheck(db, deps.pubsub) });
  return {
    deps,
    db,
    http,
    async close() {
      await worker?.stop();
      await http.close();
      await deps.pubsub.close();
      await db.close();
    },
  };
}
