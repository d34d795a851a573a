import { useMemo, useRef, useState } from 'react';
import type { AnyVariables, CombinedError, TypedDocumentNode } from 'urql';
import type { ResumableContext } from '../graphql/client';
import { useSubscriptionStream } from './useSubscriptionStream';

export interface AppendingSubscription<TItem> {
  /** Everything received, in order, without duplicates (at most `limit`, the newest). */
  items: TItem[];
  /** The cursor of the last item received (`start` before any). */
  cursor: number;
  /** How many old items were let go to stay within `limit`. */
  dropped: number;
  /** Subscribed, and the server has not ended the stream. */
  live: boolean;
  error: CombinedError | undefined;
  /** Subscribes again, continuing after the last item received. */
  resume: () => void;
}

interface Appended<TItem> {
  items: TItem[];
  cursor: number;
  dropped: number;
}

/**
 * Follows an append-only stream (a run's log chunks by seq, its metric points by step) whose
 * subscription replays what comes after a cursor and then goes live, until the server ends it.
 * Items are accumulated and de-duplicated by cursor; whenever the subscription is sent again
 * (graphql-ws after a reconnect, or `resume()`), it asks only for what comes after the last item.
 */
export function useAppendingSubscription<TData, TVariables extends AnyVariables, TItem>(options: {
  query: TypedDocumentNode<TData, TVariables>;
  /** The variables of the first subscription (their cursor equals `start`). */
  variables: TVariables;
  start: number;
  pause?: boolean;
  select: (data: TData) => readonly TItem[];
  cursorOf: (item: TItem) => number;
  /** The variables that make the server continue after `cursor`, e.g. `{ afterSeq: cursor }`. */
  resumeFrom: (cursor: number) => Partial<TVariables>;
  limit?: number;
}): AppendingSubscription<TItem> {
  const { start, select, cursorOf, limit = Number.POSITIVE_INFINITY } = options;
  const [appended, setAppended] = useState<Appended<TItem>>({ items: [], cursor: start, dropped: 0 });
  const cursor = Math.max(start, appended.cursor);

  // graphql-ws asks at every (re)send; the ref gives it the cursor of the latest render.
  const latest = useRef({ resumeFrom: options.resumeFrom, cursor });
  latest.current = { resumeFrom: options.resumeFrom, cursor };
  const context = useMemo<ResumableContext>(
    () => ({ resumeVariables: () => latest.current.resumeFrom(latest.current.cursor) as Record<string, unknown> }),
    [],
  );

  const stream = useSubscriptionStream({
    query: options.query,
    variables: options.variables,
    pause: options.pause ?? false,
    context,
    onData: (data) =>
      // Pure: drop what is already here (a replay), keep the rest, within the limit.
      setAppended((previous) => {
        const after = Math.max(start, previous.cursor);
        const fresh = select(data).filter((item) => cursorOf(item) > after);
        if (fresh.length === 0) return previous;
        const all = [...previous.items, ...fresh];
        const excess = Math.max(0, all.length - limit);
        return {
          items: excess > 0 ? all.slice(excess) : all,
          cursor: Math.max(after, ...fresh.map(cursorOf)),
          dropped: previous.dropped + excess,
        };
      }),
  });

  return { ...appended, cursor, live: stream.live, error: stream.error, resume: stream.restart };
}
