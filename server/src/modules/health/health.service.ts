// The server's health as a user sees it: its dependencies (database, Redis), the workers holding
// runs and the work in flight. /healthz and the `health` query probe the same way.
import type { PrismaClient } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import type { RedisHealth } from '../../pubsub.ts';

export const PROBE_TIMEOUT_MS = 1000;

// One database probe at a time per client: probes of a hanging database must not take the whole pool.
const probesInFlight = new WeakMap<PrismaClient, Promise<'ok' | 'down'>>();

/** `SELECT 1` with a short timeout, so a hanging database cannot hang the answer. */
export function probeDatabase(prisma: PrismaClient, timeoutMs = PROBE_TIMEOUT_MS): Promise<'ok' | 'down'> {
  let probe = probesInFlight.get(prisma);
  if (!probe) {
    probe = prisma.$queryRaw`SELECT 1`
      .then(
        () => 'ok' as const,
        () => 'down' as const,
      )
      .finally(() => probesInFlight.delete(prisma));
    probesInFlight.set(prisma, probe);
  }
  const timeout = new Promise<'down'>((resolve) => setTimeout(resolve, timeoutMs, 'down').unref());
  return Promise.race([probe, timeout]);
}

export interface DependencyHealth {
  database: 'ok' | 'down';
  redis: RedisHealth;
}

/** Both dependencies, probed side by side; only states, never hosts or driver messages. */
export async function probeDependencies(deps: Pick<Deps, 'prisma' | 'pubsub'>): Promise<DependencyHealth> {
  const [database, redis] = await Promise.all([probeDatabase(deps.prisma), deps.pubsub.redisHealth(PROBE_TIMEOUT_MS)]);
  return { database, redis };
}

export interface RunCounts {
  /** PENDING: waiting for a worker. */
  queued: number;
  /** RUNNING or CANCELLING. */
  inProgress: number;
}

/** The queue depth and the runs in progress, in one grouped count over the status index. */
export async function runCounts(deps: Deps): Promise<RunCounts> {
  const groups = await deps.prisma.run.groupBy({
    by: ['status'],
    where: { status: { in: ['PENDING', 'RUNNING', 'CANCELLING'] } },
    _count: { _all: true },
  });
  const count = (status: string) => groups.find((group) => group.status === status)?._count._all ?? 0;
  return { queued: count('PENDING'), inProgress: count('RUNNING') + count('CANCELLING') };
}

export interface WorkerHealth {
  /** The id a worker claims runs under (host, process id and a random part). */
  name: string;
  runsHeld: number;
  /** The latest of its leases: it renews them while alive, so this stays in the future. */
  leaseExpiresAt: Date;
}

/**
 * Workers alive now, as the queue knows them: those holding an unexpired lease on a run in
 * progress. A worker with nothing to do holds no lease and is not listed.
 */
export async function workersHoldingRuns(deps: Deps): Promise<WorkerHealth[]> {
  const groups = await deps.prisma.run.groupBy({
    by: ['leaseOwner'],
    where: { status: { in: ['RUNNING', 'CANCELLING'] }, leaseOwner: { not: null }, leaseExpiresAt: { gt: new Date() } },
    _count: { _all: true },
    _max: { leaseExpiresAt: true },
    orderBy: { leaseOwner: 'asc' },
  });
  return groups.map((group) => ({
    name: group.leaseOwner ?? '',
    runsHeld: group._count._all,
    leaseExpiresAt: group._max.leaseExpiresAt ?? new Date(),
  }));
}

export const MAX_RECENT = 20;
