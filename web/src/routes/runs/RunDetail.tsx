import { StatusBadge } from '../../components/StatusBadge';
import { Time } from '../../components/Time';
import { type FragmentType, getFragmentData, graphql } from '../../graphql/generated';

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

const formatSeconds = (seconds: number) =>
  seconds < 60 ? `${seconds.toFixed(1)} s` : `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;

/** Everything about one run that changes while it runs: status, timestamps, error, history. */
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

      <dl className="facts">
        <dt>Dataset</dt>
        <dd>
          {run.dataset.name} <span className="muted">{run.dataset.version}</span>
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
            <dd>{formatSeconds(run.durationSeconds)}</dd>
          </>
        )}
      </dl>

      <h2>History</h2>
      <ol className="timeline" data-testid="run:history">
        {run.statusChanges.map((change) => (
          <li key={`${change.createdAt}:${change.toStatus}`}>
            <Time value={change.createdAt} /> <StatusBadge status={change.toStatus} />
            {change.reason && <span className="muted"> {change.reason}</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
