import { ClickableRow } from '../../components/ConnectionTable';
import { StatusBadge } from '../../components/StatusBadge';
import { Time } from '../../components/Time';
import { type FragmentType, getFragmentData, graphql } from '../../graphql/generated';
import { runPath } from '../../paths';
import { Link } from '../../router';

export const RunRowFragment = graphql(`
  fragment RunRow on Run {
    id
    name
    status
    executor
    baseModel
    createdAt
    finishedAt
    dataset {
      id
      name
      version
    }
  }
`);

export function RunRow(props: {
  run: FragmentType<typeof RunRowFragment>;
  selected: boolean;
  onSelect: (selected: boolean) => void;
}) {
  const run = getFragmentData(RunRowFragment, props.run);
  return (
    <ClickableRow to={runPath(run.id)} selected={props.selected} data-testid="runs:row" data-run-id={run.id}>
      <td className="select-cell">
        <input
          type="checkbox"
          // Selecting for comparison must not open the run.
          onClick={(event) => event.stopPropagation()}
          checked={props.selected}
          onChange={(event) => props.onSelect(event.target.checked)}
          aria-label={`Select ${run.name ?? run.id} for comparison`}
          data-testid="runs:select"
        />
      </td>
      <td>
        <StatusBadge status={run.status} />
      </td>
      <td>
        <Link to={runPath(run.id)}>{run.name ?? run.id}</Link>
      </td>
      <td>
        {run.dataset.name} <span className="muted">{run.dataset.version}</span>
      </td>
      <td>{run.baseModel}</td>
      <td>{run.executor}</td>
      <td className="nowrap">
        <Time value={run.createdAt} />
      </td>
      <td className="nowrap">
        <Time value={run.finishedAt} />
      </td>
    </ClickableRow>
  );
}
