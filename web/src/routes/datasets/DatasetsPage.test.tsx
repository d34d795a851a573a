import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { badUserInput, connection } from '../../test/fixtures';
import { createMockClient } from '../../test/mockClient';
import { renderAt, tokenViewer } from '../../test/render';
import { DatasetsPage } from './DatasetsPage';

const dataset = {
  __typename: 'Dataset',
  id: 'RGF0YXNldDox',
  name: 'arith',
  version: 'v1',
  traceCount: 60,
  selectionStrategy: 'RANDOM',
  seed: 7,
  createdAt: '2026-11-22T10:00:00.000Z',
};

describe('DatasetsPage', () => {
  it('lists datasets with their size and selection', async () => {
    const mock = createMockClient({ Datasets: { data: { datasets: connection('DatasetConnection', [dataset]) } } });
    renderAt('/datasets', <DatasetsPage />, mock);

    const row = await screen.findByTestId('datasets:row');
    expect(row.textContent).toContain('arith');
    expect(row.textContent).toContain('60');
    expect(row.textContent).toContain('RANDOM seed 7');
  });

  it('shows the field errors of buildDataset next to their inputs', async () => {
    const mock = createMockClient({
      Datasets: { data: { datasets: connection('DatasetConnection', []) } },
      BuildDataset: badUserInput({ name: 'must not be empty', seed: 'is required for RANDOM selection' }),
    });
    renderAt('/datasets?build=1', <DatasetsPage />, mock);

    fireEvent.change(screen.getByTestId('datasets:build-source'), { target: { value: 'gsm8k' } });
    fireEvent.change(screen.getByTestId('datasets:build-strategy'), { target: { value: 'RANDOM' } });
    fireEvent.click(screen.getByTestId('datasets:build-submit'));

    expect((await screen.findByTestId('field-error:name')).textContent).toBe('must not be empty');
    expect(screen.getByTestId('field-error:seed').textContent).toBe('is required for RANDOM selection');
    expect(screen.queryByTestId('field-error:version')).toBeNull();
    const sent = mock.operations.find((operation) => operation.kind === 'mutation');
    expect(sent?.variables).toEqual({
      input: { name: '', version: 'v1', filter: { source: 'gsm8k' }, limit: 100, selectionStrategy: 'RANDOM', seed: undefined },
    });
  });

  it('hides the build button and form from a read-only token, even at ?build=1', async () => {
    const mock = createMockClient({ Datasets: { data: { datasets: connection('DatasetConnection', [dataset]) } } });
    renderAt('/datasets?build=1', <DatasetsPage />, mock, tokenViewer('READ'));

    await screen.findByTestId('datasets:row');
    expect(screen.queryByTestId('datasets:new')).toBeNull();
    expect(screen.queryByTestId('datasets:build-form')).toBeNull();
  });
});
