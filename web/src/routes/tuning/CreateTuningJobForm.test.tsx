import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { runConfigSpecResponder } from '../../test/fixtures';
import { createMockClient } from '../../test/mockClient';
import { renderAt } from '../../test/render';
import { CreateTuningJobForm, EXAMPLE_SEARCH_SPACE } from './CreateTuningJobForm';

const datasets = {
  data: {
    datasets: {
      __typename: 'DatasetConnection',
      edges: [
        {
          __typename: 'DatasetEdge',
          node: { __typename: 'Dataset', id: 'RGF0YXNldDox', name: 'arith', version: 'v1', traceCount: 60 },
        },
      ],
    },
  },
};
const job = (status: string) => ({ __typename: 'TuningJob', id: 'VHVuaW5nSm9iOjE=', status });

describe('CreateTuningJobForm', () => {
  it('creates the job with the documented example space, starts it, and hands over its id', async () => {
    const onCreated = vi.fn();
    const mock = createMockClient({
      TuningDatasets: datasets,
      RunConfigSpec: runConfigSpecResponder,
      CreateTuningJob: { data: { createTuningJob: { __typename: 'CreateTuningJobPayload', tuningJob: job('CREATED') } } },
      StartTuningJob: { data: { startTuningJob: { __typename: 'StartTuningJobPayload', tuningJob: job('RUNNING') } } },
    });
    renderAt('/tuning?new=1', <CreateTuningJobForm onCreated={onCreated} onCancel={() => {}} />, mock);

    await screen.findByText('arith v1 (60 traces)');
    expect(screen.getByTestId('tuning-form:search-space')).toHaveProperty('value', EXAMPLE_SEARCH_SPACE);
    // The base config of every trial: BUILTIN's fields as the server's spec gives them.
    const epochs = (await screen.findByTestId('tuning-form:epochs')) as HTMLInputElement;
    expect([epochs.value, epochs.min, epochs.max]).toEqual(['7', '1', '70']);
    expect((screen.getByTestId('tuning-form:learning-rate') as HTMLInputElement).value).toBe('0.25');
    expect(screen.getByText(/Run config names \(learningRate, epochs, device, maxStepsPerEpoch\) set those fields/)).toBeTruthy();
    fireEvent.change(screen.getByTestId('tuning-form:name'), { target: { value: 'lr sweep' } });
    fireEvent.change(screen.getByTestId('tuning-form:metric'), { target: { value: 'evalAccuracy' } });
    fireEvent.change(screen.getByTestId('tuning-form:samples'), { target: { value: '3' } });
    fireEvent.change(screen.getByTestId('tuning-form:epochs'), { target: { value: '1' } });
    fireEvent.click(screen.getByTestId('tuning-form:submit'));

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith('VHVuaW5nSm9iOjE='));
    const [create, start] = mock.operations.filter((operation) => operation.kind === 'mutation');
    expect(create?.variables).toEqual({
      input: {
        name: 'lr sweep',
        datasetId: 'RGF0YXNldDox',
        metricName: 'evalAccuracy',
        // Picking a known metric picks its direction.
        metricMode: 'MAX',
        numSamples: 3,
        maxConcurrentTrials: 2,
        // Left empty: the server picks a seed and records it.
        seed: undefined,
        // Only what was changed: the rest takes the server's defaults, which the fields showed.
        baseConfig: { epochs: 1 },
        searchSpace: {
          learningRate: { type: 'loguniform', min: 0.01, max: 2 },
          batchSize: { type: 'choice', values: [16, 32, 64] },
        },
      },
    });
    expect(start?.variables).toEqual({ id: 'VHVuaW5nSm9iOjE=' });
  });

  it('refuses a search space that is not a JSON object, before asking the server', async () => {
    const mock = createMockClient({ TuningDatasets: datasets, RunConfigSpec: runConfigSpecResponder });
    renderAt('/tuning?new=1', <CreateTuningJobForm onCreated={() => {}} onCancel={() => {}} />, mock);
    await screen.findByText('arith v1 (60 traces)');

    fireEvent.change(screen.getByTestId('tuning-form:search-space'), { target: { value: '{"learningRate": ' } });
    fireEvent.click(screen.getByTestId('tuning-form:submit'));

    expect((await screen.findByTestId('field-error:searchSpace')).textContent).toContain('not valid JSON');
    expect(mock.operations.filter((operation) => operation.kind === 'mutation')).toHaveLength(0);
  });
});
