import { describe, expect, it } from 'vitest';
import { parallelOption, type SweepTrial, scatterOption, sweepAxes } from './sweepData';

const trial = (
  number: number,
  params: Record<string, unknown>,
  metricValue: number | null,
  status = 'SUCCEEDED',
): SweepTrial => ({
  id: `t${number}`,
  number,
  status,
  params,
  metricValue,
});
const trials = [
  trial(1, { learningRate: 0.1, optimizer: 'adam' }, 2.5),
  trial(2, { learningRate: 0.01, optimizer: 'sgd' }, 1.2),
  trial(3, { learningRate: 0.3, optimizer: 'adam' }, 3.9, 'PRUNED'),
  trial(4, { learningRate: 0.2, optimizer: 'sgd' }, null, 'FAILED'),
];

describe('sweep views', () => {
  it('makes an axis per param (numeric or categorical) and one for the metric', () => {
    expect(sweepAxes(trials, 'evalLoss')).toEqual([
      { name: 'learningRate', categories: null },
      { name: 'optimizer', categories: ['adam', 'sgd'] },
      { name: 'evalLoss', categories: null },
    ]);
  });

  it('draws a line per trial with the metric: the best green and thick, pruned dashed, without the metric left out', () => {
    const option = parallelOption(trials, 'evalLoss', 't2');
    const [series] = option.series as Array<{
      data: Array<{ name: string; value: unknown[]; lineStyle: { color: string; type: string; width: number } }>;
    }>;
    expect(series?.data.map((line) => line.name)).toEqual(['#1 (trial)', '#2 (best)', '#3 (pruned)']);
    expect(series?.data[1]).toMatchObject({ value: [0.01, 'sgd', 1.2], lineStyle: { color: '#1a7f37', width: 3 } });
    expect(series?.data[2]?.lineStyle.type).toBe('dashed');
    expect((option.parallelAxis as Array<{ type: string }>).map((axis) => axis.type)).toEqual(['value', 'category', 'value']);
  });

  it('plots the metric against one param, the pruned as triangles and the best larger', () => {
    const option = scatterOption(trials, 'learningRate', 'evalLoss', 't2');
    const [series] = option.series as Array<{ data: Array<{ value: unknown[]; symbol: string; symbolSize: number }> }>;
    expect(series?.data.map((point) => point.value)).toEqual([
      [0.1, 2.5],
      [0.01, 1.2],
      [0.3, 3.9],
    ]);
    expect(series?.data.map((point) => point.symbol)).toEqual(['circle', 'circle', 'triangle']);
    expect(series?.data[1]?.symbolSize).toBe(16);
  });
});
