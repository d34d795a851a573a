// What live subscribers of runs follow: a run's status, its log and its metric points, and the
// feed of changed runs. Each is one hub per process (modules/common/live.ts) fed by events that
// carry the committed rows, so a live event costs no database read however many watch it.
import type { Deps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
import type { Prisma, Run, RunLogChunk, RunMetricPoint } from '../../generated/prisma/client.ts';
import type { Resync, RunEvent, RunLogEvent, RunMetricEvent, Wire } from '../../pubsub.ts';
import { followAppends, followFeed, followState } from '../common/live.ts';
import { isTerminal } from './run-lifecycle.ts';
import type { RunFilter } from './runs.service.ts';

export const date = (value: string | null) => (value === null ? null : new Date(value));

/** A run's row from an event: dates back to Date. */
export function runFromWire(run: Wire<Run>): Run {
  return {
    ...run,
    createdAt: new Date(run.createdAt),
    updatedAt: new Date(run.updatedAt),
    startedAt: date(run.startedAt),
    finishedAt: date(run.finishedAt),
    leaseExpiresAt: date(run.leaseExpiresAt),
  };
}

/**
 * `revive`, once per event object: every hub of this event bus gets the same object, so every
 * subscriber gets the same revived value (which shared execution relies on).
 */
export function revivedOnce<W extends object, T>(revive: (wire: W) => T): (wire: W) => T {
  const cache = new WeakMap<W, T>();
  return (wire) => {
    let value = cache.get(wire);
    if (value === undefined) {
      value = revive(wire);
      cache.set(wire, value);
    }
    return value;
  };
}

const revivedRun = revivedOnce(runFromWire);
const runOf = (event: RunEvent): Run | undefined => (event.run ? revivedRun(event.run) : undefined);

/**
 * The run now, then the run after each status change, in the order they happened: an event is
 * taken when it starts from the status the hub holds (so no transition is collapsed or replayed
 * out of order); any other event makes the hub read the run again. Ends after a terminal status.
 */
export function followRun(deps: Deps, runId: string) {
  return followState<Run, RunEvent>(deps.pubsub, `run:${runId}`, () => ({
    events: deps.pubsub.subscribe('runUpdated', runId),
    channels: [`runUpdated:${runId}`],
    resyncs: deps.pubsub.resyncs(),
    read: () => deps.prisma.run.findUnique({ where: { id: runId } }),
    apply(current, event) {
      const run = runOf(event);
      if (!run) return 'reread';
      if (event.from === current.status && run.attempt >= current.attempt) return run;
      if (event.status === current.status && run.attempt === current.attempt) return 'stale';
      return 'reread';
    },
    changed: (current, fresh) => fresh.status !== current.status || fresh.attempt !== current.attempt,
    isLast: (run) => isTerminal(run.status),
    notFound: () => notFound('Run', runId),
  }));
}

const PAGE = 500;

/** What the log tail and the metrics tail of a run share: they end with the run, and re-sync. */
const runTail = (deps: Deps, runId: string, channel: 'runLogAppended' | 'runMetricRecorded') => ({
  channels: [`${channel}:${runId}`, `runUpdated:${runId}`],
  ends: deps.pubsub.subscribe('runUpdated', runId),
  isEnd: (event: unknown) => isTerminal((event as RunEvent).status),
  resyncs: deps.pubsub.resyncs(),
});

async function runEnded(deps: Deps, runId: string): Promise<boolean> {
  const run = await deps.prisma.run.findUnique({ where: { id: runId }, select: { status: true } });
  if (!run) throw notFound('Run', runId);
  return isTerminal(run.status);
}

/** Log chunks after `afterSeq`: replayed in pages, then live from this process's tail of the run. */
export function followRunLogs(deps: Deps, runId: string, afterSeq: number) {
  return followAppends<RunLogChunk, RunLogEvent>(deps.pubsub, `logs:${runId}`, afterSeq, () => ({
    ...runTail(deps, runId, 'runLogAppended'),
    events: deps.pubsub.subscribe('runLogAppended', runId),
    rowsOf: (event) => ({ rows: event.chunks && chunksOf(event.chunks), last: event.lastSeq }),
    async start() {
      const ended = await runEnded(deps, runId);
      // The stored head, not lastLogSeq: a spool stored later may have gone past it.
      const last = await deps.prisma.runLogChunk.findFirst({ where: { runId }, orderBy: { seq: 'desc' }, select: { seq: true } });
      return { head: last?.seq ?? 0, ended };
    },
    async readPage(after) {
      const rows = await deps.prisma.runLogChunk.findMany({
        where: { runId, seq: { gt: after } },
        orderBy: { seq: 'asc' },
        take: PAGE,
      });
      return { rows, cursor: rows.at(-1)?.seq ?? after, full: rows.length === PAGE };
    },
    cursorOf: (chunk) => chunk.seq,
    follows: (head, first) => first.seq === head + 1,
  }));
}

const chunksOf = revivedOnce((chunks: Wire<RunLogChunk>[]): RunLogChunk[] =>
  chunks.map((chunk) => ({ ...chunk, createdAt: new Date(chunk.createdAt) })),
);
const pointsOf = revivedOnce((points: Wire<RunMetricPoint>[]): RunMetricPoint[] =>
  points.map((point) => ({ ...point, recordedAt: new Date(point.recordedAt) })),
);

/** Metric points with step > afterStep, in (step, name) order; ends once the run has ended. */
export function followRunMetrics(deps: Deps, runId: string, afterStep: number) {
  return followAppends<RunMetricPoint, RunMetricEvent>(deps.pubsub, `metrics:${runId}`, afterStep, () => ({
    ...runTail(deps, runId, 'runMetricRecorded'),
    events: deps.pubsub.subscribe('runMetricRecorded', runId),
    rowsOf: (event) => ({ rows: event.points && pointsOf(event.points), last: event.lastStep }),
    async start() {
      const ended = await runEnded(deps, runId);
      const last = await deps.prisma.runMetricPoint.findFirst({
        where: { runId },
        orderBy: { step: 'desc' },
        select: { step: true },
      });
      return { head: last?.step ?? -1, ended };
    },
    async readPage(after) {
      // Whole steps only: every point of a step is written in the same batch.
      const rows = await deps.prisma.runMetricPoint.findMany({
        where: { runId, step: { gt: after } },
        orderBy: [{ step: 'asc' }, { name: 'asc' }],
        take: PAGE,
      });
      const lastStep = rows.at(-1)?.step;
      const full = rows.length === PAGE;
      const complete = full && lastStep !== undefined ? rows.filter((row) => row.step < lastStep) : rows;
      if (full && complete.length === 0) return { rows, cursor: lastStep ?? after, full: false };
      return { rows: complete, cursor: complete.at(-1)?.step ?? after, full };
    },
    cursorOf: (point) => point.step,
    follows: () => true,
  }));
}

/** The filter of `runWhere`, for the parts an event's row can answer in memory. */
export function matchesRunFilter(run: Run, filter: RunFilter | null | undefined): boolean {
  if (!filter) return true;
  if (filter.status?.length && !filter.status.includes(run.status)) return false;
  if (filter.tags?.length && !filter.tags.every((tag) => run.tags.includes(tag))) return false;
  if (filter.datasetId && run.datasetId !== filter.datasetId) return false;
  if (filter.baseModel && run.baseModel !== filter.baseModel) return false;
  if (filter.executor && run.executor !== filter.executor) return false;
  if (filter.createdAfter && run.createdAt < filter.createdAfter) return false;
  if (filter.createdBefore && run.createdAt >= filter.createdBefore) return false;
  return true;
}

/** Range checks (metrics, params) live in RunValue rows: one count per event per distinct filter. */
const rangeChecks = new WeakMap<Run, Map<string, Promise<boolean>>>();
function matchesRanges(deps: Deps, run: Run, where: Prisma.RunWhereInput, key: string): Promise<boolean> {
  let byFilter = rangeChecks.get(run);
  if (!byFilter) {
    byFilter = new Map();
    rangeChecks.set(run, byFilter);
  }
  let check = byFilter.get(key);
  if (!check) {
    check = deps.prisma.run.count({ where: { id: run.id, ...where } }).then((count) => count > 0);
    byFilter.set(key, check);
  }
  return check;
}

const RESYNC_MARGIN_MS = 30_000;
const RESYNC_MAX_RUNS = 100;

/** Every run created or changed that matches the filter; after a re-sync, the runs changed meanwhile. */
export function followRunsChanged(deps: Deps, filter: RunFilter | null | undefined, where: Prisma.RunWhereInput) {
  const ranges = Boolean(filter?.metrics?.length || filter?.params?.length);
  const key = JSON.stringify(where);
  return followFeed<Run, RunEvent>(
    deps.pubsub,
    'runsChanged',
    () => ({
      events: deps.pubsub.subscribe('runsChanged'),
      itemOf: (event) => runOf(event) ?? deps.prisma.run.findUnique({ where: { id: event.runId } }),
    }),
    {
      matches: (run) => matchesRunFilter(run, filter) && (!ranges || matchesRanges(deps, run, where, key)),
      // The margin absorbs clock skew between processes.
      reread: ({ since }: Resync) =>
        deps.prisma.run.findMany({
          where: { ...where, updatedAt: { gte: new Date(since.getTime() - RESYNC_MARGIN_MS) } },
          orderBy: { updatedAt: 'desc' },
          take: RESYNC_MAX_RUNS,
        }),
    },
  );
}
