import { BarChart } from '../../components/BarChart';
import { formatNumber } from '../../format';
import { type FragmentType, getFragmentData, graphql } from '../../graphql/generated';
import { useElementWidth } from '../../hooks/useElementWidth';

// The trials' arguments match the trials table's, so both read one cached list.
export const TrialChartFragment = graphql(`
  fragment TrialChart on TuningJob {
    id
    metricName
    bestTrial {
      id
    }
    trials(first: 100, orderBy: METRIC_BEST_FIRST) {
      edges {
        node {
          id
          number
          status
          metricValue
        }
      }
    }
  }
`);

/** The job's metric for every trial, in trial order, the best in green. */
export function TrialChart(props: { job: FragmentType<typeof TrialChartFragment> }) {
  const job = getFragmentData(TrialChartFragment, props.job);
  const [frame, width] = useElementWidth<HTMLDivElement>();
  const byNumber = job.trials.edges.map((edge) => edge.node).sort((a, b) => a.number - b.number);
  return (
    <section className="card" aria-label="Metric by trial">
      <header className="card__header">
        <h2>
          {job.metricName} by trial <span className="muted">(best in green)</span>
        </h2>
      </header>
      <div ref={frame}>
        <BarChart
          width={width ?? undefined}
          bars={byNumber.map((trial) => ({
            label: `#${trial.number}`,
            value: trial.metricValue,
            highlight: trial.id === job.bestTrial?.id,
            title: `Trial #${trial.number}: ${formatNumber(trial.metricValue)} (${trial.status})`,
          }))}
          xLabel="trial"
          yLabel={job.metricName}
          emptyText="No trial has reported the metric yet."
          data-testid="tuning-job:chart"
        />
      </div>
    </section>
  );
}
