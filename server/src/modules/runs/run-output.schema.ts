import { builder } from '../../builder.ts';
import { downloadLink } from '../auth/auth.service.ts';
import { pageSize } from '../common/connection.ts';
import { followRunLogs, followRunMetrics } from './run-live.ts';
import { compareRuns, type MetricSeries, metricSeries } from './run-output-reader.service.ts';
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
  metricSeries: t.field({
    type: [RunMetricSeries],
    description: 'Each metric’s series, for charts. names: only these metrics.',
    args: { names: t.arg.stringList(), maxPoints: t.arg.int({ defaultValue: 500 }) },
    resolve: async (run, args, ctx) => (await metricSeries(ctx, [run.id], args.names, args.maxPoints ?? 500)).get(run.id) ?? [],
  }),
}));

const ConfigDifference = builder.simpleObject('ConfigDifference', {
  fields: (t) => ({ key: t.string(), values: t.field({ type: ['JSON'], nullable: { list: false, items: true } }) }),
});
const MetricComparison = builder.simpleObject('MetricComparison', {
  fields: (t) => ({ name: t.string(), values: t.floatList({ nullable: { list: false, items: true } }) }),
});
const RunComparison = builder.objectRef<Awaited<ReturnType<typeof compareRuns>>>('RunComparison').implement({
  description: 'Runs side by side, in the order asked: config keys that differ and final metrics.',
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
  }),
});

builder.queryField('compareRuns', (t) =>
  t.field({
    type: RunComparison,
    args: { ids: t.arg.globalIDList({ required: true, for: RunNode }) },
    resolve: (_root, args, ctx) =>
      compareRuns(
        ctx,
        args.ids.map((id) => id.id),
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
