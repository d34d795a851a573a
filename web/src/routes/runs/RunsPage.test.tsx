import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connection, runNode } from '../../test/fixtures';
import { createMockClient } from '../../test/mockClient';
import { renderAt } from '../../test/render';
import { RunsPage } from './RunsPage';

describe('RunsPage', () => {
  it('keeps listed runs live through runsChanged and offers new ones', async () => {
    const listed = runNode('RUNNING');
    let fetches = 0;
    const mock = createMockClient({
      Runs: {
        respond: () => {
          fetches += 1;
          const nodes = fetches === 1 ? [listed] : [runNode('PENDING', { id: 'UnVuOjI=', name: 'second run' }), listed];
          return { data: { runs: connection('QueryRunsConnection', nodes) } };
        },
      },
    });
    renderAt('/runs', <RunsPage />, mock);

    const row = await screen.findByTestId('runs:row');
    expect(within(row).getByText('RUNNING')).toBeTruthy();

    // The normalized cache carries the new status to the row that shows the run.
    act(() => mock.emit('RunsChanged', { runsChanged: runNode('SUCCEEDED') }));
    expect(await within(screen.getByTestId('runs:row')).findByText('SUCCEEDED')).toBeTruthy();

    act(() => mock.emit('RunsChanged', { runsChanged: runNode('PENDING', { id: 'UnVuOjI=', name: 'second run' }) }));
    fireEvent.click(screen.getByTestId('runs:new'));

    expect(await screen.findByText('second run')).toBeTruthy();
    expect(screen.getAllByTestId('runs:row')).toHaveLength(2);
    expect(screen.queryByTestId('runs:new')).toBeNull();
  });

  it('filters by the status in the address', async () => {
    const mock = createMockClient({ Runs: { data: { runs: connection('QueryRunsConnection', []) } } });
    renderAt('/runs?status=FAILED', <RunsPage />, mock);

    expect((await screen.findByTestId('runs:empty')).textContent).toContain('FAILED');
    const sent = mock.operations.map((operation) => operation.variables);
    expect(sent).toContainEqual(expect.objectContaining({ filter: { status: ['FAILED'] } }));
  });
});
