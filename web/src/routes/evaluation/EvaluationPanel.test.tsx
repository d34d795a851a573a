import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { evaluationNode, runEvaluationResponders } from '../../test/evaluationFixtures';
import { connection, traceNode } from '../../test/fixtures';
import { createMockClient } from '../../test/mockClient';
import { renderAt, tokenViewer } from '../../test/render';
import { EvaluationPanel } from './EvaluationPanel';

const runId = 'UnVuOjE=';

function item(position: number, correct: boolean | null, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'EvaluationItem',
    id: `RXZhbHVhdGlvbkl0ZW06${position}`,
    position,
    reference: String(position * 2),
    prediction: correct === null ? null : correct ? String(position * 2) : '0',
    score: correct === null ? null : correct ? 1 : 0,
    correct,
    reasoning: null,
    error: correct === null ? 'no prediction for this trace' : null,
    trace: { __typename: 'Trace', id: traceNode(position).id, prompt: traceNode(position).prompt },
    ...overrides,
  };
}

describe('EvaluationPanel', () => {
  it('evaluates with an available judge, follows the progress live, then shows the scorecard and the items with their errors', async () => {
    const pending = evaluationNode(7, {
      status: 'PENDING',
      itemsDone: 0,
      itemsTotal: 0,
      score: null,
      primaryScore: null,
      verdict: null,
      finishedAt: null,
      scorecard: null,
    });
    const mock = createMockClient({
      ...runEvaluationResponders(runId),
      EvaluateRun: { data: { evaluateRun: { __typename: 'EvaluateRunPayload', evaluation: pending } } },
      EvaluationItems: {
        respond: (variables) => ({
          data: {
            node: {
              __typename: 'Evaluation',
              id: pending.id,
              items: connection(
                'EvaluationItemConnection',
                variables.onlyWrong ? [item(1, null)] : [item(0, true), item(1, null)],
              ),
            },
          },
        }),
      },
    });
    renderAt(`/runs/${runId}`, <EvaluationPanel runId={runId} runFinished />, mock, tokenViewer('WRITE'));

    expect(await screen.findByTestId('evaluation:none')).toBeTruthy();
    // Only judges this server can run are offered; the others are named.
    const judge = screen.getByTestId('evaluation:judge') as HTMLSelectElement;
    expect([...judge.options].map((option) => option.value)).toEqual(['mock', 'answer_correctness']);
    expect(screen.getByText('Not configured here: llm')).toBeTruthy();
    // mock (the reference's placeholder score) is offered but not preselected.
    expect(judge.value).toBe('answer_correctness');
    fireEvent.click(screen.getByTestId('evaluation:evaluate'));

    await screen.findByTestId('evaluation:progress');
    const mutation = mock.operations.find((operation) => operation.kind === 'mutation');
    expect(mutation?.variables).toEqual({ input: { runId, judge: 'answer_correctness' } });
    const subscription = mock.operations.find((operation) => operation.kind === 'subscription');
    expect(subscription?.variables).toEqual({ id: pending.id });

    act(() =>
      mock.emit('EvaluationProgress', { evaluationUpdated: { ...pending, status: 'RUNNING', itemsTotal: 2, itemsDone: 1 } }),
    );
    expect(screen.getByTestId('evaluation:progress').textContent).toContain('1 of 2 items');
    expect(screen.queryByTestId('evaluation:items')).toBeNull();

    const done = evaluationNode(7, { score: 50, primaryScore: 0.5, verdict: 'FAIL', itemsDone: 2, itemsTotal: 2 });
    act(() => mock.emit('EvaluationProgress', { evaluationUpdated: done }));
    expect(screen.getByTestId('evaluation:score').textContent).toBe('50');
    expect(screen.getByTestId('evaluation:verdict').textContent).toBe('FAIL');
    expect(screen.queryByTestId('evaluation:progress')).toBeNull();
    expect(within(screen.getByTestId('evaluation:scorecard')).getByText('0.75')).toBeTruthy();

    await waitFor(() => expect(screen.getAllByTestId('evaluation:item')).toHaveLength(2));
    expect(screen.getAllByTestId('evaluation:item').map((row) => row.dataset.correct)).toEqual(['right', 'unscored']);
    expect(screen.getByTestId('evaluation:item-error').textContent).toBe('no prediction for this trace');
    fireEvent.click(screen.getByTestId('evaluation:only-wrong'));
    await waitFor(() => expect(screen.getAllByTestId('evaluation:item')).toHaveLength(1));
  });

  it('offers no Evaluate to a read-only token', async () => {
    const evaluation = evaluationNode(1);
    const mock = createMockClient({
      ...runEvaluationResponders(runId, [evaluation]),
      EvaluationItems: {
        data: {
          node: { __typename: 'Evaluation', id: evaluation.id, items: connection('EvaluationItemConnection', [item(0, true)]) },
        },
      },
    });
    renderAt(`/runs/${runId}`, <EvaluationPanel runId={runId} runFinished />, mock, tokenViewer('READ'));
    expect((await screen.findByTestId('evaluation:score')).textContent).toBe('75');
    expect(screen.queryByTestId('evaluation:form')).toBeNull();
  });
});
