import { ClickableRow, ConnectionTable, RowLink } from '../../components/ConnectionTable';
import { TimeCell } from '../../components/DataTable';
import { PageHeader, useCreateFormToggle } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { formatNumber } from '../../format';
import { graphql } from '../../graphql/generated';
import type { TuningJobStatus } from '../../graphql/generated/graphql';
import { useConnectionPages } from '../../hooks/useConnectionPages';
import { useLiveSubscription } from '../../hooks/useSubscriptionStream';
import { tuningJobPath } from '../../paths';
import { navigate } from '../../router';
import { isActive } from '../../status';
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
  const live = useLiveSubscription({
    query: TuningJobProgressSubscription,
    variables: { id: jobId },
    pause: !isActive(status),
  });
  return (
    <span data-testid="tuning:progress">
      {live.data?.tuningJobUpdated.finishedTrialCount ?? finished}/{planned}
    </span>
  );
}

/** Tuning jobs, newest first, with progress and the best value so far; `?new=1` opens the create form. */
export function TuningJobsPage() {
  const createForm = useCreateFormToggle('new', 'createTuningJob');
  const jobs = useConnectionPages({
    query: TuningJobsQuery,
    variables: { first: TUNING_JOBS_PAGE_SIZE },
    select: (data) => data.tuningJobs,
  });

  return (
    <section className="page">
      <PageHeader title="Tuning" create={{ toggle: createForm, label: 'New tuning job', testid: 'tuning:new' }}>
        <button type="button" onClick={jobs.refresh} disabled={jobs.fetching}>
          Refresh
        </button>
      </PageHeader>

      {createForm.isOpen && (
        <CreateTuningJobForm onCreated={(jobId) => navigate(tuningJobPath(jobId))} onCancel={createForm.close} />
      )}

      <ConnectionTable
        connection={jobs}
        testid="tuning"
        columns={[
          { label: 'Status' },
          { label: 'Name' },
          { label: 'Dataset' },
          { label: 'Metric' },
          { label: 'Best', className: 'num' },
          { label: 'Trials done', className: 'num' },
          { label: 'Created' },
        ]}
        renderRow={(job) => (
          <ClickableRow to={tuningJobPath(job.id)} data-testid="tuning:row" data-job-id={job.id}>
            <td>
              <StatusBadge status={job.status} />
            </td>
            <td>
              <RowLink>{job.name}</RowLink>
            </td>
            <td>
              {job.dataset.name} <span className="muted">{job.dataset.version}</span>
            </td>
            <td>
              <code>{job.metricName}</code> <span className="muted">{job.metricMode === 'MIN' ? '↓ min' : '↑ max'}</span>
            </td>
            <td className="num">{formatNumber(job.bestMetricValue)}</td>
            <td className="num">
              <TrialProgress jobId={job.id} status={job.status} finished={job.finishedTrialCount} planned={job.numSamples} />
            </td>
            <TimeCell value={job.createdAt} />
          </ClickableRow>
        )}
        empty="No tuning jobs yet. Start one with “New tuning job”."
        loadingText="Loading tuning jobs…"
        noun="jobs"
      />
    </section>
  );
}
