import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { compareEvaluationsResult } from '../../test/evaluationFixtures';
import { metricSeries, runNode } from '../../test/fixtures';
import { createMockClient } from '../../test/mockClient';
import { renderAt } from '../../test/render';
import { ComparePage, compareIds } from './ComparePage';

const compared = (id: string, name: string, series: ReturnType<typeof metricSeries>) => ({
  ...runNode('SUCCEEDED', { id, name }),
  metricSeries: series,
});

describe('ComparePage', () => {
  it('shows the config keys that differ, final metrics side by side and one line per run', async () => {
    const first = compared(
      'UnVuOjE=',
      'lr 0.5',
      metricSeries({
        evalLoss: [
          [0, 3],
          [10, 2],
        ],
        trainLoss: [[10, 2.1]],
      }),
    );
    const second = compared(
      'UnVuOjI=',
      'lr 1.5',
      metricSeries({
        evalLoss: [
          [0, 3],
          [10, 1.5],
        ],
        trainLoss: [[10, 1.7]],
      }),
    );
    const mock = createMockClient({
      CompareRuns: {
        data: {
          compareRuns: {
            __typename: 'RunComparison',
            configDiff: [{ __typename: 'ConfigDifference', key: 'learningRate', values: [0.5, 1.5] }],
            finalMetrics: [
              { __typename: 'MetricComparison', name: 'evalLoss', values: [2, 1.5] },
              { __typename: 'MetricComparison', name: 'trainLoss', values: [2.1, null] },
            ],
            runs: [first, second],
          },
        },
      },
      CompareEvaluations: compareEvaluationsResult([null, null]),
    });
    renderAt(`/compare?ids=${first.id},${second.id}`, <ComparePage />, mock);

    const row = await screen.findByTestId('compare:config-row');
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['0.5', '1.5']);
    const trainLoss = screen.getAllByTestId('compare:metric-row').find((metric) => metric.dataset.metric === 'trainLoss');
    expect(
      within(trainLoss as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2.1', '—']);
    expect(mock.operations[0]?.variables).toMatchObject({ ids: [first.id, second.id] });

    // evalLoss first; another metric on demand.
    const chart = screen.getByTestId('compare:chart');
    expect(
      within(chart)
        .getAllByTestId('chart:legend-item')
        .map((item) => item.dataset.series),
    ).toEqual(['#1 lr 0.5', '#2 lr 1.5']);
    expect(chart.dataset.points).toBe('4');
    fireEvent.change(screen.getByTestId('compare:metric'), { target: { value: 'trainLoss' } });
    expect(screen.getByTestId('compare:metric')).toHaveProperty('value', 'trainLoss');
  });

  it('asks for two runs or more', () => {
    const mock = createMockClient({});
    renderAt('/compare?ids=UnVuOjE=', <ComparePage />, mock);
    expect(screen.getByTestId('compare:too-few')).toBeTruthy();
    expect(mock.operations).toHaveLength(0);
  });
});

describe('compareIds', () => {
  it('reads ids once each, in order', () => {
    expect(compareIds(new URLSearchParams('ids=b,a,,b'))).toEqual(['b', 'a']);
    expect(compareIds(new URLSearchParams(''))).toEqual([]);
  });
});
