import { useRef } from 'react';
import { LinkList, RunLink } from '../../components/LinkList';
import { StatusBadge } from '../../components/StatusBadge';
import { Time } from '../../components/Time';
import { formatCount, formatNumber } from '../../format';
import { type FragmentType, getFragmentData, graphql } from '../../graphql/generated';
import { useSubscriptionStream } from '../../hooks/useSubscriptionStream';
import { Link } from '../../router';
import { leaderboardPath } from './paths';
import { VerdictBadge } from './VerdictBadge';

export const RecentEvaluationsFragment = graphql(`
  fragment RecentEvaluations on Health {
    recentEvaluations(first: 5) {
      id
      status
      score
      verdict
      itemsDone
      itemsTotal
      createdAt
      judge {
        name
      }
      run {
        id
        name
      }
    }
  }
`);

const EvaluationFinishedSubscription = graphql(`
  subscription HomeEvaluationFinished {
    leaderboardUpdated {
      id
    }
  }
`);

/** The evaluations requested last, with their state; `onFinished` re-reads the page when one succeeds. */
export function RecentEvaluations(props: { health: FragmentType<typeof RecentEvaluationsFragment>; onFinished: () => void }) {
  const { recentEvaluations } = getFragmentData(RecentEvaluationsFragment, props.health);
  const onFinished = useRef(props.onFinished);
  onFinished.current = props.onFinished;
  useSubscriptionStream({ query: EvaluationFinishedSubscription, variables: {}, onData: () => onFinished.current() });
  return (
    <section className="card" aria-labelledby="home-evaluations">
      <header className="card__header">
        <h2 id="home-evaluations">Recent evaluations</h2>
        <Link to={leaderboardPath()}>Leaderboard</Link>
      </header>
      <LinkList
        items={recentEvaluations}
        testid="home:evaluations"
        emptyTestid="home:evaluations-empty"
        empty="Nothing evaluated yet. Evaluate a run from its page."
        renderItem={(evaluation) => (
          <li key={evaluation.id} data-testid="home:evaluation">
            <StatusBadge status={evaluation.status} /> <RunLink run={evaluation.run} /> by {evaluation.judge.name}
            {evaluation.status === 'SUCCEEDED' ? (
              <>
                : {formatNumber(evaluation.score)} <VerdictBadge verdict={evaluation.verdict} />
              </>
            ) : (
              evaluation.itemsTotal > 0 && (
                <span className="muted">
                  {' '}
                  ({formatCount(evaluation.itemsDone)}/{formatCount(evaluation.itemsTotal)})
                </span>
              )
            )}{' '}
            <span className="muted">
              <Time value={evaluation.createdAt} />
            </span>
          </li>
        )}
      />
    </section>
  );
}
