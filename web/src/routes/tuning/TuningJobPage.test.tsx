import { act, fireEvent, screen, within } from '@testing-library/react';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { trialNode, tuningJobNode } from '../../test/fixtures';
import { createMockClient } from '../../test/mockClient';
import { renderAt, tokenViewer } from '../../test/render';
import { TuningJobPage } from './TuningJobPage';

const numbersShown = () => screen.getAllByTestId('tuning-job:trial').map((row) => row.dataset.trialNumber);

describe('TuningJobPage', () => {
  it('lists the trials best metric first, as the server orders them, and marks the best', async () => {
    // METRIC_BEST_FIRST for MIN: lowest first, trials without a value last.
    const job = tuningJobNode('RUNNING', [trialNode(3, 2.79), trialNode(1, 3.36), trialNode(2, null)]);
    const mock = createMockClient({ TuningJob: { data: { tuningJob: job } } });
    renderAt(`/tuning/${job.id}`, <TuningJobPage jobId={job.id} />, mock);

    await screen.findAllByTestId('tuning-job:trial');
    expect(numbersShown()).toEqual(['3', '1', '2']);
    expect(print(mock.operations[0]?.query ?? ({} as never))).toContain('orderBy: METRIC_BEST_FIRST');
    const best = screen.getAllByTestId('tuning-job:trial')[0] as HTMLElement;
    expect(best.dataset.best).toBe('true');
    expect(within(best).getByTestId('tuning-job:trial-metric').textContent).toContain('2.79');
    expect(within(best).getByRole('link', { name: 'run' }).getAttribute('href')).toBe('/runs/UnVuOnRyaWFs3');
    expect(screen.getByTestId('tuning-job:best-value').textContent).toBe('2.79');
    expect(screen.getByTestId('tuning-job:best-trial').textContent).toContain('Trial #3');
    expect(screen.getByTestId('tuning-job:progress').textContent).toBe('2/3 trials done');
    // One column per sampled parameter.
    const header = within(screen.getByTestId('tuning-job:trials')).getAllByRole('columnheader');
    expect(header.map((cell) => cell.textContent)).toEqual(['#', 'Status', 'batchSize', 'learningRate', 'evalLoss', 'Run']);

    fireEvent.change(screen.getByTestId('tuning-job:order'), { target: { value: 'number' } });
    expect(numbersShown()).toEqual(['1', '2', '3']);
  });

  it('follows the job through tuningJobUpdated until it succeeds', async () => {
    const running = tuningJobNode('RUNNING', [trialNode(1, 3.36), trialNode(2, null)]);
    const mock = createMockClient({ TuningJob: { data: { tuningJob: running } } });
    renderAt(`/tuning/${running.id}`, <TuningJobPage jobId={running.id} />, mock);
    await screen.findAllByTestId('tuning-job:trial');
    expect(screen.getByTestId('tuning-job:live').textContent).toBe('● live');
    expect(screen.getByTestId('tuning-job:cancel')).toBeTruthy();

    act(() =>
      mock.emit('TuningJobUpdated', {
        tuningJobUpdated: tuningJobNode('SUCCEEDED', [trialNode(2, 2.5), trialNode(1, 3.36), trialNode(3, 3.9)], {
          finishedAt: '2026-11-22T10:01:00.000Z',
        }),
      }),
    );

    expect(screen.getByTestId('tuning-job:status').textContent).toBe('SUCCEEDED');
    expect(numbersShown()).toEqual(['2', '1', '3']);
    expect(screen.getByTestId('tuning-job:best-trial').textContent).toContain('Trial #2');
    expect(screen.getByTestId('tuning-job:progress').textContent).toBe('3/3 trials done');
    expect(screen.getByTestId('tuning-job:live').textContent).toBe('final');
    expect(screen.queryByTestId('tuning-job:cancel')).toBeNull();
    expect(screen.getByTestId('sweep:brushed').dataset.count).toBe('3');
  });

  it('promotes the best trial into the registry and links to the artifact', async () => {
    const job = tuningJobNode('SUCCEEDED', [trialNode(1, 3.1)]);
    const mock = createMockClient({
      TuningJob: { data: { tuningJob: job } },
      PromoteBestTrial: {
        data: {
          promoteBestTrial: {
            __typename: 'PromoteBestTrialPayload',
            created: true,
            version: {
              __typename: 'ModelVersion',
              id: 'TW9kZWxWZXJzaW9uOjE=',
              version: 1,
              label: null,
              artifact: { __typename: 'ModelArtifact', id: 'TW9kZWxBcnRpZmFjdDox', name: 'lr-sweep' },
            },
          },
        },
      },
    });
    renderAt(`/tuning/${job.id}`, <TuningJobPage jobId={job.id} />, mock);

    expect(((await screen.findByTestId('tuning-job:artifact-name')) as HTMLInputElement).value).toBe('lr-sweep');
    fireEvent.click(screen.getByTestId('tuning-job:promote'));

    const promoted = await screen.findByTestId('tuning-job:promoted');
    expect(promoted.textContent).toContain('Promoted as version 1 of lr-sweep');
    const sent = mock.operations.find((operation) => operation.kind === 'mutation');
    expect(sent?.variables).toEqual({ input: { tuningJobId: job.id, artifactName: 'lr-sweep' } });
  });

  it('shows a read-only token the job without Start, Cancel or Promote', async () => {
    const created = tuningJobNode('CREATED', [trialNode(1, 3.36)]);
    const responders = { TuningJob: { data: { tuningJob: created } } };
    const asReader = renderAt(
      `/tuning/${created.id}`,
      <TuningJobPage jobId={created.id} />,
      createMockClient(responders),
      tokenViewer('READ'),
    );
    await screen.findAllByTestId('tuning-job:trial');
    for (const action of ['tuning-job:start', 'tuning-job:cancel', 'tuning-job:promote-form']) {
      expect(screen.queryByTestId(action)).toBeNull();
    }
    asReader.unmount();

    renderAt(`/tuning/${created.id}`, <TuningJobPage jobId={created.id} />, createMockClient(responders), tokenViewer('WRITE'));
    await screen.findAllByTestId('tuning-job:trial');
    for (const action of ['tuning-job:start', 'tuning-job:cancel', 'tuning-job:promote-form']) {
      expect(screen.getByTestId(action)).toBeTruthy();
    }
  });
});
