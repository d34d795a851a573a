import type { ReactNode } from 'react';

/** A header button that sends one request, disabled while it is in flight. */
export function ActionButton({
  tone,
  busy,
  onClick,
  children,
  'data-testid': testid,
}: {
  tone: 'primary' | 'danger';
  busy: boolean;
  onClick: () => void;
  children: ReactNode;
  'data-testid': string;
}) {
  return (
    <button type="button" className={`button--${tone}`} disabled={busy} onClick={onClick} data-testid={testid}>
      {children}
    </button>
  );
}
