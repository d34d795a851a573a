import { type AnyVariables, type TypedDocumentNode, useQuery } from 'urql';
import type { DetailStatus } from './useDetailQuery';
import { useLiveSubscription } from './useSubscriptionStream';

export interface LiveDetail<TItem> extends DetailStatus {
  /** The item as the subscription last sent it, else as the query found it; null while loading or missing. */
  item: TItem | null;
  /** The subscription is open and the server has not ended it (it ends after a terminal status). */
  live: boolean;
  /** Queries again past the cache and, when the subscription failed, subscribes again. */
  retry: () => void;
}

/**
 * The item of a detail page, kept live: the query fills the first paint, then the subscription
 * (which sends the item as it is now, then at every change) takes over. graphcache also merges
 * every event into the query's result, so lists showing the item follow too.
 */
export function useLiveDetail<TQuery, TEvent, TVariables extends AnyVariables, TItem>(options: {
  query: TypedDocumentNode<TQuery, TVariables>;
  subscription: TypedDocumentNode<TEvent, TVariables>;
  variables: TVariables;
  fromQuery: (data: TQuery) => TItem | null;
  fromEvent: (data: TEvent) => TItem;
}): LiveDetail<TItem> {
  const [initial, reexecute] = useQuery<TQuery, TVariables>({ query: options.query, variables: options.variables });
  const live = useLiveSubscription({ query: options.subscription, variables: options.variables });

  const queried = initial.data ? options.fromQuery(initial.data) : null;
  const item = live.data ? options.fromEvent(live.data) : queried;
  return {
    item,
    live: live.live,
    // A missing item fails the subscription too; the query's answer says it better.
    error: initial.error ?? (queried ? live.error : undefined),
    retry: () => {
      reexecute({ requestPolicy: 'network-only' });
      if (live.error) live.restart();
    },
    loading: !item && initial.fetching,
    notFound: !item && !!initial.data && !queried,
  };
}
