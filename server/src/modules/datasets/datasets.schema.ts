import { builder } from '../../builder.ts';
import { DEFAULT_DATASET_MAX_TRACES } from '../../config.ts';
import type { Context } from '../../deps.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { downloadLink } from '../auth/auth.service.ts';
import { byCreated, createdConnection, pageSize } from '../common/connection.ts';
import { TraceFilter, TraceNode } from '../traces/traces.schema.ts';
import {
  buildDataset,
  compareDatasets,
  createDataset,
  type DatasetComparison,
  DEFAULT_BUILD_LIMIT,
  datasetExportPath,
  datasetWhere,
  exportDatasetText,
  MAX_INLINE_EXPORT_TRACES,
  membersNotIn,
  PRNG_ALGORITHM,
  type StatDelta,
} from './datasets.service.ts';

export const SelectionStrategy = builder.enumType('SelectionStrategy', {
  description: 'How the traces of a dataset were chosen.',
  values: {
    LATEST: { description: 'The newest matching traces (createdAt, then id, descending).' },
    RANDOM: { description: `A seeded sample of the matching traces (${PRNG_ALGORITHM}): same seed, same traces.` },
    EXPLICIT: { description: 'The caller named the traces (createDataset).' },
  } as const,
});

export const DatasetExportFormat = builder.enumType('DatasetExportFormat', {
  description: 'JSONL export formats, line for line those of the reference system.',
  values: {
    TRACE: { description: '{id, prompts, trace_steps, final_answer, metadata}' },
    TUNIX_SFT: { description: 'The Gemma chat template in `prompts`, for Tunix SFT.' },
    TRAINING_EXAMPLE: {
      description:
        '{id, prompt, response, metadata}. The id is uuid5(NAMESPACE_URL, "tunix-rt:training_example:<trace uuid>"), stable across exports.',
    },
  } as const,
});

builder.prismaObject('DatasetItem', {
  description: 'A trace at its position in a dataset.',
  fields: (t) => ({
    position: t.exposeInt('position', { description: '0-based position in build order.' }),
    trace: t.relation('trace'),
  }),
});

export const DatasetNode = builder.prismaNode('Dataset', {
  id: { field: 'id' },
  description: 'A frozen, versioned selection of traces. Immutable: a new selection is a new version.',
  fields: (t) => ({
    key: t.exposeString('key', { description: "`name-version`, the reference system's dataset_key." }),
    name: t.exposeString('name'),
    version: t.exposeString('version'),
    description: t.exposeString('description', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    filters: t.expose('filters', { type: 'JSON', description: 'The TraceFilter the build used ({} for EXPLICIT).' }),
    selectionStrategy: t.expose('selectionStrategy', { type: SelectionStrategy }),
    seed: t.exposeInt('seed', { nullable: true }),
    prngAlgorithm: t.exposeString('prngAlgorithm', { nullable: true, description: 'Names the seeded shuffle of RANDOM builds.' }),
    traceCount: t.exposeInt('traceCount'),
    stats: t.expose('stats', {
      type: 'JSON',
      description: '{ traceCount, avgStepCount, minStepCount, maxStepCount, avgTotalChars }',
    }),
    checksum: t.exposeString('checksum', { description: 'sha256 hex over the ordered trace ids joined by "\\n".' }),
    schemaVersion: t.exposeString('schemaVersion'),
    sessionId: t.exposeString('sessionId', { nullable: true }),
    trainingRunRef: t.exposeString('trainingRunRef', { nullable: true }),
    provenance: t.expose('provenance', {
      type: 'JSON',
      description: '{ schemaVersion, source, buildTimestamp, traceCount, selectionStrategy, seed? } merged with the caller’s.',
    }),
    parent: t.relation('parent', { nullable: true, description: 'The dataset this one was derived from.' }),
    children: t.relatedConnection(
      'children',
      {
        cursor: 'id',
        ...pageSize,
        totalCount: true,
        description: 'Datasets derived from this one, newest first.',
        query: () => ({ orderBy: byCreated('desc') }),
      },
      { name: 'DatasetChildConnection' },
      { name: 'DatasetChildEdge' },
    ),
    items: t.relatedConnection(
      'items',
      {
        cursor: 'datasetId_position',
        ...pageSize,
        totalCount: true,
        description: 'The traces in build order.',
        query: () => ({ orderBy: { position: 'asc' } }),
      },
      { name: 'DatasetItemConnection' },
      { name: 'DatasetItemEdge' },
    ),
    runs: t.relatedConnection(
      'runs',
      {
        cursor: 'id',
        ...pageSize,
        totalCount: true,
        description: 'Runs trained on this dataset, newest first.',
        query: () => ({ orderBy: byCreated('desc') }),
      },
      { name: 'DatasetRunConnection' },
      { name: 'DatasetRunEdge' },
    ),
    export: t.string({
      description: `The dataset as JSONL (one line per trace, in order). At most ${MAX_INLINE_EXPORT_TRACES} traces; larger datasets stream from exportUrl.`,
      // Reads every trace of the dataset: weigh it like a page of nested objects.
      complexity: 100,
      args: { format: t.arg({ type: DatasetExportFormat, defaultValue: 'TRACE' }) },
      resolve: (dataset, args, ctx) => exportDatasetText(ctx, dataset.id, args.format ?? 'TRACE'),
    }),
    exportUrl: t.string({
      description:
        'Server-relative URL that streams the JSONL export (application/x-ndjson), for any size. With auth on it is signed and expires after DOWNLOAD_LINK_TTL_SECONDS, so a plain link works without a token.',
      args: { format: t.arg({ type: DatasetExportFormat, defaultValue: 'TRACE' }) },
      resolve: (dataset, args, ctx) => downloadLink(ctx.config, datasetExportPath(dataset.id, args.format ?? 'TRACE')),
    }),
  }),
});

const DatasetFilter = builder.inputType('DatasetFilter', {
  fields: (t) => ({
    name: t.string({ description: 'Exact name: every version of one dataset.' }),
    search: t.string({ description: 'Case-insensitive text in the name, key or description.' }),
  }),
});

builder.queryField('datasets', (t) =>
  createdConnection(t, 'Dataset', {
    description: 'Datasets, newest first.',
    args: { filter: t.arg({ type: DatasetFilter }) },
    table: (ctx) => ctx.prisma.dataset,
    where: (args) => datasetWhere(args.filter),
  }),
);

builder.queryField('datasetByKey', (t) =>
  t.prismaField({
    type: 'Dataset',
    nullable: true,
    description: 'The dataset with this key (`name-version`), or null.',
    args: { key: t.arg.string({ required: true }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.dataset.findUnique({ ...query, where: { key: args.key } }),
  }),
);

// The payload carries the new dataset's row id internally; clients read `dataset` (with its global ID).
const DatasetPayload = (name: string) =>
  builder.objectRef<{ datasetId: string }>(name).implement({
    fields: (t) => ({
      dataset: t.prismaField({
        type: 'Dataset',
        resolve: (query, payload, _args, ctx) =>
          ctx.prisma.dataset.findUniqueOrThrow({ ...query, where: { id: payload.datasetId } }),
      }),
    }),
  });

const lineageFields = {
  description: 'Up to 10,000 characters.',
  sessionId: 'Up to 128 characters.',
  trainingRunRef: 'Free reference to the training run this dataset is for (up to 128 characters).',
} as const;

const BuildDatasetInput = builder.inputType('BuildDatasetInput', {
  description: 'Selects traces by filter, over every trace, and freezes them as a new dataset version.',
  fields: (t) => ({
    name: t.string({ required: true, description: '1–128 characters.' }),
    version: t.string({ required: true, description: '1–64 characters. name+version must be new.' }),
    description: t.string({ description: lineageFields.description }),
    filter: t.field({ type: TraceFilter, description: 'Which traces qualify; none means every trace.' }),
    limit: t.int({
      defaultValue: DEFAULT_BUILD_LIMIT,
      description: `1–DATASET_MAX_TRACES (default ${DEFAULT_DATASET_MAX_TRACES.toLocaleString('en')}).`,
    }),
    selectionStrategy: t.field({ type: SelectionStrategy, defaultValue: 'LATEST', description: 'LATEST or RANDOM.' }),
    seed: t.int({ description: 'Required for RANDOM.' }),
    sessionId: t.string({ description: lineageFields.sessionId }),
    parentDatasetId: t.globalID({ for: DatasetNode, description: 'The dataset this one derives from.' }),
    trainingRunRef: t.string({ description: lineageFields.trainingRunRef }),
    provenance: t.field({ type: 'JSON', description: 'A JSON object merged over the generated provenance (its keys win).' }),
  }),
});

builder.mutationField('buildDataset', (t) =>
  t.field({
    type: DatasetPayload('BuildDatasetPayload'),
    description: 'Builds a dataset from the traces matching a filter. CONFLICT if name+version exists.',
    args: { input: t.arg({ type: BuildDatasetInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({
      datasetId: await buildDataset(ctx, { ...input, parentDatasetId: input.parentDatasetId?.id }),
    }),
  }),
);

const CreateDatasetInput = builder.inputType('CreateDatasetInput', {
  description: 'Freezes the named traces, in the given order, as a new dataset version (EXPLICIT).',
  fields: (t) => ({
    name: t.string({ required: true, description: '1–128 characters.' }),
    version: t.string({ required: true, description: '1–64 characters. name+version must be new.' }),
    description: t.string({ description: lineageFields.description }),
    traceIds: t.globalIDList({
      required: true,
      for: TraceNode,
      description: `1–DATASET_MAX_TRACES (default ${DEFAULT_DATASET_MAX_TRACES.toLocaleString('en')}) traces, each once; the order is kept.`,
    }),
    sessionId: t.string({ description: lineageFields.sessionId }),
    parentDatasetId: t.globalID({ for: DatasetNode, description: 'The dataset this one derives from.' }),
    trainingRunRef: t.string({ description: lineageFields.trainingRunRef }),
    provenance: t.field({ type: 'JSON', description: 'A JSON object merged over the generated provenance (its keys win).' }),
  }),
});

builder.mutationField('createDataset', (t) =>
  t.field({
    type: DatasetPayload('CreateDatasetPayload'),
    description: 'Creates a dataset of exactly the given traces. NOT_FOUND lists unknown trace ids.',
    args: { input: t.arg({ type: CreateDatasetInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({
      datasetId: await createDataset(ctx, {
        ...input,
        traceIds: input.traceIds.map((ref) => ref.id),
        parentDatasetId: input.parentDatasetId?.id,
      }),
    }),
  }),
);

builder.queryField('dataset', (t) =>
  t.prismaField({
    type: 'Dataset',
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: DatasetNode }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.dataset.findUnique({ ...query, where: { id: args.id.id } }),
  }),
);

// ─────────────────────────── comparison ───────────────────────────

const DatasetStatDelta = builder.objectRef<StatDelta>('DatasetStatDelta').implement({
  description: 'One stat of two datasets and its change.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The key in Dataset.stats, e.g. avgStepCount.' }),
    base: t.exposeFloat('base', { nullable: true }),
    other: t.exposeFloat('other', { nullable: true }),
    delta: t.exposeFloat('delta', { nullable: true, description: 'other − base; null when either lacks the stat.' }),
  }),
});

/** The options of `added` (traces only in `other`) and `removed` (only in `base`): paged in that dataset's build order. */
const membersOnlyIn = (side: 'base' | 'other') => {
  const ids = (comparison: DatasetComparison) =>
    side === 'other' ? [comparison.otherId, comparison.baseId] : [comparison.baseId, comparison.otherId];
  return {
    type: 'DatasetItem' as const,
    cursor: 'datasetId_position' as const,
    ...pageSize,
    description:
      side === 'other' ? 'The added traces, at their positions in `other`.' : 'The removed traces, at their positions in `base`.',
    totalCount: (comparison: DatasetComparison) => (side === 'other' ? comparison.addedCount : comparison.removedCount),
    resolve: (
      query: Omit<Prisma.DatasetItemFindManyArgs, 'where' | 'orderBy'>,
      comparison: DatasetComparison,
      _args: unknown,
      ctx: Context,
    ) => {
      const [inside, outside] = ids(comparison) as [string, string];
      return ctx.prisma.datasetItem.findMany({ ...query, where: membersNotIn(inside, outside), orderBy: { position: 'asc' } });
    },
  };
};

const DatasetComparisonRef = builder.objectRef<DatasetComparison>('DatasetComparison').implement({
  description: 'How `other` differs from `base`: the traces added and removed, and each stat’s change.',
  fields: (t) => ({
    base: t.prismaField({
      type: 'Dataset',
      resolve: (query, comparison, _args, ctx) =>
        ctx.prisma.dataset.findUniqueOrThrow({ ...query, where: { id: comparison.baseId } }),
    }),
    other: t.prismaField({
      type: 'Dataset',
      resolve: (query, comparison, _args, ctx) =>
        ctx.prisma.dataset.findUniqueOrThrow({ ...query, where: { id: comparison.otherId } }),
    }),
    addedCount: t.exposeInt('addedCount', { description: 'Traces in `other` that `base` does not hold.' }),
    removedCount: t.exposeInt('removedCount', { description: 'Traces in `base` that `other` does not hold.' }),
    commonCount: t.exposeInt('commonCount', { description: 'Traces in both.' }),
    statDeltas: t.field({ type: [DatasetStatDelta], resolve: (comparison) => comparison.statDeltas }),
    added: t.prismaConnection(membersOnlyIn('other'), { name: 'DatasetAddedConnection' }, { name: 'DatasetAddedEdge' }),
    removed: t.prismaConnection(membersOnlyIn('base'), { name: 'DatasetRemovedConnection' }, { name: 'DatasetRemovedEdge' }),
  }),
});

builder.queryField('compareDatasets', (t) =>
  t.field({
    type: DatasetComparisonRef,
    description: 'Two datasets (usually two versions of one) compared by membership and stats. NOT_FOUND names a missing one.',
    args: {
      base: t.arg.globalID({ required: true, for: DatasetNode, description: 'The older version, the one compared against.' }),
      other: t.arg.globalID({ required: true, for: DatasetNode }),
    },
    resolve: (_root, args, ctx) => compareDatasets(ctx, args.base.id, args.other.id),
  }),
);
