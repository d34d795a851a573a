import { builder } from '../../builder.ts';
import { invalidInput } from '../../errors.ts';
import type { Run } from '../../generated/prisma/client.ts';
import { createdConnection, OrderDirection } from '../common/connection.ts';
import { DatasetNode } from '../datasets/datasets.schema.ts';
import { describeLimits, EXECUTORS, type RunConfig, runConfigSpec } from './run-config.ts';
import { followRun, followRunsChanged } from './run-live.ts';
import { defaultRunName } from './run-values.ts';
import {
  cancelRun,
  checkRawArgvRole,
  createRun,
  DEFAULT_BASE_MODEL,
  pageRunsByValue,
  type RunValueOrder,
  runValueKeys,
  runWhere,
  updateRun,
} from './runs.service.ts';

export const RunStatus = builder.enumType('RunStatus', {
  description: 'PENDING → RUNNING → SUCCEEDED | FAILED | CANCELLED | TIMED_OUT; CANCELLING while a process is stopped.',
  values: ['PENDING', 'RUNNING', 'CANCELLING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'TIMED_OUT'] as const,
});

export const Executor = builder.enumType('Executor', {
  values: {
    DRY_RUN: { description: 'Validates the config and dataset, writes the training manifest, trains nothing.' },
    BUILTIN: { description: 'The built-in TypeScript reference trainer (a small character model that really learns).' },
    COMMAND: { description: 'An external trainer the operator declared in the trainers file, named in config.trainer.' },
  } as const,
});

/** The schema is printed without a server: documented without the operator's trainers. */
const noCommandSettings = { trainers: [], commandRawArgvEnabled: false };

const RunStopReason = builder.enumType('RunStopReason', {
  description: 'Why a run was stopped before its trainer finished by itself.',
  values: {
    CANCELLED_BY_USER: { description: 'cancelRun was called.' },
    TUNING_JOB_CANCELLED: { description: "The run's tuning job was cancelled." },
    PRUNED: { description: "The tuning job's early-stopping rule pruned the trial." },
    TIMEOUT: { description: 'The run ran past its time limit.' },
    STORAGE_UNAVAILABLE: { description: "The database could not store the run's output within STORAGE_GRACE_SECONDS." },
    WORKER_LOST: { description: 'Its worker stopped renewing the lease and no attempts were left.' },
  } as const,
});

export const LogStream = builder.enumType('LogStream', { values: ['STDOUT', 'STDERR'] as const });

export const RunNode = builder.prismaNode('Run', {
  id: { field: 'id' },
  description: 'A fine-tuning run of a base model on a dataset.',
  fields: (t) => ({
    name: t.string({
      description: 'The name it was given, else its default name from its number (e.g. swift-otter-42).',
      select: { name: true, number: true },
      resolve: (run) => run.name ?? defaultRunName(run.number),
    }),
    number: t.exposeInt('number', { description: 'The run’s place in the order of creation, from 1.' }),
    tags: t.exposeStringList('tags', { description: 'Free labels; runs(filter: { tags }) finds runs carrying all of them.' }),
    notes: t.exposeString('notes', { nullable: true, description: 'Free text people wrote about the run.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the run was queued.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    durationSeconds: t.float({
      nullable: true,
      select: { startedAt: true, finishedAt: true },
      resolve: (run) => (run.startedAt && run.finishedAt ? (run.finishedAt.getTime() - run.startedAt.getTime()) / 1000 : null),
    }),
    status: t.expose('status', { type: RunStatus }),
    executor: t.expose('executor', { type: Executor }),
    baseModel: t.exposeString('baseModel'),
    config: t.expose('config', { type: 'JSON' }),
    exitCode: t.exposeInt('exitCode', { nullable: true }),
    error: t.exposeString('error', { nullable: true, description: 'Why the run failed, timed out or was cancelled.' }),
    stopReason: t.expose('stopReason', {
      type: RunStopReason,
      nullable: true,
      description: 'Why the run was stopped (or is being stopped); null when it ran to its end.',
    }),
    summaryMetrics: t.expose('summaryMetrics', { type: 'JSON', nullable: true, description: 'Last value of each metric.' }),
    attempt: t.exposeInt('attempt'),
    maxAttempts: t.exposeInt('maxAttempts'),
    dataset: t.relation('dataset', { type: DatasetNode }),
    statusChanges: t.relation('statusChanges', {
      description: 'Every status transition, oldest first.',
      query: { orderBy: { id: 'asc' } },
    }),
  }),
});

builder.prismaObject('RunStatusChange', {
  fields: (t) => ({
    fromStatus: t.expose('fromStatus', { type: RunStatus, nullable: true }),
    toStatus: t.expose('toStatus', { type: RunStatus }),
    reason: t.exposeString('reason', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const RunValueRange = builder.inputType('RunValueRange', {
  description: 'Runs whose value of `key` lies in [min, max] (a missing end is open); runs without the value are left out.',
  fields: (t) => ({
    key: t.string({ required: true, description: 'A metric name (evalLoss) or param name (learningRate, params.lr).' }),
    min: t.float(),
    max: t.float(),
  }),
});

const RunFilter = builder.inputType('RunFilter', {
  fields: (t) => ({
    status: t.field({ type: [RunStatus], description: 'Any of these statuses.' }),
    tags: t.stringList({ description: 'Runs carrying every one of these tags.' }),
    metrics: t.field({ type: [RunValueRange], description: 'Ranges of summary metrics; all must hold.' }),
    params: t.field({ type: [RunValueRange], description: 'Ranges of numeric config params; all must hold.' }),
    datasetId: t.globalID({ for: DatasetNode }),
    baseModel: t.string(),
    executor: t.field({ type: Executor }),
    createdAfter: t.field({ type: 'DateTime' }),
    createdBefore: t.field({ type: 'DateTime' }),
  }),
});

type RunFilterArg = typeof RunFilter.$inferInput | null | undefined;
const toRunFilter = (filter: RunFilterArg) => filter && { ...filter, datasetId: filter.datasetId?.id };

const RunOrderBy = builder.enumType('RunOrderBy', {
  values: {
    CREATED_AT: { description: 'When the run was queued.' },
    METRIC: { description: 'A summary metric, named in key.' },
    PARAM: { description: 'A numeric config param, named in key.' },
  } as const,
});

const RunOrder = builder.inputType('RunOrder', {
  description: 'Runs without the value come after those with it, newest first. Ties are broken by id.',
  fields: (t) => ({
    by: t.field({ type: RunOrderBy, required: true }),
    key: t.string({ description: 'The metric or param, for METRIC and PARAM.' }),
    direction: t.field({ type: OrderDirection, required: true, defaultValue: 'desc' }),
  }),
});

type RunOrderArg = typeof RunOrder.$inferInput | null | undefined;

/** The value order asked for, or null for creation order; a METRIC or PARAM order without its key is refused. */
function valueOrder(order: RunOrderArg): RunValueOrder | null {
  if (!order || order.by === 'CREATED_AT') return null;
  const key = order.key?.trim();
  if (!key || key.length > 128) {
    throw invalidInput([
      { path: 'orderBy.key', message: `names the ${order.by === 'METRIC' ? 'metric' : 'param'} (1–128 characters)` },
    ]);
  }
  return { kind: order.by, key, direction: order.direction };
}

builder.queryField('runs', (t) =>
  createdConnection(t, 'Run', {
    description: 'Runs, newest first unless orderBy says otherwise.',
    args: { filter: t.arg({ type: RunFilter }), orderBy: t.arg({ type: RunOrder }) },
    table: (ctx) => ctx.prisma.run,
    where: (args) => runWhere(toRunFilter(args.filter)),
    direction: (args) => (args.orderBy?.by === 'CREATED_AT' ? args.orderBy.direction : 'desc'),
    orderedPage: (query, args, ctx) => {
      const order = valueOrder(args.orderBy);
      return order ? pageRunsByValue(ctx.prisma, runWhere(toRunFilter(args.filter)), order, query) : undefined;
    },
  }),
);

const RunValueKeys = builder.objectRef<{ metrics: string[]; params: string[] }>('RunValueKeys').implement({
  description: 'The names runs have values for: what runs(orderBy) and RunFilter ranges can name.',
  fields: (t) => ({
    metrics: t.exposeStringList('metrics'),
    params: t.exposeStringList('params'),
  }),
});

builder.queryField('runValueKeys', (t) =>
  t.field({
    type: RunValueKeys,
    description: 'Every summary metric and numeric config param some run has, by name.',
    resolve: (_root, _args, ctx) => runValueKeys(ctx.prisma),
  }),
);

builder.queryField('run', (t) =>
  t.prismaField({
    type: 'Run',
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: RunNode }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.run.findUnique({ ...query, where: { id: args.id.id } }),
  }),
);

/** The field's description and limits, from run-config.ts: the schema says what createRun checks. */
const documented = (name: keyof RunConfig): string => {
  const owners = EXECUTORS.filter((executor) => runConfigSpec(executor, noCommandSettings).fields.some((f) => f.name === name));
  const field = runConfigSpec(owners[0] ?? 'BUILTIN', noCommandSettings).fields.find((f) => f.name === name);
  if (!field) throw new Error(`run-config.ts has no field ${name}`);
  const limits = describeLimits(field);
  return [
    owners.length < EXECUTORS.length ? `${owners.join(', ')} only.` : '',
    field.description,
    limits && `Allowed: ${limits}${field.default === undefined ? '.' : `; default ${field.default}.`}`,
  ]
    .filter(Boolean)
    .join(' ');
};

export const RunConfigInput = builder.inputType('RunConfigInput', {
  description:
    'Hyperparameters and executor settings; runConfigSpec(executor) lists what each executor takes. Omitted values take their defaults.',
  fields: (t) => ({
    learningRate: t.float({ description: documented('learningRate') }),
    epochs: t.int({ description: documented('epochs') }),
    batchSize: t.int({ description: documented('batchSize') }),
    weightDecay: t.float({ description: documented('weightDecay') }),
    maxSeqLength: t.int({ description: documented('maxSeqLength') }),
    seed: t.int({ description: documented('seed') }),
    evalFraction: t.float({ description: documented('evalFraction') }),
    device: t.string({ description: documented('device') }),
    contextSize: t.int({ description: documented('contextSize') }),
    maxStepsPerEpoch: t.int({ description: documented('maxStepsPerEpoch') }),
    trainer: t.string({ description: documented('trainer') }),
    command: t.stringList({ description: documented('command') }),
    timeoutSeconds: t.int({ description: documented('timeoutSeconds') }),
    params: t.field({ type: 'JSON', description: documented('params') }),
    evaluateWith: t.string({ description: documented('evaluateWith') }),
  }),
});

const CreateRunInput = builder.inputType('CreateRunInput', {
  fields: (t) => ({
    datasetId: t.globalID({ required: true, for: DatasetNode }),
    baseModel: t.string({ defaultValue: DEFAULT_BASE_MODEL }),
    executor: t.field({ type: Executor, defaultValue: 'BUILTIN' }),
    name: t.string(),
    config: t.field({ type: RunConfigInput }),
    maxAttempts: t.int({ description: 'How often a run whose worker died is retried (1–10, default RUN_MAX_ATTEMPTS).' }),
  }),
});

/** `{ run }`: the payload of every mutation that changes one run. */
const RunPayload = (name: string) =>
  builder.objectRef<{ runId: string }>(name).implement({
    fields: (t) => ({
      run: t.prismaField({
        type: 'Run',
        resolve: (query, parent, _args, ctx) => ctx.prisma.run.findUniqueOrThrow({ ...query, where: { id: parent.runId } }),
      }),
    }),
  });

builder.mutationField('createRun', (t) =>
  t.field({
    type: RunPayload('CreateRunPayload'),
    description: 'Queues a run (PENDING). A worker starts it; follow it with the runUpdated subscription.',
    args: { input: t.arg({ type: CreateRunInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      checkRawArgvRole(ctx, input.config);
      const run = await createRun(ctx, { ...input, datasetId: input.datasetId.id, config: input.config as never });
      return { runId: run.id };
    },
  }),
);

const UpdateRunInput = builder.inputType('UpdateRunInput', {
  description: 'Only the fields given change.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: RunNode }),
    name: t.string({ description: 'Up to 256 characters; null or empty gives the run back its default name.' }),
    tags: t.stringList({ description: 'The whole new list: up to 20 tags of up to 64 characters; repeats are dropped.' }),
    notes: t.string({ description: 'Up to 10,000 characters; null or empty clears them.' }),
  }),
});

builder.mutationField('updateRun', (t) =>
  t.field({
    type: RunPayload('UpdateRunPayload'),
    description: 'Renames a run or sets its tags or notes, at any status.',
    args: { input: t.arg({ type: UpdateRunInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { id, ...changes } = input;
      return { runId: (await updateRun(ctx, id.id, changes)).id };
    },
  }),
);

const CancelRunInput = builder.inputType('CancelRunInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: RunNode }),
    reason: t.string(),
  }),
});

builder.mutationField('cancelRun', (t) =>
  t.field({
    type: RunPayload('CancelRunPayload'),
    description: 'PENDING runs are cancelled at once; RUNNING ones become CANCELLING until their process stops.',
    args: { input: t.arg({ type: CancelRunInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({
      runId: (await cancelRun(ctx, input.id.id, input.reason ?? undefined)).id,
    }),
  }),
);

builder.subscriptionField('runUpdated', (t) =>
  t.prismaField({
    type: 'Run',
    description:
      'The run now, then again at every change. Ends after a terminal status, so a client that reconnects always sees how the run ended.',
    args: { id: t.arg.globalID({ required: true, for: RunNode }) },
    // Each value is the run's row as the event carried it: shared by every subscriber, no read.
    subscribe: (_root, args, ctx) => followRun(ctx, args.id.id),
    resolve: (_query, run) => run as Run,
  }),
);

builder.subscriptionField('runsChanged', (t) =>
  t.prismaField({
    type: 'Run',
    description: 'Every run that is created or changes status and matches the filter: keeps run lists live.',
    args: { filter: t.arg({ type: RunFilter }) },
    subscribe: (_root, args, ctx) => {
      const filter = toRunFilter(args.filter);
      // runWhere checks the filter (and gives the query for a re-sync); events are matched in memory.
      return followRunsChanged(ctx, filter, runWhere(filter));
    },
    resolve: (_query, run) => run as Run,
  }),
);
