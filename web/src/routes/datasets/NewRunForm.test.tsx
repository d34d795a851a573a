import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMockClient } from '../../test/mockClient';
import { renderAt } from '../../test/render';
import { NewRunForm } from './NewRunForm';

const trainers = [
  { __typename: 'Trainer', name: 'tiny', description: 'Character bigram model', defaultTimeoutSeconds: 600 },
  { __typename: 'Trainer', name: 'gemma-lora', description: '', defaultTimeoutSeconds: 3600 },
];
const unknownTrainer = {
  errors: [
    {
      message: 'config.trainer: unknown trainer "gemma-lora"; known trainers: tiny',
      extensions: {
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ path: 'config.trainer', message: 'unknown trainer "gemma-lora"; known trainers: tiny' }],
      },
    },
  ],
};

describe('NewRunForm', () => {
  it('picks a COMMAND run’s trainer from the server’s list and sends its name, never a program', async () => {
    const mock = createMockClient({ Trainers: { data: { trainers } }, CreateRun: unknownTrainer });
    renderAt('/datasets/RGF0YXNldDox', <NewRunForm datasetId="RGF0YXNldDox" />, mock);
    expect(mock.operations.some((operation) => operation.kind === 'query')).toBe(false);

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
    const mock = createMockClient({ Trainers: { data: { trainers: [] } } });
    renderAt('/datasets/RGF0YXNldDox', <NewRunForm datasetId="RGF0YXNldDox" />, mock);
    fireEvent.change(screen.getByTestId('new-run:executor'), { target: { value: 'COMMAND' } });
    expect(await screen.findByText(/operator lists them in TRAINERS_FILE/)).toBeTruthy();
    expect((screen.getByTestId('new-run:trainer') as HTMLSelectElement).disabled).toBe(true);
  });
});
