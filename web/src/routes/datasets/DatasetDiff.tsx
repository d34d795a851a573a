import { useQuery } from 'urql';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FilterSelect } from '../../components/form';
import { countOf, formatDelta, formatNumber } from '../../format';
import { graphql } from '../../graphql/generated';
import { datasetPath } from '../../paths';
import { Link, navigate, useLocation, withSearchParams } from '../../router';
import { excerpt } from '../../text';

/** Traces listed per side; the counts say how many there are in all. */
export const DIFF_TRACES_SHOWN = 20;

const VersionsQuery = graphql(`
  query DatasetVersions($name: String!) {
    datasets(first: 100, filter: { name: $name }) {
      edges {
        node {
          id
          version
          createdAt
        }
      }
    }
  }
`);

const CompareDatasetsQuery = graphql(`
  query CompareDatasets($base: ID!, $other: ID!, $first: Int!) {
    compareDatasets(base: $base, other: $other) {
      addedCount
      removedCount
      commonCount
      base {
        id
        version
      }
      other {
        id
        version
      }
      statDeltas {
        name
        base
        other
        delta
      }
      added(first: $first) {
        edges {
          node {
            position
            trace {
              id
              prompt
            }
          }
        }
      }
      removed(first: $first) {
        edges {
          node {
            position
            trace {
              id
              prompt
            }
          }
        }
      }
    }
  }
`);

type Members = Array<{ node: { position: number; trace: { id: string; prompt: string } } }>;

function MemberList({ members, total, testid, empty }: { members: Members; total: number; testid: string; empty: string }) {
  if (members.length === 0) return <p className="muted">{empty}</p>;
  return (
    <>
      <ol className="links" data-testid={testid}>
        {members.map(({ node }) => (
          <li key={node.trace.id}>
            <span className="muted">#{node.position}</span>{' '}
            <Link to={`/traces?trace=${encodeURIComponent(node.trace.id)}`}>{excerpt(node.trace.prompt, 80)}</Link>
          </li>
        ))}
      </ol>
      {total > members.length && <p className="muted">and {countOf(total - members.length, 'more trace')}</p>}
    </>
  );
}

/**
 * This dataset against another version of it (`?compare=<id>` keeps the choice in the address):
 * the traces added and removed, and each stat's change. The older version is the base.
 */
export function DatasetDiff({ dataset }: { dataset: { id: string; name: string; version: string; createdAt: string } }) {
  const location = useLocation();
  const compareId = location.searchParams.get('compare');
  const [versions] = useQuery({ query: VersionsQuery, variables: { name: dataset.name } });
  const others = (versions.data?.datasets.edges ?? []).map((edge) => edge.node).filter((node) => node.id !== dataset.id);
  const chosen = others.find((node) => node.id === compareId);
  // The older of the two is the base, so "added" always means "new in the later version".
  const [base, other] = chosen && chosen.createdAt > dataset.createdAt ? [dataset.id, chosen.id] : [chosen?.id, dataset.id];
  const [diff] = useQuery({
    query: CompareDatasetsQuery,
    variables: { base: base ?? '', other, first: DIFF_TRACES_SHOWN },
    pause: !chosen,
  });
  const comparison = chosen ? diff.data?.compareDatasets : undefined;

  if (versions.data && others.length === 0) return null;
  return (
    <section className="card" aria-labelledby="dataset-diff" data-testid="dataset:diff">
      <header className="card__header">
        <h2 id="dataset-diff">Compare versions</h2>
        <FilterSelect
          label={<span>Compare with</span>}
          value={chosen?.id ?? ''}
          onValueChange={(id) => navigate(withSearchParams(location, { compare: id || null }), { replace: true })}
          placeholder="pick a version…"
          options={others.map((node) => ({ value: node.id, label: `${dataset.name} ${node.version}` }))}
          data-testid="dataset:diff-select"
        />
      </header>
      {diff.error && <ErrorNotice error={diff.error} />}
      {chosen && !comparison && diff.fetching && <p className="muted">Comparing…</p>}
      {comparison && (
        <div className="stack">
          <p data-testid="dataset:diff-summary">
            From <Link to={datasetPath(comparison.base.id)}>{comparison.base.version}</Link> to{' '}
            <Link to={datasetPath(comparison.other.id)}>{comparison.other.version}</Link>:{' '}
            <strong className="delta delta--up">{countOf(comparison.addedCount, 'trace')} added</strong>,{' '}
            <strong className="delta delta--down">{countOf(comparison.removedCount, 'trace')} removed</strong>,{' '}
            {countOf(comparison.commonCount, 'trace')} in both.
          </p>
          <div className="table-wrap table-wrap--flat">
            <table className="table table--compact" data-testid="dataset:diff-stats">
              <caption className="visually-hidden">Stats of both versions</caption>
              <thead>
                <tr>
                  <th scope="col">Stat</th>
                  <th scope="col" className="num">
                    {comparison.base.version}
                  </th>
                  <th scope="col" className="num">
                    {comparison.other.version}
                  </th>
                  <th scope="col" className="num">
                    Change
                  </th>
                </tr>
              </thead>
              <tbody>
                {comparison.statDeltas.map((stat) => (
                  <tr key={stat.name} data-stat={stat.name}>
                    <th scope="row">{stat.name}</th>
                    <td className="num">{formatNumber(stat.base)}</td>
                    <td className="num">{formatNumber(stat.other)}</td>
                    <td className="num">{formatDelta(stat.delta)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="columns">
            {[
              {
                title: `Added in ${comparison.other.version}`,
                list: comparison.added,
                total: comparison.addedCount,
                side: 'added',
              },
              {
                title: `Removed since ${comparison.base.version}`,
                list: comparison.removed,
                total: comparison.removedCount,
                side: 'removed',
              },
            ].map(({ title, list, total, side }) => (
              <div key={side}>
                <h3>{title}</h3>
                <MemberList members={list.edges} total={total} testid={`dataset:diff-${side}`} empty="None." />
              </div>
            ))}
          </div>
        </div>
      )}
    </section>
  );
}
