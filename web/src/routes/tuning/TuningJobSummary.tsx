import { Facts } from '../../components/Facts';
import { KeyValues } from '../../components/KeyValues';
import { StatusBadge } from '../../components/StatusBadge';
import { Time } from '../../components/Time';
import { type FragmentType, getFragmentData, graphql } from '../../graphql/generated';
import { datasetPath } from '../../paths';
import { Link } from '../../router';
import { isTerminal } from '../../status';

// The trials' arguments match the trials table's, so both read one cached list.
export const TuningJobSummaryFragment = graphql(`
  fragment TuningJobSummary on TuningJob {
    id
    status
    error
    metricName
    metricMode
    numSamples
    maxConcurrentTrials
    seed
    executor
    baseModel
    startedAt
    finishedAt
    earlyStopping {
      rule
      graceSteps
      minTrialsCompleted
    }
    dataset {
      id
      name
      version
    }
    trials(first: 100, orderBy: METRIC_BEST_FIRST) {
      edges {
        node {
          id
          status
        }
      }
    }
  }
`);

/** The job's status, progress and settings: what it tunes, on what, and how. */
export function TuningJobSummary(props: { job: FragmentType<typeof TuningJobSummaryFragment> }) {
  const job = getFragmentData(TuningJobSummaryFragment, props.job);
  const done = job.trials.edges.filter((edge) => isTerminal(edge.node.status)).length;
  return (
    <section className="card" aria-label="Summary">
      <div className="run-detail__status">
        <StatusBadge status={job.status} data-testid="tuning-job:status" />
        <span className="muted" data-testid="tuning-job:progress">
          {done}/{job.numSamples} trials done
        </span>
      </div>
      {job.error && (
        <div className="notice notice--error" data-testid="tuning-job:error">
          {job.error}
        </div>
      )}
      <Facts
        facts={[
          {
            label: 'Dataset',
            value: (
              <>
                <Link to={datasetPath(job.dataset.id)}>{job.dataset.name}</Link>{' '}
                <span className="muted">{job.dataset.version}</span>
              </>
            ),
          },
          {
            label: 'Metric',
            value: (
              <>
                <code>{job.metricName}</code>{' '}
                <span className="muted">{job.metricMode === 'MIN' ? 'lower is better' : 'higher is better'}</span>
              </>
            ),
          },
          { label: 'Trials', value: `${job.numSamples}, ${job.maxConcurrentTrials} at once, seed ${job.seed}` },
          {
            label: 'Executor',
            value: (
              <>
                {job.executor} <span className="muted">{job.baseModel}</span>
              </>
            ),
          },
          job.earlyStopping && {
            label: 'Early stopping',
            value: `${job.earlyStopping.rule} after ${job.earlyStopping.minTrialsCompleted} trials, grace ${job.earlyStopping.graceSteps} steps`,
          },
          { label: 'Started', value: <Time value={job.startedAt} /> },
          { label: 'Finished', value: <Time value={job.finishedAt} /> },
        ]}
      />
    </section>
  );
}

export const TuningJobSearchSpaceFragment = graphql(`
  fragment TuningJobSearchSpace on TuningJob {
    id
    searchSpace
    baseConfig
  }
`);

/** What the trials sample from, and the config every trial starts with. */
export function TuningJobSearchSpace(props: { job: FragmentType<typeof TuningJobSearchSpaceFragment> }) {
  const job = getFragmentData(TuningJobSearchSpaceFragment, props.job);
  return (
    <section className="card" aria-label="Search space">
      <h3>Search space</h3>
      <KeyValues value={job.searchSpace} data-testid="tuning-job:search-space" />
      <h3>Base config</h3>
      <KeyValues value={job.baseConfig} />
    </section>
  );
}
