import { useCan } from '../../auth/permissions';
import { ConnectionCard, Hash } from '../../components/DataTable';
import { DetailPage } from '../../components/DetailPage';
import { Facts } from '../../components/Facts';
import { KeyValues } from '../../components/KeyValues';
import { LinkList, RunLink } from '../../components/LinkList';
import { StatusBadge } from '../../components/StatusBadge';
import { Time } from '../../components/Time';
import { formatCount } from '../../format';
import { apiUrl } from '../../graphql/endpoint';
import { graphql } from '../../graphql/generated';
import { useDetailQuery } from '../../hooks/useDetailQuery';
import { Link } from '../../router';
import { excerpt } from '../../text';
import { DatasetDiff } from './DatasetDiff';
import { NewRunForm } from './NewRunForm';

/** Traces shown on the page; the export has them all. */
export const DATASET_ITEMS_SHOWN = 20;

const DatasetQuery = graphql(`
  query Dataset($id: ID!, $items: Int!) {
    dataset(id: $id) {
      id
      name
      version
      key
      description
      traceCount
      selectionStrategy
      seed
      checksum
      createdAt
      filters
      stats
      traceExport: exportUrl(format: TRACE)
      trainingExampleExport: exportUrl(format: TRAINING_EXAMPLE)
      tunixSftExport: exportUrl(format: TUNIX_SFT)
      items(first: $items) {
        totalCount
        edges {
          node {
            position
            trace {
              id
              prompt
              finalAnswer
              stepCount
              source
            }
          }
        }
      }
      runs(first: 10) {
        totalCount
        edges {
          node {
            id
            name
            status
            createdAt
          }
        }
      }
    }
  }
`);

/** One dataset: what it holds (stats, first traces), its exports, its runs, and a form to train on it. */
export function DatasetPage({ datasetId }: { datasetId: string }) {
  const detail = useDetailQuery({
    query: DatasetQuery,
    variables: { id: datasetId, items: DATASET_ITEMS_SHOWN },
    fromQuery: (data) => data.dataset,
  });
  const dataset = detail.item;
  const can = useCan();

  return (
    <DetailPage
      list={{ path: '/datasets', label: 'Datasets', seeAll: 'See all datasets.' }}
      kind="dataset"
      crumb={dataset?.key ?? '…'}
      title={
        <>
          {dataset ? dataset.name : 'Dataset'} {dataset && <span className="muted">{dataset.version}</span>}
        </>
      }
      detail={detail}
      testid="dataset"
    >
      {dataset && (
        <div className="stack">
          <div className="columns">
            <section className="card">
              <h3>Dataset</h3>
              <Facts
                data-testid="dataset:facts"
                facts={[
                  { label: 'Traces', value: formatCount(dataset.traceCount), testid: 'dataset:trace-count' },
                  {
                    label: 'Selection',
                    value: (
                      <>
                        {dataset.selectionStrategy}
                        {dataset.seed !== null && <span className="muted"> seed {dataset.seed}</span>}
                      </>
                    ),
                  },
                  { label: 'Filter', value: <code>{JSON.stringify(dataset.filters)}</code> },
                  { label: 'Created', value: <Time value={dataset.createdAt} /> },
                  { label: 'Checksum', value: <Hash value={dataset.checksum} length={16} /> },
                ]}
              />
              {dataset.description && <p className="prose">{dataset.description}</p>}
            </section>
            <section className="card">
              <h3>Stats</h3>
              <KeyValues value={dataset.stats} data-testid="dataset:stats" />
            </section>
            <section className="card">
              <h3>Export (JSONL)</h3>
              <ul className="links" data-testid="dataset:exports">
                <li>
                  <a href={apiUrl(dataset.traceExport)} download={`${dataset.key}.trace.jsonl`}>
                    TRACE
                  </a>{' '}
                  <span className="muted">prompts, steps, final answer</span>
                </li>
                <li>
                  <a href={apiUrl(dataset.trainingExampleExport)} download={`${dataset.key}.training-example.jsonl`}>
                    TRAINING_EXAMPLE
                  </a>{' '}
                  <span className="muted">prompt / response pairs</span>
                </li>
                <li>
                  <a href={apiUrl(dataset.tunixSftExport)} download={`${dataset.key}.tunix-sft.jsonl`}>
                    TUNIX_SFT
                  </a>{' '}
                  <span className="muted">Gemma chat template</span>
                </li>
              </ul>
            </section>
          </div>

          <DatasetDiff dataset={dataset} />

          {can('createRun') && <NewRunForm datasetId={dataset.id} />}

          <section className="card">
            <header className="card__header">
              <h2>Runs on this dataset</h2>
              <span className="muted">{formatCount(dataset.runs.totalCount)}</span>
            </header>
            <LinkList
              items={dataset.runs.edges}
              testid="dataset:runs"
              empty="None yet."
              renderItem={({ node: run }) => (
                <li key={run.id}>
                  <StatusBadge status={run.status} /> <RunLink run={run} />{' '}
                  <span className="muted">
                    <Time value={run.createdAt} />
                  </span>
                </li>
              )}
            />
          </section>

          <ConnectionCard
            title="Traces"
            connection={dataset.items}
            countTestid="dataset:items-count"
            testid="dataset:items"
            columns={[
              { label: '#', className: 'num' },
              { label: 'Prompt' },
              { label: 'Source' },
              { label: 'Steps', className: 'num' },
              { label: 'Final answer' },
            ]}
            renderRow={({ node: item }) => (
              <tr key={item.position} data-testid="dataset:item">
                <td className="num">{formatCount(item.position)}</td>
                <td>
                  <Link to={`/traces?trace=${encodeURIComponent(item.trace.id)}`}>{excerpt(item.trace.prompt, 100)}</Link>
                </td>
                <td>{item.trace.source ?? <span className="muted">—</span>}</td>
                <td className="num">{formatCount(item.trace.stepCount)}</td>
                <td>{excerpt(item.trace.finalAnswer, 60)}</td>
              </tr>
            )}
          />
        </div>
      )}
    </DetailPage>
  );
}
