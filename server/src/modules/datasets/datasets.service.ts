// Datasets: frozen, versioned selections of traces. A build selects traces by filter in SQL over
// every trace (the reference only looked at the latest limit×10); a create takes named traces.
// Either way the dataset and its ordered membership are written once and never change.
import { createHash } from 'node:crypto';
import { isUniqueViolation } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, notFound, publicId } from '../../errors.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { SelectionStrategy } from '../../generated/prisma/enums.ts';
import { isUuid, uuidv7 } from '../common/ids.ts';
import { mulberry32 } from '../common/random.ts';
import { checkFilter, InputChecker } from '../common/validation.ts';
import { type TraceFilter, traceWhere } from '../traces/traces.service.ts';
import { EXPORT_FORMATS, type ExportFormat, type ExportFormatName, exportLine } from './export-formats.ts';

export const DEFAULT_BUILD_LIMIT = 100;
/** Above this, `Dataset.export` refuses and points to the streaming download. */
export const MAX_INLINE_EXPORT_TRACES = 1_000;
export const EXPORT_BATCH_SIZE = 500;
export const DATASET_SCHEMA_VERSION = '1.0';
/** Names the seeded shuffle of RANDOM builds; see `seededSelection`. */
export const PRNG_ALGORITHM = 'mulberry32-fisher-yates-v1';
const SCAN_BATCH_SIZE = 5_000;
// A RANDOM build reads every matching id inside one snapshot; give big trace tables time.
const BUILD_TRANSACTION_TIMEOUT_MS = 120_000;

interface DatasetDescription {
  name: string;
  version: string;
  description?: string | null;
  sessionId?: string | null;
  /** Raw dataset id (the schema layer decodes the global ID). */
  parentDatasetId?: string | null;
  trainingRunRef?: string | null;
  /** Free JSON object merged over the generated provenance; its keys win. */
  provenance?: unknown;
}

export interface BuildDatasetInput extends DatasetDescription {
  filter?: TraceFilter | null;
  limit?: number | null;
  selectionStrategy?: SelectionStrategy | null;
  seed?: number | null;
}

export interface CreateDatasetInput extends DatasetDescription {
  /** Raw trace ids, in dataset order. */
  traceIds: string[];
}

export interface DatasetFilter {
  /** Exact name. */
  name?: string | null;
  /** Case-insensitive text in the name, key or description. */
  search?: string | null;
}

/** What a dataset's stats and checksum are computed from. */
interface SelectedTrace {
  id: string;
  stepCount: number;
  totalChars: number;
}

/** The reference's dataset_key: `name-version`, spaces and `/` replaced by `_` in both parts. */
export const datasetKey = (name: string, version: string): string =>
  `${name.replace(/[ /]/g, '_')}-${version.replace(/[ /]/g, '_')}`;

/** sha256 hex over the ordered trace ids joined by "\n": equal checksums, equal members in equal order. */
export const datasetChecksum = (traceIds: readonly string[]): string =>
  createHash('sha256').update(traceIds.join('\n'), 'utf8').digest('hex');

/** The domain's §3.3 stats. Averages are not rounded, as in the reference. */
export function datasetStats(traces: readonly SelectedTrace[]) {
  const steps = traces.map((t) => t.stepCount);
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    traceCount: traces.length,
    avgStepCount: traces.length ? sum(steps) / traces.length : 0,
    minStepCount: traces.length ? Math.min(...steps) : 0,
    maxStepCount: traces.length ? Math.max(...steps) : 0,
    avgTotalChars: traces.length ? sum(traces.map((t) => t.totalChars)) / traces.length : 0,
  };
}

/**
 * mulberry32-fisher-yates-v1: the positions (0-based, into the matching ids sorted ascending)
 * of the first `count` elements of a forward Fisher–Yates shuffle of `size` elements seeded
 * with `seed`: for i = 0, 1, …: j = i + floor(rand() × (size − i)), swap(i, j), where rand() is
 * mulberry32 seeded with the seed as an unsigned 32-bit integer (seed >>> 0). Only the swapped
 * slots are stored, so memory is O(count) whatever `size` is.
 */
export function seededSelection(size: number, count: number, seed: number): number[] {
  const random = mulberry32(seed);
  const swapped = new Map<number, number>();
  const picked: number[] = [];
  for (let i = 0; i < Math.min(count, size); i += 1) {
    const j = i + Math.floor(random() * (size - i));
    const atJ = swapped.get(j) ?? j;
    swapped.set(j, swapped.get(i) ?? i);
    picked.push(atJ);
  }
  return picked;
}

const selectForStats = { id: true, stepCount: true, totalChars: true } as const;

/** The newest `limit` matches (createdAt desc, id desc): one indexed query. */
const selectLatest = (tx: Prisma.TransactionClient, where: Prisma.TraceWhereInput, limit: number) =>
  tx.trace.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: limit, select: selectForStats });

/** `limit` matches chosen by the seeded shuffle, read with a keyset scan over the ids. */
async function selectRandom(
  tx: Prisma.TransactionClient,
  where: Prisma.TraceWhereInput,
  limit: number,
  seed: number,
): Promise<SelectedTrace[]> {
  const size = await tx.trace.count({ where });
  const positions = seededSelection(size, limit, seed);
  const slotOf = new Map(positions.map((position, slot) => [position, slot]));
  const selected: SelectedTrace[] = new Array(positions.length);
  const last = Math.max(-1, ...positions);
  let rank = 0;
  let afterId: string | undefined;
  while (rank <= last) {
    const rows = await tx.trace.findMany({
      where: afterId ? { AND: [where, { id: { gt: afterId } }] } : where,
      orderBy: { id: 'asc' },
      take: SCAN_BATCH_SIZE,
      select: selectForStats,
    });
    for (const row of rows) {
      const slot = slotOf.get(rank);
      if (slot !== undefined) selected[slot] = row;
      rank += 1;
    }
    if (rows.length < SCAN_BATCH_SIZE) break;
    afterId = rows.at(-1)?.id;
  }
  return selected.filter((row) => row !== undefined);
}

function checkDescription(check: InputChecker, input: DatasetDescription): void {
  check.text('name', input.name, { max: 128 });
  check.text('version', input.version, { max: 64 });
  check.text('description', input.description, { min: 0, max: 10_000 });
  check.text('sessionId', input.sessionId, { min: 0, max: 128 });
  check.text('trainingRunRef', input.trainingRunRef, { min: 0, max: 128 });
  if (input.provenance != null && (typeof input.provenance !== 'object' || Array.isArray(input.provenance))) {
    check.fail('provenance', 'must be a JSON object');
  }
}

const alreadyExists = (key: string) =>
  new DomainError('CONFLICT', `Dataset ${key} already exists; datasets are immutable — use a new version`, { key });

/** Writes the dataset and its membership (one INSERT for all items) inside `tx`. */
async function writeDataset(
  tx: Prisma.TransactionClient,
  input: DatasetDescription,
  selection: {
    traces: SelectedTrace[];
    strategy: SelectionStrategy;
    filters: Prisma.InputJsonObject;
    seed: number | null;
    prngAlgorithm: string | null;
  },
): Promise<string> {
  const key = datasetKey(input.name, input.version);
  const existing = await tx.dataset.findFirst({
    where: { OR: [{ key }, { name: input.name, version: input.version }] },
    select: { id: true },
  });
  if (existing) throw alreadyExists(key);
  if (input.parentDatasetId) {
    const parent = isUuid(input.parentDatasetId)
      ? await tx.dataset.findUnique({ where: { id: input.parentDatasetId }, select: { id: true } })
      : null;
    if (!parent) throw notFound('Dataset', input.parentDatasetId);
  }
  const { traces, strategy, seed } = selection;
  const traceIds = traces.map((trace) => trace.id);
  const now = new Date();
  const provenance = {
    schemaVersion: DATASET_SCHEMA_VERSION,
    source: 'tunix-rt',
    buildTimestamp: now.toISOString(),
    traceCount: traces.length,
    selectionStrategy: strategy,
    ...(seed != null ? { seed } : {}),
    ...((input.provenance ?? {}) as Prisma.InputJsonObject),
  };
  const id = uuidv7(now.getTime());
  await tx.dataset.create({
    data: {
      id,
      key,
      name: input.name,
      version: input.version,
      description: input.description ?? null,
      createdAt: now,
      filters: selection.filters,
      selectionStrategy: strategy,
      seed,
      prngAlgorithm: selection.prngAlgorithm,
      traceCount: traces.length,
      stats: datasetStats(traces),
      checksum: datasetChecksum(traceIds),
      schemaVersion: DATASET_SCHEMA_VERSION,
      sessionId: input.sessionId ?? null,
      parentDatasetId: input.parentDatasetId ?? null,
      trainingRunRef: input.trainingRunRef ?? null,
      provenance,
    },
  });
  await tx.datasetItem.createMany({ data: traceIds.map((traceId, position) => ({ datasetId: id, position, traceId })) });
  return id;
}

/** The filter as stored on the dataset: set fields only, times as ISO strings. */
const storedFilters = (filter: TraceFilter | null | undefined): Prisma.InputJsonObject =>
  JSON.parse(JSON.stringify(filter ?? {}, (_key, value) => (value === null ? undefined : value)));

/**
 * Builds a dataset from the traces matching `filter`: LATEST takes the newest `limit`, RANDOM a
 * seeded sample (same seed and same traces, same dataset). Selection and writes share one
 * snapshot, so concurrent inserts cannot shift a RANDOM sample. Returns the dataset id.
 */
export async function buildDataset(deps: Deps, input: BuildDatasetInput): Promise<string> {
  const strategy = input.selectionStrategy ?? 'LATEST';
  const limit = input.limit ?? DEFAULT_BUILD_LIMIT;
  const check = new InputChecker();
  checkDescription(check, input);
  check.number('limit', limit, { min: 1, max: deps.config.datasetMaxTraces, integer: true });
  if (strategy === 'EXPLICIT')
    check.fail('selectionStrategy', 'EXPLICIT is for createDataset with traceIds; use LATEST or RANDOM');
  if (strategy === 'RANDOM' && input.seed == null) {
    check.fail('seed', 'is required for RANDOM selection, so that the same seed rebuilds the same dataset');
  }
  check.number('seed', input.seed, { integer: true });
  check.done();
  const where = traceWhere(input.filter);
  try {
    return await deps.prisma.$transaction(
      async (tx) => {
        const traces =
          strategy === 'RANDOM'
            ? await selectRandom(tx, where, limit, input.seed as number)
            : await selectLatest(tx, where, limit);
        if (traces.length === 0) {
          throw new DomainError('BAD_USER_INPUT', 'Dataset is empty: no traces matched the filter', {
            fieldErrors: [{ path: 'filter', message: 'no traces match' }],
          });
        }
        return writeDataset(tx, input, {
          traces,
          strategy,
          filters: storedFilters(input.filter),
          seed: input.seed ?? null,
          prngAlgorithm: strategy === 'RANDOM' ? PRNG_ALGORITHM : null,
        });
      },
      { isolationLevel: 'RepeatableRead', timeout: BUILD_TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyExists(datasetKey(input.name, input.version));
    throw error;
  }
}

/** Creates a dataset of exactly the given traces, in the given order (EXPLICIT). Returns its id. */
export async function createDataset(deps: Deps, input: CreateDatasetInput): Promise<string> {
  const check = new InputChecker();
  checkDescription(check, input);
  check.count('traceIds', input.traceIds, { min: 1, max: deps.config.datasetMaxTraces });
  const firstIndex = new Map<string, number>();
  input.traceIds.forEach((id, index) => {
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else check.fail(`traceIds.${index}`, `repeats traceIds.${first}: a dataset holds each trace once`);
  });
  check.done();
  try {
    return await deps.prisma.$transaction(async (tx) => {
      const wellFormed = input.traceIds.filter(isUuid);
      const rows = await tx.trace.findMany({ where: { id: { in: wellFormed } }, select: selectForStats });
      const byId = new Map(rows.map((row) => [row.id, row]));
      const missing = input.traceIds.map((id, index) => ({ id, index })).filter(({ id }) => !byId.has(id));
      if (missing.length) {
        const ids = missing.map(({ id }) => publicId('Trace', id));
        throw new DomainError(
          'NOT_FOUND',
          missing.length === 1
            ? `Trace ${ids[0]} not found`
            : `${missing.length} traces not found: ${ids.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`,
          { ids, fieldErrors: missing.map(({ index }) => ({ path: `traceIds.${index}`, message: 'no such trace' })) },
        );
      }
      return writeDataset(tx, input, {
        traces: input.traceIds.map((id) => byId.get(id) as SelectedTrace),
        strategy: 'EXPLICIT',
        filters: {},
        seed: null,
        prngAlgorithm: null,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyExists(datasetKey(input.name, input.version));
    throw error;
  }
}

export function datasetWhere(filter: DatasetFilter | null | undefined): Prisma.DatasetWhereInput {
  if (!filter) return {};
  checkFilter(filter);
  const where: Prisma.DatasetWhereInput[] = [];
  if (filter.name != null) where.push({ name: filter.name });
  if (filter.search) {
    where.push({
      OR: [
        { name: { contains: filter.search, mode: 'insensitive' } },
        { key: { contains: filter.search, mode: 'insensitive' } },
        { description: { contains: filter.search, mode: 'insensitive' } },
      ],
    });
  }
  return where.length ? { AND: where } : {};
}

/**
 * Reads an export format as the download URL spells it (`?format=tunix_sft`, any case); absent
 * means TRACE. Anything else is a BAD_USER_INPUT naming the formats.
 */
export function parseExportFormat(value: string | null | undefined): ExportFormat {
  if (value == null || value === '') return 'TRACE';
  const format = value.toUpperCase();
  if ((EXPORT_FORMATS as readonly string[]).includes(format)) return format as ExportFormat;
  const names = EXPORT_FORMATS.map((name) => name.toLowerCase()).join(', ');
  throw new DomainError('BAD_USER_INPUT', `Unknown export format "${value}"; use one of ${names}`, {
    fieldErrors: [{ path: 'format', message: `must be one of ${names}` }],
  });
}

/** Where a dataset's export streams from (mounted by the HTTP server). */
export const datasetExportPath = (datasetId: string, format: ExportFormatName): string =>
  `/datasets/${datasetId}/export.jsonl?format=${format.toLowerCase()}`;

/**
 * The dataset's export, one JSONL line (ending in "\n") per trace in dataset order. Membership is
 * read by position in keyset batches of EXPORT_BATCH_SIZE, so memory stays flat for any size.
 * An unknown dataset or format throws (a DomainError) on the first `next()`, before any line.
 */
export async function* exportDatasetLines(deps: Deps, datasetId: string, format: ExportFormatName): AsyncGenerator<string> {
  const lineFormat = parseExportFormat(format);
  const dataset = isUuid(datasetId)
    ? await deps.prisma.dataset.findUnique({ where: { id: datasetId }, select: { id: true } })
    : null;
  if (!dataset) throw notFound('Dataset', datasetId);
  let afterPosition = -1;
  for (;;) {
    const items = await deps.prisma.datasetItem.findMany({
      where: { datasetId, position: { gt: afterPosition } },
      orderBy: { position: 'asc' },
      take: EXPORT_BATCH_SIZE,
      select: {
        position: true,
        trace: {
          select: { id: true, createdAt: true, traceVersion: true, prompt: true, finalAnswer: true, steps: true, meta: true },
        },
      },
    });
    for (const item of items) {
      yield exportLine({ ...item.trace, steps: item.trace.steps as unknown as { content: string }[] }, lineFormat);
    }
    const last = items.at(-1);
    if (!last || items.length < EXPORT_BATCH_SIZE) return;
    afterPosition = last.position;
  }
}

/** The whole export as one string, for datasets of at most MAX_INLINE_EXPORT_TRACES traces. */
export async function exportDatasetText(deps: Deps, datasetId: string, format: ExportFormatName): Promise<string> {
  const dataset = await deps.prisma.dataset.findUnique({ where: { id: datasetId }, select: { key: true, traceCount: true } });
  if (!dataset) throw notFound('Dataset', datasetId);
  if (dataset.traceCount > MAX_INLINE_EXPORT_TRACES) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `Dataset ${dataset.key} has ${dataset.traceCount} traces; the export field returns at most ${MAX_INLINE_EXPORT_TRACES}. ` +
        `Download it from exportUrl (${datasetExportPath(datasetId, format)}) instead.`,
      { traceCount: dataset.traceCount, limit: MAX_INLINE_EXPORT_TRACES, url: datasetExportPath(datasetId, format) },
    );
  }
  let text = '';
  for await (const line of exportDatasetLines(deps, datasetId, format)) text += line;
  return text;
}

/** The members of `datasetId` that `otherId` does not hold (one NOT EXISTS on the membership index). */
export const membersNotIn = (datasetId: string, otherId: string): Prisma.DatasetItemWhereInput => ({
  datasetId,
  trace: { datasetItems: { none: { datasetId: otherId } } },
});

export interface StatDelta {
  name: string;
  base: number | null;
  other: number | null;
  /** other − base; null when either side lacks the stat. */
  delta: number | null;
}

export interface DatasetComparison {
  baseId: string;
  otherId: string;
  /** In `other`, not in `base`. */
  addedCount: number;
  /** In `base`, not in `other`. */
  removedCount: number;
  commonCount: number;
  statDeltas: StatDelta[];
}

const numericStats = (stats: unknown): Record<string, number> =>
  Object.fromEntries(
    Object.entries(stats !== null && typeof stats === 'object' ? stats : {}).filter(([, value]) => typeof value === 'number'),
  );

/**
 * How `other` differs from `base` (usually two versions of one dataset): the traces added and
 * removed, and each stat's change. Membership is compared by trace, whatever the positions.
 */
export async function compareDatasets(deps: Deps, baseId: string, otherId: string): Promise<DatasetComparison> {
  const found = await deps.prisma.dataset.findMany({
    where: { id: { in: [baseId, otherId] } },
    select: { id: true, traceCount: true, stats: true },
  });
  const base = found.find((dataset) => dataset.id === baseId);
  const other = found.find((dataset) => dataset.id === otherId);
  if (!base) throw notFound('Dataset', baseId);
  if (!other) throw notFound('Dataset', otherId);
  const [addedCount, removedCount] = await Promise.all([
    deps.prisma.datasetItem.count({ where: membersNotIn(otherId, baseId) }),
    deps.prisma.datasetItem.count({ where: membersNotIn(baseId, otherId) }),
  ]);
  const baseStats = numericStats(base.stats);
  const otherStats = numericStats(other.stats);
  const names = [...new Set([...Object.keys(baseStats), ...Object.keys(otherStats)])];
  const statDeltas = names.map((name) => {
    const before = baseStats[name] ?? null;
    const after = otherStats[name] ?? null;
    return { name, base: before, other: after, delta: before === null || after === null ? null : after - before };
  });
  return { baseId, otherId, addedCount, removedCount, commonCount: other.traceCount - addedCount, statDeltas };
}
