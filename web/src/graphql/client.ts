import { persistedExchange } from '@urql/exchange-persisted';
import type { DocumentNode } from 'graphql';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { Client, fetchExchange, type SubscriptionForwarder, subscriptionExchange } from 'urql';
import { type AuthProblems, authExchange } from '../auth/authExchange';
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

/** The hash codegen stored on a generated document; none for a hand-written one, which goes as text. */
export const trustedHash = (document: DocumentNode): string =>
  (document as DocumentNode & { __meta__?: { hash?: string } }).__meta__?.hash ?? '';

export interface ClientSession extends AuthProblems {
  /** Sent as `Authorization: Bearer <token>` on HTTP and as `connectionParams.authorization` on graphql-ws. */
  token: string | null;
}

/**
 * One client per session (a sign-in or sign-out makes a new one, with a fresh cache and socket):
 * HTTP for queries and mutations, graphql-ws for subscriptions.
 */
export function createGraphQLClient(endpoint: GraphQLEndpoint, session: ClientSession): Client {
  const authorization = session.token ? { authorization: `Bearer ${session.token}` } : undefined;
  const ws = createWsClient({
    url: endpoint.wsUrl,
    connectionParams: authorization ?? {},
    // Keep retrying: the server may restart. runUpdated replays the current state on resubscribe;
    // log and metric streams resume after what they have (see ResumableContext). A refused token
    // (4401, and 4403 which graphql-ws would retry) ends the subscriptions instead.
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: (closed) => (closed as { code?: number } | null)?.code !== 4403,
  });

  return new Client({
    url: endpoint.httpUrl,
    requestPolicy: 'cache-and-network',
    fetchOptions: authorization ? { headers: authorization } : undefined,
    exchanges: [
      authExchange(session),
      createCache(),
      // Every operation goes by the sha256 codegen gave it (its manifest is what a server with
      // TRUSTED_DOCUMENTS_ONLY=true runs); POST, as the server never runs a GET's side effects.
      persistedExchange({
        enforcePersistedQueries: true,
        enableForMutation: true,
        enableForSubscriptions: true,
        preferGetForPersistedQueries: false,
        generateHash: async (_query, document) => trustedHash(document),
      }),
      fetchExchange,
      subscriptionExchange({ forwardSubscription: createSubscriptionForwarder(ws) }),
    ],
  });
}
