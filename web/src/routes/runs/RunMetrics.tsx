import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { toChartSeries } from '../../components/chartData';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LiveIndicator } from '../../components/LiveIndicator';
import { MetricChart, useChartState } from '../../components/MetricChart';
import { graphql } from '../../graphql/generated';
import { useAppendingSubscription } from '../../hooks/useAppendingSubscription';
import { defaultHidden, lastStep, mergeSeries } from './metricSeries';

/** Points per series the chart asks for; the server keeps each bucket's lowest and highest. */
export const CHART_MAX_POINTS = 1000;

const RunMetricsQuery = graphql(`
  query RunMetrics($id: ID!, $maxPoints: Int!) {
    run(id: $id) {
      id
      metricSeries(maxPoints: $maxPoints) {
        name
        total
        points {
          step
          value
          recordedAt
        }
      }
    }
  }
`);

// Points with step > afterStep: the stored ones first, then live; ends with the run.
const RunMetricRecordedSubscription = graphql(`
  subscription RunMetricRecorded($runId: ID!, $afterStep: Int!) {
    runMetricRecorded(runId: $runId, afterStep: $afterStep) {
      name
      step
      value
      recordedAt
    }
  }
`);

/** Enough live points for a long run at one point per step; older live points are let go. */
const LIVE_POINT_LIMIT = 20_000;

/** A run's metrics as a line chart: the stored series, then every point as the run records it. */
export function RunMetrics({ runId, runFinished }: { runId: string; runFinished: boolean }) {
  const [queried, reexecute] = useQuery({ query: RunMetricsQuery, variables: { id: runId, maxPoints: CHART_MAX_POINTS } });
  const base = queried.data?.run?.metricSeries ?? null;

  // The stream starts after the first answer from the server (not a cached one) and stays there.
  const [start, setStart] = useState<number | null>(null);
  if (start === null && base && !queried.stale) setStart(lastStep(base));

  const live = useAppendingSubscription({
    query: RunMetricRecordedSubscription,
    variables: { runId, afterStep: start ?? -1 },
    start: start ?? -1,
    pause: start === null,
    select: (data) => data.runMetricRecorded,
    cursorOf: (point) => point.step,
    resumeFrom: (afterStep) => ({ afterStep }),
    limit: LIVE_POINT_LIMIT,
  });

  const chart = useChartState(defaultHidden);
  const series = useMemo(
    () => toChartSeries(mergeSeries(base ?? [], live.items), chart.view.xAxis),
    [base, live.items, chart.view.xAxis],
  );
  const names = series.map((item) => item.name);
  const pointCount = series.reduce((sum, item) => sum + item.points.length, 0);

  return (
    <section className="card" aria-label="Metrics">
      <header className="card__header">
        <h2>Metrics</h2>
        <span className="muted" data-testid="run:chart-count" data-points={pointCount}>
          {pointCount} points
        </span>
        <LiveIndicator
          live={live.live}
          finished={runFinished && start !== null && !live.live}
          finishedText="complete"
          data-testid="run:chart-live"
        />
      </header>
      {queried.error && <ErrorNotice error={queried.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {live.error && <ErrorNotice error={live.error} onRetry={live.resume} />}
      <MetricChart
        series={series}
        yLabel="value"
        hiddenSeries={chart.hiddenFor(names)}
        onToggleSeries={(name) => chart.toggle(names, name)}
        view={chart.view}
        onViewChange={chart.setView}
        emptyText={queried.fetching && !base ? 'Loading metrics…' : 'No metrics recorded yet.'}
        data-testid="run:chart"
      />
    </section>
  );
}
