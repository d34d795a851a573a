import type { Client as WsClient } from 'graphql-ws';
import { makeOperation, type Operation } from 'urql';
import { describe, expect, it } from 'vitest';
import { createSubscriptionForwarder } from './client';

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
