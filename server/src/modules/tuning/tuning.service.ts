// Tuning jobs: a sweep over a search space where each trial is a run. The job is driven by
// advanceTuningJob, which the run-finished hook calls whenever a trial's run ends: it records the
// trial's outcome, tracks the best trial, schedules the next trials (never more than
// maxConcurrentTrials at once) and ends the job. Unlike the reference (Ray in a fire-and-forget
// task, trials written only at the end), all state is in the database, so a restart loses nothing.
import { randomInt } from 'node:crypto';
import type { Deps, RunHooks, RunStop } from '../../deps.ts';
import { DomainError, notFound, publicId } from '../../errors.ts';
import type { Prisma, Run, Trial, TuningJob } from '../../generated/prisma/client.ts';
import type { TrialStatus, TuningJobStatus } from '../../generated/prisma/enums.ts';
import type { MetricInput } from '../../worker/run-output-writer.ts';
import { InputChecker } from '../common/validation.ts';
import { resolveJudge } from '../evaluation/judges.ts';
import { evaluationMetric } from '../evaluation/scoring.ts';
import {
  checkField,
  checkRunConfig,
  describeLimits,
  type ExecutorName,
  type RunConfig,
  type RunConfigSpec,
  type RunSettings,
  runConfigSpec,
} from '../runs/run-config.ts';
import { isTerminal, publishRunChange } from '../runs/run-lifecycle.ts';
import { cancelRun, checkRunInput, createRun, DEFAULT_BASE_MODEL } from '../runs/runs.service.ts';
import {
  DEFAULT_GRACE_STEPS,
  DEFAULT_MIN_TRIALS_COMPLETED,
  type EarlyStoppingConfig,
  type MetricModeName,
  type MetricPoint,
  medianStoppingDecision,
} from './early-stopping.ts';
import { checkSearchSpace, gridSize, type SearchSpace, sampleTrials, type TrialParams } from './search-space.ts';

export const DEFAULT_METRIC_NAME = 'evalLoss';
/** What the builtin trainer reports (at every evaluation step, and as its summary). */
export const BUILTIN_METRICS = ['trainLoss', 'evalLoss', 'evalAccuracy'] as const;
export const MAX_NUM_SAMPLES = 100;
export const MAX_CONCURRENT_TRIALS = 10;

/** Run config fields a search space may not set; a name the executor's spec lacks goes to the trainer in `config.params`. */
const UNTUNABLE = ['trainer', 'command', 'params'];

export const TERMINAL_JOB_STATUSES: readonly TuningJobStatus[] = ['SUCCEEDED', 'FAILED', 'CANCELLED'];
export const isJobTerminal = (status: string): boolean => (TERMINAL_JOB_STATUSES as readonly string[]).includes(status);
const ACTIVE_TRIAL_STATUSES: readonly TrialStatus[] = ['PENDING', 'RUNNING'];
const isTrialActive = (status: TrialStatus) => ACTIVE_TRIAL_STATUSES.includes(status);

export interface EarlyStoppingInput {
  rule?: 'MEDIAN' | null;
  minTrialsCompleted?: number | null;
  graceSteps?: number | null;
}

export interface CreateTuningJobInput {
  name: string;
  datasetId: string;
  baseModel?: string | null;
  executor?: ExecutorName | null;
  baseConfig?: Partial<RunConfig> | null;
  metricName?: string | null;
  metricMode?: MetricModeName | null;
  numSamples?: number | null;
  maxConcurrentTrials?: number | null;
  searchSpace?: unknown;
  seed?: number | null;
  earlyStopping?: EarlyStoppingInput | null;
  /** Optimise an evaluation metric: each trial's run is evaluated with this judge when it succeeds. */
  evalJudge?: string | null;
  evalJudgeConfig?: unknown;
}

export interface TuningJobFilter {
  status?: TuningJobStatus[] | null;
  datasetId?: string | null;
}

export function tuningJobWhere(filter: TuningJobFilter | null | undefined): Prisma.TuningJobWhereInput {
  if (!filter) return {};
  return {
    ...(filter.status?.length ? { status: { in: filter.status } } : {}),
    ...(filter.datasetId ? { datasetId: filter.datasetId } : {}),
  };
}

/** Tells the job's subscribers it changed: the row travels, so a live subscriber reads nothing for it. */
const publishJob = (deps: Deps, job: TuningJob) =>
  deps.pubsub.publish('tuningJobUpdated', job.id, {
    tuningJobId: job.id,
    status: job.status,
    job: JSON.parse(JSON.stringify(job)),
  });

/** The run config of one trial: the job's base config with the sampled params over it. */
export function trialRunConfig(spec: RunConfigSpec, baseConfig: Partial<RunConfig>, params: TrialParams): Partial<RunConfig> {
  const config: Record<string, unknown> = { ...baseConfig };
  const extras: Record<string, unknown> = { ...((baseConfig.params as Record<string, unknown> | undefined) ?? {}) };
  for (const [name, value] of Object.entries(params)) {
    if (spec.fields.some((field) => field.name === name)) config[name] = value;
    else extras[name] = value;
  }
  if (Object.keys(extras).length) config.params = extras;
  return config as Partial<RunConfig>;
}

/**
 * Refuses, at creation, a space that can draw a value the executor's config refuses: the trials are
 * the user's request, so a mistake in it is said at once, per parameter, whatever the seed (rather
 * than found later as failed trials). Rules between fields are checked at the corners of the
 * searched ranges, which bounds rules that grow with each field, as learningRate × weightDecay does.
 */
function checkSpaceFitsConfig(check: InputChecker, spec: RunConfigSpec, space: SearchSpace, baseConfig: RunConfig) {
  const ends: Record<string, unknown[]> = {};
  for (const [name, param] of Object.entries(space)) {
    const at = `searchSpace.${name}`;
    if (UNTUNABLE.includes(name)) {
      check.fail(at, `${name} cannot be tuned`);
      continue;
    }
    const field = spec.fields.find((candidate) => candidate.name === name);
    if (!field) continue;
    const ranged = param.type === 'uniform' || param.type === 'loguniform' || param.type === 'randint';
    if (ranged && field.type === 'STRING') {
      check.fail(at, `${name} is ${describeLimits(field)}: use choice or grid`);
      continue;
    }
    if (ranged && field.type === 'INT' && param.type !== 'randint') {
      check.fail(at, `${name} is a whole number: use randint, choice or grid`);
      continue;
    }
    // randint's max is exclusive; a float range is checked at its max, which it comes arbitrarily close to.
    const values = ranged ? [param.min, param.type === 'randint' ? param.max - 1 : param.max] : param.values;
    const before = check.errors.length;
    for (const value of values) {
      const one = new InputChecker();
      checkField(one, name, field, value);
      const message = one.errors[0]?.message;
      if (message) check.fail(at, `${param.type} can draw ${JSON.stringify(value)}; ${name} ${message}`);
    }
    if (check.errors.length > before) continue;
    const numbers = values.filter((value): value is number => typeof value === 'number');
    ends[name] = numbers.length ? [Math.min(...numbers), Math.max(...numbers)] : values;
  }
  for (const rule of spec.rules) {
    const searched = rule.fields.filter((name) => ends[name]);
    if (!searched.length || rule.fields.some((name) => space[name] && !ends[name])) continue;
    let corners: Partial<RunConfig>[] = [{}];
    for (const name of searched) {
      corners = corners.flatMap((corner) => (ends[name] as unknown[]).map((value) => ({ ...corner, [name]: value })));
    }
    for (const corner of corners) {
      const problem = rule.problem({ ...baseConfig, ...corner });
      if (!problem) continue;
      for (const name of searched) check.fail(`searchSpace.${name}`, `the space can draw ${JSON.stringify(corner)}: ${problem}`);
      break;
    }
  }
}

function checkEarlyStopping(check: InputChecker, input: EarlyStoppingInput | null | undefined): EarlyStoppingConfig | null {
  if (!input) return null;
  if ((input.rule ?? 'MEDIAN') !== 'MEDIAN') check.fail('earlyStopping.rule', 'the only rule is MEDIAN');
  const config: EarlyStoppingConfig = {
    rule: 'MEDIAN',
    minTrialsCompleted: input.minTrialsCompleted ?? DEFAULT_MIN_TRIALS_COMPLETED,
    graceSteps: input.graceSteps ?? DEFAULT_GRACE_STEPS,
  };
  check.number('earlyStopping.minTrialsCompleted', config.minTrialsCompleted, { min: 1, max: MAX_NUM_SAMPLES, integer: true });
  check.number('earlyStopping.graceSteps', config.graceSteps, { min: 0, max: 1_000_000_000, integer: true });
  return config;
}

/** Checks a job request and returns what is stored: the full base config and the normalized space. */
function checkTuningJobInput(input: CreateTuningJobInput, server: RunSettings & Parameters<typeof resolveJudge>[0]) {
  const check = new InputChecker();
  const executor = input.executor ?? 'BUILTIN';
  const metricName = input.metricName ?? DEFAULT_METRIC_NAME;
  const numSamples = input.numSamples ?? 1;
  const maxConcurrentTrials = input.maxConcurrentTrials ?? 1;
  // A fresh seed by default (recorded on the job): a fixed default would give every sweep the same draws.
  const seed = input.seed ?? randomInt(2 ** 31 - 1);
  check.text('name', input.name, { max: 256 });
  check.text('baseModel', input.baseModel ?? DEFAULT_BASE_MODEL, { max: 256 });
  check.text('metricName', metricName, { max: 64 });
  let evalJudge: { name: string; config: Record<string, unknown> } | null = null;
  if (input.evalJudge) {
    try {
      const judge = resolveJudge(server, input.evalJudge, input.evalJudgeConfig ?? {});
      evalJudge = { name: judge.name, config: (input.evalJudgeConfig ?? {}) as Record<string, unknown> };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      check.fail(error.message.startsWith('judgeConfig') ? 'evalJudgeConfig' : 'evalJudge', error.message);
    }
    if (metricName === DEFAULT_METRIC_NAME) {
      check.fail(
        'metricName',
        'with evalJudge the metric comes from the evaluation: primaryScore, score or a metric of the judge (e.g. answer_correctness)',
      );
    }
    if (input.earlyStopping)
      check.fail(
        'earlyStopping',
        'early stopping compares training metrics; an evaluation metric exists only once a trial has ended',
      );
  } else if (executor === 'BUILTIN' && !(BUILTIN_METRICS as readonly string[]).includes(metricName)) {
    check.fail(
      'metricName',
      `the builtin trainer reports ${BUILTIN_METRICS.join(', ')}; "${metricName}" would never be reported`,
    );
  }
  if (executor === 'DRY_RUN') {
    check.fail('executor', 'DRY_RUN trains nothing and reports no metric, so there is nothing to tune; use BUILTIN or COMMAND');
  }
  check.number('numSamples', numSamples, { min: 1, max: MAX_NUM_SAMPLES, integer: true });
  check.number('maxConcurrentTrials', maxConcurrentTrials, { min: 1, max: MAX_CONCURRENT_TRIALS, integer: true });
  check.number('seed', seed, { min: 0, max: 2 ** 31 - 1, integer: true });
  const baseConfig = checkRunConfig(check, executor, input.baseConfig, server, 'baseConfig');
  const { space, errors } = checkSearchSpace(input.searchSpace);
  for (const error of errors) check.fail(error.path, error.message);
  checkSpaceFitsConfig(check, runConfigSpec(executor, server), space, baseConfig);
  if (Number.isInteger(numSamples) && numSamples >= 1 && gridSize(space) > numSamples) {
    check.fail('numSamples', `the grid has ${gridSize(space)} combinations; numSamples must be at least that to try each once`);
  }
  const earlyStopping = checkEarlyStopping(check, input.earlyStopping);
  check.done();
  return {
    executor,
    metricName,
    metricMode: input.metricMode ?? 'MIN',
    numSamples,
    maxConcurrentTrials,
    seed,
    baseConfig,
    searchSpace: space,
    earlyStopping,
    evalJudge,
  };
}

export async function createTuningJob(deps: Deps, input: CreateTuningJobInput): Promise<TuningJob> {
  const checked = checkTuningJobInput(input, deps.config);
  const dataset = await deps.prisma.dataset.findUnique({ where: { id: input.datasetId }, select: { id: true } });
  if (!dataset) throw notFound('Dataset', input.datasetId);
  const job = await deps.prisma.tuningJob.create({
    data: {
      name: input.name,
      datasetId: dataset.id,
      baseModel: input.baseModel ?? DEFAULT_BASE_MODEL,
      executor: checked.executor,
      baseConfig: checked.baseConfig as unknown as Prisma.InputJsonValue,
      metricName: checked.metricName,
      metricMode: checked.metricMode,
      numSamples: checked.numSamples,
      maxConcurrentTrials: checked.maxConcurrentTrials,
      searchSpace: checked.searchSpace as unknown as Prisma.InputJsonValue,
      seed: checked.seed,
      earlyStopping: (checked.earlyStopping ?? undefined) as Prisma.InputJsonValue | undefined,
      evalJudge: checked.evalJudge?.name ?? null,
      evalJudgeConfig: (checked.evalJudge?.config ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  });
  publishJob(deps, job);
  return job;
}

/** CREATED → RUNNING, then schedules the first trials. */
export async function startTuningJob(deps: Deps, id: string): Promise<TuningJob> {
  const { count } = await deps.prisma.tuningJob.updateMany({
    where: { id, status: 'CREATED' },
    data: { status: 'RUNNING', startedAt: new Date() },
  });
  if (count === 0) {
    const job = await deps.prisma.tuningJob.findUnique({ where: { id }, select: { status: true } });
    if (!job) throw notFound('TuningJob', id);
    throw new DomainError(
      'INVALID_STATE',
      `Tuning job ${publicId('TuningJob', id)} is ${job.status}; only a CREATED job can be started (create a new job to sweep again)`,
      { status: job.status },
    );
  }
  publishJob(deps, await deps.prisma.tuningJob.findUniqueOrThrow({ where: { id } }));
  await advanceTuningJob(deps, id);
  return deps.prisma.tuningJob.findUniqueOrThrow({ where: { id } });
}

/**
 * A CREATED job is cancelled at once; a RUNNING one becomes CANCELLING, its unfinished trials'
 * runs are cancelled, and it ends CANCELLED once none of them runs. Cancelling twice is harmless.
 */
export async function cancelTuningJob(deps: Deps, id: string): Promise<TuningJob> {
  const job = await deps.prisma.tuningJob.findUnique({ where: { id }, select: { status: true } });
  if (!job) throw notFound('TuningJob', id);
  if (isJobTerminal(job.status)) {
    throw new DomainError(
      'INVALID_STATE',
      `Tuning job ${publicId('TuningJob', id)} already finished as ${job.status}; there is nothing to cancel`,
      {
        status: job.status,
      },
    );
  }
  const now = new Date();
  const { count } =
    job.status === 'CREATED'
      ? await deps.prisma.tuningJob.updateMany({
          where: { id, status: 'CREATED' },
          data: { status: 'CANCELLED', finishedAt: now, error: 'cancelled before it started' },
        })
      : await deps.prisma.tuningJob.updateMany({ where: { id, status: 'RUNNING' }, data: { status: 'CANCELLING' } });
  // CANCELLING already, or it moved on between the read and the write: decide again.
  if (count === 0 && job.status !== 'CANCELLING') return cancelTuningJob(deps, id);
  if (count > 0) publishJob(deps, await deps.prisma.tuningJob.findUniqueOrThrow({ where: { id } }));
  await advanceTuningJob(deps, id);
  return deps.prisma.tuningJob.findUniqueOrThrow({ where: { id } });
}

type TrialWithRun = Trial & {
  run: Pick<Run, 'id' | 'status' | 'stopReason' | 'error' | 'startedAt' | 'finishedAt' | 'summaryMetrics'> | null;
};

/** The run's final value of the metric: its point at the highest step, else its summary. */
async function finalMetric(tx: Prisma.TransactionClient, run: TrialWithRun['run'] & object, name: string) {
  const last = await tx.runMetricPoint.findFirst({ where: { runId: run.id, name }, orderBy: { step: 'desc' } });
  if (last) return last.value;
  const summary = run.summaryMetrics as Record<string, unknown> | null;
  const value = summary?.[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** What the trial becomes now that its run is where it is; null when nothing changes. */
async function trialOutcome(
  tx: Prisma.TransactionClient,
  job: TuningJob,
  trial: TrialWithRun,
): Promise<Prisma.TrialUpdateInput | null> {
  const run = trial.run;
  const now = new Date();
  if (!run) return { status: 'FAILED', error: "the trial's run was deleted", finishedAt: now };
  const finishedAt = run.finishedAt ?? now;
  // A run that started and ended between two passes still has its start recorded.
  const ended = { finishedAt, startedAt: trial.startedAt ?? run.startedAt };
  switch (run.status) {
    case 'PENDING':
      return trial.status === 'PENDING' ? null : { status: 'PENDING' };
    case 'RUNNING':
    case 'CANCELLING':
      return trial.status === 'RUNNING' ? null : { status: 'RUNNING', startedAt: run.startedAt ?? now };
    case 'SUCCEEDED': {
      if (job.evalJudge) return evaluatedTrialOutcome(tx, job, trial, ended);
      const value = await finalMetric(tx, run, job.metricName);
      if (value === null) {
        const reported = Object.keys((run.summaryMetrics as Record<string, unknown> | null) ?? {});
        return {
          status: 'FAILED',
          ...ended,
          error: `the run succeeded but never reported "${job.metricName}"${reported.length ? ` (it reported ${reported.join(', ')})` : ''}`,
        };
      }
      const metricRank = job.metricMode === 'MAX' ? -value : value;
      return { status: 'SUCCEEDED', metricValue: value, metricRank, error: null, ...ended };
    }
    case 'FAILED':
      return { status: 'FAILED', error: run.error ?? 'the run failed', ...ended };
    case 'TIMED_OUT':
      return { status: 'FAILED', error: run.error ?? 'the run timed out', ...ended };
    case 'CANCELLED': {
      if (run.stopReason === 'PRUNED') return { status: 'PRUNED', error: trial.error ?? run.error, ...ended };
      const why = job.status === 'CANCELLING' ? 'cancelled with the tuning job' : (run.error ?? 'the run was cancelled');
      return { status: 'CANCELLED', error: why, ...ended };
    }
  }
}

/** A trial whose metric comes from its run's evaluation: RUNNING until the evaluation has ended. */
async function evaluatedTrialOutcome(
  tx: Prisma.TransactionClient,
  job: TuningJob,
  trial: TrialWithRun,
  ended: { finishedAt: Date; startedAt: Date | null },
): Promise<Prisma.TrialUpdateInput | null> {
  const evaluation = await tx.evaluation.findFirst({
    where: { runId: trial.runId ?? undefined, judgeName: job.evalJudge ?? undefined },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  if (!evaluation || evaluation.status === 'PENDING' || evaluation.status === 'RUNNING') {
    return trial.status === 'RUNNING' ? null : { status: 'RUNNING', startedAt: ended.startedAt ?? new Date() };
  }
  if (evaluation.status === 'FAILED') {
    return {
      status: 'FAILED',
      ...ended,
      error: `the run's ${job.evalJudge} evaluation failed: ${evaluation.error ?? 'no reason given'}`,
    };
  }
  const value = evaluationMetric(evaluation, job.metricName);
  if (value === null) {
    const reported = ['primaryScore', 'score', ...Object.keys((evaluation.metrics as Record<string, unknown>) ?? {})];
    return {
      status: 'FAILED',
      ...ended,
      error: `the ${job.evalJudge} evaluation has no "${job.metricName}" (it has ${reported.join(', ')})`,
    };
  }
  return { status: 'SUCCEEDED', metricValue: value, error: null, ...ended };
}

const better = (mode: string, a: number, b: number) => (mode === 'MAX' ? a > b : a < b);

const describeFailure = (trials: Trial[]): string => {
  const counts = new Map<string, number>();
  for (const trial of trials) counts.set(trial.status, (counts.get(trial.status) ?? 0) + 1);
  const summary = [...counts].map(([status, n]) => `${n} ${status.toLowerCase()}`).join(', ');
  const firstError = trials.find((trial) => trial.error)?.error;
  return `no trial succeeded (${summary})${firstError ? `; first error: ${firstError}` : ''}`;
};

interface AdvanceOutcome {
  job: TuningJob | null;
  changed: boolean;
  createdRuns: Run[];
  /** Runs to cancel once the job's lock is released (cancelling calls back into advanceTuningJob). */
  runsToCancel: string[];
}

/** One locked pass over the job: sync trials, schedule trials, track the best, finish. */
async function advanceLocked(deps: Deps, tx: Prisma.TransactionClient, id: string): Promise<AdvanceOutcome> {
  await tx.$queryRaw`SELECT id FROM tuning_jobs WHERE id = ${id}::uuid FOR UPDATE`;
  const job = await tx.tuningJob.findUnique({ where: { id } });
  if (!job) throw notFound('TuningJob', id);
  const outcome: AdvanceOutcome = { job, changed: false, createdRuns: [], runsToCancel: [] };
  if (job.status !== 'RUNNING' && job.status !== 'CANCELLING') return outcome;

  const found: TrialWithRun[] = await tx.trial.findMany({
    where: { tuningJobId: id },
    include: {
      run: {
        select: {
          id: true,
          status: true,
          stopReason: true,
          error: true,
          startedAt: true,
          finishedAt: true,
          summaryMetrics: true,
        },
      },
    },
    orderBy: { number: 'asc' },
  });
  const trials: Trial[] = [];
  for (const trial of found) {
    const update = isTrialActive(trial.status) ? await trialOutcome(tx, job, trial) : null;
    if (update) {
      trials.push(await tx.trial.update({ where: { id: trial.id }, data: update }));
      outcome.changed = true;
    } else {
      trials.push(trial);
    }
    if (job.status === 'CANCELLING' && trial.run && (trial.run.status === 'PENDING' || trial.run.status === 'RUNNING')) {
      outcome.runsToCancel.push(trial.run.id);
    }
  }

  if (job.status === 'RUNNING') {
    let active = trials.filter((trial) => isTrialActive(trial.status)).length;
    const samples = sampleTrials(job.searchSpace as unknown as SearchSpace, job.seed, job.numSamples);
    const baseConfig = job.baseConfig as Partial<RunConfig>;
    while (trials.length < job.numSamples && active < job.maxConcurrentTrials) {
      const number = trials.length + 1;
      const params = samples[number - 1] as TrialParams;
      const runInput = {
        datasetId: job.datasetId,
        baseModel: job.baseModel,
        executor: job.executor,
        name: `${job.name.slice(0, 236)} · trial ${number}`,
        config: trialRunConfig(runConfigSpec(job.executor, deps.config), baseConfig, params),
      };
      const check = new InputChecker();
      checkRunInput(check, runInput, deps.config);
      const data = { tuningJobId: id, number, params: params as Prisma.InputJsonValue };
      if (check.errors.length) {
        // The space was checked at creation; the server's settings (its trainers) may have changed
        // since. An invalid trial fails, not the job: the next one may be fine.
        const error = `invalid params: ${check.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`;
        trials.push(await tx.trial.create({ data: { ...data, status: 'FAILED', error, finishedAt: new Date() } }));
      } else {
        const run = await createRun(deps, runInput, tx);
        outcome.createdRuns.push(run);
        trials.push(await tx.trial.create({ data: { ...data, runId: run.id } }));
        active += 1;
      }
      outcome.changed = true;
    }
  }

  const data: Prisma.TuningJobUpdateInput = {};
  let best: Trial | null = null;
  for (const trial of trials) {
    if (trial.status !== 'SUCCEEDED' || trial.metricValue === null || !trial.runId) continue;
    if (!best || better(job.metricMode, trial.metricValue, best.metricValue as number)) best = trial;
  }
  if (best && best.runId !== job.bestRunId) {
    Object.assign(data, {
      bestRun: { connect: { id: best.runId } },
      bestParams: best.params as Prisma.InputJsonValue,
      bestMetricValue: best.metricValue,
    });
  }
  const anyActive = trials.some((trial) => isTrialActive(trial.status));
  if (job.status === 'CANCELLING' && !anyActive) {
    Object.assign(data, { status: 'CANCELLED', finishedAt: new Date() });
  } else if (job.status === 'RUNNING' && !anyActive && trials.length >= job.numSamples) {
    Object.assign(
      data,
      best
        ? { status: 'SUCCEEDED', finishedAt: new Date(), error: null }
        : { status: 'FAILED', finishedAt: new Date(), error: describeFailure(trials) },
    );
  }
  if (Object.keys(data).length) {
    outcome.job = await tx.tuningJob.update({ where: { id }, data });
    outcome.changed = true;
  }
  return outcome;
}

/**
 * Brings a job up to date with its trials' runs: records finished trials (metric, error or
 * pruning), tracks the best trial, schedules trials until maxConcurrentTrials are active or
 * numSamples exist, and ends the job when every trial has ended. A CANCELLING job has its
 * trials' runs cancelled. Idempotent, and safe to call concurrently: the job row is locked.
 */
export async function advanceTuningJob(deps: Deps, tuningJobId: string): Promise<void> {
  // A second pass settles what the cancellations of the first one changed.
  for (let pass = 0; pass < 2; pass++) {
    const outcome = await deps.prisma.$transaction((tx) => advanceLocked(deps, tx, tuningJobId), { timeout: 30_000 });
    for (const run of outcome.createdRuns) await publishRunChange(deps, run);
    if (outcome.changed && outcome.job) publishJob(deps, outcome.job);
    if (!outcome.runsToCancel.length) return;
    for (const runId of outcome.runsToCancel) {
      try {
        await cancelRun(deps, runId, 'tuning job cancelled', 'TUNING_JOB_CANCELLED');
      } catch (error) {
        // Finished meanwhile: the next pass records how.
        if (!(error instanceof DomainError && error.code === 'INVALID_STATE')) throw error;
      }
    }
  }
}

const formatNumber = (value: number) => Number(value.toPrecision(6));

/** The reason a pruned trial's run is cancelled with; the trial keeps the rule's own words. */
const PRUNED_MESSAGE = 'pruned by the early-stopping rule';

/**
 * As a run reports metric points: a stop (PRUNED) when the run is a trial of a RUNNING job with
 * the MEDIAN early-stopping rule and a point of the job's metric is worse than the median of the
 * completed trials at its step (see medianStoppingDecision). One read settles the common case,
 * a run that is no such trial. The rule's words are noted on the trial, which becomes PRUNED
 * once its run is cancelled.
 */
export async function decideEarlyStop(deps: Deps, runId: string, points: readonly MetricInput[]): Promise<RunStop | null> {
  const trial = await deps.prisma.trial.findUnique({
    where: { runId },
    select: { id: true, status: true, tuningJob: true },
  });
  const job = trial?.tuningJob;
  const config = job?.earlyStopping as EarlyStoppingConfig | null | undefined;
  if (!trial || !job || config?.rule !== 'MEDIAN' || job.status !== 'RUNNING' || !isTrialActive(trial.status)) return null;
  const candidates = points.filter((point) => point.name === job.metricName && point.step >= config.graceSteps);
  if (candidates.length === 0) return null;
  const completed = await deps.prisma.trial.findMany({
    where: { tuningJobId: job.id, status: 'SUCCEEDED', runId: { not: null } },
    select: { runId: true },
  });
  if (completed.length < config.minTrialsCompleted) return null;
  const completedPoints = await deps.prisma.runMetricPoint.findMany({
    where: {
      runId: { in: completed.map((t) => t.runId as string) },
      name: job.metricName,
      step: { lte: Math.max(...candidates.map((point) => point.step)) },
    },
    select: { runId: true, step: true, value: true },
  });
  const byRun = new Map<string, MetricPoint[]>();
  for (const point of completedPoints) byRun.set(point.runId, [...(byRun.get(point.runId) ?? []), point]);
  for (const { step, value } of candidates) {
    const decision = medianStoppingDecision({
      config,
      mode: job.metricMode,
      step,
      value,
      completed: [...byRun.values()],
    });
    if (!decision.stop || decision.median === null) continue;
    const error =
      `pruned: ${job.metricName} ${formatNumber(value)} at step ${step} is worse than the median ` +
      `${formatNumber(decision.median)} of ${decision.compared} completed trials (median stopping rule)`;
    await deps.prisma.trial.updateMany({ where: { id: trial.id, status: { in: [...ACTIVE_TRIAL_STATUSES] } }, data: { error } });
    return { stopReason: 'PRUNED', message: PRUNED_MESSAGE };
  }
  return null;
}

/**
 * The tuning module's run hooks: a trial's run ending advances its job, and its start tells the
 * job's subscribers (a trial's status follows its run's); metric points may prune the trial.
 */
export const tuningRunHooks: RunHooks = {
  async statusChanged(deps, run) {
    if (run.status !== 'RUNNING' && !isTerminal(run.status)) return;
    const trial = await deps.prisma.trial.findUnique({
      where: { runId: run.id },
      select: { tuningJobId: true, tuningJob: true },
    });
    if (!trial) return;
    if (isTerminal(run.status)) await advanceTuningJob(deps, trial.tuningJobId);
    else publishJob(deps, trial.tuningJob);
  },
  metricsStored: decideEarlyStop,
  async evaluationEnded(deps, evaluation) {
    const trial = await deps.prisma.trial.findUnique({ where: { runId: evaluation.runId }, select: { tuningJobId: true } });
    if (trial) await advanceTuningJob(deps, trial.tuningJobId);
  },
};

/** A run that is still going shows its trial as RUNNING even before the job records it. */
export function effectiveTrialStatus(trial: Pick<Trial, 'status'>, run: Pick<Run, 'status'> | null): TrialStatus {
  if (trial.status === 'PENDING' && run && (run.status === 'RUNNING' || run.status === 'CANCELLING')) return 'RUNNING';
  return trial.status;
}
