import { ClickableRow, ConnectionTable } from '../../components/ConnectionTable';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { Time } from '../../components/Time';
import { graphql } from '../../graphql/generated';
import { useConnectionPages } from '../../hooks/useConnectionPages';
import { Link, navigate, useLocation, withSearchParams } from '../../router';
import { excerpt } from '../../text';
import { SourceFilter } from './SourceFilter';
import { TraceDetail } from './TraceDetail';

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
  const selectedId = location.searchParams.get('trace');

  const traces = useConnectionPages({
    query: TracesQuery,
    variables: { first: TRACES_PAGE_SIZE, filter: source ? { source } : null },
    select: (data) => data.traces,
  });

  const traceHref = (traceId: string | null) => withSearchParams(location, { trace: traceId });

  return (
    <section className="page">
      <PageHeader title="Traces">
        <SourceFilter
          key={source}
          source={source}
          // A new filter starts from the first page, with no trace open.
          onChange={(next) => navigate(withSearchParams(location, { source: next, trace: null }))}
        />
      </PageHeader>

      {traces.error && <ErrorNotice error={traces.error} onRetry={traces.refresh} />}

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
              <td className="nowrap">
                <Time value={trace.createdAt} />
              </td>
              <td>
                {/* The whole row is clickable; the link makes it reachable by keyboard too. */}
                <Link to={traceHref(trace.id)}>{excerpt(trace.prompt, 100)}</Link>
              </td>
              <td>{trace.source ?? <span className="muted">—</span>}</td>
              <td className="num">{trace.stepCount}</td>
              <td>{excerpt(trace.finalAnswer, 60)}</td>
            </ClickableRow>
          )}
          empty={source ? `No traces from source “${source}”.` : 'No traces yet. Create some with the createTraces mutation.'}
          loadingText="Loading traces…"
          noun="traces"
        />
        {selectedId && <TraceDetail traceId={selectedId} onClose={() => navigate(traceHref(null))} />}
      </div>
    </section>
  );
}
