// `loadDemo`: the sample data of demo.service.ts, from the dashboard's empty pages and `tunix-rt demo`.
import { builder } from '../../builder.ts';
import { DEMO_DEFAULTS, DEMO_MAX_TRACES, loadDemo } from './demo.service.ts';

const LoadDemoInput = builder.inputType('LoadDemoInput', {
  fields: (t) => ({
    arithmeticCount: t.int({
      description: `Arithmetic traces to load, 20 to ${DEMO_MAX_TRACES} (default ${DEMO_DEFAULTS.arithmeticCount}); a quarter as many High Card Duel ones come with them.`,
    }),
    seed: t.int({ description: `Seed of the traces, the dataset's sample and the sweep (default ${DEMO_DEFAULTS.seed}).` }),
  }),
});

const LoadDemoPayload = builder.objectRef<{ datasetId: string; tuningJobId: string; traceCount: number }>('LoadDemoPayload');
LoadDemoPayload.implement({
  fields: (t) => ({
    traceCount: t.exposeInt('traceCount', { description: 'Traces loaded.' }),
    dataset: t.prismaField({
      type: 'Dataset',
      description: 'The dataset built of the arithmetic traces.',
      resolve: (query, parent, _args, ctx) => ctx.prisma.dataset.findUniqueOrThrow({ ...query, where: { id: parent.datasetId } }),
    }),
    tuningJob: t.prismaField({
      type: 'TuningJob',
      description: 'The learning-rate sweep on it, already started.',
      resolve: (query, parent, _args, ctx) =>
        ctx.prisma.tuningJob.findUniqueOrThrow({ ...query, where: { id: parent.tuningJobId } }),
    }),
  }),
});

builder.mutationField('loadDemo', (t) =>
  t.field({
    type: LoadDemoPayload,
    description:
      'Loads sample traces (both built-in generators), builds a dataset of the arithmetic ones and starts a three-trial learning-rate sweep on it: a new server has something to show within a minute.',
    args: { input: t.arg({ type: LoadDemoInput }) },
    resolve: (_root, { input }, ctx) => loadDemo(ctx, input ?? {}),
  }),
);
