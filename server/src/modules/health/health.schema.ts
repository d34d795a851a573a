// The `health` query: what the dashboard's home page shows about the server and its work.
import { builder } from '../../builder.ts';
import type { Context } from '../../deps.ts';
import { InputChecker } from '../common/validation.ts';
import {
  type DependencyHealth,
  MAX_RECENT,
  probeDependencies,
  type RunCounts,
  runCounts,
  type WorkerHealth,
  workersHoldingRuns,
} from './health.service.ts';

const DependencyStatus = builder.enumType('DependencyStatus', {
  values: {
    OK: { value: 'ok', description: 'Answered within a second.' },
    DOWN: { value: 'down', description: 'Did not answer within a second (the server log says why).' },
    DISABLED: { value: 'disabled', description: 'Not configured: REDIS_URL unset, events stay in this process.' },
  } as const,
});

const WorkerHealthRef = builder.objectRef<WorkerHealth>('WorkerHealth').implement({
  description: 'A worker alive now: it holds an unexpired lease on at least one run in progress.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The id it claims runs under: host, process id and a random part.' }),
    runsHeld: t.exposeInt('runsHeld'),
    leaseExpiresAt: t.expose('leaseExpiresAt', {
      type: 'DateTime',
      description: 'The latest of its leases; a live worker renews them, so this stays in the future.',
    }),
  }),
});

/** The probe is done once per query; the counts are read once, whichever of their fields is asked. */
interface HealthShape extends DependencyHealth {
  counts: () => Promise<RunCounts>;
}

/** Like a page size: over the cap is an error, never a shorter list. */
function checkRecent(first: number | null | undefined): number {
  const check = new InputChecker();
  check.number('first', first, { min: 0, max: MAX_RECENT, integer: true });
  check.done();
  return first ?? 5;
}

/** The newest `first` rows (createdAt, then id: a stable order), `first` checked as checkRecent does. */
const newestFirst = (first: number | null | undefined) => ({
  orderBy: [{ createdAt: 'desc' as const }, { id: 'desc' as const }],
  take: checkRecent(first),
});

const HealthRef = builder.objectRef<HealthShape>('Health').implement({
  description: 'The server at a glance: its dependencies, its workers and the work in flight.',
  fields: (t) => ({
    database: t.field({ type: DependencyStatus, resolve: (health) => health.database }),
    redis: t.field({ type: DependencyStatus, resolve: (health) => health.redis }),
    workerInThisProcess: t.boolean({
      description: 'Whether this server process runs a worker (WORKER_ENABLED).',
      resolve: (_health, _args, ctx) => ctx.config.workerEnabled,
    }),
    workers: t.field({
      type: [WorkerHealthRef],
      description: 'Workers holding runs now, by name. An idle worker holds no lease and is not listed.',
      resolve: (_health, _args, ctx) => workersHoldingRuns(ctx),
    }),
    queuedRuns: t.int({
      description: 'Runs waiting for a worker (PENDING).',
      resolve: async (health) => (await health.counts()).queued,
    }),
    runsInProgress: t.int({
      description: 'Runs RUNNING or CANCELLING.',
      resolve: async (health) => (await health.counts()).inProgress,
    }),
    recentPromotions: t.prismaField({
      type: ['ModelVersion'],
      description: `Model versions promoted most recently, newest first (at most ${MAX_RECENT}).`,
      args: { first: t.arg.int({ defaultValue: 5 }) },
      resolve: (query, _health, args, ctx) => ctx.prisma.modelVersion.findMany({ ...query, ...newestFirst(args.first) }),
    }),
    recentEvaluations: t.prismaField({
      type: ['Evaluation'],
      description: `Evaluations requested most recently, newest first, whatever their status (at most ${MAX_RECENT}).`,
      args: { first: t.arg.int({ defaultValue: 5 }) },
      resolve: (query, _health, args, ctx) => ctx.prisma.evaluation.findMany({ ...query, ...newestFirst(args.first) }),
    }),
  }),
});

builder.queryField('health', (t) =>
  t.field({
    type: HealthRef,
    description: 'The database, Redis, the workers and the run queue, as this server sees them now.',
    resolve: async (_root, _args, ctx: Context) => {
      let counts: Promise<RunCounts> | undefined;
      return { ...(await probeDependencies(ctx)), counts: () => (counts ??= runCounts(ctx)) };
    },
  }),
);
