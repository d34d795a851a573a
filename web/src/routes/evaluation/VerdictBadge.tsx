import { type Verdict, verdictTone } from './evaluationData';

/** A judge's verdict or a regression check's, coloured like a status. */
export function VerdictBadge({ verdict, 'data-testid': testId }: { verdict: Verdict | null; 'data-testid'?: string }) {
  if (!verdict) return <span className="muted">—</span>;
  return (
    <span className={`badge badge--${verdictTone[verdict]}`} data-verdict={verdict} data-testid={testId}>
      {verdict}
    </span>
  );
}
