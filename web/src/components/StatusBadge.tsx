import type { ModelVersionStatus, RunStatus, TrialStatus, TuningJobStatus } from '../graphql/generated/graphql';

type Tone = 'waiting' | 'active' | 'warning' | 'success' | 'danger' | 'neutral';

// Records, so a status added to the schema fails the type check until it has a colour.
const toneByRunStatus: Record<RunStatus, Tone> = {
  PENDING: 'waiting',
  RUNNING: 'active',
  CANCELLING: 'warning',
  SUCCEEDED: 'success',
  FAILED: 'danger',
  TIMED_OUT: 'danger',
  CANCELLED: 'neutral',
};

const toneByJobStatus: Record<TuningJobStatus, Tone> = {
  CREATED: 'waiting',
  RUNNING: 'active',
  CANCELLING: 'warning',
  SUCCEEDED: 'success',
  FAILED: 'danger',
  CANCELLED: 'neutral',
};

const toneByTrialStatus: Record<TrialStatus, Tone> = {
  PENDING: 'waiting',
  RUNNING: 'active',
  SUCCEEDED: 'success',
  FAILED: 'danger',
  PRUNED: 'warning',
  CANCELLED: 'neutral',
};

const toneByVersionStatus: Record<ModelVersionStatus, Tone> = {
  CREATED: 'waiting',
  READY: 'success',
  FAILED: 'danger',
};

export type AnyStatus = RunStatus | TuningJobStatus | TrialStatus | ModelVersionStatus;

// The same word means the same thing everywhere, so one table serves every kind of status.
const toneByStatus: Record<AnyStatus, Tone> = {
  ...toneByVersionStatus,
  ...toneByTrialStatus,
  ...toneByJobStatus,
  ...toneByRunStatus,
};

/** Every run status, in lifecycle order (for filters). */
export const runStatuses = Object.keys(toneByRunStatus) as RunStatus[];

const terminalStatuses: ReadonlySet<AnyStatus> = new Set(['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'CANCELLED', 'PRUNED']);

/** A run, trial or tuning job in a terminal status never changes again. */
export const isTerminal = (status: RunStatus | TuningJobStatus | TrialStatus) => terminalStatuses.has(status);

interface StatusBadgeProps {
  status: AnyStatus;
  'data-testid'?: string;
}

/** The status as the API names it, coloured by what it means. */
export function StatusBadge({ status, 'data-testid': testId }: StatusBadgeProps) {
  return (
    <span className={`badge badge--${toneByStatus[status]}`} data-status={status} data-testid={testId}>
      {status}
    </span>
  );
}
