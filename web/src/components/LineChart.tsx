import { extentOf, formatTick, linearScale, niceTicks, palette, px } from './chartScale';

export interface ChartPoint {
  x: number;
  y: number;
}

export interface ChartSeries {
  name: string;
  points: readonly ChartPoint[];
}

export interface LineChartProps {
  series: readonly ChartSeries[];
  width?: number;
  height?: number;
  /** Names the axes, e.g. "step" and "value". */
  xLabel?: string;
  yLabel?: string;
  /** X ticks at whole numbers only (steps, trial numbers). */
  integerX?: boolean;
  /** Series drawn in the legend but not in the plot (the legend toggles them when onToggleSeries is set). */
  hiddenSeries?: readonly string[];
  onToggleSeries?: (name: string) => void;
  emptyText?: string;
  'data-testid'?: string;
}

/** Space around the plot for the axes' ticks and labels. */
export const CHART_MARGIN = { top: 12, right: 16, bottom: 40, left: 60 } as const;

/** Every point of a series as an SVG path: `M x,y L x,y …` (points sorted by x first). */
export function linePath(points: readonly ChartPoint[], x: (value: number) => number, y: (value: number) => number): string {
  return [...points]
    .sort((a, b) => a.x - b.x)
    .map((point, index) => `${index === 0 ? 'M' : 'L'}${px(x(point.x))},${px(y(point.y))}`)
    .join(' ');
}

/**
 * A line per series over a shared x axis, with value and x ticks and a legend. Pure: it draws what
 * it is given, so callers append live points by passing longer series.
 */
export function LineChart({
  series,
  width = 720,
  height = 280,
  xLabel,
  yLabel,
  integerX = false,
  hiddenSeries = [],
  onToggleSeries,
  emptyText = 'No points yet.',
  'data-testid': testId,
}: LineChartProps) {
  const colored = series.map((item, index) => ({ ...item, color: palette[index % palette.length] ?? '#000' }));
  const visible = colored.filter((item) => !hiddenSeries.includes(item.name) && item.points.length > 0);
  const xExtent = extentOf(visible.flatMap((item) => item.points.map((point) => point.x)));
  const yExtent = extentOf(visible.flatMap((item) => item.points.map((point) => point.y)));

  const legend = series.length > 0 && (
    <ul className="chart__legend">
      {colored.map((item) => {
        const hidden = hiddenSeries.includes(item.name);
        const swatch = (
          <span className="chart__swatch" style={{ background: hidden ? 'transparent' : item.color, borderColor: item.color }} />
        );
        return (
          <li key={item.name} data-testid="chart:legend-item" data-series={item.name}>
            {onToggleSeries ? (
              <button
                type="button"
                className={hidden ? 'chart__toggle chart__toggle--off' : 'chart__toggle'}
                aria-pressed={!hidden}
                onClick={() => onToggleSeries(item.name)}
              >
                {swatch}
                {item.name}
              </button>
            ) : (
              <span className="chart__toggle">
                {swatch}
                {item.name}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );

  if (!xExtent || !yExtent) {
    return (
      <figure className="chart" data-testid={testId}>
        <div className="chart__empty" style={{ height }} data-testid="chart:empty">
          {emptyText}
        </div>
        {legend}
      </figure>
    );
  }

  const xTicks = niceTicks(xExtent, 6, integerX);
  const yTicks = niceTicks(yExtent, 5);
  // The domain runs from the first to the last tick, so the grid lines frame the plot.
  const xDomain = { min: xTicks[0] ?? xExtent.min, max: xTicks.at(-1) ?? xExtent.max };
  const yDomain = { min: yTicks[0] ?? yExtent.min, max: yTicks.at(-1) ?? yExtent.max };
  const left = CHART_MARGIN.left;
  const right = width - CHART_MARGIN.right;
  const top = CHART_MARGIN.top;
  const bottom = height - CHART_MARGIN.bottom;
  const x = linearScale(xDomain, left, right);
  const y = linearScale(yDomain, bottom, top);

  return (
    <figure className="chart" data-testid={testId}>
      <svg
        className="chart__svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`${series.map((item) => item.name).join(', ')} by ${xLabel ?? 'x'}`}
      >
        <g className="chart__grid">
          {yTicks.map((tick) => (
            <line key={`y${tick}`} x1={left} x2={right} y1={px(y(tick))} y2={px(y(tick))} />
          ))}
        </g>
        <g className="chart__axis" data-testid="chart:y-ticks">
          {yTicks.map((tick) => (
            <text key={tick} x={left - 6} y={px(y(tick))} dy="0.32em" textAnchor="end">
              {formatTick(tick)}
            </text>
          ))}
        </g>
        <g className="chart__axis" data-testid="chart:x-ticks">
          <line x1={left} x2={right} y1={bottom} y2={bottom} />
          {xTicks.map((tick) => (
            <text key={tick} x={px(x(tick))} y={bottom + 16} textAnchor="middle">
              {formatTick(tick)}
            </text>
          ))}
        </g>
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
        {visible.map((item) => (
          <g key={item.name} data-testid="chart:series" data-series={item.name}>
            <path className="chart__line" d={linePath(item.points, x, y)} stroke={item.color} data-testid="chart:line">
              <title>{item.name}</title>
            </path>
            {/* A lone point draws no line: mark it. */}
            {item.points.length === 1 &&
              item.points.map((point) => (
                <circle key={point.x} cx={px(x(point.x))} cy={px(y(point.y))} r={3} fill={item.color} />
              ))}
          </g>
        ))}
      </svg>
      {legend}
    </figure>
  );
}
