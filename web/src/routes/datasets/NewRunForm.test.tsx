import { fireEvent, screen, waitFor } from '@testing-library/react';
import { getOperationName } from 'urql';
import { describe, expect, it } from 'vitest';
import { badUserInput, runConfigSpecResponder } from '../../test/fixtures';
import { createMockClient } from '../../test/mockClient';
import { renderAt } from '../../test/render';
import { NewRunForm } from './NewRunForm';

const trainers = [
  { __typename: 'Trainer', name: 'tiny', description: 'Character bigram model', defaultTimeoutSeconds: 600 },
  { __typename: 'Trainer', name: 'gemma-lora', description: '', defaultTimeoutSeconds: 3600 },
];
const unknownTrainer = badUserInput({ 'config.trainer': 'unknown trainer "gemma-lora"; known trainers: tiny' });

const badRun = badUserInput({ 'config.learningRate': 'must be > 0 and ≤ 8 (got 9)' });

describe('NewRunForm', () => {
  it('builds its fields, defaults and limits from the server’s spec of the executor, and sends only what changed', async () => {
    const mock = createMockClient({ RunConfigSpec: runConfigSpecResponder, CreateRun: badRun });
    renderAt('/datasets/RGF0YXNldDox', <NewRunForm datasetId="RGF0YXNldDox" />, mock);

    const epochs = (await screen.findByTestId('new-run:epochs')) as HTMLInputElement;
    expect(epochs.value).toBe('7');
    expect([epochs.min, epochs.max, epochs.step]).toEqual(['1', '70', '1']);
    const learningRate = screen.getByTestId('new-run:learning-rate') as HTMLInputElement;
    expect([learningRate.value, learningRate.step]).toEqual(['0.25', 'any']);
    expect(screen.getByText('about learningRate (> 0 and ≤ 8)')).toBeTruthy();
    expect((screen.getByTestId('new-run:device') as HTMLSelectElement).value).toBe('auto');
    // BUILTIN's own field and rule; params is not a form field.
    expect((screen.getByTestId('new-run:max-steps-per-epoch') as HTMLInputElement).value).toBe('');
    expect(screen.getByText(/learningRate × weightDecay < 1/)).toBeTruthy();
    expect(screen.queryByTestId('new-run:params')).toBeNull();

    fireEvent.change(learningRate, { target: { value: '9' } });
    fireEvent.change(screen.getByTestId('new-run:max-steps-per-epoch'), { target: { value: '40' } });
    fireEvent.click(screen.getByTestId('new-run:submit'));
    expect((await screen.findByTestId('field-error:config.learningRate')).textContent).toBe('must be > 0 and ≤ 8 (got 9)');
    const sent = mock.operations.find((operation) => operation.kind === 'mutation');
    expect(sent?.variables).toEqual({
      input: { datasetId: 'RGF0YXNldDox', executor: 'BUILTIN', config: { learningRate: 9, maxStepsPerEpoch: 40 } },
    });

    // Another executor, another spec: DRY_RUN has no maxStepsPerEpoch, and it is not sent.
    fireEvent.change(screen.getByTestId('new-run:executor'), { target: { value: 'DRY_RUN' } });
    await waitFor(() => expect(screen.queryByTestId('new-run:max-steps-per-epoch')).toBeNull());
    expect(mock.operations.filter((operation) => operation.kind === 'query').map((operation) => operation.variables)).toEqual([
      { executor: 'BUILTIN' },
      { executor: 'DRY_RUN' },
    ]);
  });

  it('picks a COMMAND run’s trainer from the server’s list and sends its name, never a program', async () => {
    const mock = createMockClient({
      RunConfigSpec: runConfigSpecResponder,
      Trainers: { data: { trainers } },
      CreateRun: unknownTrainer,
    });
    renderAt('/datasets/RGF0YXNldDox', <NewRunForm datasetId="RGF0YXNldDox" />, mock);
    await screen.findByTestId('new-run:epochs');
    // The trainers are only asked for once COMMAND is picked.
    expect(mock.operations.some((operation) => getOperationName(operation.query) === 'Trainers')).toBe(false);

    fireEvent.change(screen.getByTestId('new-run:executor'), { target: { value: 'COMMAND' } });
    const select = (await screen.findByRole('option', { name: 'gemma-lora' })).closest('select') as HTMLSelectElement;
    expect(select.value).toBe('tiny');
    expect(screen.getByText('Character bigram model · time limit 600 s')).toBeTruthy();
    fireEvent.change(select, { target: { value: 'gemma-lora' } });
    fireEvent.click(screen.getByTestId('new-run:submit'));

    expect((await screen.findByTestId('field-error:config.trainer')).textContent).toContain('known trainers: tiny');
    const sent = mock.operations.find((operation) => operation.kind === 'mutation');
    expect(sent?.variables).toMatchObject({ input: { executor: 'COMMAND', config: { trainer: 'gemma-lora' } } });
    expect(JSON.stringify(sent?.variables)).not.toContain('command');
  });

  it('says where trainers come from when the server has none', async () => {
    const mock = createMockClient({ RunConfigSpec: runConfigSpecResponder, Trainers: { data: { trainers: [] } } });
    renderAt('/datasets/RGF0YXNldDox', <NewRunForm datasetId="RGF0YXNldDox" />, mock);
    fireEvent.change(screen.getByTestId('new-run:executor'), { target: { value: 'COMMAND' } });
    expect(await screen.findByText(/operator lists them in TRAINERS_FILE/)).toBeTruthy();
    expect((screen.getByTestId('new-run:trainer') as HTMLSelectElement).disabled).toBe(true);
  });

  it('edits a raw argv one argument per input, so an argument keeps its spaces, and sends it instead of a trainer', async () => {
    const rawArgvOff = badUserInput({ 'config.command': 'raw argv is switched off on this server' });
    const mock = createMockClient({
      RunConfigSpec: runConfigSpecResponder,
      Trainers: { data: { trainers } },
      CreateRun: rawArgvOff,
    });
    renderAt('/datasets/RGF0YXNldDox', <NewRunForm datasetId="RGF0YXNldDox" />, mock);
    fireEvent.change(await screen.findByTestId('new-run:executor'), { target: { value: 'COMMAND' } });
    for (const [index, argument] of ['python', 'train.py', '--note=two words'].entries()) {
      fireEvent.click(await screen.findByTestId('new-run:argv:add'));
      fireEvent.change(screen.getByTestId(`new-run:argv:${index}`), { target: { value: argument } });
    }
    expect(screen.getByLabelText('Argument 3')).toBeTruthy();
    fireEvent.change(screen.getByTestId('new-run:base-model'), { target: { value: 'google/gemma-2b-it' } });
    fireEvent.click(screen.getByTestId('new-run:submit'));

    expect((await screen.findByTestId('field-error:config.command')).textContent).toBe('raw argv is switched off on this server');
    const sent = mock.operations.find((operation) => operation.kind === 'mutation');
    expect(sent?.variables).toMatchObject({
      input: { baseModel: 'google/gemma-2b-it', config: { command: ['python', 'train.py', '--note=two words'] } },
    });
    expect(JSON.stringify(sent?.variables)).not.toContain('trainer');
    // A form error is fixed by changing the form, not by asking again.
    expect(screen.queryByTestId('error:retry')).toBeNull();
  });
});
