// Runs: creation (always queued as PENDING; a worker picks it up), cancellation, filters.
import type { Context, Deps } from '../../deps.ts';
import { DomainError, notFound, publicId } from '../../errors.ts';
import type { Prisma, Run } from '../../generated/prisma/client.ts';
import type { RunStatus, RunStopReason, RunValueKind } from '../../generated/prisma/enums.ts';
import { currentTraceParent } from '../../telemetry/tracing.ts';
import { checkFilter, InputChecker } from '../common/validation.ts';
import { checkRunConfig, type ExecutorName, type RunConfig, type RunSettings } from './run-config.ts';
import { isTerminal, publishRunChange, transitionRun } from './run-lifecycle.ts';
import { recordRunValues } from './run-values.ts';

export interface CreateRunInput {
  datasetId: string;
  baseModel?: string | null;
  executor?: ExecutorName | null;
  name?: string | null;
  config?: Partial<RunConfig> | null;
  maxAttempts?: number | null;
}

/** A closed range of one metric or param; an open end when min or max is missing. */
export interface RunValueRange {
  key: string;
  min?: number | null;
  max?: number | null;
}

export interface RunFilter {
  status?: RunStatus[] | null;
  /** Runs carrying every one of these tags. */
  tags?: string[] | null;
  metrics?: RunValueRange[] | null;
  params?: RunValueRange[] | null;
  datasetId?: string | null;
  baseModel?: string | null;
  executor?: ExecutorName | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
}

export const DEFAULT_BASE_MODEL = 'tunix-rt/char-ngram';

/** Checks a run request; shared by createRun and the tuning module (each trial is a run). */
export function checkRunInput(check: InputChecker, input: CreateRunInput, server: RunSettings) {
  const executor = input.executor ?? 'BUILTIN';
  check.text('baseModel', input.baseModel ?? DEFAULT_BASE_MODEL, { max: 256 });
  check.text('name', input.name, { min: 0, max: 256 });
  check.number('maxAttempts', input.maxAttempts, { min: 1, max: 10, integer: true });
  return { executor, config: checkRunConfig(check, executor, input.config, server) };
}

/**
 * Raw argv (`config.command`) runs whatever program a client names: with auth on, only an ADMIN
 * token may ask for it. Checked where a client asks for runs (createRun, createTuningJob).
 */
export function checkRawArgvRole(ctx: Context, config: { command?: unknown } | null | undefined): void {
  if (config?.command == null || !ctx.config.authRequired || ctx.viewer.role === 'ADMIN') return;
  throw new DomainError(
    'FORBIDDEN',
    `A raw argv (config.command) needs an ADMIN token; this token's role is ${ctx.viewer.role ?? 'none'}. Name a trainer in config.trainer instead`,
  );
}

export async function createRun(deps: Deps, input: CreateRunInput, tx: Prisma.TransactionClient = deps.prisma): Promise<Run> {
  const check = new InputChecker();
  const { executor, config } = checkRunInput(check, input, deps.config);
  check.done();
  if (executor === 'COMMAND' && !deps.config.commandExecutorEnabled) {
    throw new DomainError('UNAVAILABLE', 'The COMMAND executor is switched off on this server (COMMAND_EXECUTOR_ENABLED=false)');
  }
  const dataset = await tx.dataset.findUnique({ where: { id: input.datasetId }, select: { id: true } });
  if (!dataset) throw notFound('Dataset', input.datasetId);
  const run = await tx.run.create({
    data: {
      datasetId: dataset.id,
      baseModel: input.baseModel ?? DEFAULT_BASE_MODEL,
      executor,
      name: input.name ?? null,
      config: config as unknown as Prisma.InputJsonValue,
      maxAttempts: input.maxAttempts ?? deps.config.runMaxAttempts,
      traceParent: currentTraceParent(),
      statusChanges: { create: { fromStatus: null, toStatus: 'PENDING', reason: 'created' } },
    },
  });
  await recordRunValues(tx, run.id, 'PARAM', config);
  if (tx === deps.prisma) await publishRunChange(deps, run);
  return run;
}

/**
 * A PENDING run is cancelled at once; a RUNNING one goes to CANCELLING and its worker stops the
 * process, then records CANCELLED. Cancelling twice is harmless; a finished run is an error.
 * `stopReason` says who asked (a client, the tuning job, its pruning rule); `reason` says it in words.
 */
export async function cancelRun(
  deps: Deps,
  runId: string,
  reason = 'cancelled by user',
  stopReason: RunStopReason = 'CANCELLED_BY_USER',
): Promise<Run> {
  const run = await deps.prisma.run.findUnique({ where: { id: runId } });
  if (!run) throw notFound('Run', runId);
  if (run.status === 'CANCELLING') return run;
  if (isTerminal(run.status)) {
    throw new DomainError(
      'INVALID_STATE',
      `Run ${publicId('Run', runId)} already finished as ${run.status}; there is nothing to cancel`,
      {
        status: run.status,
      },
    );
  }
  try {
    return run.status === 'PENDING'
      ? await transitionRun(deps, runId, 'CANCELLED', { from: ['PENDING'], reason, data: { error: reason, stopReason } })
      : await transitionRun(deps, runId, 'CANCELLING', { from: ['RUNNING'], reason, data: { stopReason } });
  } catch (error) {
    // The run moved on between the read and the write (claimed, or finished): decide again.
    if (error instanceof DomainError && error.code === 'INVALID_STATE') return cancelRun(deps, runId, reason, stopReason);
    throw error;
  }
}

const MAX_TAGS = 20;
const MAX_TAG_LENGTH = 64;
const MAX_NOTES_LENGTH = 10_000;

export interface UpdateRunInput {
  /** Null gives the run back its default name. */
  name?: string | null;
  /** The whole new list; trimmed, empty ones and repeats dropped. */
  tags?: string[] | null;
  notes?: string | null;
}

/** Renames a run, or sets its tags or notes: what people write about a run, at any status. */
export async function updateRun(deps: Deps, runId: string, input: UpdateRunInput): Promise<Run> {
  const check = new InputChecker();
  const name = input.name === undefined ? undefined : input.name?.trim() || null;
  check.text('name', name, { min: 0, max: 256 });
  const tags = input.tags == null ? undefined : [...new Set(input.tags.map((tag) => tag.trim()).filter(Boolean))];
  if (tags) {
    check.count('tags', tags, { max: MAX_TAGS });
    for (const [index, tag] of tags.entries()) check.text(`tags.${index}`, tag, { max: MAX_TAG_LENGTH });
  }
  check.text('notes', input.notes, { min: 0, max: MAX_NOTES_LENGTH });
  check.done();
  const data = {
    ...(name === undefined ? {} : { name }),
    ...(tags ? { tags } : {}),
    ...(input.notes === undefined ? {} : { notes: input.notes || null }),
  };
  const updated = await deps.prisma.run.updateManyAndReturn({ where: { id: runId }, data });
  if (!updated[0]) throw notFound('Run', runId);
  return updated[0];
}

const valueRanges = (kind: RunValueKind, ranges: RunValueRange[] | null | undefined): Prisma.RunWhereInput[] =>
  (ranges ?? []).map(({ key, min, max }) => ({
    values: { some: { kind, key, value: { ...(min == null ? {} : { gte: min }), ...(max == null ? {} : { lte: max }) } } },
  }));

function checkRanges(check: InputChecker, path: string, ranges: RunValueRange[] | null | undefined) {
  for (const [index, range] of (ranges ?? []).entries()) {
    check.text(`${path}.${index}.key`, range.key, { max: 128 });
    check.number(`${path}.${index}.min`, range.min, {});
    check.number(`${path}.${index}.max`, range.max, {});
    if (range.min != null && range.max != null && range.min > range.max) check.fail(`${path}.${index}`, 'min is above max');
  }
}

export function runWhere(filter: RunFilter | null | undefined): Prisma.RunWhereInput {
  if (!filter) return {};
  const { metrics, params, ...plain } = filter;
  checkFilter(plain);
  const check = new InputChecker();
  checkRanges(check, 'filter.metrics', metrics);
  checkRanges(check, 'filter.params', params);
  check.count('filter.metrics', metrics ?? [], { max: 10 });
  check.count('filter.params', params ?? [], { max: 10 });
  check.done();
  const ranges = [...valueRanges('METRIC', metrics), ...valueRanges('PARAM', params)];
  return {
    ...(ranges.length ? { AND: ranges } : {}),
    ...(filter.tags?.length ? { tags: { hasEvery: filter.tags } } : {}),
    ...(filter.status?.length ? { status: { in: filter.status } } : {}),
    ...(filter.datasetId ? { datasetId: filter.datasetId } : {}),
    ...(filter.baseModel ? { baseModel: filter.baseModel } : {}),
    ...(filter.executor ? { executor: filter.executor } : {}),
    ...(filter.createdAfter || filter.createdBefore
      ? {
          createdAt: {
            ...(filter.createdAfter ? { gte: filter.createdAfter } : {}),
            ...(filter.createdBefore ? { lt: filter.createdBefore } : {}),
          },
        }
      : {}),
  };
}

/** A list order by one metric's or param's value. */
export interface RunValueOrder {
  kind: RunValueKind;
  key: string;
  direction: 'asc' | 'desc';
}

/** The part of Pothos's page query that paging reads; the rest (select/include) goes to Prisma as it is. */
interface PageQuery {
  cursor?: { id: string };
  take?: number;
  skip?: number;
}

const flip = (direction: 'asc' | 'desc') => (direction === 'asc' ? 'desc' : 'asc');

/** Up to this many runs carrying the filter's tags are read first, and the page is sorted among them. */
const TAGGED_RUNS_FIRST = 5_000;

/**
 * One keyset page of runs ordered by a value: the runs that have it first, by value then id,
 * then those without it, newest first; `last`/`before` pages walk the same order backwards.
 * Each part is an index scan from the cursor (the (kind, key, value, runId) index, the primary key),
 * so a page costs the same at any depth: one cursor lookup, one or two id reads, one read of the rows.
 */
export async function pageRunsByValue<Query extends PageQuery>(
  prisma: Deps['prisma'],
  where: Prisma.RunWhereInput,
  order: RunValueOrder,
  query: Query,
): Promise<Run[]> {
  const { cursor, take = 21, skip: _skip, ...selection } = query;
  const forward = take > 0;
  const limit = Math.abs(take);
  const { kind, key } = order;
  const valueDirection = forward ? order.direction : flip(order.direction);
  const missingDirection = forward ? 'desc' : 'asc';
  // undefined: no cursor; null: the cursor's run has no such value.
  const cursorValue = cursor
    ? ((await prisma.runValue.findUnique({ where: { runId_kind_key: { runId: cursor.id, kind, key } }, select: { value: true } }))
        ?.value ?? null)
    : undefined;

  // A tag filter is usually selective (the GIN index finds its runs at once), while the value index
  // is walked in value order past every run without the tag: starting from a few tagged runs is
  // the faster plan, so the page picks among them when there are at most TAGGED_RUNS_FIRST.
  const tagged =
    where.tags && cursorValue !== null
      ? await prisma.run.findMany({ where, select: { id: true }, take: TAGGED_RUNS_FIRST + 1 })
      : undefined;
  const runFilter: Prisma.RunValueWhereInput =
    tagged && tagged.length <= TAGGED_RUNS_FIRST
      ? { runId: { in: tagged.map((run) => run.id) } }
      : Object.keys(where).length
        ? { run: where }
        : {};

  const withValue = async (from: { value: number; runId: string } | undefined, take: number) => {
    const up = valueDirection === 'asc';
    const keyset: Prisma.RunValueWhereInput = from
      ? {
          // The plain bound lets the index scan start at the cursor; the OR decides ties.
          value: up ? { gte: from.value } : { lte: from.value },
          OR: [
            { value: up ? { gt: from.value } : { lt: from.value } },
            { value: from.value, runId: up ? { gt: from.runId } : { lt: from.runId } },
          ],
        }
      : {};
    const rows = await prisma.runValue.findMany({
      where: { kind, key, ...keyset, ...runFilter },
      orderBy: [{ value: valueDirection }, { runId: valueDirection }],
      take,
      select: { runId: true },
    });
    return rows.map((row) => row.runId);
  };
  const withoutValue = async (fromId: string | undefined, take: number) => {
    const rows = await prisma.run.findMany({
      where: {
        AND: [
          where,
          { values: { none: { kind, key } } },
          fromId ? { id: missingDirection === 'asc' ? { gt: fromId } : { lt: fromId } } : {},
        ],
      },
      orderBy: { id: missingDirection },
      take,
      select: { id: true },
    });
    return rows.map((row) => row.id);
  };

  // Forward: valued runs, then the others; backward: the others (reversed), then valued runs.
  const ids: string[] = [];
  const valuedFirst = forward;
  const cursorInValued = cursorValue !== undefined && cursorValue !== null;
  const cursorInMissing = cursorValue === null;
  const parts = valuedFirst ? (['valued', 'missing'] as const) : (['missing', 'valued'] as const);
  let started = cursorValue === undefined;
  for (const part of parts) {
    if (ids.length >= limit) break;
    const cursorHere = part === 'valued' ? cursorInValued : cursorInMissing;
    if (!started && !cursorHere) continue;
    const from = started ? undefined : cursor?.id;
    started = true;
    const rest = limit - ids.length;
    ids.push(
      ...(part === 'valued'
        ? await withValue(from && cursorValue != null ? { value: cursorValue, runId: from } : undefined, rest)
        : await withoutValue(from, rest)),
    );
  }
  if (!forward) ids.reverse();
  if (ids.length === 0) return [];
  const rows = (await prisma.run.findMany({ ...selection, where: { id: { in: ids } } })) as Run[];
  const position = new Map(ids.map((id, index) => [id, index]));
  return rows.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
}

/** The metric and param names some run has: the columns a runs table can show and sort by. */
export async function runValueKeys(prisma: Deps['prisma']): Promise<{ metrics: string[]; params: string[] }> {
  const keys = await prisma.runValueKey.findMany({ orderBy: [{ kind: 'asc' }, { key: 'asc' }] });
  return {
    metrics: keys.filter((k) => k.kind === 'METRIC').map((k) => k.key),
    params: keys.filter((k) => k.kind === 'PARAM').map((k) => k.key),
  };
}
