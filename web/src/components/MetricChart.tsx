import { useEffect, useMemo, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useElementWidth } from '../hooks/useElementWidth';
import { canDraw } from './canvas';
import {
  alignSeries,
  type ChartSeries,
  type ChartView,
  chartOptions,
  colorOf,
  DEFAULT_VIEW,
  formatTick,
  readOut,
  viewData,
  type XAxis,
} from './chartData';
import { FilterSelect } from './form';

const xAxes: ReadonlyArray<{ value: XAxis; label: string }> = [
  { value: 'step', label: 'step' },
  { value: 'time', label: 'time (s)' },
];

export type { ChartSeries } from './chartData';

interface MetricChartProps {
  series: readonly ChartSeries[];
  height?: number;
  yLabel?: string;
  /** Series listed in the legend but not drawn; the legend's buttons toggle them. */
  hiddenSeries: readonly string[];
  onToggleSeries: (name: string) => void;
  view: ChartView;
  onViewChange: (view: ChartView) => void;
  /** Offer "time" on the x axis (the series carry recordedAt). */
  timeAxis?: boolean;
  emptyText?: string;
  'data-testid'?: string;
}

/**
 * Lines over steps (or seconds), drawn by uPlot on a canvas: smoothing, log scale, the values
 * under the cursor in the legend, drag to zoom (double-click resets). Pure in its data: callers
 * append live points by passing longer series, and each update only hands uPlot new arrays.
 */
export function MetricChart({
  series,
  height = 280,
  yLabel,
  hiddenSeries,
  onToggleSeries,
  view,
  onViewChange,
  timeAxis = true,
  emptyText = 'No points yet.',
  'data-testid': testid,
}: MetricChartProps) {
  const [measure, width] = useElementWidth<HTMLElement>();
  const frame = useRef<HTMLDivElement | null>(null);
  const plotRef = useRef<uPlot | null>(null);
  const [cursorIndex, setCursorIndex] = useState<number | null>(null);
  const names = series.map((item) => item.name);
  const aligned = useMemo(() => alignSeries(series), [series]);
  const data = useMemo(() => viewData(aligned, view), [aligned, view]);
  const pointCount = series.reduce((sum, item) => sum + item.points.length, 0);
  const namesKey = names.join('\u0000');
  const hiddenKey = hiddenSeries.join('\u0000');
  const chartWidth = width ?? 720;

  // A new plot when what is drawn changes shape (series, view, size); only new data otherwise.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the names' and hidden series' content, not their arrays.
  useEffect(() => {
    const element = frame.current;
    if (!element || pointCount === 0 || !canDraw()) return;
    const options = chartOptions({ names, hidden: hiddenSeries, view, width: chartWidth, height, yLabel });
    options.hooks = { setCursor: [(plot) => setCursorIndex(plot.cursor.idx ?? null)] };
    const plot = new uPlot(options, data, element);
    plotRef.current = plot;
    return () => {
      plot.destroy();
      plotRef.current = null;
    };
  }, [namesKey, hiddenKey, view, chartWidth, height, yLabel, pointCount === 0]);

  useEffect(() => {
    plotRef.current?.setData(data);
  }, [data]);

  const shown = readOut(data, cursorIndex);
  return (
    <figure className="chart" ref={measure} data-testid={testid} data-points={pointCount}>
      <div className="chart__controls">
        <label className="filter">
          Smoothing
          <input
            type="range"
            min={0}
            max={0.99}
            step={0.01}
            value={view.smoothing}
            onChange={(event) => onViewChange({ ...view, smoothing: Number(event.target.value) })}
            data-testid="chart:smoothing"
          />
          <output>{view.smoothing.toFixed(2)}</output>
        </label>
        <label className="filter">
          <input
            type="checkbox"
            checked={view.logScale}
            onChange={(event) => onViewChange({ ...view, logScale: event.target.checked })}
            data-testid="chart:log"
          />
          Log scale
        </label>
        {timeAxis && (
          <FilterSelect
            label="X axis"
            value={view.xAxis}
            onValueChange={(xAxis) => onViewChange({ ...view, xAxis })}
            options={xAxes}
            data-testid="chart:x-axis"
          />
        )}
        {shown.x !== null && (
          <span className="muted" data-testid="chart:cursor">
            {view.xAxis === 'time' ? `${formatTick(shown.x)} s` : `step ${formatTick(shown.x)}`}
          </span>
        )}
      </div>
      {pointCount === 0 && (
        <div className="chart__empty" style={{ height }} data-testid="chart:empty">
          {emptyText}
        </div>
      )}
      <div ref={frame} className="chart__plot" data-testid="chart:plot" hidden={pointCount === 0} />
      {series.length > 0 && (
        <ul className="chart__legend">
          {names.map((name, index) => {
            const hidden = hiddenSeries.includes(name);
            const color = colorOf(index);
            return (
              <li key={name} data-testid="chart:legend-item" data-series={name} data-shown={!hidden}>
                <button
                  type="button"
                  className={hidden ? 'chart__toggle chart__toggle--off' : 'chart__toggle'}
                  aria-pressed={!hidden}
                  onClick={() => onToggleSeries(name)}
                >
                  <span className="chart__swatch" style={{ background: hidden ? 'transparent' : color, borderColor: color }} />
                  {name}
                  {shown.x !== null && !hidden && <span className="chart__value">{formatTick(shown.values[index])}</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </figure>
  );
}

/** The chart's view and hidden series, kept by the page that shows it. */
export function useChartState(initialHidden: (names: readonly string[]) => string[] = () => []) {
  const [view, setView] = useState<ChartView>(DEFAULT_VIEW);
  const [hidden, setHidden] = useState<string[] | null>(null);
  return {
    view,
    setView,
    hiddenFor: (names: readonly string[]) => hidden ?? initialHidden(names),
    toggle: (names: readonly string[], name: string) => {
      const current = hidden ?? initialHidden(names);
      setHidden(current.includes(name) ? current.filter((other) => other !== name) : [...current, name]);
    },
  };
}
