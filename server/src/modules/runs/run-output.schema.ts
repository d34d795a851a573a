import { resolveCursorConnection } from '@pothos/plugin-relay';
import { builder } from '../../builder.ts';
import { DomainError } from '../../errors.ts';
import { downloadLink } from '../auth/auth.service.ts';
import { pageSize } from '../common/connection.ts';
import { isUuid } from '../common/ids.ts';
import { TraceNode } from '../traces/traces.schema.ts';
import { followRunLogs, followRunMetrics } from './run-live.ts';
import {
  changedItemCount,
  changedItemTraceIds,
  checkMaxPoints,
  compareRuns,
  itemChanges,
  type MetricSeries,
  toMetricSeries,
} from './run-output-reader.service.ts';
import { LogStream, RunNode } from './runs.schema.ts';

builder.prismaObject('RunLogChunk', {
  description: 'A piece of a run’s output: one line, or part of a very long line. seq starts at 1 and has no gaps.',
  fields: (t) => ({
    seq: t.exposeInt('seq'),
    stream: t.expose('stream', { type: LogStream }),
    text: t.exposeString('text', { description: 'The text, with its newline.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.prismaObject('RunMetricPoint', {
  fields: (t) => ({
    name: t.exposeString('name'),
    step: t.exposeInt('step'),
    value: t.exposeFloat('value'),
    epoch: t.exposeFloat('epoch', { nullable: true }),
    recordedAt: t.expose('recordedAt', { type: 'DateTime' }),
  }),
});

const MetricPoint = builder.simpleObject('MetricPoint', {
  fields: (t) => ({
    step: t.int(),
    value: t.float(),
    epoch: t.float({ nullable: true }),
    recordedAt: t.field({ type: 'DateTime' }),
  }),
});

const RunMetricSeries = builder.objectRef<MetricSeries>('RunMetricSeries').implement({
  description: 'One metric of a run over its steps, downsampled to at most maxPoints (lowest and highest of each bucket kept).',
  fields: (t) => ({
    name: t.exposeString('name'),
    total: t.exposeInt('total', { description: 'Points stored, before downsampling.' }),
    points: t.field({ type: [MetricPoint], resolve: (series) => series.points }),
  }),
});

builder.prismaObject('RunArtifact', {
  description: 'A file the run produced.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Path relative to the run’s output folder.' }),
    sha256: t.exposeString('sha256'),
    sizeBytes: t.float({ description: 'Bytes (exact below 2^53).', resolve: (artifact) => Number(artifact.sizeBytes) }),
    downloadUrl: t.string({
      description:
        'Server-relative URL of the file. With auth on it is signed and expires after DOWNLOAD_LINK_TTL_SECONDS, so a plain link works without a token.',
      select: { runId: true, name: true },
      resolve: (artifact, _args, ctx) =>
        downloadLink(
          ctx.config,
          `/runs/${artifact.runId}/artifacts/${artifact.name.split('/').map(encodeURIComponent).join('/')}`,
        ),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.prismaObjectFields('Run', (t) => ({
  logs: t.relatedConnection(
    'logChunks',
    {
      cursor: 'runId_seq',
      ...pageSize,
      description: 'Output in order of seq. Pass afterSeq to start after what you have.',
      args: { afterSeq: t.arg.int({ defaultValue: 0 }) },
      query: (args) => ({ where: { seq: { gt: args.afterSeq ?? 0 } }, orderBy: { seq: 'asc' } }),
    },
    { name: 'RunLogConnection' },
    { name: 'RunLogEdge' },
  ),
  lastLogSeq: t.exposeInt('lastLogSeq'),
  artifacts: t.relation('artifacts', { query: { orderBy: { name: 'asc' } } }),
  // Loaded with the page of runs (one statement for all of them), grouped and downsampled here.
  metricSeries: t.field({
    type: [RunMetricSeries],
    description: 'Each metric’s series, for charts. names: only these metrics.',
    args: { names: t.arg.stringList(), maxPoints: t.arg.int({ defaultValue: 500 }) },
    select: (args) => ({
      metricPoints: {
        where: args.names?.length ? { name: { in: args.names } } : {},
        orderBy: [{ name: 'asc' }, { step: 'asc' }],
        select: { name: true, step: true, value: true, epoch: true, recordedAt: true },
      },
    }),
    resolve: (run, args) => {
      checkMaxPoints(args.maxPoints ?? 500);
      return toMetricSeries(run.metricPoints, args.maxPoints ?? 500);
    },
  }),
}));

const ConfigDifference = builder.simpleObject('ConfigDifference', {
  fields: (t) => ({ key: t.string(), values: t.field({ type: ['JSON'], nullable: { list: false, items: true } }) }),
});
const MetricComparison = builder.simpleObject('MetricComparison', {
  fields: (t) => ({ name: t.string(), values: t.floatList({ nullable: { list: false, items: true } }) }),
});
const ItemChangeKind = builder.enumType('ItemChangeKind', {
  description: "How an item's correctness moved from the first run to the others.",
  values: {
    FIXED: { description: 'Wrong in the first run, right in every other.' },
    BROKEN: { description: 'Right in the first run, wrong in every other.' },
    MIXED: { description: 'Any other difference (three runs or more).' },
  } as const,
});

const RunItemResult = builder.simpleObject('RunItemResult', {
  description: "One run's result on an item, from its evaluation.",
  fields: (t) => ({
    prediction: t.string({ nullable: true }),
    score: t.float({ nullable: true, description: '0–1' }),
    correct: t.boolean({ nullable: true }),
  }),
});

type ItemChange = Awaited<ReturnType<typeof itemChanges>>[number];
const RunItemChange = builder.objectRef<ItemChange>('RunItemChange').implement({
  description: 'An item judged in every compared evaluation whose correctness differs between them.',
  fields: (t) => ({
    trace: t.field({ type: TraceNode, resolve: (change) => change.trace as never }),
    reference: t.exposeString('reference', { description: 'The reference answer.' }),
    change: t.expose('change', { type: ItemChangeKind }),
    results: t.field({ type: [RunItemResult], description: 'Per run, in the order asked.', resolve: (change) => change.results }),
  }),
});

type Comparison = Awaited<ReturnType<typeof compareRuns>>;
/** The evaluations to diff items of: only when every run has one. */
const evaluationsOf = (comparison: Comparison) =>
  comparison.evaluationIds.every((id) => id !== null) ? (comparison.evaluationIds as string[]) : null;

const RunComparison = builder.objectRef<Comparison>('RunComparison').implement({
  description:
    'Runs side by side, in the order asked: config keys that differ, final metrics, evaluations and the items they disagree on.',
  fields: (t) => ({
    configDiff: t.field({ type: [ConfigDifference], resolve: (comparison) => comparison.configDiff }),
    finalMetrics: t.field({ type: [MetricComparison], resolve: (comparison) => comparison.finalMetrics }),
    runs: t.prismaField({
      type: ['Run'],
      resolve: async (query, comparison, _args, ctx) => {
        const runs = await ctx.prisma.run.findMany({ ...query, where: { id: { in: comparison.runIds } } });
        return comparison.runIds.map((id) => runs.find((run) => run.id === id)).filter((run) => run !== undefined);
      },
    }),
    evaluations: t.prismaField({
      type: ['Evaluation'],
      nullable: { list: false, items: true },
      description: "Each run's latest SUCCEEDED evaluation (by `judge` when given), in the order asked; null when it has none.",
      resolve: async (query, comparison, _args, ctx) => {
        const ids = comparison.evaluationIds.filter((id): id is string => id !== null);
        const rows = await ctx.prisma.evaluation.findMany({ ...query, where: { id: { in: ids } } });
        return comparison.evaluationIds.map((id) => rows.find((row) => row.id === id) ?? null);
      },
    }),
    changedItemCount: t.int({
      description: 'How many items changedItems has (0 unless every run has an evaluation).',
      resolve: (comparison, _args, ctx) => {
        const ids = evaluationsOf(comparison);
        return ids ? changedItemCount(ctx, ids) : 0;
      },
    }),
    changedItems: t.connection(
      {
        type: RunItemChange,
        description: 'Items judged in every evaluation whose correctness differs (what a run fixed or broke), by trace id.',
        resolve: async (comparison, args, ctx) => {
          pageSize.maxSize(args);
          for (const name of ['after', 'before'] as const) {
            const cursor = args[name];
            if (cursor != null && !isUuid(cursor)) {
              throw new DomainError('BAD_USER_INPUT', `${name}: not a cursor of this list`, {
                fieldErrors: [{ path: name, message: 'not a cursor of this list' }],
              });
            }
          }
          const ids = evaluationsOf(comparison);
          return resolveCursorConnection<Promise<ItemChange[]>>(
            { args, toCursor: (change) => change.traceId, defaultSize: pageSize.defaultSize, maxSize: 100 },
            async ({ before, after, limit, inverted }): Promise<ItemChange[]> =>
              ids ? itemChanges(ctx, ids, await changedItemTraceIds(ctx, ids, { before, after, limit, inverted })) : [],
          );
        },
      },
      { name: 'RunItemChangeConnection' },
      { name: 'RunItemChangeEdge' },
    ),
  }),
});

builder.queryField('compareRuns', (t) =>
  t.field({
    type: RunComparison,
    args: {
      ids: t.arg.globalIDList({ required: true, for: RunNode }),
      judge: t.arg.string({ description: "Compare each run's latest evaluation by this judge (default: its latest)." }),
    },
    resolve: (_root, args, ctx) =>
      compareRuns(
        ctx,
        args.ids.map((id) => id.id),
        args.judge,
      ),
  }),
);

builder.subscriptionField('runLogAppended', (t) =>
  t.prismaField({
    type: ['RunLogChunk'],
    description:
      'Log chunks with seq > afterSeq: first those already stored, then new ones as they are written, with no gap and no duplicate. Ends when the run has ended and everything was sent; reconnect with the last seq you got.',
    args: { runId: t.arg.globalID({ required: true, for: RunNode }), afterSeq: t.arg.int({ defaultValue: 0 }) },
    subscribe: (_root, args, ctx) => followRunLogs(ctx, args.runId.id, args.afterSeq ?? 0),
    resolve: (_query, chunks) => chunks as never,
  }),
);

builder.subscriptionField('runMetricRecorded', (t) =>
  t.prismaField({
    type: ['RunMetricPoint'],
    description: 'Metric points with step > afterStep: stored ones first, then live. Ends when the run has ended.',
    args: { runId: t.arg.globalID({ required: true, for: RunNode }), afterStep: t.arg.int({ defaultValue: -1 }) },
    subscribe: (_root, args, ctx) => followRunMetrics(ctx, args.runId.id, args.afterStep ?? -1),
    resolve: (_query, points) => points as never,
  }),
);
