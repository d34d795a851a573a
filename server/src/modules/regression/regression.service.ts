// Regression baselines (domain §3.10): a named reference run and metric; checking a run compares
// its value of the metric with the baseline run's and fails when it moved the wrong way by more
// than the tolerance. Each check is stored, so a run keeps its history of verdicts, and gates
// (promotion) refuse a run that fails.
//
// Where the reference differs: `primary_score` (its default metric) is accepted at create time
// ([BUG] there); the tolerance is per baseline (default 5 %, the reference's constant); a baseline
// remembers the judge and evaluation set of the evaluation its metric came from, so a check
// compares evaluations by the same judge on the same items; metrics a run reported itself
// (summaryMetrics, e.g. evalLoss) can be baselines too; a registry version can become one.
import { isUniqueViolation } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, notFound, publicId } from '../../errors.ts';
import type { Evaluation, Prisma, RegressionBaseline, RegressionCheck, Run } from '../../generated/prisma/client.ts';
import { roundHalfEven } from '../common/text.ts';
import { InputChecker } from '../common/validation.ts';

export const DEFAULT_METRIC = 'primary_score';
export const DEFAULT_TOLERANCE_PERCENT = 5;
const MAX_NAME_LENGTH = 256;
const MAX_METRIC_LENGTH = 64;

export interface CreateBaselineInput {
  name: string;
  /** Exactly one of runId and modelVersionId (whose source run becomes the baseline run). */
  runId?: string | null;
  modelVersionId?: string | null;
  metric?: string | null;
  /** null: decided from the metric's name (see lowerIsBetterByName). */
  lowerIsBetter?: boolean | null;
  tolerancePercent?: number | null;
  /** Which evaluation of the run holds the metric: by this judge (default: its latest). */
  judge?: string | null;
  /** ... on this evaluation dataset (default: whichever the chosen evaluation used). */
  evalDatasetId?: string | null;
  /** Replace the baseline of this name if it exists (otherwise a taken name is a CONFLICT). */
  replace?: boolean | null;
}

export interface CheckInput {
  runId: string;
  baselineName: string;
  /** The gate asking, stored with the check (null: asked directly). */
  gate?: string | null;
}

/** The reference's heuristic: loss, latency, time and error metrics get better as they fall. */
export const lowerIsBetterByName = (metric: string): boolean => /loss|latency|time|error/.test(metric.toLowerCase());

export const lowerIsBetterOf = (baseline: Pick<RegressionBaseline, 'metric' | 'lowerIsBetter'>): boolean =>
  baseline.lowerIsBetter ?? lowerIsBetterByName(baseline.metric);

/** The latest SUCCEEDED evaluation of a run (by createdAt, id), optionally by a judge on an eval set. */
function latestEvaluation(deps: Deps, runId: string, filter: { judgeName?: string | null; evalDatasetId?: string | null } = {}) {
  return deps.prisma.evaluation.findFirst({
    where: {
      runId,
      status: 'SUCCEEDED',
      ...(filter.judgeName ? { judgeName: filter.judgeName } : {}),
      ...(filter.evalDatasetId !== undefined ? { evalDatasetId: filter.evalDatasetId } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/**
 * The metrics an evaluation offers (§3.10 step 2): `primary_score` (or score/100 without one),
 * `score`, each key of `metrics`, each named detailed metric's score.
 */
export function evaluationMetrics(evaluation: Pick<Evaluation, 'score' | 'primaryScore' | 'metrics' | 'detailedMetrics'>) {
  const values = new Map<string, number>();
  if (Array.isArray(evaluation.detailedMetrics)) {
    for (const entry of evaluation.detailedMetrics) {
      const { name, score } = asRecord(entry);
      if (typeof name === 'string' && typeof score === 'number') values.set(name, score);
    }
  }
  for (const [name, value] of Object.entries(asRecord(evaluation.metrics))) {
    if (typeof value === 'number') values.set(name, value);
  }
  if (evaluation.score != null) values.set('score', evaluation.score);
  const primary = evaluation.primaryScore ?? (evaluation.score != null ? evaluation.score / 100 : null);
  if (primary != null) values.set('primary_score', primary);
  return values;
}

/** A run's own final metrics (summaryMetrics: the last value of each metric it reported). */
export function summaryMetricsOf(run: Pick<Run, 'summaryMetrics'>) {
  const values = new Map<string, number>();
  for (const [name, value] of Object.entries(asRecord(run.summaryMetrics))) {
    if (typeof value === 'number' && Number.isFinite(value)) values.set(name, value);
  }
  return values;
}

const listNames = (values: Map<string, number>) => (values.size ? [...values.keys()].sort().join(', ') : 'none');
const evalSetName = (evalDatasetId: string | null) =>
  evalDatasetId ? `dataset ${publicId('Dataset', evalDatasetId)}` : 'its held-out split';

// ─────────────────────────── baselines ───────────────────────────

/** Creates (or, with replace, replaces) a baseline; `replaced` says whether the name existed. */
export async function createBaseline(
  deps: Deps,
  input: CreateBaselineInput,
): Promise<{ baseline: RegressionBaseline; replaced: boolean }> {
  const metric = input.metric ?? DEFAULT_METRIC;
  const tolerancePercent = input.tolerancePercent ?? DEFAULT_TOLERANCE_PERCENT;
  const check = new InputChecker();
  check.text('name', input.name, { max: MAX_NAME_LENGTH });
  check.text('metric', metric, { max: MAX_METRIC_LENGTH });
  check.number('tolerancePercent', tolerancePercent, { min: 0, max: 1000 });
  check.text('judge', input.judge, { min: 0, max: 64 });
  if ((input.runId == null) === (input.modelVersionId == null))
    check.fail('runId', 'give exactly one of runId and modelVersionId');
  check.done();

  let runId = input.runId ?? null;
  const sourceModelVersionId = input.modelVersionId ?? null;
  if (sourceModelVersionId) {
    const version = await deps.prisma.modelVersion.findUnique({
      where: { id: sourceModelVersionId },
      select: { sourceRunId: true },
    });
    if (!version) throw notFound('ModelVersion', sourceModelVersionId);
    if (!version.sourceRunId) {
      const id = publicId('ModelVersion', sourceModelVersionId);
      throw new DomainError('BAD_USER_INPUT', `Model version ${id} has no source run to compare with`, {
        fieldErrors: [{ path: 'modelVersionId', message: 'its source run is gone' }],
      });
    }
    runId = version.sourceRunId;
  }
  const run = await deps.prisma.run.findUnique({ where: { id: runId as string } });
  if (!run) throw notFound('Run', runId as string);
  const source = await metricSource(deps, run, metric, input);

  const data = {
    runId: run.id,
    metric,
    lowerIsBetter: input.lowerIsBetter ?? null,
    tolerancePercent,
    judgeName: source.judgeName,
    datasetId: source.evalDatasetId,
    sourceModelVersionId,
  };
  if (input.replace) {
    const existing = await deps.prisma.regressionBaseline.findUnique({ where: { name: input.name }, select: { id: true } });
    const baseline = await deps.prisma.regressionBaseline.upsert({
      where: { name: input.name },
      create: { name: input.name, ...data },
      update: data,
    });
    return { baseline, replaced: existing !== null };
  }
  try {
    return { baseline: await deps.prisma.regressionBaseline.create({ data: { name: input.name, ...data } }), replaced: false };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new DomainError('CONFLICT', `Regression baseline '${input.name}' already exists; pass replace: true to replace it`, {
      fieldErrors: [{ path: 'name', message: 'is taken' }],
    });
  }
}

/** Where a baseline's metric comes from: the run's chosen evaluation, else its summary metrics. */
async function metricSource(
  deps: Deps,
  run: Run,
  metric: string,
  input: Pick<CreateBaselineInput, 'judge' | 'evalDatasetId'>,
): Promise<{ judgeName: string | null; evalDatasetId: string | null }> {
  const runId = publicId('Run', run.id);
  const wantsEvaluation = Boolean(input.judge || input.evalDatasetId);
  const evaluation = await latestEvaluation(deps, run.id, {
    judgeName: input.judge,
    ...(input.evalDatasetId ? { evalDatasetId: input.evalDatasetId } : {}),
  });
  if (evaluation && evaluationMetrics(evaluation).has(metric)) {
    return { judgeName: evaluation.judgeName, evalDatasetId: evaluation.evalDatasetId };
  }
  const summary = summaryMetricsOf(run);
  if (!wantsEvaluation && summary.has(metric)) return { judgeName: null, evalDatasetId: null };
  if (!evaluation && (wantsEvaluation || metric === 'primary_score' || metric === 'score')) {
    const which = input.judge ? ` by judge ${input.judge}` : '';
    throw new DomainError('BAD_USER_INPUT', `Run ${runId} has no succeeded evaluation${which}: evaluate it first`, {
      fieldErrors: [{ path: input.judge ? 'judge' : 'runId', message: `has no succeeded evaluation${which}` }],
    });
  }
  const offered = evaluation
    ? `its ${evaluation.judgeName} evaluation offers ${listNames(evaluationMetrics(evaluation))}`
    : 'it has no succeeded evaluation';
  const reported = wantsEvaluation ? '' : `its summary metrics are ${listNames(summary)}`;
  throw new DomainError(
    'BAD_USER_INPUT',
    `Metric '${metric}' not found in run ${runId}: ${[offered, reported].filter(Boolean).join('; ')}`,
    { fieldErrors: [{ path: 'metric', message: `not found in run ${runId}` }] },
  );
}

// ───────────────────────────── checks ─────────────────────────────

/** The numbers of a comparison (§3.10 steps 3–6), before it is stored. */
export interface Comparison {
  baselineValue: number;
  currentValue: number;
  delta: number;
  /** Rounded to 2 decimals. */
  deltaPercent: number;
  verdict: 'PASS' | 'FAIL';
  details: string;
}

/** Python's str() of a float: 5 → "5.0", 2.5 → "2.5". */
const pythonFloat = (value: number) => (Number.isInteger(value) ? `${value}.0` : String(value));

/**
 * Compares `currentValue` with `baselineValue`: the change in percent of the baseline (for a zero
 * baseline 0 when equal, else ±100), failing when it moved the wrong way by more than the tolerance.
 */
export function compareWithBaseline(
  baselineValue: number,
  currentValue: number,
  lowerIsBetter: boolean,
  tolerancePercent = DEFAULT_TOLERANCE_PERCENT,
): Comparison {
  const delta = currentValue - baselineValue;
  const deltaPercent = baselineValue !== 0 ? (delta / baselineValue) * 100 : delta === 0 ? 0 : Math.sign(delta) * 100;
  // Decided on the change as reported (2 decimals): the reference compared the raw float, so
  // 0.76 against 0.8 (-5.0000000000000044 %) failed a 5 % tolerance while it read "-5.00%".
  const rounded = roundHalfEven(deltaPercent, 2);
  const failed = lowerIsBetter ? rounded > tolerancePercent : rounded < -tolerancePercent;
  return {
    baselineValue,
    currentValue,
    delta,
    deltaPercent: rounded,
    verdict: failed ? 'FAIL' : 'PASS',
    details: `Threshold: ${lowerIsBetter ? 'increase' : 'drop'} ${failed ? '>' : '<='} ${pythonFloat(tolerancePercent)}%. Actual change: ${rounded.toFixed(2)}%`,
  };
}

/** The baseline's metric of one run, from the same kind of source the baseline was made from. */
async function metricValue(deps: Deps, run: Run, baseline: RegressionBaseline, role: 'baseline' | 'candidate'): Promise<number> {
  const runId = publicId('Run', run.id);
  const code = role === 'candidate' ? 'BAD_USER_INPUT' : 'INVALID_STATE';
  const whose = role === 'candidate' ? `Run ${runId}` : `Baseline '${baseline.name}' run ${runId}`;
  if (baseline.judgeName === null) {
    const value = summaryMetricsOf(run).get(baseline.metric);
    if (value === undefined) {
      throw new DomainError(
        code,
        `${whose} did not report metric '${baseline.metric}' (its summary metrics: ${listNames(summaryMetricsOf(run))})`,
        {
          runId,
          metric: baseline.metric,
        },
      );
    }
    return value;
  }
  const evaluation = await latestEvaluation(deps, run.id, { judgeName: baseline.judgeName, evalDatasetId: baseline.datasetId });
  if (!evaluation) {
    throw new DomainError(
      code,
      `${whose} has no succeeded evaluation by judge ${baseline.judgeName} on ${evalSetName(baseline.datasetId)}: evaluate it first`,
      { runId, judgeName: baseline.judgeName },
    );
  }
  const value = evaluationMetrics(evaluation).get(baseline.metric);
  if (value === undefined) {
    throw new DomainError(
      code,
      `Metric '${baseline.metric}' not found in the latest ${baseline.judgeName} evaluation of ${whose.toLowerCase()}`,
      {
        runId,
        metric: baseline.metric,
      },
    );
  }
  return value;
}

/** Checks a run against the named baseline and stores the check (§3.10). */
export async function checkRegression(deps: Deps, input: CheckInput): Promise<RegressionCheck> {
  const baseline = await deps.prisma.regressionBaseline.findUnique({ where: { name: input.baselineName } });
  if (!baseline) {
    throw new DomainError('NOT_FOUND', `Regression baseline '${input.baselineName}' not found`, {
      fieldErrors: [{ path: 'baselineName', message: 'no baseline has this name' }],
    });
  }
  const [run, baselineRun] = await Promise.all([
    deps.prisma.run.findUnique({ where: { id: input.runId } }),
    deps.prisma.run.findUniqueOrThrow({ where: { id: baseline.runId } }),
  ]);
  if (!run) throw notFound('Run', input.runId);
  const baselineValue = await metricValue(deps, baselineRun, baseline, 'baseline');
  const currentValue = await metricValue(deps, run, baseline, 'candidate');
  const lowerIsBetter = lowerIsBetterOf(baseline);
  const comparison = compareWithBaseline(baselineValue, currentValue, lowerIsBetter, baseline.tolerancePercent);
  const data: Prisma.RegressionCheckUncheckedCreateInput = {
    runId: run.id,
    baselineId: baseline.id,
    baselineName: baseline.name,
    baselineRunId: baseline.runId,
    metric: baseline.metric,
    judgeName: baseline.judgeName,
    lowerIsBetter,
    tolerancePercent: baseline.tolerancePercent,
    gate: input.gate ?? null,
    ...comparison,
  };
  return deps.prisma.regressionCheck.create({ data });
}

/** What a gate says when a run fails its baseline: the metric and the numbers. */
export function regressionFailure(check: RegressionCheck, path: string): DomainError {
  const runId = publicId('Run', check.runId);
  const direction = check.lowerIsBetter ? 'increase' : 'drop';
  const message =
    `Run ${runId} fails regression baseline '${check.baselineName}': ${check.metric} is ${check.currentValue} ` +
    `against the baseline's ${check.baselineValue} (change ${check.deltaPercent.toFixed(2)}%; ` +
    `the largest ${direction} allowed is ${pythonFloat(check.tolerancePercent)}%)`;
  return new DomainError('BAD_USER_INPUT', message, {
    fieldErrors: [{ path, message: `run fails baseline '${check.baselineName}' on ${check.metric}` }],
    regressionCheckId: publicId('RegressionCheck', check.id),
    metric: check.metric,
    baselineValue: check.baselineValue,
    currentValue: check.currentValue,
    deltaPercent: check.deltaPercent,
    tolerancePercent: check.tolerancePercent,
  });
}

/** Gates call this: checks (and stores) the run against the baseline, throws when it fails. */
export async function requireBaseline(deps: Deps, runId: string, baselineName: string, gate: string, path = 'requireBaseline') {
  const check = await checkRegression(deps, { runId, baselineName, gate });
  if (check.verdict !== 'PASS') throw regressionFailure(check, path);
  return check;
}
