import { useLayoutEffect, useRef, useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LiveIndicator } from '../../components/LiveIndicator';
import { graphql } from '../../graphql/generated';
import { useAppendingSubscription } from '../../hooks/useAppendingSubscription';

// Replays the chunks after afterSeq, then sends new ones as they are written; ends with the run.
const RunLogAppendedSubscription = graphql(`
  subscription RunLogAppended($runId: ID!, $afterSeq: Int!) {
    runLogAppended(runId: $runId, afterSeq: $afterSeq) {
      seq
      stream
      text
    }
  }
`);

/** The panel keeps this many chunks (the newest); a run's full log stays on the server. */
export const LOG_CHUNK_LIMIT = 5000;

/** Closer to the bottom than this (px) counts as "at the bottom": new output keeps it there. */
const STICK_DISTANCE = 24;

/**
 * A run's output as it is written: stdout and stderr (in red) in order. It scrolls along with new
 * output unless the reader has scrolled up; after a reconnect it continues after the last seq it has.
 */
export function RunLogs({ runId, runFinished }: { runId: string; runFinished: boolean }) {
  const logs = useAppendingSubscription({
    query: RunLogAppendedSubscription,
    variables: { runId, afterSeq: 0 },
    start: 0,
    select: (data) => data.runLogAppended,
    cursorOf: (chunk) => chunk.seq,
    resumeFrom: (afterSeq) => ({ afterSeq }),
    limit: LOG_CHUNK_LIMIT,
  });

  const box = useRef<HTMLPreElement>(null);
  const [stick, setStick] = useState(true);
  const onScroll = () => {
    const element = box.current;
    if (element) setStick(element.scrollHeight - element.scrollTop - element.clientHeight < STICK_DISTANCE);
  };
  const scrollToEnd = () => {
    const element = box.current;
    if (element) element.scrollTop = element.scrollHeight;
  };
  const lastSeq = logs.cursor;
  // Before paint, so the reader never sees the new lines jump.
  useLayoutEffect(() => {
    const element = box.current;
    if (element && stick && lastSeq > 0) element.scrollTop = element.scrollHeight;
  }, [lastSeq, stick]);

  return (
    <section className="card" aria-label="Logs">
      <header className="card__header">
        <h2>Logs</h2>
        <span className="muted" data-testid="run:logs-count">
          {lastSeq === 0 ? 'no output yet' : `${lastSeq} ${lastSeq === 1 ? 'chunk' : 'chunks'}`}
        </span>
        <LiveIndicator
          live={logs.live}
          finished={runFinished && !logs.live}
          finishedText="complete"
          data-testid="run:logs-live"
        />
      </header>
      {logs.error && <ErrorNotice error={logs.error} onRetry={logs.resume} />}
      {logs.dropped > 0 && (
        <p className="muted">
          Showing the last {LOG_CHUNK_LIMIT} chunks; {logs.dropped} earlier ones are not shown.
        </p>
      )}
      <pre className="log" ref={box} onScroll={onScroll} data-testid="run:logs" data-last-seq={lastSeq}>
        {logs.items.map((chunk) => (
          <span
            key={chunk.seq}
            className={chunk.stream === 'STDERR' ? 'log__chunk log__chunk--stderr' : 'log__chunk'}
            data-seq={chunk.seq}
            data-testid="run:log-chunk"
          >
            {chunk.text}
          </span>
        ))}
        {logs.items.length === 0 && <span className="muted">{logs.live ? 'Waiting for output…' : 'No output.'}</span>}
      </pre>
      {!stick && (
        <button
          type="button"
          className="log__jump"
          onClick={() => {
            setStick(true);
            scrollToEnd();
          }}
          data-testid="run:logs-follow"
        >
          ↓ Follow new output
        </button>
      )}
    </section>
  );
}
