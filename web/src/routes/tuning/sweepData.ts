// What the sweep views draw, from a job's trials: plain functions building ECharts options (the
// charts draw on a canvas, which jsdom cannot, so these are what the component tests check).
import type { EChartsOption } from 'echarts';

export interface SweepTrial {
  id: string;
  number: number;
  status: string;
  params: unknown;
  metricValue: number | null;
}

/** One axis of the parallel coordinates: a numeric param, a categorical one, or the metric. */
export interface SweepAxis {
  name: string;
  categories: string[] | null;
}

const BEST = '#1a7f37';
const PRUNED = '#bc4c00';
const OTHER = '#0969da';

const paramsOf = (trial: SweepTrial): Record<string, unknown> =>
  trial.params && typeof trial.params === 'object' && !Array.isArray(trial.params)
    ? (trial.params as Record<string, unknown>)
    : {};

/** The params the trials sampled, each numeric (its own scale) or categorical (its values in order seen), then the metric. */
export function sweepAxes(trials: readonly SweepTrial[], metricName: string): SweepAxis[] {
  const names = [...new Set(trials.flatMap((trial) => Object.keys(paramsOf(trial))))];
  const axes = names.map((name) => {
    const values = trials.map((trial) => paramsOf(trial)[name]).filter((value) => value !== undefined);
    const numeric = values.every((value) => typeof value === 'number');
    return { name, categories: numeric ? null : [...new Set(values.map(String))] };
  });
  return [...axes, { name: metricName, categories: null }];
}

/** A trial as one line across the axes (null where it has no value); trials without the metric are left out. */
export function sweepRow(trial: SweepTrial, axes: readonly SweepAxis[]): Array<number | string | null> {
  const params = paramsOf(trial);
  return axes.map((axis, index) => {
    if (index === axes.length - 1) return trial.metricValue;
    const value = params[axis.name];
    if (value === undefined) return null;
    return axis.categories ? String(value) : (value as number);
  });
}

/** How a trial is drawn: the best one green and thick, pruned ones dashed orange, the rest blue. */
export function trialStyle(trial: SweepTrial, bestTrialId: string | null) {
  if (trial.id === bestTrialId) return { color: BEST, width: 3, type: 'solid' as const, label: 'best' };
  if (trial.status === 'PRUNED') return { color: PRUNED, width: 1.5, type: 'dashed' as const, label: 'pruned' };
  return { color: OTHER, width: 1.5, type: 'solid' as const, label: 'trial' };
}

const withMetric = (trials: readonly SweepTrial[]) => trials.filter((trial) => trial.metricValue !== null);

/**
 * Parallel coordinates: one axis per param and one for the metric, one line per trial that has
 * the metric. Dragging on an axis brushes a range (ECharts' axis area select); lines outside it fade.
 */
export function parallelOption(trials: readonly SweepTrial[], metricName: string, bestTrialId: string | null): EChartsOption {
  const axes = sweepAxes(trials, metricName);
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    parallelAxis: axes.map((axis, dim) =>
      axis.categories
        ? { dim, name: axis.name, type: 'category' as const, data: axis.categories }
        : { dim, name: axis.name, type: 'value' as const, scale: true },
    ),
    parallel: { left: 60, right: 80, top: 40, bottom: 30 },
    series: [
      {
        type: 'parallel',
        inactiveOpacity: 0.08,
        activeOpacity: 1,
        data: withMetric(trials).map((trial) => {
          const style = trialStyle(trial, bestTrialId);
          return {
            name: `#${trial.number} (${style.label})`,
            value: sweepRow(trial, axes),
            lineStyle: { color: style.color, width: style.width, type: style.type },
          };
        }),
      },
    ],
  };
}

/** The metric against one param: a point per trial with the metric, the best and the pruned marked as in the lines. */
export function scatterOption(
  trials: readonly SweepTrial[],
  param: string,
  metricName: string,
  bestTrialId: string | null,
): EChartsOption {
  const axis = sweepAxes(trials, metricName).find((candidate) => candidate.name === param);
  const points = withMetric(trials)
    .map((trial) => ({ trial, value: paramsOf(trial)[param] }))
    .filter((point) => point.value !== undefined);
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    grid: { left: 60, right: 24, top: 24, bottom: 48 },
    xAxis: axis?.categories
      ? { type: 'category', name: param, nameLocation: 'middle', nameGap: 28, data: axis.categories }
      : { type: 'value', name: param, nameLocation: 'middle', nameGap: 28, scale: true },
    yAxis: { type: 'value', name: metricName, scale: true },
    series: [
      {
        type: 'scatter',
        symbolSize: 10,
        data: points.map(({ trial, value }) => {
          const style = trialStyle(trial, bestTrialId);
          return {
            name: `#${trial.number} (${style.label})`,
            value: [axis?.categories ? String(value) : (value as number), trial.metricValue as number],
            symbol: style.label === 'pruned' ? 'triangle' : 'circle',
            symbolSize: style.label === 'best' ? 16 : 10,
            itemStyle: { color: style.color },
          };
        }),
      },
    ],
  };
}
