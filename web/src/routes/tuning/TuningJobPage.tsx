import { useMutation } from 'urql';
import { useCan } from '../../auth/permissions';
import { ActionButton } from '../../components/ActionButton';
import { DetailPage } from '../../components/DetailPage';
import { LiveIndicator } from '../../components/LiveIndicator';
import { getFragmentData, graphql } from '../../graphql/generated';
import { useLiveDetail } from '../../hooks/useLiveDetail';
import { isCancellable, isTerminal } from '../../status';
import { BestTrial } from './BestTrial';
import { StartTuningJobMutation } from './CreateTuningJobForm';
import { SweepViews } from './SweepViews';
import { TrialsTable } from './TrialsTable';
import { TuningJobSearchSpace, TuningJobSummary } from './TuningJobSummary';

/** Everything the page shows: its own header fields and each part's fragment. */
export const TuningJobDetailFragment = graphql(`
  fragment TuningJobDetail on TuningJob {
    id
    name
    status
    ...TuningJobSummary
    ...BestTrial
    ...TuningJobSearchSpace
    ...SweepViews
    ...TrialsTable
  }
`);

const TuningJobQuery = graphql(`
  query TuningJob($id: ID!) {
    tuningJob(id: $id) {
      id
      ...TuningJobDetail
    }
  }
`);

// The job now, then again whenever a trial is scheduled or finishes, a new best appears or the
// status changes; ends after a terminal status. Trials come with every event.
const TuningJobUpdatedSubscription = graphql(`
  subscription TuningJobUpdated($id: ID!) {
    tuningJobUpdated(id: $id) {
      id
      ...TuningJobDetail
    }
  }
`);

const CancelTuningJobMutation = graphql(`
  mutation CancelTuningJob($id: ID!) {
    cancelTuningJob(input: { id: $id }) {
      tuningJob {
        id
        ...TuningJobDetail
      }
    }
  }
`);

/** One tuning job, live: its best trial so far, every trial with its params and metric, and a chart. */
export function TuningJobPage({ jobId }: { jobId: string }) {
  const live = useLiveDetail({
    query: TuningJobQuery,
    subscription: TuningJobUpdatedSubscription,
    variables: { id: jobId },
    fromQuery: (data) => data.tuningJob,
    fromEvent: (data) => data.tuningJobUpdated,
  });
  const [cancellation, cancelJob] = useMutation(CancelTuningJobMutation);
  const [start, startJob] = useMutation(StartTuningJobMutation);
  const can = useCan();

  const job = live.item ? getFragmentData(TuningJobDetailFragment, live.item) : null;

  return (
    <DetailPage
      list={{ path: '/tuning', label: 'Tuning', seeAll: 'See all tuning jobs.' }}
      kind="tuning job"
      crumb={job?.name}
      title={job?.name ?? 'Tuning job'}
      actions={
        job && (
          <>
            <LiveIndicator live={live.live} finished={isTerminal(job.status)} data-testid="tuning-job:live" />
            {job.status === 'CREATED' && can('startTuningJob') && (
              <ActionButton
                tone="primary"
                busy={start.fetching}
                onClick={() => startJob({ id: jobId })}
                data-testid="tuning-job:start"
              >
                Start
              </ActionButton>
            )}
            {isCancellable(job.status) && can('cancelTuningJob') && (
              <ActionButton
                tone="danger"
                busy={cancellation.fetching}
                onClick={() => cancelJob({ id: jobId })}
                data-testid="tuning-job:cancel"
              >
                Cancel job
              </ActionButton>
            )}
          </>
        )
      }
      detail={live}
      actionErrors={[cancellation.error, start.error]}
      testid="tuning-job"
    >
      {job && (
        <div className="stack">
          <div className="columns">
            <TuningJobSummary job={job} />
            <BestTrial job={job} />
            <TuningJobSearchSpace job={job} />
          </div>
          <SweepViews job={job} />
          <TrialsTable job={job} />
        </div>
      )}
    </DetailPage>
  );
}
