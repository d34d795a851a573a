import { KeyValues } from '../../components/KeyValues';
import { StatusBadge } from '../../components/StatusBadge';
import { Time } from '../../components/Time';
import { formatSeconds } from '../../format';
import { type FragmentType, getFragmentData, graphql } from '../../graphql/generated';
import { datasetPath } from '../../paths';
import { Link } from '../../router';

export const RunDetailFragment = graphql(`
  fragment RunDetail on Run {
    id
    name
    status
    executor
    baseModel
    createdAt
    startedAt
    finishedAt
    durationSeconds
    error
    exitCode
    attempt
    maxAttempts
    config
    summaryMetrics
    dataset {
      id
      name
      version
    }
    statusChanges {
      fromStatus
      toStatus
      reason
      createdAt
    }
  }
`);

/** Everything about one run that changes while it runs: status, timestamps, error, config, history. */
export function RunDetail(props: { run: FragmentType<typeof RunDetailFragment> }) {
  const run = getFragmentData(RunDetailFragment, props.run);
  return (
    <div className="run-detail">
      <div className="run-detail__status">
        <StatusBadge status={run.status} data-testid="run:status" />
        {run.attempt > 1 && (
          <span className="muted">
            attempt {run.attempt} of {run.maxAttempts}
          </span>
        )}
      </div>

      {run.error && (
        <div className="notice notice--error" data-testid="run:error">
          <strong>{run.status === 'CANCELLED' ? 'Cancelled' : 'Error'}:</strong> {run.error}
          {run.exitCode !== null && <span className="muted"> (exit code {run.exitCode})</span>}
        </div>
      )}

      <div className="run-detail__columns">
        <div>
          <h3>Run</h3>
          <dl className="facts">
            <dt>Dataset</dt>
            <dd>
              <Link to={datasetPath(run.dataset.id)}>{run.dataset.name}</Link>{' '}
              <span className="muted">{run.dataset.version}</span>
            </dd>
            <dt>Base model</dt>
            <dd>{run.baseModel}</dd>
            <dt>Executor</dt>
            <dd>{run.executor}</dd>
            <dt>Queued</dt>
            <dd data-testid="run:created-at">
              <Time value={run.createdAt} />
            </dd>
            <dt>Started</dt>
            <dd data-testid="run:started-at">
              <Time value={run.startedAt} />
            </dd>
            <dt>Finished</dt>
            <dd data-testid="run:finished-at">
              <Time value={run.finishedAt} />
            </dd>
            {run.durationSeconds !== null && (
              <>
                <dt>Duration</dt>
                <dd data-testid="run:duration">{formatSeconds(run.durationSeconds)}</dd>
              </>
            )}
          </dl>
        </div>
        <div>
          <h3>Config</h3>
          <KeyValues value={run.config} data-testid="run:config" />
        </div>
        <div>
          <h3>Final metrics</h3>
          <KeyValues value={run.summaryMetrics} empty="None yet." data-testid="run:summary-metrics" />
          <h3>History</h3>
          <ol className="timeline" data-testid="run:history">
            {run.statusChanges.map((change) => (
              <li key={`${change.createdAt}:${change.toStatus}`}>
                <Time value={change.createdAt} /> <StatusBadge status={change.toStatus} />
                {change.reason && <span className="muted"> {change.reason}</span>}
              </li>
            ))}
          </ol>
        </div>
      </div>
    </div>
  );
}
