import { ClickableRow, ConnectionTable, RowLink } from '../../components/ConnectionTable';
import { TimeCell } from '../../components/DataTable';
import { PageHeader, useCreateFormToggle } from '../../components/PageHeader';
import { graphql } from '../../graphql/generated';
import { useConnectionPages } from '../../hooks/useConnectionPages';
import { datasetPath } from '../../paths';
import { navigate } from '../../router';
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
  const buildForm = useCreateFormToggle('build', 'buildDataset');
  const datasets = useConnectionPages({
    query: DatasetsQuery,
    variables: { first: DATASETS_PAGE_SIZE, filter: null },
    select: (data) => data.datasets,
  });

  return (
    <section className="page">
      <PageHeader title="Datasets" create={{ toggle: buildForm, label: 'Build dataset', testid: 'datasets:new' }} />

      {buildForm.isOpen && (
        <BuildDatasetForm onBuilt={(datasetId) => navigate(datasetPath(datasetId))} onCancel={buildForm.close} />
      )}

      <ConnectionTable
        connection={datasets}
        testid="datasets"
        columns={[
          { label: 'Name' },
          { label: 'Version' },
          { label: 'Traces', className: 'num' },
          { label: 'Selection' },
          { label: 'Created' },
        ]}
        renderRow={(dataset) => (
          <ClickableRow to={datasetPath(dataset.id)} data-testid="datasets:row" data-dataset-id={dataset.id}>
            <td>
              <RowLink>{dataset.name}</RowLink>
            </td>
            <td>{dataset.version}</td>
            <td className="num">{dataset.traceCount}</td>
            <td>
              {dataset.selectionStrategy}
              {dataset.seed !== null && <span className="muted"> seed {dataset.seed}</span>}
            </td>
            <TimeCell value={dataset.createdAt} />
          </ClickableRow>
        )}
        empty="No datasets yet. Build one from your traces with “Build dataset”."
        loadingText="Loading datasets…"
        noun="datasets"
      />
    </section>
  );
}
