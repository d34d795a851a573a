// What the metric charts draw, built from the API's series: plain functions (uPlot draws on a
// canvas, which jsdom cannot, so these are what the component tests check).
import type uPlot from 'uplot';

export interface ChartPoint {
  /** The step, or seconds since the series' first point when the x axis is time. */
  x: number;
  y: number;
}

export interface ChartSeries {
  name: string;
  points: readonly ChartPoint[];
}

export type XAxis = 'step' | 'time';

export interface ChartView {
  /** 0 (none) to 0.99: the weight of the past in an exponential moving average. */
  smoothing: number;
  logScale: boolean;
  xAxis: XAxis;
}

export const DEFAULT_VIEW: ChartView = { smoothing: 0, logScale: false, xAxis: 'step' };

/** Colours for series, in order; chosen to stay apart for the common kinds of colour blindness. */
export const palette = ['#0969da', '#cf222e', '#1a7f37', '#8250df', '#bc4c00', '#1b7c83', '#bf3989', '#6e7781'];
export const colorOf = (index: number) => palette[index % palette.length] ?? '#000';

/**
 * An exponential moving average with TensorBoard's debiasing (so the first points are not pulled
 * towards 0); gaps (null) stay gaps and do not reset the average.
 */
export function smooth(values: ReadonlyArray<number | null>, weight: number): Array<number | null> {
  if (weight <= 0) return [...values];
  let last = 0;
  let count = 0;
  return values.map((value) => {
    if (value === null || !Number.isFinite(value)) return null;
    last = last * weight + (1 - weight) * value;
    count += 1;
    return last / (1 - weight ** count);
  });
}

/**
 * The series on one shared, sorted x axis, as uPlot wants them ([xs, ys of series 1, ...]), null
 * where a series has no point at that x. Identical steps across runs (the usual case) give one x per step.
 */
export function alignSeries(series: readonly ChartSeries[]): uPlot.AlignedData {
  const xs = [...new Set(series.flatMap((item) => item.points.map((point) => point.x)))].sort((a, b) => a - b);
  const index = new Map(xs.map((x, i) => [x, i]));
  const columns = series.map((item) => {
    const column: Array<number | null> = new Array(xs.length).fill(null);
    for (const point of item.points) column[index.get(point.x) as number] = point.y;
    return column;
  });
  return [xs, ...columns];
}

/** The aligned data as drawn: smoothed, and on a log scale only positive values (log 0 has no place). */
export function viewData(aligned: uPlot.AlignedData, view: ChartView): uPlot.AlignedData {
  const [xs, ...columns] = aligned;
  return [
    xs,
    ...columns.map((column) => {
      const values = smooth(column as ReadonlyArray<number | null>, view.smoothing);
      return view.logScale ? values.map((value) => (value !== null && value > 0 ? value : null)) : values;
    }),
  ];
}

/** Points of metric series (step, value, recordedAt) on the chosen x axis: steps, or seconds since the first point. */
export function toChartSeries(
  series: ReadonlyArray<{ name: string; points: ReadonlyArray<{ step: number; value: number; recordedAt?: string }> }>,
  xAxis: XAxis,
): ChartSeries[] {
  return series.map((item) => {
    const start = item.points[0]?.recordedAt ? Date.parse(item.points[0].recordedAt) : 0;
    return {
      name: item.name,
      points: item.points.map((point) => ({
        x: xAxis === 'time' && point.recordedAt ? (Date.parse(point.recordedAt) - start) / 1000 : point.step,
        y: point.value,
      })),
    };
  });
}

const plain = new Intl.NumberFormat('en', { maximumSignificantDigits: 4 });
const short = new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 3 });

/** A tick or read-out: short (20K, 1.5M) and locale-independent, so tests and screenshots read the same everywhere. */
export function formatTick(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return '–';
  if (value !== 0 && Math.abs(value) < 1e-3) return value.toExponential(1);
  return Math.abs(value) >= 1e4 ? short.format(value) : plain.format(value);
}

/**
 * uPlot's options for the series and view: one coloured line per series (hidden ones not shown),
 * the y scale linear or log, the x axis labelled by step or seconds. Its own legend is off: the
 * component draws an accessible one with the values under the cursor.
 */
export function chartOptions(options: {
  names: readonly string[];
  hidden: readonly string[];
  view: ChartView;
  width: number;
  height: number;
  yLabel?: string;
}): uPlot.Options {
  const { names, hidden, view } = options;
  return {
    width: options.width,
    height: options.height,
    legend: { show: false },
    cursor: { drag: { x: true, y: false }, points: { size: 6 } },
    scales: {
      x: { time: false },
      y: view.logScale ? { distr: 3 } : {},
    },
    axes: [
      { label: view.xAxis === 'time' ? 'seconds' : 'step', values: (_u, ticks) => ticks.map(formatTick) },
      { label: options.yLabel ?? 'value', values: (_u, ticks) => ticks.map(formatTick), size: 60 },
    ],
    series: [
      { label: view.xAxis },
      ...names.map((name, index) => ({
        label: name,
        stroke: colorOf(index),
        width: 1.5,
        show: !hidden.includes(name),
        // Gaps where a series has no point at another series' x: join across them.
        spanGaps: true,
        points: { show: false },
      })),
    ],
  };
}

/** The values under the cursor, per series (null where a series has none there). */
export function readOut(
  data: uPlot.AlignedData,
  index: number | null | undefined,
): { x: number | null; values: Array<number | null> } {
  if (index == null || index < 0) return { x: null, values: data.slice(1).map(() => null) };
  return {
    x: (data[0][index] as number | undefined) ?? null,
    values: data.slice(1).map((column) => (column[index] as number | null | undefined) ?? null),
  };
}
