import type { Client as WsClient } from 'graphql-ws';
import { makeOperation, type Operation } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pipe, subscribe } from 'wonka';
import { createGraphQLClient, createSubscriptionForwarder } from './client';

/** A graphql-ws client that serialises the payload at every send, as the real one does on each (re)connect. */
function fakeWs() {
  const sent: unknown[] = [];
  let payload: unknown;
  const ws: Pick<WsClient, 'subscribe'> = {
    subscribe: (request) => {
      payload = request;
      return () => {};
    },
  };
  const send = () => sent.push(JSON.parse(JSON.stringify(payload)));
  return { ws, sent, send };
}

const operation = (context: Record<string, unknown>) =>
  makeOperation(
    'subscription',
    { key: 1, query: {} as never, variables: {} },
    { url: '', requestPolicy: 'network-only', ...context },
  ) as Operation;

describe('createSubscriptionForwarder', () => {
  it('sends the variables resumeVariables gives at each (re)send, so a reconnect continues after the last item', () => {
    const { ws, sent, send } = fakeWs();
    let lastSeq = 0;
    const forward = createSubscriptionForwarder(ws);
    forward(
      {
        query: 'subscription { runLogAppended }',
        operationName: 'RunLogAppended',
        variables: { runId: 'r1', afterSeq: 0 },
        extensions: undefined,
      },
      operation({ resumeVariables: () => ({ afterSeq: lastSeq }) }),
    ).subscribe({ next: () => {}, error: () => {}, complete: () => {} });

    send();
    lastSeq = 42;
    send(); // the connection dropped and graphql-ws subscribed again

    expect(sent).toEqual([
      expect.objectContaining({ variables: { runId: 'r1', afterSeq: 0 } }),
      expect.objectContaining({ variables: { runId: 'r1', afterSeq: 42 } }),
    ]);
  });

  it('sends the variables unchanged for subscriptions that do not resume', () => {
    const { ws, sent, send } = fakeWs();
    const request = {
      query: 'subscription { runUpdated }',
      operationName: undefined,
      variables: { id: 'r1' },
      extensions: undefined,
    };
    createSubscriptionForwarder(ws)(request, operation({})).subscribe({
      next: () => {},
      error: () => {},
      complete: () => {},
    });
    send();
    send();
    expect(sent).toEqual([
      { query: 'subscription { runUpdated }', variables: { id: 'r1' } },
      { query: 'subscription { runUpdated }', variables: { id: 'r1' } },
    ]);
  });
});

/** Enough of a browser WebSocket for graphql-ws to open a connection and send connection_init. */
class FakeWebSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  static opened: FakeWebSocket[] = [];
  readyState = FakeWebSocket.CONNECTING;
  protocol: string;
  sent: unknown[] = [];
  onopen: (() => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  onerror: (() => void) | null = null;
  onmessage: (() => void) | null = null;
  constructor(
    readonly url: string,
    protocol: string,
  ) {
    this.protocol = protocol;
    FakeWebSocket.opened.push(this);
    setTimeout(() => {
      this.readyState = FakeWebSocket.OPEN;
      this.onopen?.();
    });
  }
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close(code = 1000, reason = '') {
    this.readyState = FakeWebSocket.CLOSED;
    this.onclose?.({ code, reason });
  }
}

describe('createGraphQLClient', () => {
  afterEach(() => vi.unstubAllGlobals());
  const endpoint = { httpUrl: 'http://api.test/graphql', wsUrl: 'ws://api.test/graphql' };
  // Plain strings: codegen collects tagged documents, and these are no part of the app.
  const query = '{ viewer { role } }';
  const subscription = 'subscription { runsChanged { id } }';

  it('sends the session token as Authorization on HTTP and as connectionParams on the socket', async () => {
    const fetch = vi.fn(async (_url: string, _init?: RequestInit) =>
      Response.json({ data: { viewer: { __typename: 'Viewer', role: 'READ' } } }),
    );
    vi.stubGlobal('fetch', fetch);
    vi.stubGlobal('WebSocket', FakeWebSocket);
    const client = createGraphQLClient(endpoint, {
      token: 'trt_secret',
      onUnauthenticated: vi.fn(),
      onSubscriptionFailed: vi.fn(),
    });

    await client.query(query, {}).toPromise();
    expect(new Headers(fetch.mock.calls[0]?.[1]?.headers).get('authorization')).toBe('Bearer trt_secret');

    const live = pipe(
      client.subscription(subscription, {}),
      subscribe(() => {}),
    );
    await vi.waitFor(() => expect(FakeWebSocket.opened.at(-1)?.sent).toHaveLength(1));
    expect(FakeWebSocket.opened.at(-1)?.sent[0]).toEqual({
      type: 'connection_init',
      payload: { authorization: 'Bearer trt_secret' },
    });
    live.unsubscribe();
  });

  it('reports a refused token with the server’s message', async () => {
    const message = 'API token is unknown, revoked or expired: create a new one with createApiToken';
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] })),
    );
    const onUnauthenticated = vi.fn();
    const client = createGraphQLClient(endpoint, { token: 'trt_revoked', onUnauthenticated, onSubscriptionFailed: vi.fn() });

    const result = await client.query(query, {}).toPromise();
    expect(result.error?.graphQLErrors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(onUnauthenticated).toHaveBeenCalledWith(message);
  });
});
