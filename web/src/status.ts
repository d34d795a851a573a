import type { ModelVersionStatus, RunStatus, TrialStatus, TuningJobStatus } from './graphql/generated/graphql';

/** What a status means, for its colour. */
export type Tone = 'waiting' | 'active' | 'warning' | 'success' | 'danger' | 'neutral';

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
/** The statuses of work that starts, runs and ends: runs, trials and tuning jobs. */
export type WorkStatus = RunStatus | TuningJobStatus | TrialStatus;

// The same word means the same thing everywhere, so one table serves every kind of status.
const toneByStatus: Record<AnyStatus, Tone> = {
  ...toneByVersionStatus,
  ...toneByTrialStatus,
  ...toneByJobStatus,
  ...toneByRunStatus,
};

/** The colour of a status: what it means, whatever it belongs to. */
export const toneOf = (status: AnyStatus): Tone => toneByStatus[status];

/** Every run status, in lifecycle order (for filters). */
export const runStatuses = Object.keys(toneByRunStatus) as RunStatus[];

const terminalStatuses: ReadonlySet<WorkStatus> = new Set(['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'CANCELLED', 'PRUNED']);
const waitingStatuses: ReadonlySet<WorkStatus> = new Set(['PENDING', 'CREATED']);

/** A run, trial or tuning job in a terminal status never changes again. */
export const isTerminal = (status: WorkStatus) => terminalStatuses.has(status);

/** Started and not ended yet (running, or stopping after a cancel). */
export const isActive = (status: WorkStatus) => !isTerminal(status) && !waitingStatuses.has(status);

/** Waiting or running, and no cancel asked for yet: a Cancel button makes sense. */
export const isCancellable = (status: RunStatus | TuningJobStatus) => !isTerminal(status) && status !== 'CANCELLING';
