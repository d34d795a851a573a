// Early stopping of tuning trials (the reference system has none): the median stopping rule.
// A running trial is stopped when its intermediate metric is worse than the median of the
// completed trials' values of that metric at the same step. Pure: no database.

export type MetricModeName = 'MIN' | 'MAX';

export interface EarlyStoppingConfig {
  rule: 'MEDIAN';
  /** The rule waits until this many completed trials reported the metric at or before the step. */
  minTrialsCompleted: number;
  /** Steps before this one are never judged: early values are noisy. */
  graceSteps: number;
}

export const DEFAULT_MIN_TRIALS_COMPLETED = 2;
export const DEFAULT_GRACE_STEPS = 0;

export interface MetricPoint {
  step: number;
  value: number;
}

/** The value at `step`, or at the nearest reported step before it; null when none is ≤ step. */
export function valueAtStep(points: readonly MetricPoint[], step: number): number | null {
  let best: MetricPoint | null = null;
  for (const point of points) {
    if (point.step <= step && (best === null || point.step > best.step)) best = point;
  }
  return best?.value ?? null;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export interface MedianDecision {
  stop: boolean;
  /** The median compared with, when there were enough completed trials to compute it. */
  median: number | null;
  /** How many completed trials had a value at or before the step. */
  compared: number;
}

/**
 * Whether a trial that reported `value` at `step` should stop: when step ≥ graceSteps, at least
 * minTrialsCompleted completed trials have a value at that step (or their nearest step before
 * it), and `value` is strictly worse than their median (greater for MIN, smaller for MAX).
 */
export function medianStoppingDecision(args: {
  config: EarlyStoppingConfig;
  mode: MetricModeName;
  step: number;
  value: number;
  /** Each completed trial's points of the metric. */
  completed: readonly (readonly MetricPoint[])[];
}): MedianDecision {
  const { config, mode, step, value } = args;
  const values = args.completed.map((points) => valueAtStep(points, step)).filter((v): v is number => v !== null);
  if (step < config.graceSteps || values.length < Math.max(1, config.minTrialsCompleted) || !Number.isFinite(value)) {
    return { stop: false, median: null, compared: values.length };
  }
  const mid = median(values);
  return { stop: mode === 'MIN' ? value > mid : value < mid, median: mid, compared: values.length };
}
