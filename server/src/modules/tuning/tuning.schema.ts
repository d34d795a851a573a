import { builder } from '../../builder.ts';
import type { Prisma, TuningJob } from '../../generated/prisma/client.ts';
import { createdConnection, pageSize } from '../common/connection.ts';
import { DatasetNode } from '../datasets/datasets.schema.ts';
import { Executor, RunConfigInput } from '../runs/runs.schema.ts';
import { checkRawArgvRole, DEFAULT_BASE_MODEL } from '../runs/runs.service.ts';
import { DEFAULT_GRACE_STEPS, DEFAULT_MIN_TRIALS_COMPLETED, type EarlyStoppingConfig } from './early-stopping.ts';
import {
  BUILTIN_METRICS,
  cancelTuningJob,
  createTuningJob,
  DEFAULT_METRIC_NAME,
  effectiveTrialStatus,
  MAX_CONCURRENT_TRIALS,
  MAX_NUM_SAMPLES,
  startTuningJob,
  tuningJobWhere,
} from './tuning.service.ts';
import { followTuningJob } from './tuning-live.ts';

export const TuningJobStatus = builder.enumType('TuningJobStatus', {
  description: 'CREATED → RUNNING → SUCCEEDED | FAILED; cancelling: RUNNING → CANCELLING → CANCELLED (CREATED → CANCELLED).',
  values: ['CREATED', 'RUNNING', 'CANCELLING', 'SUCCEEDED', 'FAILED', 'CANCELLED'] as const,
});

export const MetricMode = builder.enumType('MetricMode', {
  values: {
    MIN: { description: 'Lower is better (losses).' },
    MAX: { description: 'Higher is better (accuracies, scores).' },
  } as const,
});

export const TrialStatus = builder.enumType('TrialStatus', {
  values: {
    PENDING: { description: 'Its run is queued.' },
    RUNNING: { description: 'Its run is running (or being cancelled).' },
    SUCCEEDED: { description: 'Its run succeeded and reported the metric.' },
    FAILED: { description: 'Its run failed or timed out, it reported no metric, or its sampled params were invalid.' },
    CANCELLED: { description: 'Its run was cancelled (e.g. with the job).' },
    PRUNED: { description: 'Stopped by the early-stopping rule: its intermediate metric trailed the median.' },
  } as const,
});

const EarlyStoppingRule = builder.enumType('EarlyStoppingRule', {
  values: {
    MEDIAN: {
      description:
        "Stop a trial whose metric at a step is worse than the median of the completed trials' values at that step (or their nearest earlier step).",
    },
  } as const,
});

const EarlyStopping = builder.simpleObject('EarlyStopping', {
  fields: (t) => ({
    rule: t.field({ type: EarlyStoppingRule }),
    minTrialsCompleted: t.int({ description: 'Completed trials needed before the rule judges anything.' }),
    graceSteps: t.int({ description: 'Steps before this one are never judged.' }),
  }),
});

const TrialOrder = builder.enumType('TrialOrder', {
  values: {
    NUMBER_ASC: { description: 'In the order the trials were scheduled.' },
    METRIC_BEST_FIRST: {
      description: 'Best metric first (ascending for MIN, descending for MAX), trials without a value last, then by id.',
    },
  } as const,
});

/** metricRank is metricValue oriented so that lower is better, so one order serves MIN and MAX jobs. */
const trialOrderBy = (order: 'NUMBER_ASC' | 'METRIC_BEST_FIRST'): Prisma.TrialOrderByWithRelationInput[] =>
  order === 'METRIC_BEST_FIRST' ? [{ metricRank: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }] : [{ number: 'asc' }];

export const TuningJobNode = builder.prismaNode('TuningJob', {
  id: { field: 'id' },
  description: 'A hyperparameter sweep: each trial is a run with sampled params merged over the base config.',
  fields: (t) => ({
    name: t.exposeString('name'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    status: t.expose('status', { type: TuningJobStatus }),
    error: t.exposeString('error', { nullable: true, description: 'Why the job failed (e.g. no trial succeeded).' }),
    dataset: t.relation('dataset', { type: DatasetNode }),
    baseModel: t.exposeString('baseModel'),
    executor: t.expose('executor', { type: Executor }),
    baseConfig: t.expose('baseConfig', { type: 'JSON', description: 'The run config every trial starts from, defaults filled.' }),
    metricName: t.exposeString('metricName'),
    metricMode: t.expose('metricMode', { type: MetricMode }),
    evalJudge: t.exposeString('evalJudge', {
      nullable: true,
      description: "The judge trials' runs are evaluated with; null: the metric is a training metric.",
    }),
    numSamples: t.exposeInt('numSamples', { description: 'How many trials the job runs.' }),
    maxConcurrentTrials: t.exposeInt('maxConcurrentTrials'),
    searchSpace: t.expose('searchSpace', { type: 'JSON', description: 'The normalized search space.' }),
    seed: t.exposeInt('seed'),
    earlyStopping: t.field({
      type: EarlyStopping,
      nullable: true,
      resolve: (job) => (job.earlyStopping as EarlyStoppingConfig | null) ?? null,
    }),
    bestRun: t.relation('bestRun', { nullable: true, description: 'The run of the best trial so far.' }),
    trialCount: t.relationCount('trials', { description: 'Trials scheduled so far (at most numSamples).' }),
    finishedTrialCount: t.relationCount('trials', {
      description: 'Trials that ended (succeeded, failed, cancelled or pruned): progress is finishedTrialCount / numSamples.',
      where: { status: { in: ['SUCCEEDED', 'FAILED', 'CANCELLED', 'PRUNED'] } },
    }),
    bestParams: t.expose('bestParams', { type: 'JSON', nullable: true, description: 'The sampled params of the best trial.' }),
    bestMetricValue: t.exposeFloat('bestMetricValue', { nullable: true }),
    trials: t.relatedConnection(
      'trials',
      {
        cursor: 'id',
        ...pageSize,
        totalCount: true,
        args: { orderBy: t.arg({ type: TrialOrder, defaultValue: 'NUMBER_ASC' }) },
        query: (args) => ({ orderBy: trialOrderBy(args.orderBy ?? 'NUMBER_ASC') }),
      },
      { name: 'TrialConnection' },
      { name: 'TrialEdge' },
    ),
  }),
});

export const TrialNode = builder.prismaNode('Trial', {
  id: { field: 'id' },
  description: 'One sample of a tuning job, run as a Run.',
  fields: (t) => ({
    number: t.exposeInt('number', { description: '1, 2, 3 … within its job.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    status: t.field({
      type: TrialStatus,
      select: { status: true, run: { select: { status: true } } },
      resolve: (trial) => effectiveTrialStatus(trial, trial.run),
    }),
    params: t.expose('params', { type: 'JSON', description: 'The sampled hyperparameters.' }),
    metricValue: t.exposeFloat('metricValue', { nullable: true, description: "The run's final value of the job's metric." }),
    error: t.exposeString('error', { nullable: true, description: 'Why the trial failed, was cancelled or was pruned.' }),
    startedAt: t.field({
      type: 'DateTime',
      nullable: true,
      select: { startedAt: true, run: { select: { startedAt: true } } },
      resolve: (trial) => trial.startedAt ?? trial.run?.startedAt ?? null,
    }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    run: t.relation('run', { nullable: true, description: 'Null only when its sampled params were invalid.' }),
    tuningJob: t.relation('tuningJob', { type: TuningJobNode }),
  }),
});

// Through the best run's trial, so a page of jobs loads every best trial in one statement.
builder.prismaObjectField('TuningJob', 'bestTrial', (t) =>
  t.field({
    type: TrialNode,
    nullable: true,
    select: (_args, _ctx, nestedSelection) => ({ bestRun: { select: { trial: nestedSelection(true) } } }),
    resolve: (job) => job.bestRun?.trial ?? null,
  }),
);

const TuningJobFilter = builder.inputType('TuningJobFilter', {
  fields: (t) => ({
    status: t.field({ type: [TuningJobStatus], description: 'Any of these statuses.' }),
    datasetId: t.globalID({ for: DatasetNode }),
  }),
});

type TuningJobFilterArg = typeof TuningJobFilter.$inferInput | null | undefined;
const toTuningJobFilter = (filter: TuningJobFilterArg) => filter && { ...filter, datasetId: filter.datasetId?.id };

builder.queryField('tuningJobs', (t) =>
  createdConnection(t, 'TuningJob', {
    description: 'Tuning jobs, newest first.',
    args: { filter: t.arg({ type: TuningJobFilter }) },
    table: (ctx) => ctx.prisma.tuningJob,
    where: (args) => tuningJobWhere(toTuningJobFilter(args.filter)),
  }),
);

const EarlyStoppingInput = builder.inputType('EarlyStoppingInput', {
  fields: (t) => ({
    rule: t.field({ type: EarlyStoppingRule, defaultValue: 'MEDIAN' }),
    minTrialsCompleted: t.int({
      defaultValue: DEFAULT_MIN_TRIALS_COMPLETED,
      description: `Completed trials needed before the rule judges anything (1–${MAX_NUM_SAMPLES}).`,
    }),
    graceSteps: t.int({ defaultValue: DEFAULT_GRACE_STEPS, description: 'Steps before this one are never judged (≥ 0).' }),
  }),
});

const SEARCH_SPACE_HELP = `An object mapping each parameter to its distribution:
- {"type": "choice", "values": [16, 32, 64]}: one of the values, drawn uniformly;
- {"type": "grid", "values": [0, 0.01]}: every value in turn (trial n takes grid combination n mod the grid size);
- {"type": "uniform", "min": 0.1, "max": 0.9}: a float in [min, max);
- {"type": "loguniform", "min": 0.001, "max": 1}: a float uniform in log space, 0 < min < max;
- {"type": "randint", "min": 1, "max": 5}: a whole number in [min, max) (max is exclusive, as in Ray).
Parameters named like run config fields (learningRate, epochs, batchSize, weightDecay, maxSeqLength, seed, evalFraction, device, timeoutSeconds) set them; any other name is passed to the trainer in config.params.
Example: {"learningRate": {"type": "loguniform", "min": 0.05, "max": 2}, "batchSize": {"type": "choice", "values": [16, 32]}, "epochs": {"type": "grid", "values": [2, 4]}}.
Sampling is seeded (mulberry32, parameters in name order): the same space and seed give the same trials.`;

const CreateTuningJobInput = builder.inputType('CreateTuningJobInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: '1–256 characters.' }),
    datasetId: t.globalID({ required: true, for: DatasetNode }),
    baseModel: t.string({ defaultValue: DEFAULT_BASE_MODEL }),
    executor: t.field({ type: Executor, defaultValue: 'BUILTIN' }),
    baseConfig: t.field({ type: RunConfigInput, description: 'The run config of every trial, before the sampled params.' }),
    metricName: t.string({
      defaultValue: DEFAULT_METRIC_NAME,
      description: `The metric to optimise; the builtin trainer reports ${BUILTIN_METRICS.join(', ')}.`,
    }),
    metricMode: t.field({ type: MetricMode, defaultValue: 'MIN' }),
    numSamples: t.int({ defaultValue: 1, description: `How many trials to run (1–${MAX_NUM_SAMPLES}).` }),
    maxConcurrentTrials: t.int({ defaultValue: 1, description: `Trials running at once (1–${MAX_CONCURRENT_TRIALS}).` }),
    searchSpace: t.field({ type: 'JSON', required: true, description: SEARCH_SPACE_HELP }),
    seed: t.int({
      description: 'Seed of the sampling (0–2147483647). Omitted: a random seed, recorded on the job so it can be repeated.',
    }),
    earlyStopping: t.field({ type: EarlyStoppingInput, description: 'Null: every trial runs to the end.' }),
    evalJudge: t.string({
      description:
        "Optimise an evaluation metric: each trial's run is evaluated with this judge when it succeeds, and metricName (primaryScore, score or a judge metric) is read from that evaluation. Use metricMode MAX for scores.",
    }),
    evalJudgeConfig: t.field({ type: 'JSON', description: 'Settings of evalJudge (see evaluateRun judgeConfig).' }),
  }),
});

const TuningJobPayload = (name: string) => {
  const payload = builder.objectRef<{ tuningJobId: string }>(name).implement({
    fields: (t) => ({
      tuningJob: t.prismaField({
        type: 'TuningJob',
        resolve: (query, parent, _args, ctx) =>
          ctx.prisma.tuningJob.findUniqueOrThrow({ ...query, where: { id: parent.tuningJobId } }),
      }),
    }),
  });
  return payload;
};

builder.mutationField('createTuningJob', (t) =>
  t.field({
    type: TuningJobPayload('CreateTuningJobPayload'),
    description: 'Creates a tuning job (CREATED). Nothing runs until startTuningJob.',
    args: { input: t.arg({ type: CreateTuningJobInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      checkRawArgvRole(ctx, input.baseConfig);
      const job = await createTuningJob(ctx, {
        ...input,
        datasetId: input.datasetId.id,
        baseConfig: input.baseConfig as never,
      });
      return { tuningJobId: job.id };
    },
  }),
);

const TuningJobIdInput = (name: string) =>
  builder.inputType(name, { fields: (t) => ({ id: t.globalID({ required: true, for: TuningJobNode }) }) });

builder.mutationField('startTuningJob', (t) =>
  t.field({
    type: TuningJobPayload('StartTuningJobPayload'),
    description: 'Starts a CREATED job: schedules its first maxConcurrentTrials trials. Follow it with tuningJobUpdated.',
    args: { input: t.arg({ type: TuningJobIdInput('StartTuningJobInput'), required: true }) },
    resolve: async (_root, { input }, ctx) => ({ tuningJobId: (await startTuningJob(ctx, input.id.id)).id }),
  }),
);

builder.mutationField('cancelTuningJob', (t) =>
  t.field({
    type: TuningJobPayload('CancelTuningJobPayload'),
    description: "Cancels the job and its unfinished trials' runs; it is CANCELLED once none of them runs.",
    args: { input: t.arg({ type: TuningJobIdInput('CancelTuningJobInput'), required: true }) },
    resolve: async (_root, { input }, ctx) => ({ tuningJobId: (await cancelTuningJob(ctx, input.id.id)).id }),
  }),
);

builder.subscriptionField('tuningJobUpdated', (t) =>
  t.prismaField({
    type: 'TuningJob',
    description:
      'The job now, then again at every change (a trial scheduled or finished, a new best, a status). Ends after a terminal status.',
    args: { id: t.arg.globalID({ required: true, for: TuningJobNode }) },
    // Each value is the job's row as the event carried it (its order and staleness are decided on
    // it); the selection (best trial, trials) is read once per event by the execution that every
    // subscriber of the same document shares: a row alone would leave Pothos' relation selections
    // to the first event's answers.
    subscribe: (_root, args, ctx) => followTuningJob(ctx, args.id.id),
    resolve: (query, job, _args, ctx) =>
      ctx.prisma.tuningJob.findUniqueOrThrow({ ...query, where: { id: (job as TuningJob).id } }),
  }),
);

builder.queryField('tuningJob', (t) =>
  t.prismaField({
    type: 'TuningJob',
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: TuningJobNode }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.tuningJob.findUnique({ ...query, where: { id: args.id.id } }),
  }),
);
