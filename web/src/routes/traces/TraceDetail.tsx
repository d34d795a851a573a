import { useQuery } from 'urql';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Time } from '../../components/Time';
import { graphql } from '../../graphql/generated';
import { Link } from '../../router';
import { traceComparePath } from '../evaluation/paths';

const TraceDetailQuery = graphql(`
  query TraceDetail($id: ID!) {
    trace(id: $id) {
      id
      createdAt
      prompt
      finalAnswer
      source
      tags
      traceVersion
      meta
      steps {
        i
        type
        content
      }
    }
  }
`);

/** One trace in full: its prompt, every step in order, the final answer and its metadata. */
export function TraceDetail({ traceId, onClose }: { traceId: string; onClose: () => void }) {
  const [result, reexecute] = useQuery({ query: TraceDetailQuery, variables: { id: traceId } });
  const trace = result.data?.trace ?? null;

  return (
    <aside className="panel" data-testid="trace:detail" aria-label="Trace">
      <header className="panel__header">
        <h2>Trace</h2>
        <button type="button" className="button--quiet" onClick={onClose} aria-label="Close trace">
          ✕
        </button>
      </header>
      {result.error && <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {result.fetching && !result.data && <p className="muted">Loading trace…</p>}
      {result.data && !trace && <p className="muted">There is no such trace: it may have been deleted, or the link is wrong.</p>}
      {trace && (
        <>
          <dl className="facts">
            <dt>Created</dt>
            <dd>
              <Time value={trace.createdAt} />
            </dd>
            <dt>Source</dt>
            <dd>{trace.source ?? '—'}</dd>
            <dt>Version</dt>
            <dd>{trace.traceVersion}</dd>
            {trace.tags.length > 0 && (
              <>
                <dt>Tags</dt>
                <dd>{trace.tags.join(', ')}</dd>
              </>
            )}
          </dl>
          <p>
            <Link to={traceComparePath(trace.id)} data-testid="trace:compare">
              Compare with another trace
            </Link>
          </p>
          <h3>Prompt</h3>
          <p className="prose">{trace.prompt}</p>
          <h3>Steps</h3>
          <ol className="timeline-steps" data-testid="trace:steps" aria-label={`${trace.steps.length} steps, in order`}>
            {trace.steps.map((step, position) => (
              <li key={step.i} className="timeline-step" data-testid="trace:step">
                <span className="timeline-step__marker" aria-hidden="true">
                  {position + 1}
                </span>
                <div className="timeline-step__body">
                  <span className="step__type">{step.type}</span>
                  <p className="prose">{step.content}</p>
                </div>
              </li>
            ))}
          </ol>
          <h3>Final answer</h3>
          <p className="prose" data-testid="trace:final-answer">
            {trace.finalAnswer}
          </p>
          {trace.meta !== null && (
            <>
              <h3>Metadata</h3>
              <pre className="code">{JSON.stringify(trace.meta, null, 2)}</pre>
            </>
          )}
        </>
      )}
    </aside>
  );
}
