import { builder } from '../../builder.ts';
import { byCreated, createdConnection, pageSize } from '../common/connection.ts';
import { DatasetNode } from '../datasets/datasets.schema.ts';
import { ModelVersionNode } from '../registry/registry.schema.ts';
import { RunNode } from '../runs/runs.schema.ts';
import {
  checkRegression,
  createBaseline,
  DEFAULT_METRIC,
  DEFAULT_TOLERANCE_PERCENT,
  lowerIsBetterOf,
} from './regression.service.ts';

const RegressionVerdict = builder.enumType('RegressionVerdict', {
  values: {
    PASS: { description: 'The metric did not move the wrong way by more than the tolerance.' },
    FAIL: { description: 'The metric moved the wrong way by more than the tolerance.' },
  } as const,
});

const MetricDirection = builder.enumType('MetricDirection', {
  values: ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const,
});

const directionOf = (lowerIsBetter: boolean) => (lowerIsBetter ? 'LOWER_IS_BETTER' : 'HIGHER_IS_BETTER');

const checksConnection = { cursor: 'id', ...pageSize, totalCount: true, query: () => ({ orderBy: byCreated('desc') }) } as const;

export const RegressionBaselineNode = builder.prismaNode('RegressionBaseline', {
  id: { field: 'id' },
  description: 'A named reference run and metric: a run that gets worse than it by more than the tolerance fails a check.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Unique; checks and gates name the baseline by it.' }),
    run: t.relation('run', { description: 'The reference run.' }),
    metric: t.exposeString('metric', {
      description:
        "primary_score, score, a key of the evaluation's metrics or detailed metrics, or (judgeName null) a key of the run's summaryMetrics.",
    }),
    lowerIsBetter: t.exposeBoolean('lowerIsBetter', { nullable: true, description: 'As set; null: from the metric name.' }),
    direction: t.field({
      type: MetricDirection,
      description:
        'The direction checks use: lowerIsBetter, or lower when the metric name contains loss, latency, time or error.',
      select: { metric: true, lowerIsBetter: true },
      resolve: (baseline) => directionOf(lowerIsBetterOf(baseline)),
    }),
    tolerancePercent: t.exposeFloat('tolerancePercent', { description: 'How far the metric may move the wrong way, in %.' }),
    judgeName: t.exposeString('judgeName', {
      nullable: true,
      description: "Checks compare the runs' latest evaluations by this judge; null: their summary metrics.",
    }),
    evalDataset: t.relation('dataset', {
      nullable: true,
      description: "The evaluation set both evaluations must be on; null: each run's held-out split.",
    }),
    sourceModelVersion: t.relation('sourceModelVersion', {
      nullable: true,
      description: 'The registry version the baseline was made from, if any.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'Moves when the baseline is replaced.' }),
    checks: t.relatedConnection(
      'checks',
      { ...checksConnection, description: 'Checks made against this baseline, newest first.' },
      { name: 'BaselineRegressionCheckConnection' },
      { name: 'BaselineRegressionCheckEdge' },
    ),
  }),
});

builder.prismaNode('RegressionCheck', {
  id: { field: 'id' },
  description: 'One comparison of a run with a baseline, with the numbers it was made with.',
  fields: (t) => ({
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    run: t.relation('run', { description: 'The run checked.' }),
    baseline: t.relation('baseline', { nullable: true }),
    baselineName: t.exposeString('baselineName', { description: 'The baseline as it was named when checked.' }),
    baselineRun: t.relation('baselineRun', { nullable: true, description: 'The reference run at the time of the check.' }),
    metric: t.exposeString('metric'),
    judgeName: t.exposeString('judgeName', { nullable: true, description: 'null: summary metrics were compared.' }),
    direction: t.field({
      type: MetricDirection,
      select: { lowerIsBetter: true },
      resolve: (check) => directionOf(check.lowerIsBetter),
    }),
    tolerancePercent: t.exposeFloat('tolerancePercent'),
    baselineValue: t.exposeFloat('baselineValue'),
    currentValue: t.exposeFloat('currentValue'),
    delta: t.exposeFloat('delta', { description: 'currentValue − baselineValue.' }),
    deltaPercent: t.exposeFloat('deltaPercent', {
      description: 'delta in % of baselineValue, 2 decimals; a zero baseline gives 0 when unchanged, else ±100.',
    }),
    verdict: t.field({
      type: RegressionVerdict,
      select: { verdict: true },
      // Checks store PASS or FAIL only (the Verdict column type also has UNCERTAIN, for judges).
      resolve: (check) => (check.verdict === 'PASS' ? 'PASS' : 'FAIL'),
    }),
    details: t.exposeString('details', { description: 'e.g. "Threshold: drop <= 5.0%. Actual change: -1.25%".' }),
    gate: t.exposeString('gate', {
      nullable: true,
      description: 'The gate that asked (promoteRun, promoteBestTrial); null: checkRegression.',
    }),
  }),
});

builder.prismaObjectFields('Run', (t) => ({
  regressionChecks: t.relatedConnection(
    'regressionChecks',
    { ...checksConnection, description: "The run's regression checks (its history of verdicts), newest first." },
    { name: 'RunRegressionCheckConnection' },
    { name: 'RunRegressionCheckEdge' },
  ),
}));

// ──────────────────────────── queries ────────────────────────────

builder.queryField('regressionBaselines', (t) =>
  createdConnection(t, 'RegressionBaseline', {
    description: 'Regression baselines, newest first.',
    args: {},
    table: (ctx) => ctx.prisma.regressionBaseline,
    where: () => ({}),
  }),
);

builder.queryField('regressionBaseline', (t) =>
  t.prismaField({
    type: 'RegressionBaseline',
    nullable: true,
    args: { name: t.arg.string({ required: true }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.regressionBaseline.findUnique({ ...query, where: { name: args.name } }),
  }),
);

// ─────────────────────────── mutations ───────────────────────────

const CreateRegressionBaselineInput = builder.inputType('CreateRegressionBaselineInput', {
  description: 'Names the reference by runId or by modelVersionId (its source run), exactly one.',
  fields: (t) => ({
    name: t.string({ required: true, description: '1–256 characters; unique.' }),
    runId: t.globalID({ for: RunNode }),
    modelVersionId: t.globalID({ for: ModelVersionNode }),
    metric: t.string({ defaultValue: DEFAULT_METRIC, description: 'See RegressionBaseline.metric.' }),
    lowerIsBetter: t.boolean({ description: 'Unset: lower is better when the name contains loss, latency, time or error.' }),
    tolerancePercent: t.float({ defaultValue: DEFAULT_TOLERANCE_PERCENT, description: '0–1000.' }),
    judge: t.string({ description: "Take the metric from the run's latest evaluation by this judge (default: its latest)." }),
    evalDatasetId: t.globalID({ for: DatasetNode, description: '... on this evaluation dataset.' }),
    replace: t.boolean({
      defaultValue: false,
      description: 'Replace the baseline of this name; otherwise a taken name is a CONFLICT.',
    }),
  }),
});

const CreateRegressionBaselinePayload = builder
  .objectRef<{ baselineId: string; replaced: boolean }>('CreateRegressionBaselinePayload')
  .implement({
    fields: (t) => ({
      replaced: t.exposeBoolean('replaced', { description: 'True when a baseline of this name existed and was replaced.' }),
      baseline: t.prismaField({
        type: 'RegressionBaseline',
        resolve: (query, payload, _args, ctx) =>
          ctx.prisma.regressionBaseline.findUniqueOrThrow({ ...query, where: { id: payload.baselineId } }),
      }),
    }),
  });

builder.mutationField('createRegressionBaseline', (t) =>
  t.field({
    type: CreateRegressionBaselinePayload,
    description:
      "Makes a run (or a model version's source run) the named baseline for a metric of its latest evaluation or its summary metrics.",
    args: { input: t.arg({ type: CreateRegressionBaselineInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { baseline, replaced } = await createBaseline(ctx, {
        ...input,
        runId: input.runId?.id,
        modelVersionId: input.modelVersionId?.id,
        evalDatasetId: input.evalDatasetId?.id,
      });
      return { baselineId: baseline.id, replaced };
    },
  }),
);

const CheckRegressionInput = builder.inputType('CheckRegressionInput', {
  fields: (t) => ({
    runId: t.globalID({ required: true, for: RunNode }),
    baselineName: t.string({ required: true }),
  }),
});

const CheckRegressionPayload = builder.objectRef<{ checkId: string }>('CheckRegressionPayload').implement({
  fields: (t) => ({
    check: t.prismaField({
      type: 'RegressionCheck',
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.regressionCheck.findUniqueOrThrow({ ...query, where: { id: payload.checkId } }),
    }),
  }),
});

builder.mutationField('checkRegression', (t) =>
  t.field({
    type: CheckRegressionPayload,
    description:
      "Compares the run's value of the baseline's metric with the baseline run's and stores the check. A FAIL is a result, not an error.",
    args: { input: t.arg({ type: CheckRegressionInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({
      checkId: (await checkRegression(ctx, { runId: input.runId.id, baselineName: input.baselineName })).id,
    }),
  }),
);
