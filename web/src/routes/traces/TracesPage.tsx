import { ClickableRow, ConnectionTable, RowLink } from '../../components/ConnectionTable';
import { TimeCell } from '../../components/DataTable';
import { PageHeader, useCreateFormToggle } from '../../components/PageHeader';
import { SampleDataOffer } from '../../components/SampleDataOffer';
import { formatCount } from '../../format';
import { graphql } from '../../graphql/generated';
import { useConnectionPages } from '../../hooks/useConnectionPages';
import { navigate, useLocation, withSearchParams } from '../../router';
import { excerpt } from '../../text';
import { ImportTraces } from './ImportTraces';
import { NewTraceForm } from './NewTraceForm';
import { TraceDetail } from './TraceDetail';
import { TraceFilters } from './TraceFilters';

export const TRACES_PAGE_SIZE = 20;

const TracesQuery = graphql(`
  query Traces($first: Int!, $after: String, $filter: TraceFilter) {
    traces(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          createdAt
          prompt
          source
          stepCount
          finalAnswer
        }
      }
    }
  }
`);

/** Traces, newest first, filtered by source; `?trace=<id>` opens one trace's steps. */
export function TracesPage() {
  const location = useLocation();
  const source = location.searchParams.get('source') ?? '';
  const search = location.searchParams.get('q') ?? '';
  const selectedId = location.searchParams.get('trace');
  const upload = useCreateFormToggle('new', 'createTraces');
  const importer = useCreateFormToggle('import', 'createTraces');
  const filter = source || search ? { ...(source ? { source } : {}), ...(search ? { search } : {}) } : null;

  const traces = useConnectionPages({
    query: TracesQuery,
    variables: { first: TRACES_PAGE_SIZE, filter },
    select: (data) => data.traces,
  });

  const traceHref = (traceId: string | null) => withSearchParams(location, { trace: traceId });

  return (
    <section className="page">
      <PageHeader title="Traces" create={{ toggle: upload, label: 'Upload trace', testid: 'traces:new' }}>
        {importer.allowed && !importer.isOpen && (
          <button type="button" onClick={importer.open} data-testid="traces:import-open">
            Import JSONL
          </button>
        )}
        <TraceFilters
          key={`${search}
${source}`}
          values={{ search, source }}
          // A new filter starts from the first page, with no trace open.
          onChange={(next) => navigate(withSearchParams(location, { q: next.search, source: next.source, trace: null }))}
        />
      </PageHeader>

      {upload.isOpen && (
        <NewTraceForm
          onCancel={upload.close}
          onCreated={(traceId) => {
            traces.refresh();
            navigate(withSearchParams(location, { new: null, trace: traceId }));
          }}
        />
      )}
      {importer.isOpen && <ImportTraces onImported={traces.refresh} />}

      <div className={selectedId ? 'split' : undefined}>
        <ConnectionTable
          connection={traces}
          testid="traces"
          columns={[
            { label: 'Created' },
            { label: 'Prompt' },
            { label: 'Source' },
            { label: 'Steps', className: 'num' },
            { label: 'Final answer' },
          ]}
          renderRow={(trace) => (
            <ClickableRow
              to={traceHref(trace.id)}
              selected={trace.id === selectedId}
              data-testid="traces:row"
              data-trace-id={trace.id}
            >
              <TimeCell value={trace.createdAt} />
              <td>
                {/* The whole row is clickable; the link makes it reachable by keyboard too. */}
                <RowLink>{excerpt(trace.prompt, 100)}</RowLink>
              </td>
              <td>{trace.source ?? <span className="muted">—</span>}</td>
              <td className="num">{formatCount(trace.stepCount)}</td>
              <td>{excerpt(trace.finalAnswer, 60)}</td>
            </ClickableRow>
          )}
          empty={
            filter ? (
              `No traces${search ? ` matching “${search}”` : ''}${source ? ` from source “${source}”` : ''}.`
            ) : (
              <>
                No traces yet. Upload one, import a JSONL file, or send them with the createTraces mutation.
                <SampleDataOffer />
              </>
            )
          }
          loadingText="Loading traces…"
          noun="traces"
        />
        {selectedId && <TraceDetail traceId={selectedId} onClose={() => navigate(traceHref(null))} />}
      </div>
    </section>
  );
}
