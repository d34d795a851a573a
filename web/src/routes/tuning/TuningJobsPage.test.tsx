import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connection } from '../../test/fixtures';
import { createMockClient } from '../../test/mockClient';
import { renderAt } from '../../test/render';
import { TuningJobsPage } from './TuningJobsPage';

function listedJob(n: number, status: string, finishedTrialCount: number, bestMetricValue: number | null) {
  return {
    __typename: 'TuningJob',
    id: `VHVuaW5nSm9iOj${n}`,
    name: `sweep ${n}`,
    status,
    metricName: 'evalLoss',
    metricMode: 'MIN',
    bestMetricValue,
    numSamples: 3,
    createdAt: '2026-11-22T10:00:00.000Z',
    dataset: { __typename: 'Dataset', id: 'RGF0YXNldDox', name: 'arith', version: 'v1' },
    finishedTrialCount,
  };
}

describe('TuningJobsPage', () => {
  it('shows trials done of planned, live for running jobs', async () => {
    const running = listedJob(1, 'RUNNING', 1, null);
    const finished = listedJob(2, 'SUCCEEDED', 3, 2.79);
    const mock = createMockClient({
      TuningJobs: { data: { tuningJobs: connection('TuningJobConnection', [running, finished]) } },
    });
    renderAt('/tuning', <TuningJobsPage />, mock);

    const [runningRow, finishedRow] = await screen.findAllByTestId('tuning:row');
    expect(within(finishedRow as HTMLElement).getByTestId('tuning:progress').textContent).toBe('3/3');
    expect(finishedRow?.textContent).toContain('2.79');
    // Only the running job is followed.
    const subscriptions = mock.operations.filter((operation) => operation.kind === 'subscription');
    expect(subscriptions.map((operation) => operation.variables)).toEqual([{ id: running.id }]);

    act(() =>
      mock.emit('TuningJobProgress', {
        tuningJobUpdated: {
          ...running,
          status: 'RUNNING',
          bestMetricValue: 3.1,
          finishedTrialCount: 2,
        },
      }),
    );
    expect(within(runningRow as HTMLElement).getByTestId('tuning:progress').textContent).toBe('2/3');
    // graphcache carries the job's new best value to the list's row.
    expect(await within(runningRow as HTMLElement).findByText('3.1')).toBeTruthy();
    expect(mock.operations.filter((operation) => operation.kind === 'query')).toHaveLength(1);
  });
});
