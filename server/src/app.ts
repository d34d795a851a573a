// Wires the parts of a server process together: database, event bus, HTTP/WebSocket server.
import type { Config } from './config.ts';
import { type Database, openDatabase } from './db/database.ts';
import type { Deps } from './deps.ts';
import { type HttpServer, startHttpServer } from './http/server.ts';
import { registerTuningHooks, shouldStopTrialEarly } from './modules/tuning/tuning.service.ts';
import { createEventBus } from './pubsub.ts';
import type { MetricInput } from './worker/run-output.ts';
import { startWorker, type Worker } from './worker/worker.ts';

export interface App {
  deps: Deps;
  db: Database;
  http: HttpServer;
  close(): Promise<void>;
}

export async function openDeps(config: Config, options: { onQuery?: (sql: string) => void } = {}) {
  const db = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : `${config.dataDir}/pglite`,
    migrate: true,
    onQuery: options.onQuery,
  });
  const pubsub = createEventBus(config.redisUrl);
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

export function startConfiguredWorker(deps: Deps): Worker {
  return startWorker(deps, {
    concurrency: deps.config.workerConcurrency,
    leaseSeconds: deps.config.runLeaseSeconds,
    runTimeoutSeconds: deps.config.runTimeoutSeconds,
    shouldStopEarly: stopTrialEarly,
    log: deps.config.logLevel === 'silent' ? undefined : (line) => console.log(line),
  });
}

export async function startApp(config: Config): Promise<App> {
  const { db, deps } = await openDeps(config);
  const worker = config.workerEnabled ? startConfiguredWorker(deps) : undefined;
  const http = await startHttpServer(deps, {
    healthCheck: async () => {
      await db.prisma.$queryRaw`SELECT 1`;
      return { database: db.kind };
    },
  });
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
