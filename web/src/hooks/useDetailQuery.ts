import { type AnyVariables, type CombinedError, type TypedDocumentNode, useQuery } from 'urql';

/** How the item of a detail page stands: what `DetailPage` shows around it. */
export interface DetailStatus {
  error: CombinedError | undefined;
  /** Queries again past the cache. */
  retry: () => void;
  loading: boolean;
  /** The server answered, without the item. */
  notFound: boolean;
}

/** The item of a detail page that is not followed live (`useLiveDetail` is the live one). */
export function useDetailQuery<TQuery, TVariables extends AnyVariables, TItem>(options: {
  query: TypedDocumentNode<TQuery, TVariables>;
  variables: TVariables;
  fromQuery: (data: TQuery) => TItem | null;
}): DetailStatus & { item: TItem | null } {
  const [result, reexecute] = useQuery<TQuery, TVariables>({ query: options.query, variables: options.variables });
  const item = result.data ? options.fromQuery(result.data) : null;
  return {
    item,
    error: result.error,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
    loading: !item && result.fetching,
    notFound: !item && !!result.data,
  };
}
