import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { runEvaluationResponders } from '../../test/evaluationFixtures';
import { metricSeries, runMetricsResult, runNode } from '../../test/fixtures';
import { createMockClient } from '../../test/mockClient';
import { renderAt, tokenViewer } from '../../test/render';
import { RunPage } from './RunPage';

describe('RunPage', () => {
  it('updates the status badge when runUpdated emits a new status', async () => {
    const pending = runNode('PENDING');
    const mock = createMockClient({
      Run: { data: { run: pending } },
      RunMetrics: runMetricsResult(pending.id),
      ...runEvaluationResponders(pending.id),
    });
    renderAt(`/runs/${pending.id}`, <RunPage runId={pending.id} />, mock);

    expect((await screen.findByTestId('run:status')).textContent).toBe('PENDING');
    expect(screen.getByTestId('run:live').textContent).toContain('live');

    act(() => mock.emit('RunUpdated', { runUpdated: runNode('RUNNING', { startedAt: '2026-11-22T10:00:05.000Z' }) }));
    expect(screen.getByTestId('run:status').textContent).toBe('RUNNING');
    // Still subscribed after an event (urql's useSubscription would say fetching: false here).
    expect(screen.getByTestId('run:live').textContent).toBe('● live');

    act(() =>
      mock.emit('RunUpdated', {
        runUpdated: runNode('CANCELLED', {
          startedAt: '2026-11-22T10:00:05.000Z',
          finishedAt: '2026-11-22T10:00:09.000Z',
          error: 'cancelled by user',
        }),
      }),
    );
    expect(screen.getByTestId('run:status').textContent).toBe('CANCELLED');
    expect(screen.getByTestId('run:status').className).toContain('badge--neutral');
    expect(screen.getByTestId('run:error').textContent).toContain('cancelled by user');
    expect(screen.getByTestId('run:live').textContent).toBe('final');
    expect(screen.queryByTestId('run:cancel')).toBeNull();
  });

  it('subscribes to the run in the address, its logs from the start and its metrics after the queried ones', async () => {
    const run = runNode('RUNNING');
    const mock = createMockClient({
      Run: { data: { run: run } },
      RunMetrics: runMetricsResult(run.id, metricSeries({ trainLoss: [[10, 2.5]], evalLoss: [[0, 3]] })),
      ...runEvaluationResponders(run.id),
    });
    renderAt(`/runs/${run.id}`, <RunPage runId={run.id} />, mock);

    await screen.findByTestId('run:status');
    await screen.findAllByTestId('chart:legend-item');
    const variablesOf = (name: string) =>
      mock.operations.find(
        (operation) =>
          operation.kind === 'subscription' &&
          operation.query.definitions.some(
            (definition) => definition.kind === 'OperationDefinition' && definition.name?.value === name,
          ),
      )?.variables;
    expect(variablesOf('RunUpdated')).toEqual({ id: run.id });
    expect(variablesOf('RunLogAppended')).toEqual({ runId: run.id, afterSeq: 0 });
    expect(variablesOf('RunMetricRecorded')).toEqual({ runId: run.id, afterStep: 10 });
  });

  it('draws the queried metric series and appends the points recorded live', async () => {
    const run = runNode('RUNNING');
    const mock = createMockClient({
      Run: { data: { run: run } },
      RunMetrics: runMetricsResult(
        run.id,
        metricSeries({
          trainLoss: [
            [10, 3],
            [20, 2.5],
          ],
          evalLoss: [
            [10, 3.2],
            [20, 2.8],
          ],
        }),
      ),
      ...runEvaluationResponders(run.id),
    });
    renderAt(`/runs/${run.id}`, <RunPage runId={run.id} />, mock);

    const chart = await screen.findByTestId('run:chart');
    expect(
      within(chart)
        .getAllByTestId('chart:legend-item')
        .map((item) => item.dataset.shown),
    ).toEqual(['true', 'true']);
    expect(screen.getByTestId('run:chart-count').dataset.points).toBe('4');

    const point = (name: string, step: number, value: number) => ({
      __typename: 'RunMetricPoint',
      name,
      step,
      value,
      recordedAt: '2026-11-22T10:00:30.000Z',
    });
    act(() => mock.emit('RunMetricRecorded', { runMetricRecorded: [point('evalLoss', 30, 2.4), point('trainLoss', 30, 2.1)] }));
    expect(screen.getByTestId('run:chart-count').dataset.points).toBe('6');
    // A replayed step (after a reconnect) is not drawn twice.
    act(() => mock.emit('RunMetricRecorded', { runMetricRecorded: [point('evalLoss', 30, 2.4)] }));
    expect(screen.getByTestId('run:chart-count').dataset.points).toBe('6');
    // The legend toggles a series.
    const trainLoss = within(chart)
      .getAllByTestId('chart:legend-item')
      .find((item) => item.dataset.series === 'trainLoss') as HTMLElement;
    fireEvent.click(within(trainLoss).getByRole('button'));
    expect(trainLoss.dataset.shown).toBe('false');
  });

  it('lists the artifacts with download links against the API origin', async () => {
    const run = runNode('SUCCEEDED', {
      artifacts: [
        {
          __typename: 'RunArtifact',
          name: 'model.bin',
          sizeBytes: 157544,
          sha256: 'de77c579b9e298633af41d3238286e250d2c265682c3b7fec1fca84247537089',
          downloadUrl: '/runs/abc/artifacts/model.bin',
        },
      ],
    });
    const mock = createMockClient({
      Run: { data: { run: run } },
      RunMetrics: runMetricsResult(run.id),
      ...runEvaluationResponders(run.id),
    });
    renderAt(`/runs/${run.id}`, <RunPage runId={run.id} />, mock);

    const artifacts = await screen.findByTestId('run:artifacts');
    const link = within(artifacts).getByRole('link', { name: 'model.bin' });
    expect(link.getAttribute('href')).toBe('http://localhost:3000/runs/abc/artifacts/model.bin');
    expect(artifacts.textContent).toContain('153.9 KiB');
    expect(artifacts.textContent).toContain('de77c579b9e2');
  });

  it('says so when the id names no run', async () => {
    const mock = createMockClient({ Run: { data: { run: null } } });
    renderAt('/runs/nope', <RunPage runId="nope" />, mock);

    // The id is the address's business: the page says what happened, not the raw id.
    const notice = await screen.findByTestId('run:not-found');
    expect(notice.textContent).toContain('There is no such run');
    expect(notice.textContent).not.toContain('nope');
  });

  it('offers Cancel only to a token that may write', async () => {
    const pending = runNode('PENDING');
    const responders = {
      Run: { data: { run: pending } },
      RunMetrics: runMetricsResult(pending.id),
      ...runEvaluationResponders(pending.id),
    };
    const asReader = renderAt(
      `/runs/${pending.id}`,
      <RunPage runId={pending.id} />,
      createMockClient(responders),
      tokenViewer('READ'),
    );
    expect((await screen.findByTestId('run:status')).textContent).toBe('PENDING');
    expect(screen.queryByTestId('run:cancel')).toBeNull();
    asReader.unmount();

    renderAt(`/runs/${pending.id}`, <RunPage runId={pending.id} />, createMockClient(responders), tokenViewer('WRITE'));
    expect((await screen.findByTestId('run:cancel')).textContent).toBe('Cancel run');
  });
});
