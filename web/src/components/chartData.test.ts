import { describe, expect, it } from 'vitest';
import { alignSeries, chartOptions, DEFAULT_VIEW, readOut, smooth, toChartSeries, viewData } from './chartData';

describe('metric chart data', () => {
  it('aligns series on one sorted x axis, with gaps where a series has no point', () => {
    const data = alignSeries([
      {
        name: 'a',
        points: [
          { x: 2, y: 20 },
          { x: 0, y: 0 },
        ],
      },
      { name: 'b', points: [{ x: 1, y: 10 }] },
    ]);
    expect(data).toEqual([
      [0, 1, 2],
      [0, null, 20],
      [null, 10, null],
    ]);
  });

  it('aligns 20 runs × 10,000 points sharing their steps into 10,000 columns', () => {
    const steps = Array.from({ length: 10_000 }, (_, step) => ({ x: step, y: 1 / (step + 1) }));
    const data = alignSeries(Array.from({ length: 20 }, (_, run) => ({ name: `run ${run}`, points: steps })));
    expect(data).toHaveLength(21);
    expect(data[0]).toHaveLength(10_000);
    expect(data[20]?.[9_999]).toBeCloseTo(1e-4);
  });

  it('smooths with a debiased moving average that keeps gaps, and drops values a log scale cannot show', () => {
    expect(smooth([1, 1, 1], 0.9)).toEqual([1, 1, 1].map(() => expect.closeTo(1, 10)));
    const smoothed = smooth([0, null, 10], 0.5);
    expect(smoothed[1]).toBeNull();
    expect(smoothed[2]).toBeCloseTo((0.5 * 0 * 0.5 + 0.5 * 10) / (1 - 0.25));
    expect(
      viewData(
        [
          [0, 1, 2],
          [-1, 0, 5],
        ],
        { ...DEFAULT_VIEW, logScale: true },
      ),
    ).toEqual([
      [0, 1, 2],
      [null, null, 5],
    ]);
  });

  it('puts time on the x axis as seconds since the first point', () => {
    const [series] = toChartSeries(
      [
        {
          name: 'loss',
          points: [
            { step: 5, value: 1, recordedAt: '2026-11-22T10:00:00.000Z' },
            { step: 6, value: 0.5, recordedAt: '2026-11-22T10:00:02.500Z' },
          ],
        },
      ],
      'time',
    );
    expect(series?.points.map((point) => point.x)).toEqual([0, 2.5]);
  });

  it("builds uPlot's options: a log y scale, hidden series not shown, its own legend off; reads out the cursor's values", () => {
    const options = chartOptions({
      names: ['a', 'b'],
      hidden: ['b'],
      view: { ...DEFAULT_VIEW, logScale: true },
      width: 600,
      height: 200,
    });
    expect(options.scales?.y).toEqual({ distr: 3 });
    expect(options.series.slice(1).map((series) => series.show)).toEqual([true, false]);
    expect(options.legend?.show).toBe(false);
    expect(
      readOut(
        [
          [0, 1],
          [3, 4],
          [null, 2],
        ],
        1,
      ),
    ).toEqual({ x: 1, values: [4, 2] });
    expect(readOut([[0], [3]], null)).toEqual({ x: null, values: [null] });
  });
});
