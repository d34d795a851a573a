import { useMemo, useState } from 'react';
import { type CombinedError, type TypedDocumentNode, useQuery } from 'urql';

/** The part of a Relay connection that paging needs. */
export interface Connection<TNode> {
  edges: ReadonlyArray<{ node: TNode }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount?: number;
}

export interface ConnectionPages<TNode> {
  /** Every node loaded so far, across pages (graphcache's relayPagination merges them). */
  nodes: TNode[];
  totalCount: number | null;
  hasMore: boolean;
  loadMore: () => void;
  /** Refetches from the server, e.g. after being told that new items exist. */
  refresh: () => void;
  /** True until the first page has arrived. */
  loading: boolean;
  fetching: boolean;
  error: CombinedError | undefined;
}

/**
 * Pages through a connection with `first`/`after`. Changing `variables` (a filter) starts again
 * from the first page; pages already seen for a filter stay in the cache.
 */
export function useConnectionPages<TData, TVariables extends { after?: string | null }, TNode>(options: {
  query: TypedDocumentNode<TData, TVariables>;
  variables: Omit<TVariables, 'after'>;
  select: (data: TData) => Connection<TNode>;
}): ConnectionPages<TNode> {
  const filterKey = JSON.stringify(options.variables);
  const [cursor, setCursor] = useState<{ filterKey: string; after: string | null }>({ filterKey, after: null });
  const [refreshes, setRefreshes] = useState(0);
  const after = cursor.filterKey === filterKey ? cursor.after : null;

  // A new context object makes urql run the query again, here bypassing the cache.
  const context = useMemo(() => (refreshes > 0 ? { requestPolicy: 'network-only' as const } : undefined), [refreshes]);
  // urql keys requests by the variables' content, so a new object per render is fine.
  const variables = { ...options.variables, after } as TVariables;
  const [result] = useQuery({ query: options.query, variables, context });

  const connection = result.data ? options.select(result.data) : undefined;
  return {
    nodes: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? null,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loadMore: () => {
      const endCursor = connection?.pageInfo.endCursor;
      if (endCursor) setCursor({ filterKey, after: endCursor });
    },
    refresh: () => {
      setCursor({ filterKey, after: null });
      setRefreshes((count) => count + 1);
    },
    loading: !result.data && result.fetching,
    fetching: result.fetching,
    error: result.error,
  };
}
