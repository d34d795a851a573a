import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connection, traceNode } from '../../test/fixtures';
import { createMockClient } from '../../test/mockClient';
import { renderAt } from '../../test/render';
import { TracesPage } from './TracesPage';

const tracesResult = (nodes: Array<Record<string, unknown>>, hasNextPage = false) => ({
  data: { traces: connection('TraceConnection', nodes, hasNextPage) },
});

describe('TracesPage', () => {
  it('renders one row per trace in the result', async () => {
    const mock = createMockClient({ Traces: tracesResult([traceNode(1), traceNode(2, { source: null })]) });
    renderAt('/traces', <TracesPage />, mock);

    const rows = await screen.findAllByTestId('traces:row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0] as HTMLElement).getByText('What is 1 + 1?')).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByText('unit-test')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('4')).toBeTruthy();
    expect(screen.getByTestId('paging:count').textContent).toBe('2 of 2 traces');
  });

  it('sends the source filter from the address and says when nothing matches', async () => {
    const mock = createMockClient({ Traces: tracesResult([]) });
    renderAt('/traces?source=gsm8k', <TracesPage />, mock);

    expect((await screen.findByTestId('traces:empty')).textContent).toContain('gsm8k');
    expect(mock.operations[0]?.variables).toMatchObject({ filter: { source: 'gsm8k' }, after: null });
  });

  it('offers sample data on an empty server, loads it in one click and opens the started sweep', async () => {
    const mock = createMockClient({
      Traces: tracesResult([]),
      LoadDemo: {
        data: {
          loadDemo: { __typename: 'LoadDemoPayload', traceCount: 500, tuningJob: { __typename: 'TuningJob', id: 'job-1' } },
        },
      },
    });
    renderAt('/traces', <TracesPage />, mock);

    fireEvent.click(await screen.findByTestId('sample-data:load'));

    await waitFor(() => expect(window.location.pathname).toBe('/tuning/job-1'));
    expect(mock.operations.some((operation) => operation.kind === 'mutation')).toBe(true);
  });

  it('asks for the next page after the last cursor and shows both pages', async () => {
    const mock = createMockClient({
      Traces: {
        respond: (variables) =>
          variables.after ? tracesResult([traceNode(3)]) : tracesResult([traceNode(1), traceNode(2)], true),
      },
    });
    renderAt('/traces', <TracesPage />, mock);

    fireEvent.click(await screen.findByTestId('paging:load-more'));

    await screen.findByText('What is 3 + 3?');
    expect(screen.getAllByTestId('traces:row')).toHaveLength(3);
    expect(mock.operations.at(-1)?.variables).toMatchObject({ after: `cursor-${traceNode(2).id}` });
  });

  it('shows the steps of a trace when its row is clicked', async () => {
    const trace = traceNode(1);
    const mock = createMockClient({
      Traces: tracesResult([trace]),
      TraceDetail: {
        data: {
          trace: {
            ...trace,
            tags: [],
            traceVersion: '1.0',
            meta: { source: 'unit-test' },
            steps: [
              { __typename: 'TraceStep', i: 0, type: 'parse', content: 'read 1 + 1' },
              { __typename: 'TraceStep', i: 1, type: 'compute', content: '1 + 1 = 2' },
            ],
          },
        },
      },
    });
    renderAt('/traces', <TracesPage />, mock);

    fireEvent.click(await screen.findByTestId('traces:row'));

    const steps = await screen.findAllByTestId('trace:step');
    // A timeline: the position, the kind and the text of each step.
    expect(steps.map((step) => step.textContent)).toEqual(['1parseread 1 + 1', '2compute1 + 1 = 2']);
    expect(window.location.search).toBe(`?trace=${encodeURIComponent(trace.id)}`);
  });

  it('shows a GraphQL error with what to do about it', async () => {
    const mock = createMockClient({
      Traces: { errors: [{ message: 'first must be at most 100', extensions: { code: 'BAD_USER_INPUT' } }] },
    });
    renderAt('/traces', <TracesPage />, mock);

    const notice = await screen.findByTestId('error');
    // The sentence and the code apart, and no Retry: asking again cannot fix bad input.
    expect(screen.getByTestId('error:message').textContent).toBe('first must be at most 100.');
    expect(screen.getByTestId('error:code').textContent).toBe('BAD_USER_INPUT');
    expect(notice.textContent).toContain('Change what the message names');
    expect(screen.queryByTestId('error:retry')).toBeNull();
  });
});
