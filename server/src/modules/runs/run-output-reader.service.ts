// Reading what runs produced: metric series (downsampled for charts) and side-by-side comparison
// of runs. Following logs and metrics live is in run-live.ts.
import type { Deps } from '../../deps.ts';
import { DomainError, notFound } from '../../errors.ts';
import { Prisma, type RunMetricPoint } from '../../generated/prisma/client.ts';

export interface MetricSeries {
  name: string;
  points: Pick<RunMetricPoint, 'step' | 'value' | 'epoch' | 'recordedAt'>[];
  /** Points stored, before downsampling. */
  total: number;
}

/**
 * Keeps at most `maxPoints` points of a series for a chart: the series is cut into equal buckets
 * and each bucket keeps its lowest and highest point, so spikes survive; first and last stay.
 */
export function downsample<T extends { value: number; step: number }>(points: T[], maxPoints: number): T[] {
  if (points.length <= maxPoints) return points;
  if (maxPoints < 4) return [points[0] as T, points.at(-1) as T];
  const buckets = Math.floor((maxPoints - 2) / 2);
  const inner = points.slice(1, -1);
  const size = inner.length / buckets;
  const kept: T[] = [points[0] as T];
  for (let b = 0; b < buckets; b += 1) {
    const bucket = inner.slice(Math.floor(b * size), Math.floor((b + 1) * size));
    if (bucket.length === 0) continue;
    let low = bucket[0] as T;
    let high = bucket[0] as T;
    for (const point of bucket) {
      if (point.value < low.value) low = point;
      if (point.value > high.value) high = point;
    }
    kept.push(...(low.step <= high.step ? [low, high] : [high, low]).filter((p, i, all) => all.indexOf(p) === i));
  }
  kept.push(points.at(-1) as T);
  return kept;
}

export const MAX_SERIES_POINTS = 10_000;

export function checkMaxPoints(maxPoints: number): void {
  if (maxPoints < 2 || maxPoints > MAX_SERIES_POINTS) {
    throw new DomainError('BAD_USER_INPUT', `maxPoints must be between 2 and ${MAX_SERIES_POINTS}, got ${maxPoints}`);
  }
}

/** One run's points, ordered by name then step (as loaded with the run), as downsampled series. */
export function toMetricSeries(points: (MetricSeries['points'][number] & { name: string })[], maxPoints: number): MetricSeries[] {
  const byName = new Map<string, MetricSeries['points']>();
  for (const point of points) {
    const series = byName.get(point.name);
    if (series) series.push(point);
    else byName.set(point.name, [point]);
  }
  return [...byName].map(([name, series]) => ({ name, points: downsample(series, maxPoints), total: series.length }));
}

export interface ConfigDifference {
  key: string;
  values: unknown[];
}

/** Side by side: which config keys differ between the runs, and each run's final metrics. */
export async function compareRuns(deps: Deps, runIds: string[], judgeName?: string | null) {
  if (runIds.length < 2 || runIds.length > 10) {
    throw new DomainError('BAD_USER_INPUT', `compareRuns needs 2 to 10 run ids, got ${runIds.length}`);
  }
  const runs = await deps.prisma.run.findMany({ where: { id: { in: runIds } } });
  const byId = new Map(runs.map((run) => [run.id, run]));
  const missing = runIds.find((id) => !byId.has(id));
  if (missing) throw notFound('Run', missing);
  const ordered = runIds.map((id) => byId.get(id) as (typeof runs)[number]);
  const configs = ordered.map((run) => (run.config ?? {}) as Record<string, unknown>);
  const keys = [...new Set(configs.flatMap((config) => Object.keys(config)))].sort();
  const configDiff: ConfigDifference[] = keys
    .map((key) => ({ key, values: configs.map((config) => config[key] ?? null) }))
    .filter(({ values }) => new Set(values.map((value) => JSON.stringify(value))).size > 1);
  const summaries = ordered.map((run) => (run.summaryMetrics ?? {}) as Record<string, number>);
  const metricNames = [...new Set(summaries.flatMap((summary) => Object.keys(summary)))].sort();
  return {
    runIds,
    configDiff,
    finalMetrics: metricNames.map((name) => ({ name, values: summaries.map((summary) => summary[name] ?? null) })),
    evaluationIds: await latestEvaluationIds(deps, runIds, judgeName),
  };
}

/** The latest SUCCEEDED evaluation id of each run (by this judge, when given), in the runs' order. */
export async function latestEvaluationIds(deps: Deps, runIds: string[], judgeName?: string | null): Promise<(string | null)[]> {
  const rows = await deps.prisma.evaluation.findMany({
    where: { runId: { in: runIds }, status: 'SUCCEEDED', ...(judgeName ? { judgeName } : {}) },
    orderBy: [{ runId: 'asc' }, { createdAt: 'desc' }, { id: 'desc' }],
    distinct: ['runId'],
    select: { id: true, runId: true },
  });
  return runIds.map((runId) => rows.find((row) => row.runId === runId)?.id ?? null);
}

export type ItemChangeKind = 'FIXED' | 'BROKEN' | 'MIXED';

/** What happened to an item between the first run and the others. */
export function itemChangeKind(correct: (boolean | null)[]): ItemChangeKind {
  const [base, ...others] = correct;
  if (base === false && others.every((value) => value === true)) return 'FIXED';
  if (base === true && others.every((value) => value === false)) return 'BROKEN';
  return 'MIXED';
}

/**
 * The traces that every evaluation judged and whose correctness differs between them, one keyset
 * page in trace id order (the `after` / `before` trace ids are exclusive bounds). Grouped in SQL
 * over the (evaluationId, traceId) index, so a page costs the same however many items agree.
 */
export async function changedItemTraceIds(
  deps: Deps,
  evaluationIds: string[],
  page: { after?: string; before?: string; limit: number; inverted: boolean },
): Promise<string[]> {
  const rows = await deps.prisma.$queryRaw<{ traceId: string }[]>`
    SELECT "traceId"::text AS "traceId" FROM evaluation_items
    WHERE "evaluationId" = ANY(${evaluationIds}::uuid[])
      AND (${page.after ?? null}::uuid IS NULL OR "traceId" > ${page.after ?? null}::uuid)
      AND (${page.before ?? null}::uuid IS NULL OR "traceId" < ${page.before ?? null}::uuid)
    GROUP BY "traceId"
    HAVING count(*) = ${evaluationIds.length} AND bool_or(correct) AND NOT bool_and(correct)
    ORDER BY "traceId" ${Prisma.raw(page.inverted ? 'DESC' : 'ASC')}
    LIMIT ${page.limit}`;
  return rows.map((row) => row.traceId);
}

export async function changedItemCount(deps: Deps, evaluationIds: string[]): Promise<number> {
  const [row] = await deps.prisma.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM (
      SELECT "traceId" FROM evaluation_items WHERE "evaluationId" = ANY(${evaluationIds}::uuid[])
      GROUP BY "traceId" HAVING count(*) = ${evaluationIds.length} AND bool_or(correct) AND NOT bool_and(correct)
    ) AS changed`;
  return Number(row?.count ?? 0);
}

/** Each changed trace with the runs' results on it, in the order of `evaluationIds`. */
export async function itemChanges(deps: Deps, evaluationIds: string[], traceIds: string[]) {
  const [items, traces] = await Promise.all([
    deps.prisma.evaluationItem.findMany({
      where: { evaluationId: { in: evaluationIds }, traceId: { in: traceIds } },
      select: { evaluationId: true, traceId: true, reference: true, prediction: true, score: true, correct: true },
    }),
    deps.prisma.trace.findMany({ where: { id: { in: traceIds } } }),
  ]);
  return traceIds.map((traceId) => {
    const results = evaluationIds.map((evaluationId) => {
      const item = items.find((candidate) => candidate.evaluationId === evaluationId && candidate.traceId === traceId);
      return { prediction: item?.prediction ?? null, score: item?.score ?? null, correct: item?.correct ?? null };
    });
    return {
      traceId,
      trace: traces.find((trace) => trace.id === traceId),
      reference: items.find((item) => item.traceId === traceId)?.reference ?? '',
      change: itemChangeKind(results.map((result) => result.correct)),
      results,
    };
  });
}
