import { ErrorNotice } from '../../components/ErrorNotice';
import { LoadMore } from '../../components/LoadMore';
import { Time } from '../../components/Time';
import { useConnectionPages } from '../../components/useConnectionPages';
import { graphql } from '../../graphql/generated';
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
      <header className="page__header">
        <h1>Traces</h1>
        <SourceFilter
          key={source}
          source={source}
          // A new filter starts from the first page, with no trace open.
          onChange={(next) => navigate(withSearchParams(location, { source: next, trace: null }))}
        />
      </header>

      {traces.error && <ErrorNotice error={traces.error} onRetry={traces.refresh} />}

      <div className={selectedId ? 'split' : undefined}>
        <div className="table-wrap">
          <table className="table" data-testid="traces:table" aria-busy={traces.fetching}>
            <thead>
              <tr>
                <th>Created</th>
                <th>Prompt</th>
                <th>Source</th>
                <th className="num">Steps</th>
                <th>Final answer</th>
              </tr>
            </thead>
            <tbody>
              {traces.nodes.map((trace) => (
                <tr
                  key={trace.id}
                  className={trace.id === selectedId ? 'row row--selected' : 'row'}
                  onClick={() => navigate(traceHref(trace.id))}
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
                </tr>
              ))}
              {!traces.loading && !traces.error && traces.nodes.length === 0 && (
                <tr>
                  <td colSpan={5} className="empty" data-testid="traces:empty">
                    {source ? `No traces from source “${source}”.` : 'No traces yet. Create some with the createTraces mutation.'}
                  </td>
                </tr>
              )}
              {traces.loading && (
                <tr>
                  <td colSpan={5} className="empty">
                    Loading traces…
                  </td>
                </tr>
              )}
            </tbody>
          </table>
          <LoadMore
            noun="traces"
            shown={traces.nodes.length}
            total={traces.totalCount}
            hasMore={traces.hasMore}
            fetching={traces.fetching}
            onLoadMore={traces.loadMore}
          />
        </div>
        {selectedId && <TraceDetail traceId={selectedId} onClose={() => navigate(traceHref(null))} />}
      </div>
    </section>
  );
}
