import { useState } from 'react';
import { CompactTable } from '../../components/DataTable';
import { FilterSelect } from '../../components/form';
import { StatusBadge } from '../../components/StatusBadge';
import { formatNumber, formatValue, objectEntries } from '../../format';
import { type FragmentType, getFragmentData, graphql } from '../../graphql/generated';
import { runPath } from '../../paths';
import { Link } from '../../router';

// The server sorts best first (by the job's metric and mode, trials without a value last).
export const TrialsTableFragment = graphql(`
  fragment TrialsTable on TuningJob {
    id
    status
    metricName
    bestTrial {
      id
    }
    trials(first: 100, orderBy: METRIC_BEST_FIRST) {
      totalCount
      edges {
        node {
          id
          number
          status
          params
          metricValue
          error
          run {
            id
            status
          }
        }
      }
    }
  }
`);

type TrialOrder = 'metric' | 'number';

/** Every trial with its sampled params (a column each), its metric and its run; best first or by number. */
export function TrialsTable(props: { job: FragmentType<typeof TrialsTableFragment> }) {
  const job = getFragmentData(TrialsTableFragment, props.job);
  const [order, setOrder] = useState<TrialOrder>('metric');
  const bestFirst = job.trials.edges.map((edge) => edge.node);
  const trials = order === 'metric' ? bestFirst : [...bestFirst].sort((a, b) => a.number - b.number);
  const paramNames = [...new Set(bestFirst.flatMap((trial) => objectEntries(trial.params).map(([name]) => name)))];

  return (
    <section className="card" aria-label="Trials">
      <header className="card__header">
        <h2>Trials</h2>
        <span className="muted">{job.trials.totalCount} scheduled</span>
        <FilterSelect
          label="Order"
          value={order}
          onValueChange={setOrder}
          options={[
            { value: 'metric', label: `best ${job.metricName} first` },
            { value: 'number', label: 'by number' },
          ]}
          data-testid="tuning-job:order"
        />
      </header>
      <CompactTable
        testid="tuning-job:trials"
        columns={[
          { label: '#', className: 'num' },
          { label: 'Status' },
          ...paramNames.map((name) => ({ label: `param:${name}`, heading: <code>{name}</code> })),
          { label: job.metricName, className: 'num' },
          { label: 'Run' },
        ]}
        items={trials}
        empty={job.status === 'CREATED' ? 'Start the job to schedule its trials.' : 'No trials yet.'}
        renderRow={(trial) => {
          const params = Object.fromEntries(objectEntries(trial.params));
          const best = trial.id === job.bestTrial?.id;
          return (
            <tr
              key={trial.id}
              className={best ? 'row--best' : undefined}
              data-testid="tuning-job:trial"
              data-trial-number={trial.number}
              data-best={best || undefined}
            >
              <td className="num">{trial.number}</td>
              <td>
                <StatusBadge status={trial.status} />
                {trial.error && (
                  <span className="muted" title={trial.error}>
                    {' '}
                    ⓘ
                  </span>
                )}
              </td>
              {paramNames.map((name) => (
                <td key={name}>
                  <code>{formatValue(params[name])}</code>
                </td>
              ))}
              <td className="num" data-testid="tuning-job:trial-metric">
                {formatNumber(trial.metricValue)}
                {best && <span className="best__mark"> ★</span>}
              </td>
              <td>{trial.run ? <Link to={runPath(trial.run.id)}>run</Link> : <span className="muted">—</span>}</td>
            </tr>
          );
        }}
      />
    </section>
  );
}
