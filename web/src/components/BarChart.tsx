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

/**
 * The value axis: from 0 when the values spread over much of their size, else zoomed in on them
 * (trials of a sweep often differ in the third digit, which bars from 0 would hide).
 */
export function barDomain(values: readonly number[]) {
  const extent = extentOf(values);
  if (!extent) return null;
  const spread = extent.max - extent.min;
  const zoom = extent.min > 0 && spread < extent.min;
  // Zoomed, the lowest bar keeps some height: the axis starts a quarter of the spread below it.
  const shown = zoom ? { min: Math.max(0, extent.min - spread / 4), max: extent.max } : (extentOf([...values, 0]) ?? extent);
  const ticks = niceTicks(shown, 5);
  return { ticks, min: ticks[0] ?? extent.min, max: ticks.at(-1) ?? extent.max, zoomed: zoom };
}

/** Labels above the bars up to this many bars; beyond, the tooltips have the values. */
const VALUE_LABELS_UP_TO = 24;

/** One bar per item; the best can be highlighted. Values sit above the bars when there is room. */
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
  const axis = barDomain(values);
  if (!axis) {
    return (
      <figure className="chart" data-testid={testId}>
        <div className="chart__empty" style={{ height }} data-testid="chart:empty">
          {emptyText}
        </div>
      </figure>
    );
  }
  const { ticks } = axis;
  const domain = { min: axis.min, max: axis.max };
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
        <g className="chart__axis" data-testid="chart:y-ticks" data-zoomed={axis.zoomed || undefined}>
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
              {bar.value !== null && bars.length <= VALUE_LABELS_UP_TO && (
                <text className="chart__value" x={px(center)} y={px(Math.min(top, base) - 4)} textAnchor="middle">
                  {formatTick(bar.value)}
                </text>
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
