import { useMutation } from 'urql';
import { useCan } from '../../auth/permissions';
import { ActionButton } from '../../components/ActionButton';
import { DetailPage } from '../../components/DetailPage';
import { LiveIndicator } from '../../components/LiveIndicator';
import { getFragmentData, graphql } from '../../graphql/generated';
import { useLiveDetail } from '../../hooks/useLiveDetail';
import { isCancellable, isTerminal } from '../../status';
import { EvaluationPanel } from '../evaluation/EvaluationPanel';
import { RunRegression } from '../evaluation/RunRegression';
import { RunArtifacts } from './RunArtifacts';
import { RunDetail, RunDetailFragment } from './RunDetail';
import { RunLogs } from './RunLogs';
import { RunMetrics } from './RunMetrics';
import { RunNotes } from './RunNotes';

const RunQuery = graphql(`
  query Run($id: ID!) {
    run(id: $id) {
      id
      ...RunDetail
      ...RunArtifacts
      ...RunNotes
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
      ...RunNotes
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
  const live = useLiveDetail({
    query: RunQuery,
    subscription: RunUpdatedSubscription,
    variables: { id: runId },
    fromQuery: (data) => data.run,
    fromEvent: (data) => data.runUpdated,
  });
  const [cancellation, cancelRun] = useMutation(CancelRunMutation);
  const can = useCan();

  const run = live.item;
  const detail = run ? getFragmentData(RunDetailFragment, run) : null;
  const status = detail?.status ?? null;
  const finished = status !== null && isTerminal(status);

  return (
    <DetailPage
      list={{ path: '/runs', label: 'Runs', seeAll: 'See all runs.' }}
      kind="run"
      crumb={detail?.name ?? undefined}
      title={detail?.name ?? 'Run'}
      actions={
        <>
          {status && <LiveIndicator live={live.live} finished={finished} data-testid="run:live" />}
          {status && isCancellable(status) && can('cancelRun') && (
            <ActionButton
              tone="danger"
              busy={cancellation.fetching}
              onClick={() => cancelRun({ id: runId })}
              data-testid="run:cancel"
            >
              Cancel run
            </ActionButton>
          )}
        </>
      }
      detail={live}
      actionErrors={[cancellation.error]}
      testid="run"
    >
      {run && (
        <div className="stack">
          <RunDetail run={run} />
          <RunNotes run={run} />
          <RunMetrics runId={runId} runFinished={finished} />
          <EvaluationPanel runId={runId} runFinished={finished} />
          <RunRegression runId={runId} runName={detail?.name ?? ''} />
          <div className="run-page__bottom">
            <RunLogs runId={runId} runFinished={finished} />
            <RunArtifacts run={run} />
          </div>
        </div>
      )}
    </DetailPage>
  );
}
