import { type AnyStatus, toneOf } from '../status';

interface StatusBadgeProps {
  status: AnyStatus;
  'data-testid'?: string;
}

/** The status as the API names it, coloured by what it means (see status.ts). */
export function StatusBadge({ status, 'data-testid': testId }: StatusBadgeProps) {
  return (
    <span className={`badge badge--${toneOf(status)}`} data-status={status} data-testid={testId}>
      {status}
    </span>
  );
}
