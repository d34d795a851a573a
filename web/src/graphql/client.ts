import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { Client, fetchExchange, type SubscriptionForwarder, subscriptionExchange } from 'urql';
import { createCache } from './cache';
import type { GraphQLEndpoint } from './endpoint';

/**
 * Operation context of a subscription that can resume: graphql-ws re-sends the subscribe message
 * after every reconnect, and asks this for the variables to send then (e.g. `{ afterSeq: <last seq
 * received> }`), so a resumable stream continues where it stopped instead of starting over.
 */
export interface ResumableContext {
  resumeVariables?: () => Record<string, unknown>;
}

/**
 * Hands urql's subscriptions to graphql-ws. graphql-ws serialises the payload at every (re)send, so
 * a getter for `variables` makes each subscribe message, the first and those after a reconnect,
 * carry the operation's variables updated by `resumeVariables` (which, before anything arrived,
 * returns the starting values).
 */
export function createSubscriptionForwarder(ws: Pick<WsClient, 'subscribe'>): SubscriptionForwarder {
  return (request, operation) => {
    const resume = (operation.context as ResumableContext).resumeVariables;
    const variables = request.variables as Record<string, unknown> | undefined;
    const payload = {
      ...request,
      query: request.query ?? '',
      get variables() {
        return resume ? { ...variables, ...resume() } : variables;
      },
    };
    return {
      subscribe: (sink) => ({ unsubscribe: ws.subscribe(payload, sink) }),
    };
  };
}

/** One client for the app: HTTP for queries and mutations, graphql-ws for subscriptions. */
export function createGraphQLClient(endpoint: GraphQLEndpoint): Client {
  const ws = createWsClient({
    url: endpoint.wsUrl,
    // Keep retrying: the server may restart. runUpdated replays the current state on resubscribe;
    // log and metric streams resume after what they have (see ResumableContext).
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
  });

  return new Client({
    url: endpoint.httpUrl,
    requestPolicy: 'cache-and-network',
    exchanges: [createCache(), fetchExchange, subscriptionExchange({ forwardSubscription: createSubscriptionForwarder(ws) })],
  });
}
