import { ErrorNotice } from '../../components/ErrorNotice';
import { LoadMore } from '../../components/LoadMore';
import { Time } from '../../components/Time';
import { useConnectionPages } from '../../components/useConnectionPages';
import { graphql } from '../../graphql/generated';
import { datasetPath } from '../../paths';
import { Link, navigate, useLocation, withSearchParams } from '../../router';
import { BuildDatasetForm } from './BuildDatasetForm';

export const DATASETS_PAGE_SIZE = 20;

const DatasetsQuery = graphql(`
  query Datasets($first: Int!, $after: String, $filter: DatasetFilter) {
    datasets(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          version
          traceCount
          selectionStrategy
          seed
          createdAt
        }
      }
    }
  }
`);

/** Datasets, newest first; `?build=1` opens the build form. */
export function DatasetsPage() {
  const location = useLocation();
  const building = location.searchParams.get('build') === '1';
  const datasets = useConnectionPages({
    query: DatasetsQuery,
    variables: { first: DATASETS_PAGE_SIZE, filter: null },
    select: (data) => data.datasets,
  });

  return (
    <section className="page">
      <header className="page__header">
        <h1>Datasets</h1>
        {!building && (
          <button
            type="button"
            className="button--primary"
            onClick={() => navigate(withSearchParams(location, { build: '1' }))}
            data-testid="datasets:new"
          >
            Build dataset
          </button>
        )}
      </header>

      {building && (
        <BuildDatasetForm
          onBuilt={(datasetId) => navigate(datasetPath(datasetId))}
          onCancel={() => navigate(withSearchParams(location, { build: null }))}
        />
      )}
      {datasets.error && <ErrorNotice error={datasets.error} onRetry={datasets.refresh} />}

      <div className="table-wrap">
        <table className="table" data-testid="datasets:table" aria-busy={datasets.fetching}>
          <thead>
            <tr>
              <th>Name</th>
              <th>Version</th>
              <th className="num">Traces</th>
              <th>Selection</th>
              <th>Created</th>
            </tr>
          </thead>
          <tbody>
            {datasets.nodes.map((dataset) => (
              <tr
                key={dataset.id}
                className="row"
                onClick={() => navigate(datasetPath(dataset.id))}
                data-testid="datasets:row"
                data-dataset-id={dataset.id}
              >
                <td>
                  <Link to={datasetPath(dataset.id)}>{dataset.name}</Link>
                </td>
                <td>{dataset.version}</td>
                <td className="num">{dataset.traceCount}</td>
                <td>
                  {dataset.selectionStrategy}
                  {dataset.seed !== null && <span className="muted"> seed {dataset.seed}</span>}
                </td>
                <td className="nowrap">
                  <Time value={dataset.createdAt} />
                </td>
              </tr>
            ))}
            {!datasets.loading && !datasets.error && datasets.nodes.length === 0 && (
              <tr>
                <td colSpan={5} className="empty" data-testid="datasets:empty">
                  No datasets yet. Build one from your traces with “Build dataset”.
                </td>
              </tr>
            )}
            {datasets.loading && (
              <tr>
                <td colSpan={5} className="empty">
                  Loading datasets…
                </td>
              </tr>
            )}
          </tbody>
        </table>
        <LoadMore
          noun="datasets"
          shown={datasets.nodes.length}
          total={datasets.totalCount}
          hasMore={datasets.hasMore}
          fetching={datasets.fetching}
          onLoadMore={datasets.loadMore}
        />
      </div>
    </section>
  );
}
