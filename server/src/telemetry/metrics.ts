// Prometheus metrics of one process (prom-client, one registry per process so tests can run several
// apps side by side): GraphQL operations, the run queue, runs, stored log lines, open subscriptions,
// database pools and worker leases. Counts that live in the database (runs by status, the queue) are
// read when Prometheus scrapes, in one query; everything else is counted where it happens.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { shortError } from '../logger.ts';
import type { PubSub } from '../pubsub.ts';

const RUN_STATUSES = ['PENDING', 'RUNNING', 'CANCELLING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'TIMED_OUT'] as const;

export type Metrics = ReturnType<typeof createMetrics>;

export function createMetrics() {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry });

  const graphqlDuration = new Histogram({
    name: 'tunix_graphql_operation_duration_seconds',
    help: 'Time to execute a GraphQL query or mutation (subscriptions: until the first result), by operation',
    labelNames: ['operation_name', 'operation_type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const graphqlOperations = new Counter({
    name: 'tunix_graphql_operations_total',
    help: 'GraphQL operations executed, by operation',
    labelNames: ['operation_name', 'operation_type'] as const,
    registers,
  });
  const graphqlErrors = new Counter({
    name: 'tunix_graphql_operation_errors_total',
    help: 'GraphQL operations answered with errors, by operation and error code',
    labelNames: ['operation_name', 'operation_type', 'code'] as const,
    registers,
  });
  const runDuration = new Histogram({
    name: 'tunix_run_duration_seconds',
    help: 'Wall time of finished runs, from start to their final status',
    labelNames: ['executor', 'status'] as const,
    buckets: [1, 5, 15, 30, 60, 300, 900, 1800, 3600, 4 * 3600, 24 * 3600],
    registers,
  });
  const logLinesStored = new Counter({
    name: 'tunix_run_log_lines_stored_total',
    help: 'Run log lines written to the database (rate() gives lines per second)',
    registers,
  });
  const subscriptionsOpen = new Gauge({
    name: 'tunix_subscriptions_open',
    help: 'Open event-bus subscriptions in this process, by topic (GraphQL subscriptions and the worker)',
    labelNames: ['topic'] as const,
    registers,
  });
  const workerLeasesHeld = new Gauge({
    name: 'tunix_worker_leases_held',
    help: 'Runs this process is executing under a lease',
    registers,
  });
  const leaseRenewalsFailed = new Counter({
    name: 'tunix_worker_lease_renewals_failed_total',
    help: 'Lease renewals that failed (the database was unreachable or refused)',
    registers,
  });

  const pools = new Map<string, NonNullable<Database['pool']>>();
  new Gauge({
    name: 'tunix_database_pool_connections',
    help: 'PostgreSQL pool connections by pool (api, worker) and state (in_use, idle, waiting = requests queued for one)',
    labelNames: ['pool', 'state'] as const,
    registers,
    collect() {
      for (const [name, pool] of pools) {
        this.set({ pool: name, state: 'in_use' }, pool.totalCount - pool.idleCount);
        this.set({ pool: name, state: 'idle' }, pool.idleCount);
        this.set({ pool: name, state: 'waiting' }, pool.waitingCount);
      }
    },
  });

  // One query per scrape, shared by the three gauges that need it.
  let deps: Deps | undefined;
  // A scrape while the database is away leaves these gauges as they were (and says so in the log).
  let snapshot: Promise<{ byStatus: Map<string, number>; oldestPendingSeconds: number } | null> | undefined;
  const readRuns = () => {
    snapshot ??= (async () => {
      if (!deps) return null;
      const rows = await deps.prisma.$queryRaw<{ status: string; count: bigint; oldest: Date | null }[]>`
        SELECT status::text AS status, count(*) AS count, min("createdAt") AS oldest FROM runs GROUP BY status`;
      const pending = rows.find((row) => row.status === 'PENDING');
      return {
        byStatus: new Map(rows.map((row) => [row.status, Number(row.count)])),
        oldestPendingSeconds: pending?.oldest ? Math.max(0, (Date.now() - pending.oldest.getTime()) / 1000) : 0,
      };
    })()
      .catch((error: unknown) => {
        deps?.logger.warn(`metrics: could not count runs (${shortError(error)})`);
        return null;
      })
      .finally(() => setTimeout(() => (snapshot = undefined), 0));
    return snapshot;
  };
  new Gauge({
    name: 'tunix_runs',
    help: 'Runs in the database by status',
    labelNames: ['status'] as const,
    registers,
    async collect() {
      const runs = await readRuns();
      if (!runs) return;
      for (const status of RUN_STATUSES) this.set({ status }, runs.byStatus.get(status) ?? 0);
    },
  });
  new Gauge({
    name: 'tunix_run_queue_depth',
    help: 'PENDING runs waiting for a worker',
    registers,
    async collect() {
      const runs = await readRuns();
      if (runs) this.set(runs.byStatus.get('PENDING') ?? 0);
    },
  });
  new Gauge({
    name: 'tunix_run_queue_oldest_age_seconds',
    help: 'Age of the oldest PENDING run (0 when the queue is empty)',
    registers,
    async collect() {
      const runs = await readRuns();
      if (runs) this.set(runs.oldestPendingSeconds);
    },
  });

  return {
    registry,
    graphqlDuration,
    graphqlOperations,
    graphqlErrors,
    runDuration,
    logLinesStored,
    workerLeasesHeld,
    leaseRenewalsFailed,
    /** Reads runs by status and the queue from this process's database at each scrape. */
    watchDatabase(source: Deps, db: Database, poolName = 'api') {
      deps = source;
      if (db.pool) pools.set(poolName, db.pool);
    },
    watchPool(name: string, pool: Database['pool']) {
      if (pool) pools.set(name, pool);
    },
    /** The event bus, counting each subscription from its start to its end. */
    countSubscriptions(pubsub: PubSub): PubSub {
      const subscribe = pubsub.subscribe.bind(pubsub) as unknown as (
        ...args: unknown[]
      ) => AsyncIterator<unknown> & AsyncIterable<unknown>;
      const counted = (...args: unknown[]) => {
        const topic = String(args[0]);
        const source = subscribe(...args);
        subscriptionsOpen.inc({ topic });
        let open = true;
        const close = () => {
          if (open) subscriptionsOpen.dec({ topic });
          open = false;
        };
        const iterator: AsyncIterableIterator<unknown> = {
          [Symbol.asyncIterator]: () => iterator,
          async next() {
            const result = await source.next();
            if (result.done) close();
            return result;
          },
          async return(value?: unknown) {
            close();
            return (await source.return?.(value)) ?? { done: true, value };
          },
          async throw(error?: unknown) {
            close();
            if (source.throw) return source.throw(error);
            throw error;
          },
        };
        return iterator;
      };
      return { ...pubsub, subscribe: counted as unknown as PubSub['subscribe'] };
    },
  };
}
