import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connection, runNode } from '../../test/fixtures';
import { createMockClient } from '../../test/mockClient';
import { renderAt } from '../../test/render';
import { RunsPage } from './RunsPage';

const keys = { runValueKeys: { __typename: 'RunValueKeys', metrics: ['evalLoss'], params: ['learningRate'] } };

describe('RunsPage', () => {
  it('keeps listed runs live through runsChanged and offers new ones', async () => {
    const listed = runNode('RUNNING');
    let fetches = 0;
    const mock = createMockClient({
      RunValueKeys: { data: keys },
      Runs: {
        respond: () => {
          fetches += 1;
          const nodes = fetches === 1 ? [listed] : [runNode('PENDING', { id: 'UnVuOjI=', name: 'second run' }), listed];
          return { data: { runs: connection('RunConnection', nodes) } };
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

  it('compares the runs ticked, in the order they were ticked', async () => {
    const runs = [
      runNode('SUCCEEDED'),
      runNode('SUCCEEDED', { id: 'UnVuOjI=', name: 'second run' }),
      runNode('FAILED', { id: 'UnVuOjM=' }),
    ];
    const mock = createMockClient({ RunValueKeys: { data: keys }, Runs: { data: { runs: connection('RunConnection', runs) } } });
    renderAt('/runs', <RunsPage />, mock);

    const boxes = await screen.findAllByTestId('runs:select');
    const compare = screen.getByTestId('runs:compare') as HTMLButtonElement;
    expect(compare.disabled).toBe(true);
    fireEvent.click(boxes[1] as HTMLElement);
    expect(compare.disabled).toBe(true);
    fireEvent.click(boxes[0] as HTMLElement);
    // Ticking does not open the run.
    expect(window.location.pathname).toBe('/runs');
    expect(compare.textContent).toBe('Compare (2)');

    // The selection is in the address, so Back from the comparison keeps it.
    expect(new URLSearchParams(window.location.search).get('selected')).toBe('UnVuOjI=,UnVuOjE=');
    fireEvent.click(compare);
    expect(window.location.pathname + window.location.search).toBe(
      `/compare?ids=${encodeURIComponent('UnVuOjI=')},${encodeURIComponent('UnVuOjE=')}`,
    );
  });

  it('filters by the status in the address', async () => {
    const mock = createMockClient({ RunValueKeys: { data: keys }, Runs: { data: { runs: connection('RunConnection', []) } } });
    renderAt('/runs?status=FAILED', <RunsPage />, mock);

    expect((await screen.findByTestId('runs:empty')).textContent).toContain('No runs match');
    const sent = mock.operations.map((operation) => operation.variables);
    expect(sent).toContainEqual(expect.objectContaining({ filter: { status: ['FAILED'] } }));
  });

  it('shows the metric and param columns in the address, sorted by the server, and flips the sort from the header', async () => {
    const run = runNode('SUCCEEDED', { summaryMetrics: { evalLoss: 0.25 }, tags: ['best'] });
    const mock = createMockClient({ RunValueKeys: { data: keys }, Runs: { data: { runs: connection('RunConnection', [run]) } } });
    renderAt('/runs?metrics=evalLoss&params=learningRate&sort=metric:evalLoss&dir=ASC&tags=best', <RunsPage />, mock);

    const row = await screen.findByTestId('runs:row');
    expect(within(row).getByTestId('runs:metric').textContent).toBe('0.25');
    expect(within(row).getByTestId('runs:param').textContent).toBe('0.5');
    expect(within(row).getByTestId('runs:tag').textContent).toBe('best');
    const sent = mock.operations.map((operation) => operation.variables);
    expect(sent).toContainEqual(
      expect.objectContaining({
        filter: { tags: ['best'] },
        orderBy: { by: 'METRIC', key: 'evalLoss', direction: 'ASC' },
      }),
    );

    const header = screen.getAllByTestId('runs:sort').find((button) => button.textContent?.startsWith('evalLoss'));
    fireEvent.click(header as HTMLElement);
    expect(new URLSearchParams(window.location.search).get('dir')).toBeNull(); // DESC, the default
    fireEvent.click(
      screen.getAllByTestId('runs:sort').find((button) => button.textContent?.startsWith('learningRate')) as HTMLElement,
    );
    expect(new URLSearchParams(window.location.search).get('sort')).toBe('param:learningRate');
  });
});
