import { useEffect, useRef, useState } from 'react';
import {
  type AnyVariables,
  type CombinedError,
  createRequest,
  type OperationContext,
  type OperationResult,
  type TypedDocumentNode,
  useClient,
} from 'urql';
import { onEnd, pipe, subscribe } from 'wonka';

export interface SubscriptionStream {
  /** Subscribed, and the server has not ended the stream (nor failed it). */
  live: boolean;
  error: CombinedError | undefined;
  /** Subscribes again (after an error, or to resume a stream that ended early). */
  restart: () => void;
}

/**
 * Runs one subscription through the urql client (so graphcache normalizes every event) and says
 * whether it is still live. urql's useSubscription cannot say that: its `fetching` turns false at
 * the first event and true again when the server completes the stream.
 */
export function useSubscriptionStream<TData, TVariables extends AnyVariables>(options: {
  query: TypedDocumentNode<TData, TVariables>;
  variables: TVariables;
  pause?: boolean;
  /** Kept for the life of the component (read once per subscription). */
  context?: Partial<OperationContext>;
  /** Called with every event that has data. */
  onData: (data: TData) => void;
}): SubscriptionStream {
  const client = useClient();
  const [status, setStatus] = useState<{ live: boolean; error: CombinedError | undefined }>({ live: false, error: undefined });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(options);
  latest.current = options;
  const request = createRequest(options.query, options.variables);
  const pause = options.pause ?? false;

  // biome-ignore lint/correctness/useExhaustiveDependencies: request.key stands for the query and variables; attempt re-runs it on restart.
  useEffect(() => {
    if (pause) {
      setStatus((previous) => (previous.live ? { ...previous, live: false } : previous));
      return;
    }
    setStatus({ live: true, error: undefined });
    const subscription = pipe(
      client.executeSubscription<TData, TVariables>(request, latest.current.context),
      onEnd(() => setStatus((previous) => ({ ...previous, live: false }))),
      subscribe((result: OperationResult<TData, TVariables>) => {
        if (result.error) setStatus({ live: false, error: result.error });
        if (result.data) latest.current.onData(result.data);
      }),
    );
    return () => subscription.unsubscribe();
  }, [client, request.key, pause, attempt]);

  return { ...status, restart: () => setAttempt((count) => count + 1) };
}

/** The latest event of a subscription (e.g. the run as it is now) and whether more can come. */
export function useLiveSubscription<TData, TVariables extends AnyVariables>(options: {
  query: TypedDocumentNode<TData, TVariables>;
  variables: TVariables;
  pause?: boolean;
}): SubscriptionStream & { data: TData | undefined } {
  const [data, setData] = useState<TData | undefined>(undefined);
  const stream = useSubscriptionStream({ ...options, onData: setData });
  return { ...stream, data };
}
