import { StatusBadge } from '../../components/StatusBadge';
import { Time } from '../../components/Time';
import { formatNumber } from '../../format';
import { type FragmentType, getFragmentData, graphql } from '../../graphql/generated';
import { formatShare, isEvaluationFinished, progressOf, scorecardView } from './evaluationData';
import { VerdictBadge } from './VerdictBadge';

export const EvaluationSummaryFragment = graphql(`
  fragment EvaluationSummary on Evaluation {
    id
    status
    itemsDone
    itemsTotal
    score
    primaryScore
    verdict
    error
    createdAt
    finishedAt
    judge {
      name
      version
      config
    }
    evalDataset {
      id
      name
      version
    }
    scorecard {
      nItems
      nScored
      nSkipped
      mean
      stddev
      min
      max
      byTag {
        tag
        mean
      }
    }
  }
`);

/** One evaluation: its judge, status and progress while judging, then its score, verdict and scorecard. */
export function EvaluationSummary(props: { evaluation: FragmentType<typeof EvaluationSummaryFragment> }) {
  const evaluation = getFragmentData(EvaluationSummaryFragment, props.evaluation);
  const progress = progressOf(evaluation);
  const finished = isEvaluationFinished(evaluation.status);
  const card = evaluation.scorecard ? scorecardView(evaluation.scorecard) : null;
  return (
    <div className="stack" data-testid="evaluation:summary" data-evaluation-id={evaluation.id} data-status={evaluation.status}>
      <div className="stats">
        <div className="stat">
          <span className="stat__label">Status</span>
          <StatusBadge status={evaluation.status} data-testid="evaluation:status" />
          <small className="muted">
            {evaluation.judge.name} {evaluation.judge.version} on{' '}
            {evaluation.evalDataset ? `${evaluation.evalDataset.name} ${evaluation.evalDataset.version}` : 'the held-out split'}
          </small>
        </div>
        <div className="stat">
          <span className="stat__label">Score</span>
          <strong className="stat__value" data-testid="evaluation:score">
            {formatNumber(evaluation.score)}
          </strong>
          <small className="muted">primary {formatShare(evaluation.primaryScore)}</small>
        </div>
        <div className="stat">
          <span className="stat__label">Verdict</span>
          <VerdictBadge verdict={evaluation.verdict} data-testid="evaluation:verdict" />
          <small className="muted">
            {finished ? (
              <Time value={evaluation.finishedAt} />
            ) : (
              <>
                requested <Time value={evaluation.createdAt} />
              </>
            )}
          </small>
        </div>
      </div>
      {!finished && (
        <label className="progress" data-testid="evaluation:progress">
          <span>{progress.text}</span>
          <progress max={progress.total || undefined} value={progress.total ? progress.done : undefined} />
        </label>
      )}
      {evaluation.error && (
        <p className="notice notice--error" data-testid="evaluation:error">
          {evaluation.error}
        </p>
      )}
      {card && (
        <div data-testid="evaluation:scorecard">
          <h3>Scorecard</h3>
          <dl className="facts facts--compact">
            {card.stats.map((stat) => (
              <div key={stat.label} className="facts__row" data-key={stat.label}>
                <dt>{stat.label}</dt>
                <dd>
                  <code>{stat.value}</code>
                </dd>
              </div>
            ))}
          </dl>
          {card.tags.length > 0 && (
            <table className="table table--compact" data-testid="evaluation:tags">
              <thead>
                <tr>
                  <th>Tag</th>
                  <th className="num">Mean score</th>
                </tr>
              </thead>
              <tbody>
                {card.tags.map((tag) => (
                  <tr key={tag.tag}>
                    <td>
                      <span className="tag">{tag.tag}</span>
                    </td>
                    <td className="num">
                      <meter min={0} max={1} value={tag.share} aria-label={`${tag.tag} mean score`} /> {tag.mean}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </div>
  );
}
