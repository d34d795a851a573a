import { ConnectionTable } from '../../components/ConnectionTable';
import { PageHeader } from '../../components/PageHeader';
import { Time } from '../../components/Time';
import { formatted } from '../../format';
import { graphql } from '../../graphql/generated';
import { type Connection, useConnectionPages } from '../../hooks/useConnectionPages';
import { runPath } from '../../paths';
import { Link, useLocation } from '../../router';
import { baselinesPath } from './paths';
import { REGRESSION_CHECKS_PAGE_SIZE, RegressionChecks } from './RegressionChecks';

export const BASELINES_PAGE_SIZE = 20;

const BaselinesQuery = graphql(`
  query RegressionBaselines($first: Int!, $after: String) {
    regressionBaselines(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          metric
          judgeName
          direction
          tolerancePercent
          updatedAt
          evalDataset {
            id
            name
            version
          }
          run {
            id
            name
          }
          checks(first: 1) {
            totalCount
          }
        }
      }
    }
  }
`);

const BaselineChecksQuery = graphql(`
  query BaselineChecks($name: String!, $first: Int!, $after: String) {
    regressionBaseline(name: $name) {
      id
      checks(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...RegressionCheckRow
          }
        }
      }
    }
  }
`);

const noChecks: Connection<never> = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };

/** A baseline's checks, newest first. */
function BaselineChecks({ name }: { name: string }) {
  const checks = useConnectionPages({
    query: BaselineChecksQuery,
    variables: { name, first: REGRESSION_CHECKS_PAGE_SIZE },
    select: (data) => data.regressionBaseline?.checks ?? noChecks,
  });
  return (
    <section className="card" aria-labelledby="baseline-checks" data-testid="baseline:checks">
      <header className="card__header">
        <h2 id="baseline-checks">
          Checks against <code>{name}</code>
        </h2>
      </header>
      <RegressionChecks
        checks={checks}
        show="run"
        testid="baseline-checks"
        empty="No run was checked against this baseline yet: check one from its page."
      />
    </section>
  );
}

/** Regression baselines (a run's page makes one), and the checks against the one in `?name=`. */
export function BaselinesPage() {
  const location = useLocation();
  const selected = location.searchParams.get('name');
  const baselines = useConnectionPages({
    query: BaselinesQuery,
    variables: { first: BASELINES_PAGE_SIZE },
    select: (data) => data.regressionBaselines,
  });
  return (
    <section className="page" data-testid="baselines">
      <PageHeader title="Regression baselines" />
      <p className="muted">
        A baseline names a reference run and a metric; a run that gets worse than it by more than the tolerance fails a check.
        Make a run a baseline from its page.
      </p>
      <div className="stack">
        <ConnectionTable
          connection={baselines}
          testid="baselines"
          columns={[
            { label: 'Name' },
            { label: 'Reference run' },
            { label: 'Metric' },
            { label: 'Better' },
            { label: 'Tolerance', className: 'num' },
            { label: 'Checks', className: 'num' },
            { label: 'Updated' },
          ]}
          renderRow={(baseline) => (
            <tr
              className={baseline.name === selected ? 'row row--selected' : 'row'}
              data-testid="baselines:row"
              data-name={baseline.name}
            >
              <td>
                <Link to={baselinesPath(baseline.name)}>{baseline.name}</Link>
              </td>
              <td>
                <Link to={runPath(baseline.run.id)}>{baseline.run.name}</Link>
              </td>
              <td>
                <code>{baseline.metric}</code>
                <span className="muted">
                  {' '}
                  {baseline.judgeName ? `by ${baseline.judgeName}` : 'summary metric'}
                  {baseline.evalDataset && ` on ${baseline.evalDataset.name} ${baseline.evalDataset.version}`}
                </span>
              </td>
              <td>{baseline.direction === 'LOWER_IS_BETTER' ? 'lower' : 'higher'}</td>
              <td className="num">{formatted(baseline.tolerancePercent, { maximumFractionDigits: 2 })} %</td>
              <td className="num">{formatted(baseline.checks.totalCount)}</td>
              <td className="nowrap">
                <Time value={baseline.updatedAt} />
              </td>
            </tr>
          )}
          empty="No baselines yet. Open a run and use “Make this run a baseline”."
          loadingText="Loading baselines…"
          noun="baselines"
        />
        {selected && <BaselineChecks key={selected} name={selected} />}
      </div>
    </section>
  );
}
