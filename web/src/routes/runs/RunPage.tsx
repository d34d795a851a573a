import { useMutation, useQuery, useSubscription } from 'urql';
import { ErrorNotice } from '../../components/ErrorNotice';
import { isTerminal } from '../../components/StatusBadge';
import { getFragmentData, graphql } from '../../graphql/generated';
import { Link } from '../../router';
import { RunDetail, RunDetailFragment } from './RunDetail';

const RunQuery = graphql(`
  query Run($id: ID!) {
    node(id: $id) {
      __typename
      ... on Run {
        id
        ...RunDetail
      }
    }
  }
`);

// Sends the run as it is now, then at every change, and ends after a terminal status.
const RunUpdatedSubscription = graphql(`
  subscription RunUpdated($id: ID!) {
    runUpdated(id: $id) {
      id
      ...RunDetail
    }
  }
`);

const CancelRunMutation = graphql(`
  mutation CancelRun($id: ID!) {
    cancelRun(input: { id: $id }) {
      run {
        id
        ...RunDetail
      }
    }
  }
`);

/** One run, kept live by the runUpdated subscription (the query only fills the first paint). */
export function RunPage({ runId }: { runId: string }) {
  const [initial, reexecute] = useQuery({ query: RunQuery, variables: { id: runId } });
  const [live] = useSubscription({ query: RunUpdatedSubscription, variables: { id: runId } });
  const [cancellation, cancelRun] = useMutation(CancelRunMutation);

  const queried = initial.data?.node?.__typename === 'Run' ? initial.data.node : null;
  // The subscription is the fresher source; graphcache also merges it into the query's result.
  const run = live.data?.runUpdated ?? queried;
  const detail = run ? getFragmentData(RunDetailFragment, run) : null;
  const status = detail?.status ?? null;
  // A missing run fails the subscription too; the query's answer says it better.
  const error = initial.error ?? (queried ? live.error : undefined);

  return (
    <section className="page">
      <p className="breadcrumbs">
        <Link to="/runs">Runs</Link> / <code>{runId}</code>
      </p>
      <header className="page__header">
        <h1>{detail?.name ?? 'Run'}</h1>
        {status && (
          <span className="live" data-testid="run:live">
            {isTerminal(status) ? 'final' : live.fetching ? '● live' : 'not live'}
          </span>
        )}
        {status && !isTerminal(status) && status !== 'CANCELLING' && (
          <button
            type="button"
            className="button--danger"
            disabled={cancellation.fetching}
            onClick={() => cancelRun({ id: runId })}
            data-testid="run:cancel"
          >
            Cancel run
          </button>
        )}
      </header>
      {error && <ErrorNotice error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {cancellation.error && <ErrorNotice error={cancellation.error} />}
      {!run && initial.fetching && <p className="muted">Loading run…</p>}
      {!run && initial.data && !queried && (
        <p className="notice" data-testid="run:not-found">
          No run with id <code>{runId}</code>. <Link to="/runs">See all runs.</Link>
        </p>
      )}
      {run && <RunDetail run={run} />}
    </section>
  );
}
