import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { evaluationNode, serverJudges } from '../../test/evaluationFixtures';
import { connection } from '../../test/fixtures';
import { createMockClient } from '../../test/mockClient';
import { renderAt } from '../../test/render';
import { LeaderboardPage } from './LeaderboardPage';

const entry = (n: number, score: number) =>
  evaluationNode(n, {
    score,
    primaryScore: score / 100,
    judge: { __typename: 'Judge', name: 'answer_correctness', version: '1' },
    run: {
      __typename: 'Run',
      id: `UnVuOj${n}`,
      name: `run ${n}`,
      baseModel: 'tunix-rt/char-ngram',
      dataset: { __typename: 'Dataset', id: 'RGF0YXNldDox', name: 'arith', version: 'v1' },
    },
  });

describe('LeaderboardPage', () => {
  it('shows the board in the server’s order with shared ranks for ties, filtered from the address, and reloads on a new result', async () => {
    // The server orders ties newest first: run 3 before run 2 although both score 80.
    let board = [entry(1, 90), entry(3, 80), entry(2, 80)];
    const mock = createMockClient({
      Leaderboard: { respond: () => ({ data: { leaderboard: connection('LeaderboardConnection', board) } }) },
      LeaderboardJudges: { data: { judges: serverJudges } },
    });
    renderAt('/leaderboard?judge=answer_correctness', <LeaderboardPage />, mock);

    await waitFor(() => expect(screen.getAllByTestId('leaderboard:row')).toHaveLength(3));
    const rows = () =>
      screen
        .getAllByTestId('leaderboard:row')
        .map((row) => [row.dataset.runId, within(row).getByTestId('leaderboard:rank').textContent]);
    expect(rows()).toEqual([
      ['UnVuOj1', '1'],
      ['UnVuOj3', '2'],
      ['UnVuOj2', '2'],
    ]);
    const boardQuery = mock.operations.find((operation) => operation.kind === 'query' && 'first' in (operation.variables ?? {}));
    expect(boardQuery?.variables).toMatchObject({ filter: { judge: 'answer_correctness' } });
    const subscription = mock.operations.find((operation) => operation.kind === 'subscription');
    expect(subscription?.variables).toEqual({ filter: { judge: 'answer_correctness' } });

    // A run evaluated meanwhile lands at the top once the board is read again.
    board = [entry(4, 95), ...board];
    act(() =>
      mock.emit('LeaderboardUpdated', { leaderboardUpdated: { __typename: 'Evaluation', id: entry(4, 95).id, score: 95 } }),
    );
    await waitFor(() => expect(screen.getAllByTestId('leaderboard:row')).toHaveLength(4));
    expect(rows()[0]).toEqual(['UnVuOj4', '1']);
    expect(rows()[3]).toEqual(['UnVuOj2', '3']);
  });
});
