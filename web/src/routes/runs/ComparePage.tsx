import { type ReactNode, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { toChartSeries } from '../../components/chartData';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FilterSelect } from '../../components/form';
import { MetricChart, useChartState } from '../../components/MetricChart';
import { StatusBadge } from '../../components/StatusBadge';
import { formatValue } from '../../format';
import { graphql } from '../../graphql/generated';
import { runPath } from '../../paths';
import { Link, useLocation } from '../../router';
import { CompareEvaluations } from '../evaluation/CompareEvaluations';
import { CHART_MAX_POINTS } from './RunMetrics';

const CompareRunsQuery = graphql(`
  query CompareRuns($ids: [ID!]!, $maxPoints: Int!) {
    compareRuns(ids: $ids) {
      configDiff {
        key
        values
      }
      finalMetrics {
        name
        values
      }
      runs {
        id
        name
        status
        dataset {
          id
          name
          version
        }
        metricSeries(maxPoints: $maxPoints) {
          name
          points {
            step
            value
            recordedAt
          }
        }
      }
    }
  }
`);

/** The ids in `?ids=a,b`, each once, in order. */
export const compareIds = (search: URLSearchParams) => [
  ...new Set(
    (search.get('ids') ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  ),
];

/** A preferred metric to overlay first: the loss people watch most. */
const preferredMetric = (names: readonly string[]) => names.find((name) => name === 'evalLoss') ?? names[0] ?? null;

/** Runs side by side: the config keys that differ, final metrics, and one metric of every run in one chart. */
export function ComparePage() {
  const location = useLocation();
  const ids = compareIds(location.searchParams);
  const [result, reexecute] = useQuery({
    query: CompareRunsQuery,
    variables: { ids, maxPoints: CHART_MAX_POINTS },
    pause: ids.length < 2,
  });
  const [chosenMetric, setChosenMetric] = useState<string | null>(null);
  const comparison = result.data?.compareRuns ?? null;
  const runs = comparison?.runs ?? [];

  // Run names need not be unique; the column number keeps labels apart.
  const labels = useMemo(() => runs.map((run, index) => `#${index + 1} ${run.name}`), [runs]);
  const metricNames = [...new Set(runs.flatMap((run) => run.metricSeries.map((series) => series.name)))].sort();
  const metric = chosenMetric && metricNames.includes(chosenMetric) ? chosenMetric : preferredMetric(metricNames);
  const chart = useChartState();
  const overlay = useMemo(
    () =>
      toChartSeries(
        runs.map((run, index) => ({
          name: labels[index] ?? run.id,
          points: run.metricSeries.find((series) => series.name === metric)?.points ?? [],
        })),
        chart.view.xAxis,
      ),
    [runs, labels, metric, chart.view.xAxis],
  );
  const overlayNames = overlay.map((item) => item.name);

  return (
    <section className="page">
      <p className="breadcrumbs">
        <Link to="/runs">Runs</Link> / compare
      </p>
      <header className="page__header">
        <h1>Compare runs</h1>
      </header>
      {ids.length < 2 && (
        <p className="notice" data-testid="compare:too-few">
          Pick two or more runs on the <Link to="/runs">runs page</Link> and press Compare.
        </p>
      )}
      {result.error && <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {result.fetching && !comparison && <p className="muted">Loading runs…</p>}
      {comparison && (
        <div className="stack">
          <section className="card">
            <div className="table-wrap table-wrap--flat">
              <table className="table table--compact" data-testid="compare:runs">
                <thead>
                  <tr>
                    <th />
                    {runs.map((run, index) => (
                      <th key={run.id}>
                        <Link to={runPath(run.id)}>{labels[index]}</Link>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  <RunsRow heading="Status" runs={runs} cell={(run) => <StatusBadge status={run.status} />} />
                  <RunsRow
                    heading="Dataset"
                    runs={runs}
                    cell={(run) => (
                      <>
                        {run.dataset.name} <span className="muted">{run.dataset.version}</span>
                      </>
                    )}
                  />
                  <SectionRow title="Config differences" columnCount={runs.length + 1} />
                  {comparison.configDiff.length === 0 && (
                    <tr>
                      <td colSpan={runs.length + 1} className="muted" data-testid="compare:same-config">
                        Every config key is the same.
                      </td>
                    </tr>
                  )}
                  <ValueRows
                    rows={comparison.configDiff.map(({ key, values }) => ({ name: key, values }))}
                    runs={runs}
                    testid="compare:config-row"
                    nameAttribute="data-key"
                  />
                  <SectionRow title="Final metrics" columnCount={runs.length + 1} />
                  <ValueRows rows={comparison.finalMetrics} runs={runs} testid="compare:metric-row" nameAttribute="data-metric" />
                </tbody>
              </table>
            </div>
          </section>

          <CompareEvaluations ids={ids} labels={labels} />

          <section className="card" aria-label="Metric by run">
            <header className="card__header">
              <h2>Metric over steps</h2>
              {metricNames.length > 0 && (
                <FilterSelect
                  label="Metric"
                  value={metric ?? ''}
                  onValueChange={setChosenMetric}
                  options={metricNames.map((name) => ({ value: name }))}
                  data-testid="compare:metric"
                />
              )}
            </header>
            <MetricChart
              series={overlay}
              yLabel={metric ?? 'value'}
              hiddenSeries={chart.hiddenFor(overlayNames)}
              onToggleSeries={(name) => chart.toggle(overlayNames, name)}
              view={chart.view}
              onViewChange={chart.setView}
              data-testid="compare:chart"
            />
          </section>
        </div>
      )}
    </section>
  );
}

/** A row of the comparison: what it shows, then a cell per run. */
function RunsRow<TRun extends { id: string }>({
  heading,
  runs,
  cell,
  ...dataAttributes
}: {
  heading: ReactNode;
  runs: readonly TRun[];
  cell: (run: TRun, index: number) => ReactNode;
} & { [name: `data-${string}`]: string | undefined }) {
  return (
    <tr {...dataAttributes}>
      <th scope="row">{heading}</th>
      {runs.map((run, index) => (
        <td key={run.id}>{cell(run, index)}</td>
      ))}
    </tr>
  );
}

/** A row per named list of values (a config key, a final metric), a cell per run, its name in `nameAttribute`. */
function ValueRows<TRun extends { id: string }>({
  rows,
  runs,
  testid,
  nameAttribute,
}: {
  rows: ReadonlyArray<{ name: string; values: ReadonlyArray<unknown> }>;
  runs: readonly TRun[];
  testid: string;
  nameAttribute: `data-${string}`;
}) {
  return rows.map((row) => (
    <RunsRow
      key={row.name}
      heading={<code>{row.name}</code>}
      runs={runs}
      cell={(_, index) => <code>{formatValue(row.values[index])}</code>}
      data-testid={testid}
      {...{ [nameAttribute]: row.name }}
    />
  ));
}

/** A heading row between the comparison's parts. */
function SectionRow({ title, columnCount }: { title: string; columnCount: number }) {
  return (
    <tr className="table__section">
      <th scope="row" colSpan={columnCount}>
        {title}
      </th>
    </tr>
  );
}
