import { ConnectionTable } from '../../components/ConnectionTable';
import { Time } from '../../components/Time';
import { formatDelta, formatNumber, formatted } from '../../format';
import { type FragmentType, getFragmentData, graphql } from '../../graphql/generated';
import type { ConnectionPages } from '../../hooks/useConnectionPages';
import { runPath } from '../../paths';
import { Link } from '../../router';
import { VerdictBadge } from './VerdictBadge';

export const REGRESSION_CHECKS_PAGE_SIZE = 10;

export const RegressionCheckRowFragment = graphql(`
  fragment RegressionCheckRow on RegressionCheck {
    id
    verdict
    baselineName
    metric
    judgeName
    baselineValue
    currentValue
    deltaPercent
    tolerancePercent
    details
    gate
    createdAt
    run {
      id
      name
    }
  }
`);

type CheckNode = { id: string } & FragmentType<typeof RegressionCheckRowFragment>;

/** Checks against baselines, newest first: the verdict with the numbers it was made with. */
export function RegressionChecks({
  checks,
  show,
  testid,
  empty,
}: {
  checks: ConnectionPages<CheckNode>;
  /** The other side of each row: the baseline (on a run's page) or the run (on a baseline's). */
  show: 'baseline' | 'run';
  testid: string;
  empty: string;
}) {
  return (
    <ConnectionTable
      connection={checks}
      testid={testid}
      columns={[
        { label: 'Verdict' },
        { label: show === 'run' ? 'Run' : 'Baseline' },
        { label: 'Metric' },
        { label: 'Baseline', className: 'num' },
        { label: 'This run', className: 'num' },
        { label: 'Change', className: 'num' },
        { label: 'Details' },
        { label: 'Checked' },
      ]}
      renderRow={(node) => {
        const check = getFragmentData(RegressionCheckRowFragment, node);
        return (
          <tr data-testid="regression:check" data-verdict={check.verdict}>
            <td>
              <VerdictBadge verdict={check.verdict} />
            </td>
            <td>
              {show === 'run' ? <Link to={runPath(check.run.id)}>{check.run.name}</Link> : check.baselineName}
              {check.gate && <span className="muted"> by {check.gate}</span>}
            </td>
            <td>
              <code>{check.metric}</code>
              {check.judgeName && <span className="muted"> ({check.judgeName})</span>}
            </td>
            <td className="num">{formatNumber(check.baselineValue)}</td>
            <td className="num">{formatNumber(check.currentValue)}</td>
            <td className="num">{formatDelta(check.deltaPercent)} %</td>
            <td>
              {check.details}{' '}
              <span className="muted">(tolerance {formatted(check.tolerancePercent, { maximumFractionDigits: 2 })} %)</span>
            </td>
            <td className="nowrap">
              <Time value={check.createdAt} />
            </td>
          </tr>
        );
      }}
      empty={empty}
      loadingText="Loading checks…"
      noun="checks"
    />
  );
}
