import { StatusBadge } from '../../components/StatusBadge';
import { Time } from '../../components/Time';
import { type FragmentType, getFragmentData, graphql } from '../../graphql/generated';
import { Link, navigate } from '../../router';

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

export const runPath = (runId: string) => `/runs/${encodeURIComponent(runId)}`;

export function RunRow(props: { run: FragmentType<typeof RunRowFragment> }) {
  const run = getFragmentData(RunRowFragment, props.run);
  return (
    <tr className="row" onClick={() => navigate(runPath(run.id))} data-testid="runs:row" data-run-id={run.id}>
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
    </tr>
  );
}
