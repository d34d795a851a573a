import { createClient as createWsClient } from 'graphql-ws';
import { Client, fetchExchange, subscriptionExchange } from 'urql';
import { createCache } from './cache';
import type { GraphQLEndpoint } from './endpoint';

/** One client for the app: HTTP for queries and mutations, graphql-ws for subscriptions. */
export function createGraphQLClient(endpoint: GraphQLEndpoint): Client {
  const ws = createWsClient({
    url: endpoint.wsUrl,
    // Keep retrying: the server may restart, and runUpdated replays the current state on resubscribe.
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
  });

  return new Client({
    url: endpoint.httpUrl,
    requestPolicy: 'cache-and-network',
    exchanges: [
      createCache(),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe: (sink) => ({ unsubscribe: ws.subscribe(input, sink) }),
          };
        },
      }),
    ],
  });
}
