import { useMutation, useQuery } from 'urql';
import { useCan } from '../../auth/permissions';
import { DetailPage } from '../../components/DetailPage';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LiveIndicator } from '../../components/LiveIndicator';
import { isTerminal } from '../../components/StatusBadge';
import { useLiveSubscription } from '../../components/useSubscriptionStream';
import { getFragmentData, graphql } from '../../graphql/generated';
import { RunArtifacts } from './RunArtifacts';
import { RunDetail, RunDetailFragment } from './RunDetail';
import { RunLogs } from './RunLogs';
import { RunMetrics } from './RunMetrics';

const RunQuery = graphql(`
  query Run($id: ID!) {
    run(id: $id) {
      id
      ...RunDetail
      ...RunArtifacts
    }
  }
`);

// Sends the run as it is now, then at every change, and ends after a terminal status. Artifacts
// come with it, so the files appear as soon as the run has ended.
const RunUpdatedSubscription = graphql(`
  subscription RunUpdated($id: ID!) {
    runUpdated(id: $id) {
      id
      ...RunDetail
      ...RunArtifacts
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

/**
 * One run, kept live: its status by runUpdated (the query only fills the first paint), its metric
 * chart by runMetricRecorded and its logs by runLogAppended.
 */
export function RunPage({ runId }: { runId: string }) {
  const [initial, reexecute] = useQuery({ query: RunQuery, variables: { id: runId } });
  const live = useLiveSubscription({ query: RunUpdatedSubscription, variables: { id: runId } });
  const [cancellation, cancelRun] = useMutation(CancelRunMutation);
  const can = useCan();

  const queried = initial.data?.run ?? null;
  // The subscription is the fresher source; graphcache also merges it into the query's result.
  const run = live.data?.runUpdated ?? queried;
  const detail = run ? getFragmentData(RunDetailFragment, run) : null;
  const status = detail?.status ?? null;
  const finished = status !== null && isTerminal(status);
  // A missing run fails the subscription too; the query's answer says it better.
  const error = initial.error ?? (queried ? live.error : undefined);
  const retry = () => {
    reexecute({ requestPolicy: 'network-only' });
    if (live.error) live.restart();
  };

  return (
    <DetailPage
      list={{ path: '/runs', label: 'Runs', seeAll: 'See all runs.' }}
      kind="run"
      id={runId}
      crumb={runId}
      title={detail?.name ?? 'Run'}
      actions={
        <>
          {status && <LiveIndicator live={live.live} finished={finished} data-testid="run:live" />}
          {status && !finished && status !== 'CANCELLING' && can('cancelRun') && (
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
        </>
      }
      error={error}
      onRetry={retry}
      notices={cancellation.error && <ErrorNotice error={cancellation.error} />}
      loading={!run && initial.fetching}
      notFound={!run && !!initial.data && !queried}
      loadingText="Loading run…"
      testid="run"
    >
      {run && (
        <div className="stack">
          <RunDetail run={run} />
          <RunMetrics runId={runId} runFinished={finished} />
          <div className="run-page__bottom">
            <RunLogs runId={runId} runFinished={finished} />
            <RunArtifacts run={run} />
          </div>
        </div>
      )}
    </DetailPage>
  );
}
