import type { RunStatus } from '../graphql/generated/graphql';

type Tone = 'waiting' | 'active' | 'warning' | 'success' | 'danger' | 'neutral';

// A Record, so a status added to the schema fails the type check until it has a colour.
const toneByStatus: Record<RunStatus, Tone> = {
  PENDING: 'waiting',
  RUNNING: 'active',
  CANCELLING: 'warning',
  SUCCEEDED: 'success',
  FAILED: 'danger',
  TIMED_OUT: 'danger',
  CANCELLED: 'neutral',
};

/** Every run status, in lifecycle order (for filters). */
export const runStatuses = Object.keys(toneByStatus) as RunStatus[];

const terminalStatuses: ReadonlySet<RunStatus> = new Set(['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'CANCELLED']);

/** A run in a terminal status never changes again. */
export const isTerminal = (status: RunStatus) => terminalStatuses.has(status);

interface StatusBadgeProps {
  status: RunStatus;
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
