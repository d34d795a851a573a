import { extentOf, formatTick, linearScale, niceTicks, palette, px } from './chartScale';
import { CHART_MARGIN } from './LineChart';

export interface Bar {
  /** Under the bar, e.g. "#3". */
  label: string;
  /** Null draws no bar (e.g. a trial without a metric) but keeps its place. */
  value: number | null;
  highlight?: boolean;
  /** Tooltip. */
  title?: string;
}

export interface BarChartProps {
  bars: readonly Bar[];
  width?: number;
  height?: number;
  xLabel?: string;
  yLabel?: string;
  emptyText?: string;
  'data-testid'?: string;
}

/** One bar per item from a zero baseline (or from the lowest tick when every value is far from 0). */
export function BarChart({
  bars,
  width = 720,
  height = 220,
  xLabel,
  yLabel,
  emptyText = 'No values yet.',
  'data-testid': testId,
}: BarChartProps) {
  const values = bars.flatMap((bar) => (bar.value === null ? [] : [bar.value]));
  const extent = extentOf([...values, 0]);
  if (values.length === 0 || !extent) {
    return (
      <figure className="chart" data-testid={testId}>
        <div className="chart__empty" style={{ height }} data-testid="chart:empty">
          {emptyText}
        </div>
      </figure>
    );
  }
  const ticks = niceTicks(extent, 5);
  const domain = { min: ticks[0] ?? extent.min, max: ticks.at(-1) ?? extent.max };
  const left = CHART_MARGIN.left;
  const right = width - CHART_MARGIN.right;
  const top = CHART_MARGIN.top;
  const bottom = height - CHART_MARGIN.bottom;
  const y = linearScale(domain, bottom, top);
  const slot = (right - left) / bars.length;
  const barWidth = Math.min(48, slot * 0.7);
  const base = y(Math.max(domain.min, Math.min(0, domain.max)));
  // Labels thin out when there are more bars than fit side by side.
  const labelEvery = Math.max(1, Math.ceil(bars.length / Math.floor((right - left) / 28)));

  return (
    <figure className="chart" data-testid={testId}>
      <svg
        className="chart__svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={yLabel ?? 'bars'}
      >
        <g className="chart__grid">
          {ticks.map((tick) => (
            <line key={tick} x1={left} x2={right} y1={px(y(tick))} y2={px(y(tick))} />
          ))}
        </g>
        <g className="chart__axis">
          {ticks.map((tick) => (
            <text key={tick} x={left - 6} y={px(y(tick))} dy="0.32em" textAnchor="end">
              {formatTick(tick)}
            </text>
          ))}
          <line x1={left} x2={right} y1={bottom} y2={bottom} />
        </g>
        {bars.map((bar, index) => {
          const center = left + slot * (index + 0.5);
          const top = bar.value === null ? base : y(bar.value);
          return (
            <g key={bar.label} data-testid="chart:bar" data-label={bar.label} data-value={bar.value ?? ''}>
              {bar.value !== null && (
                <rect
                  x={px(center - barWidth / 2)}
                  y={px(Math.min(top, base))}
                  width={px(barWidth)}
                  height={px(Math.max(1, Math.abs(base - top)))}
                  fill={bar.highlight ? (palette[2] ?? 'green') : (palette[0] ?? 'blue')}
                  opacity={bar.highlight ? 1 : 0.75}
                >
                  <title>{bar.title ?? `${bar.label}: ${bar.value}`}</title>
                </rect>
              )}
              {index % labelEvery === 0 && (
                <text className="chart__axis-text" x={px(center)} y={bottom + 16} textAnchor="middle">
                  {bar.label}
                </text>
              )}
            </g>
          );
        })}
        {xLabel && (
          <text className="chart__label" x={(left + right) / 2} y={height - 4} textAnchor="middle">
            {xLabel}
          </text>
        )}
        {yLabel && (
          <text className="chart__label" transform={`translate(12 ${(top + bottom) / 2}) rotate(-90)`} textAnchor="middle">
            {yLabel}
          </text>
        )}
      </svg>
    </figure>
  );
}
