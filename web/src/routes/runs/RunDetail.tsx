import { KeyValues } from '../../components/KeyValues';
import { StatusBadge } from '../../components/StatusBadge';
import { Time } from '../../components/Time';
import { formatSeconds } from '../../format';
import { type FragmentType, getFragmentData, graphql } from '../../graphql/generated';
import { datasetPath } from '../../paths';
import { Link } from '../../router';
import { isTerminal } from '../../status';

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

/** The builtin trainer's model: every run's base model unless the request named another. */
const BUILTIN_BASE_MODEL = 'tunix-rt/char-ngram';

/** A COMMAND run's program (a trainer's name or its own argv) apart from the settings it was given. */
export function commandOf(executor: string, config: unknown) {
  const { trainer, command, ...settings } = (config ?? {}) as { trainer?: unknown; command?: unknown };
  if (executor !== 'COMMAND') return { trainer: undefined, argv: undefined, settings: config };
  return {
    trainer: typeof trainer === 'string' ? trainer : undefined,
    argv: Array.isArray(command) ? command.map(String) : undefined,
    settings,
  };
}

/** Everything about one run that changes while it runs: status, timestamps, error, config, history. */
export function RunDetail(props: { run: FragmentType<typeof RunDetailFragment> }) {
  const run = getFragmentData(RunDetailFragment, props.run);
  const command = commandOf(run.executor, run.config);
  // A COMMAND run that named no base model carries the builtin trainer's: not what it trained.
  const showBaseModel = run.executor !== 'COMMAND' || run.baseModel !== BUILTIN_BASE_MODEL;
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
            {command.trainer && (
              <>
                <dt>Trainer</dt>
                <dd data-testid="run:trainer">{command.trainer}</dd>
              </>
            )}
            {command.argv && (
              <>
                <dt>Command</dt>
                <dd data-testid="run:command">
                  {command.argv.map((argument, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: argv positions.
                    <code key={index} className="argv">
                      {argument}
                    </code>
                  ))}
                </dd>
              </>
            )}
            {showBaseModel && (
              <>
                <dt>Base model</dt>
                <dd data-testid="run:base-model">{run.baseModel}</dd>
              </>
            )}
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
          <KeyValues value={command.settings} data-testid="run:config" />
        </div>
        <div>
          <h3>Final metrics</h3>
          <KeyValues
            value={run.summaryMetrics}
            empty={isTerminal(run.status) ? 'None.' : 'None yet.'}
            data-testid="run:summary-metrics"
          />
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
