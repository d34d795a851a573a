import { useQuery } from 'urql';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatNumber } from '../../format';
import { graphql } from '../../graphql/generated';
import { formatShare } from './evaluationData';
import { VerdictBadge } from './VerdictBadge';

/** Flipped items shown under the scores (the count says how many there are in all). */
export const CHANGED_ITEMS_SHOWN = 50;

const CompareEvaluationsQuery = graphql(`
  query CompareEvaluations($ids: [ID!]!, $first: Int!) {
    compareRuns(ids: $ids) {
      evaluations {
        id
        score
        primaryScore
        verdict
        judge {
          name
        }
      }
      changedItemCount
      changedItems(first: $first) {
        edges {
          node {
            change
            reference
            trace {
              id
              prompt
            }
            results {
              correct
              prediction
              score
            }
          }
        }
      }
    }
  }
`);

/** The compared runs' latest evaluations side by side, and the items one fixed or broke. */
export function CompareEvaluations({ ids, labels }: { ids: readonly string[]; labels: readonly string[] }) {
  const [result, reexecute] = useQuery({
    query: CompareEvaluationsQuery,
    variables: { ids: [...ids], first: CHANGED_ITEMS_SHOWN },
  });
  const comparison = result.data?.compareRuns;
  return (
    <section className="card" aria-labelledby="compare-evaluations" data-testid="compare:evaluations">
      <h2 id="compare-evaluations">Evaluations</h2>
      {result.error && <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {comparison && (
        <div className="table-wrap table-wrap--flat">
          <table className="table table--compact" data-testid="compare:scores">
            <thead>
              <tr>
                <th />
                {labels.map((label) => (
                  <th key={label}>{label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr data-testid="compare:score-row">
                <th scope="row">Score</th>
                {comparison.evaluations.map((evaluation, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: one column per compared run, in order.
                  <td key={index}>
                    {evaluation ? formatNumber(evaluation.score) : <span className="muted">not evaluated</span>}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">Primary</th>
                {comparison.evaluations.map((evaluation, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: one column per compared run, in order.
                  <td key={index}>{formatShare(evaluation?.primaryScore)}</td>
                ))}
              </tr>
              <tr>
                <th scope="row">Verdict</th>
                {comparison.evaluations.map((evaluation, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: one column per compared run, in order.
                  <td key={index}>
                    <VerdictBadge verdict={evaluation?.verdict ?? null} />
                    {evaluation && <span className="muted"> {evaluation.judge.name}</span>}
                  </td>
                ))}
              </tr>
              <tr className="table__section">
                <th scope="row" colSpan={labels.length + 1}>
                  Items that changed ({formatNumber(comparison.changedItemCount)})
                </th>
              </tr>
              {comparison.changedItems.edges.map(({ node: item }) => (
                <tr key={item.trace.id} data-testid="compare:changed-item" data-change={item.change}>
                  <th scope="row">
                    <span className="badge badge--neutral">{item.change}</span> {item.trace.prompt}{' '}
                    <span className="muted">expects {item.reference}</span>
                  </th>
                  {item.results.map((itemResult, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: one column per compared run, in order.
                    <td key={index}>
                      {itemResult.correct === null ? '—' : itemResult.correct ? '✓' : '✗'}{' '}
                      <code>{itemResult.prediction ?? '—'}</code>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
