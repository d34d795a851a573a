import { useState } from 'react';
import { ConnectionTable } from '../../components/ConnectionTable';
import { formatNumber } from '../../format';
import { graphql } from '../../graphql/generated';
import { type Connection, useConnectionPages } from '../../hooks/useConnectionPages';

export const EVALUATION_ITEMS_PAGE_SIZE = 20;

const EvaluationItemsQuery = graphql(`
  query EvaluationItems($id: ID!, $first: Int!, $after: String, $onlyWrong: Boolean!) {
    node(id: $id) {
      __typename
      id
      ... on Evaluation {
        items(first: $first, after: $after, onlyWrong: $onlyWrong) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              position
              reference
              prediction
              score
              correct
              reasoning
              error
              trace {
                id
                prompt
              }
            }
          }
        }
      }
    }
  }
`);

const noItems: Connection<never> = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };

const correctness = (correct: boolean | null) => (correct === null ? 'unscored' : correct ? 'right' : 'wrong');

/** The judged items of a finished evaluation, the prediction beside the reference, "only wrong" on request. */
export function EvaluationItems({ evaluationId }: { evaluationId: string }) {
  const [onlyWrong, setOnlyWrong] = useState(false);
  const items = useConnectionPages({
    query: EvaluationItemsQuery,
    variables: { id: evaluationId, first: EVALUATION_ITEMS_PAGE_SIZE, onlyWrong },
    select: (data) => (data.node?.__typename === 'Evaluation' ? data.node.items : noItems),
  });
  return (
    <div data-testid="evaluation:items">
      <header className="card__header">
        <h3>Items</h3>
        <label className="filter">
          <input
            type="checkbox"
            checked={onlyWrong}
            onChange={(event) => setOnlyWrong(event.target.checked)}
            data-testid="evaluation:only-wrong"
          />
          Only wrong
        </label>
      </header>
      <ConnectionTable
        connection={items}
        testid="evaluation-items"
        columns={[
          { label: '#', className: 'num' },
          { label: 'Prompt' },
          { label: 'Reference' },
          { label: 'Prediction' },
          { label: 'Score', className: 'num' },
          { label: 'Judged' },
          { label: 'Why' },
        ]}
        renderRow={(item) => (
          <tr data-testid="evaluation:item" data-correct={correctness(item.correct)}>
            <td className="num">{item.position + 1}</td>
            <td>{item.trace.prompt}</td>
            <td>
              <code>{item.reference}</code>
            </td>
            <td>{item.prediction === null ? <span className="muted">no prediction</span> : <code>{item.prediction}</code>}</td>
            <td className="num">{formatNumber(item.score)}</td>
            <td>{correctness(item.correct)}</td>
            <td>
              {item.error && (
                <span className="field__error" data-testid="evaluation:item-error">
                  {item.error}
                </span>
              )}
              {item.reasoning && <span className="muted">{item.reasoning}</span>}
            </td>
          </tr>
        )}
        empty={onlyWrong ? 'Every item was judged right.' : 'This evaluation judged no items.'}
        loadingText="Loading items…"
        noun="items"
      />
    </div>
  );
}
