import { ParallelChart, ScatterChart } from 'echarts/charts';
import { GridComponent, ParallelComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';
import { canDraw } from '../../components/canvas';
import { FilterSelect } from '../../components/form';
import { type FragmentType, getFragmentData, graphql } from '../../graphql/generated';
import { parallelOption, type SweepTrial, scatterOption, sweepAxes } from './sweepData';

echarts.use([ParallelChart, ScatterChart, ParallelComponent, GridComponent, TooltipComponent, CanvasRenderer]);

// The trials' arguments match the trials table's, so both read one cached list.
export const SweepViewsFragment = graphql(`
  fragment SweepViews on TuningJob {
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
          params
          metricValue
        }
      }
    }
  }
`);

/** An ECharts chart in a div, drawn again when `option` changes; `onChart` can listen to its events. */
function EChart({
  option,
  onChart,
  'data-testid': testid,
}: {
  option: echarts.EChartsCoreOption;
  onChart?: (chart: echarts.ECharts) => void;
  'data-testid': string;
}) {
  const element = useRef<HTMLDivElement | null>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!element.current || !canDraw()) return;
    const made = echarts.init(element.current);
    chart.current = made;
    onChart?.(made);
    const resize = new ResizeObserver(() => made.resize());
    resize.observe(element.current);
    return () => {
      resize.disconnect();
      made.dispose();
      chart.current = null;
    };
  }, [onChart]);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return <div ref={element} className="chart__sweep" data-testid={testid} />;
}

/**
 * The sweep at a glance: parallel coordinates of the params and the metric (drag along an axis to
 * brush a range), and the metric against one param. The best trial is green, pruned trials orange.
 */
export function SweepViews(props: { job: FragmentType<typeof SweepViewsFragment> }) {
  const job = getFragmentData(SweepViewsFragment, props.job);
  const trials: SweepTrial[] = job.trials.edges.map((edge) => edge.node);
  const withMetric = trials.filter((trial) => trial.metricValue !== null).length;
  const params = sweepAxes(trials, job.metricName)
    .slice(0, -1)
    .map((axis) => axis.name);
  const [chosenParam, setChosenParam] = useState<string | null>(null);
  const param = chosenParam && params.includes(chosenParam) ? chosenParam : (params[0] ?? null);
  const [brushed, setBrushed] = useState<number | null>(null);
  const bestId = job.bestTrial?.id ?? null;

  // Stable, so the chart (and its brushes) survive live updates of the trials.
  const [listen] = useState(() => (chart: echarts.ECharts) => {
    chart.on('axisareaselected', () => {
      const model = (
        chart as unknown as { getModel(): { getSeries(): Array<{ getRawIndicesByActiveState(state: string): number[] }> } }
      ).getModel();
      setBrushed(model.getSeries()[0]?.getRawIndicesByActiveState('active').length ?? null);
    });
  });

  return (
    <section className="card" aria-label="Sweep">
      <header className="card__header">
        <h2>Sweep</h2>
        <span className="muted" data-testid="sweep:legend">
          <span className="sweep__key sweep__key--best">best</span> <span className="sweep__key sweep__key--pruned">pruned</span>{' '}
          <span className="sweep__key">trial</span>
        </span>
        <span className="muted" data-testid="sweep:brushed" data-count={brushed ?? withMetric}>
          {brushed === null
            ? `${withMetric} trials with ${job.metricName}`
            : `${brushed} of ${withMetric} trials in the brushed ranges`}
        </span>
      </header>
      {withMetric === 0 ? (
        <p className="chart__empty" data-testid="sweep:empty">
          No trial has reported {job.metricName} yet.
        </p>
      ) : (
        <div className="columns">
          <figure className="chart">
            <figcaption className="muted">Params and {job.metricName}, a line per trial: drag along an axis to brush</figcaption>
            <EChart option={parallelOption(trials, job.metricName, bestId)} onChart={listen} data-testid="sweep:parallel" />
          </figure>
          <figure className="chart">
            <figcaption className="muted">
              <FilterSelect
                label={`${job.metricName} against`}
                value={param ?? ''}
                onValueChange={setChosenParam}
                options={params.map((name) => ({ value: name }))}
                data-testid="sweep:param"
              />
            </figcaption>
            {param && <EChart option={scatterOption(trials, param, job.metricName, bestId)} data-testid="sweep:scatter" />}
          </figure>
        </div>
      )}
    </section>
  );
}
