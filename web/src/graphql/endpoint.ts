export interface GraphQLEndpoint {
  /** For queries and mutations (also where GraphiQL opens in a browser). */
  httpUrl: string;
  /** For graphql-ws subscriptions: the same path with ws:// or wss://. */
  wsUrl: string;
}

/** Resolves the configured URL (absolute or relative) against the page, so same-origin works everywhere. */
export function resolveEndpoint(configured: string | undefined, pageUrl: string): GraphQLEndpoint {
  const http = new URL(configured?.trim() || '/graphql', pageUrl);
  const ws = new URL(http);
  ws.protocol = http.protocol === 'https:' ? 'wss:' : 'ws:';
  return { httpUrl: http.toString(), wsUrl: ws.toString() };
}

export const endpoint = resolveEndpoint(import.meta.env.VITE_GRAPHQL_URL, window.location.href);

/** A server-relative URL from the API (downloadUrl, exportUrl) made absolute against the API's origin. */
export const apiUrl = (path: string, api: GraphQLEndpoint = endpoint) => new URL(path, api.httpUrl).toString();
