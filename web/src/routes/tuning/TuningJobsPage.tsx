import { ErrorNotice } from '../../components/ErrorNotice';
import { LoadMore } from '../../components/LoadMore';
import { isTerminal, StatusBadge } from '../../components/StatusBadge';
import { Time } from '../../components/Time';
import { useConnectionPages } from '../../components/useConnectionPages';
import { useLiveSubscription } from '../../components/useSubscriptionStream';
import { formatNumber } from '../../format';
import { graphql } from '../../graphql/generated';
import type { TuningJobStatus } from '../../graphql/generated/graphql';
import { tuningJobPath } from '../../paths';
import { Link, navigate, useLocation, withSearchParams } from '../../router';
import { CreateTuningJobForm } from './CreateTuningJobForm';

export const TUNING_JOBS_PAGE_SIZE = 20;

const TuningJobsQuery = graphql(`
  query TuningJobs($first: Int!, $after: String) {
    tuningJobs(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          status
          metricName
          metricMode
          bestMetricValue
          numSamples
          createdAt
          dataset {
            id
            name
            version
          }
          finishedTrialCount
        }
      }
    }
  }
`);

// A running job's row, live: the event updates the cached TuningJob, so the list's row follows.
const TuningJobProgressSubscription = graphql(`
  subscription TuningJobProgress($id: ID!) {
    tuningJobUpdated(id: $id) {
      id
      status
      bestMetricValue
      finishedTrialCount
    }
  }
`);

/** Trials finished of the planned number, followed live while the job runs. */
function TrialProgress({
  jobId,
  status,
  finished,
  planned,
}: {
  jobId: string;
  status: TuningJobStatus;
  finished: number;
  planned: number;
}) {
  const running = !isTerminal(status) && status !== 'CREATED';
  const live = useLiveSubscription({ query: TuningJobProgressSubscription, variables: { id: jobId }, pause: !running });
  return (
    <span data-testid="tuning:progress">
      {live.data?.tuningJobUpdated.finishedTrialCount ?? finished}/{planned}
    </span>
  );
}

/** Tuning jobs, newest first, with progress and the best value so far; `?new=1` opens the create form. */
export function TuningJobsPage() {
  const location = useLocation();
  const creating = location.searchParams.get('new') === '1';
  const jobs = useConnectionPages({
    query: TuningJobsQuery,
    variables: { first: TUNING_JOBS_PAGE_SIZE },
    select: (data) => data.tuningJobs,
  });

  return (
    <section className="page">
      <header className="page__header">
        <h1>Tuning</h1>
        {!creating && (
          <button
            type="button"
            className="button--primary"
            onClick={() => navigate(withSearchParams(location, { new: '1' }))}
            data-testid="tuning:new"
          >
            New tuning job
          </button>
        )}
        <button type="button" onClick={jobs.refresh} disabled={jobs.fetching}>
          Refresh
        </button>
      </header>

      {creating && (
        <CreateTuningJobForm
          onCreated={(jobId) => navigate(tuningJobPath(jobId))}
          onCancel={() => navigate(withSearchParams(location, { new: null }))}
        />
      )}
      {jobs.error && <ErrorNotice error={jobs.error} onRetry={jobs.refresh} />}

      <div className="table-wrap">
        <table className="table" data-testid="tuning:table" aria-busy={jobs.fetching}>
          <thead>
            <tr>
              <th>Status</th>
              <th>Name</th>
              <th>Dataset</th>
              <th>Metric</th>
              <th className="num">Best</th>
              <th className="num">Trials done</th>
              <th>Created</th>
            </tr>
          </thead>
          <tbody>
            {jobs.nodes.map((job) => {
              return (
                <tr
                  key={job.id}
                  className="row"
                  onClick={() => navigate(tuningJobPath(job.id))}
                  data-testid="tuning:row"
                  data-job-id={job.id}
                >
                  <td>
                    <StatusBadge status={job.status} />
                  </td>
                  <td>
                    <Link to={tuningJobPath(job.id)}>{job.name}</Link>
                  </td>
                  <td>
                    {job.dataset.name} <span className="muted">{job.dataset.version}</span>
                  </td>
                  <td>
                    <code>{job.metricName}</code> <span className="muted">{job.metricMode === 'MIN' ? '↓ min' : '↑ max'}</span>
                  </td>
                  <td className="num">{formatNumber(job.bestMetricValue)}</td>
                  <td className="num">
                    <TrialProgress
                      jobId={job.id}
                      status={job.status}
                      finished={job.finishedTrialCount}
                      planned={job.numSamples}
                    />
                  </td>
                  <td className="nowrap">
                    <Time value={job.createdAt} />
                  </td>
                </tr>
              );
            })}
            {!jobs.loading && !jobs.error && jobs.nodes.length === 0 && (
              <tr>
                <td colSpan={7} className="empty" data-testid="tuning:empty">
                  No tuning jobs yet. Start one with “New tuning job”.
                </td>
              </tr>
            )}
            {jobs.loading && (
              <tr>
                <td colSpan={7} className="empty">
                  Loading tuning jobs…
                </td>
              </tr>
            )}
          </tbody>
        </table>
        <LoadMore
          noun="jobs"
          shown={jobs.nodes.length}
          total={jobs.totalCount}
          hasMore={jobs.hasMore}
          fetching={jobs.fetching}
          onLoadMore={jobs.loadMore}
        />
      </div>
    </section>
  );
}
