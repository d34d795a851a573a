import { TimeCell } from '../../components/DataTable';
import { StatusBadge } from '../../components/StatusBadge';
import { formatNumber } from '../../format';
import { type FragmentType, getFragmentData, graphql } from '../../graphql/generated';
import { runPath } from '../../paths';
import { Link, navigate } from '../../router';
import { columnValue } from './runsTableState';

export const RunRowFragment = graphql(`
  fragment RunRow on Run {
    id
    name
    status
    executor
    tags
    summaryMetrics
    config
    createdAt
    finishedAt
    dataset {
      id
      name
      version
    }
  }
`);

/** One run in the table: its own columns, then the chosen metrics and params. */
export function RunRow(props: {
  run: FragmentType<typeof RunRowFragment>;
  metrics: readonly string[];
  params: readonly string[];
  selected: boolean;
  onSelect: (selected: boolean) => void;
  /** The virtualiser measures rows through this. */
  measure?: (element: HTMLTableRowElement | null) => void;
  index: number;
}) {
  const run = getFragmentData(RunRowFragment, props.run);
  return (
    <tr
      ref={props.measure}
      data-index={props.index}
      className={props.selected ? 'row row--selected' : 'row'}
      onClick={() => navigate(runPath(run.id))}
      data-testid="runs:row"
      data-run-id={run.id}
    >
      <td className="select-cell">
        <input
          type="checkbox"
          // Selecting for comparison must not open the run.
          onClick={(event) => event.stopPropagation()}
          checked={props.selected}
          onChange={(event) => props.onSelect(event.target.checked)}
          aria-label={`Select ${run.name} for comparison`}
          data-testid="runs:select"
        />
      </td>
      <td>
        <StatusBadge status={run.status} />
      </td>
      <td>
        <Link to={runPath(run.id)}>{run.name}</Link>
        {run.tags.map((tag) => (
          <span key={tag} className="tag" data-testid="runs:tag">
            {tag}
          </span>
        ))}
      </td>
      <td>
        {run.dataset.name} <span className="muted">{run.dataset.version}</span>
      </td>
      {props.metrics.map((key) => (
        <td key={`m:${key}`} className="num" data-testid="runs:metric" data-key={key}>
          {formatNumber(columnValue(run, 'metric', key))}
        </td>
      ))}
      {props.params.map((key) => (
        <td key={`p:${key}`} className="num" data-testid="runs:param" data-key={key}>
          {formatNumber(columnValue(run, 'param', key))}
        </td>
      ))}
      <TimeCell value={run.createdAt} />
      <TimeCell value={run.finishedAt} />
    </tr>
  );
}
