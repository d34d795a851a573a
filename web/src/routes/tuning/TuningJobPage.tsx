import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useCan } from '../../auth/permissions';
import { BarChart } from '../../components/BarChart';
import { DetailPage } from '../../components/DetailPage';
import { ErrorNotice } from '../../components/ErrorNotice';
import { KeyValues } from '../../components/KeyValues';
import { LiveIndicator } from '../../components/LiveIndicator';
import { isTerminal, StatusBadge } from '../../components/StatusBadge';
import { Time } from '../../components/Time';
import { useElementWidth } from '../../components/useElementWidth';
import { useLiveSubscription } from '../../components/useSubscriptionStream';
import { formatNumber, formatValue, objectEntries } from '../../format';
import { getFragmentData, graphql } from '../../graphql/generated';
import { datasetPath, runPath } from '../../paths';
import { Link } from '../../router';
import { StartTuningJobMutation } from './CreateTuningJobForm';
import { PromoteBestTrial } from './PromoteBestTrial';

export const TuningJobDetailFragment = graphql(`
  fragment TuningJobDetail on TuningJob {
    id
    name
    status
    error
    metricName
    metricMode
    numSamples
    maxConcurrentTrials
    seed
    executor
    baseModel
    baseConfig
    searchSpace
    createdAt
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
    bestMetricValue
    bestParams
    bestTrial {
      id
      number
      run {
        id
      }
    }
    trials(first: 100, orderBy: METRIC_BEST_FIRST) {
      totalCount
      edges {
        node {
          id
          number
          status
          params
          metricValue
          error
          run {
            id
            status
          }
        }
      }
    }
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

type TrialOrder = 'metric' | 'number';

/** One tuning job, live: its best trial so far, every trial with its params and metric, and a chart. */
export function TuningJobPage({ jobId }: { jobId: string }) {
  const [initial, reexecute] = useQuery({ query: TuningJobQuery, variables: { id: jobId } });
  const live = useLiveSubscription({ query: TuningJobUpdatedSubscription, variables: { id: jobId } });
  const [cancellation, cancelJob] = useMutation(CancelTuningJobMutation);
  const [start, startJob] = useMutation(StartTuningJobMutation);
  const can = useCan();
  const [order, setOrder] = useState<TrialOrder>('metric');
  const [frame, width] = useElementWidth<HTMLDivElement>();

  const queried = initial.data?.tuningJob ?? null;
  const current = live.data?.tuningJobUpdated ?? queried;
  const job = current ? getFragmentData(TuningJobDetailFragment, current) : null;
  const error = initial.error ?? (queried ? live.error : undefined);
  const retry = () => {
    reexecute({ requestPolicy: 'network-only' });
    if (live.error) live.restart();
  };

  // The server sorts best first (by the job's metric and mode, trials without a value last).
  const bestFirst = job?.trials.edges.map((edge) => edge.node) ?? [];
  const trials = order === 'metric' ? bestFirst : [...bestFirst].sort((a, b) => a.number - b.number);
  const byNumber = [...bestFirst].sort((a, b) => a.number - b.number);
  const done = bestFirst.filter((trial) => isTerminal(trial.status)).length;
  const paramNames = [...new Set(bestFirst.flatMap((trial) => objectEntries(trial.params).map(([name]) => name)))];
  const finished = job ? ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(job.status) : false;

  return (
    <DetailPage
      list={{ path: '/tuning', label: 'Tuning', seeAll: 'See all tuning jobs.' }}
      kind="tuning job"
      id={jobId}
      crumb={jobId}
      title={job?.name ?? 'Tuning job'}
      actions={
        <>
          {job && <LiveIndicator live={live.live} finished={finished} data-testid="tuning-job:live" />}
          {job?.status === 'CREATED' && can('startTuningJob') && (
            <button
              type="button"
              className="button--primary"
              disabled={start.fetching}
              onClick={() => startJob({ id: jobId })}
              data-testid="tuning-job:start"
            >
              Start
            </button>
          )}
          {job && (job.status === 'CREATED' || job.status === 'RUNNING') && can('cancelTuningJob') && (
            <button
              type="button"
              className="button--danger"
              disabled={cancellation.fetching}
              onClick={() => cancelJob({ id: jobId })}
              data-testid="tuning-job:cancel"
            >
              Cancel job
            </button>
          )}
        </>
      }
      error={error}
      onRetry={retry}
      notices={
        <>
          {cancellation.error && <ErrorNotice error={cancellation.error} />}
          {start.error && <ErrorNotice error={start.error} />}
        </>
      }
      loading={!job && initial.fetching}
      notFound={!job && !!initial.data && !queried}
      loadingText="Loading tuning job…"
      testid="tuning-job"
    >
      {job && (
        <div className="stack">
          <div className="columns">
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
              <dl className="facts">
                <dt>Dataset</dt>
                <dd>
                  <Link to={datasetPath(job.dataset.id)}>{job.dataset.name}</Link>{' '}
                  <span className="muted">{job.dataset.version}</span>
                </dd>
                <dt>Metric</dt>
                <dd>
                  <code>{job.metricName}</code>{' '}
                  <span className="muted">{job.metricMode === 'MIN' ? 'lower is better' : 'higher is better'}</span>
                </dd>
                <dt>Trials</dt>
                <dd>
                  {job.numSamples}, {job.maxConcurrentTrials} at once, seed {job.seed}
                </dd>
                <dt>Executor</dt>
                <dd>
                  {job.executor} <span className="muted">{job.baseModel}</span>
                </dd>
                {job.earlyStopping && (
                  <>
                    <dt>Early stopping</dt>
                    <dd>
                      {job.earlyStopping.rule} after {job.earlyStopping.minTrialsCompleted} trials, grace{' '}
                      {job.earlyStopping.graceSteps} steps
                    </dd>
                  </>
                )}
                <dt>Started</dt>
                <dd>
                  <Time value={job.startedAt} />
                </dd>
                <dt>Finished</dt>
                <dd>
                  <Time value={job.finishedAt} />
                </dd>
              </dl>
            </section>
            <section className="card" aria-label="Best trial" data-testid="tuning-job:best">
              <h3>Best trial</h3>
              {job.bestTrial ? (
                <>
                  <p className="best">
                    <span className="best__value" data-testid="tuning-job:best-value">
                      {formatNumber(job.bestMetricValue)}
                    </span>{' '}
                    <span className="muted">{job.metricName}</span>
                  </p>
                  <p data-testid="tuning-job:best-trial">
                    Trial #{job.bestTrial.number}
                    {job.bestTrial.run && (
                      <>
                        {' '}
                        · <Link to={runPath(job.bestTrial.run.id)}>its run</Link>
                      </>
                    )}
                  </p>
                  <KeyValues value={job.bestParams} data-testid="tuning-job:best-params" />
                </>
              ) : (
                <p className="muted">None yet: the first trial to report {job.metricName} becomes the best.</p>
              )}
              {can('promoteBestTrial') && <PromoteBestTrial jobId={job.id} jobName={job.name} hasBest={job.bestTrial !== null} />}
            </section>
            <section className="card" aria-label="Search space">
              <h3>Search space</h3>
              <KeyValues value={job.searchSpace} data-testid="tuning-job:search-space" />
              <h3>Base config</h3>
              <KeyValues value={job.baseConfig} />
            </section>
          </div>

          <section className="card" aria-label="Metric by trial">
            <header className="card__header">
              <h2>
                {job.metricName} by trial <span className="muted">(best in green)</span>
              </h2>
            </header>
            <div ref={frame}>
              <BarChart
                width={width ?? undefined}
                bars={byNumber.map((trial) => ({
                  label: `#${trial.number}`,
                  value: trial.metricValue,
                  highlight: trial.id === job.bestTrial?.id,
                  title: `Trial #${trial.number}: ${formatNumber(trial.metricValue)} (${trial.status})`,
                }))}
                xLabel="trial"
                yLabel={job.metricName}
                emptyText="No trial has reported the metric yet."
                data-testid="tuning-job:chart"
              />
            </div>
          </section>

          <section className="card" aria-label="Trials">
            <header className="card__header">
              <h2>Trials</h2>
              <span className="muted">{job.trials.totalCount} scheduled</span>
              <label className="filter">
                Order
                <select
                  value={order}
                  onChange={(event) => setOrder(event.target.value as TrialOrder)}
                  data-testid="tuning-job:order"
                >
                  <option value="metric">best {job.metricName} first</option>
                  <option value="number">by number</option>
                </select>
              </label>
            </header>
            <div className="table-wrap table-wrap--flat">
              <table className="table table--compact" data-testid="tuning-job:trials">
                <thead>
                  <tr>
                    <th className="num">#</th>
                    <th>Status</th>
                    {paramNames.map((name) => (
                      <th key={name}>
                        <code>{name}</code>
                      </th>
                    ))}
                    <th className="num">{job.metricName}</th>
                    <th>Run</th>
                  </tr>
                </thead>
                <tbody>
                  {trials.map((trial) => {
                    const params = Object.fromEntries(objectEntries(trial.params));
                    const best = trial.id === job.bestTrial?.id;
                    return (
                      <tr
                        key={trial.id}
                        className={best ? 'row--best' : undefined}
                        data-testid="tuning-job:trial"
                        data-trial-number={trial.number}
                        data-best={best || undefined}
                      >
                        <td className="num">{trial.number}</td>
                        <td>
                          <StatusBadge status={trial.status} />
                          {trial.error && (
                            <span className="muted" title={trial.error}>
                              {' '}
                              ⓘ
                            </span>
                          )}
                        </td>
                        {paramNames.map((name) => (
                          <td key={name}>
                            <code>{formatValue(params[name])}</code>
                          </td>
                        ))}
                        <td className="num" data-testid="tuning-job:trial-metric">
                          {formatNumber(trial.metricValue)}
                          {best && <span className="best__mark"> ★</span>}
                        </td>
                        <td>{trial.run ? <Link to={runPath(trial.run.id)}>run</Link> : <span className="muted">—</span>}</td>
                      </tr>
                    );
                  })}
                  {trials.length === 0 && (
                    <tr>
                      <td colSpan={paramNames.length + 4} className="empty">
                        {job.status === 'CREATED' ? 'Start the job to schedule its trials.' : 'No trials yet.'}
                      </td>
                    </tr>
                  )}
                </tbody>
              </table>
            </div>
          </section>
        </div>
      )}
    </DetailPage>
  );
}
