// Trusted documents over real HTTP, SSE and WebSocket: the dashboard's operations, sent by the
// hash graphql-codegen gave them (web/src/graphql/generated/persisted-documents.json), run for any
// token; with TRUSTED_DOCUMENTS_ONLY=true any other document needs an ADMIN token. (Without it,
// the e2e specs run the whole dashboard by hash against default servers.)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../src/modules/auth/auth.service.ts';
import { createRun } from '../src/modules/runs/runs.service.ts';
import { makeDataset } from './factories.ts';
import { type GraphQLResponse, subscribe, type TestServer } from './harness.ts';
import { startServerWithAuth, TEST_ADMIN_TOKEN } from './testkit/flow.ts';

const manifest: Record<string, string> = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../web/src/graphql/generated/persisted-documents.json'), 'utf8'),
);
/** The hash of the dashboard's operation with this name. */
const hashOf = (operation: string): string => {
  const entry = Object.entries(manifest).find(([, document]) => new RegExp(`^\\w+ ${operation}\\b`).test(document));
  if (!entry) throw new Error(`the dashboard has no operation ${operation}`);
  return entry[0];
};
const byHash = (operation: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(operation) } } });

async function post(server: TestServer, body: Record<string, unknown>, token?: string, accept = 'application/json') {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}
const json = (answer: { text: string }) => JSON.parse(answer.text) as GraphQLResponse<Record<string, unknown>>;

describe('TRUSTED_DOCUMENTS_ONLY=true', () => {
  let server: TestServer;
  let reader: string;

  beforeAll(async () => {
    server = await startServerWithAuth({ env: { TRUSTED_DOCUMENTS_ONLY: 'true' } });
    reader = (await createApiToken(server.deps, { name: 'dashboard reader', role: 'READ' })).secret;
  });
  afterAll(() => server?.close());

  it('runs a dashboard operation sent by its hash', async () => {
    const answer = await post(server, { operationName: 'Viewer', ...byHash('Viewer') }, reader);
    expect(answer.status).toBe(200);
    expect(json(answer)).toMatchObject({ data: { viewer: { role: 'READ', tokenName: 'dashboard reader' } } });
  });

  it('refuses any other document from a non-ADMIN token over HTTP and SSE, and says what to do', async () => {
    const answer = await post(server, { query: '{ viewer { role } }' }, reader);
    expect(answer.status).toBe(403);
    const [error] = json(answer).errors ?? [];
    expect(error?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
    expect(error?.message).toMatch(/trusted documents.*ADMIN token/);

    const stream = await post(server, { query: 'subscription { runsChanged { id } }' }, reader, 'text/event-stream');
    expect(stream.text).toContain('PERSISTED_QUERY_ONLY');
  });

  it('lets an ADMIN token run any document (GraphiQL, scripts)', async () => {
    const answer = await post(server, { query: '{ viewer { role } }' }, TEST_ADMIN_TOKEN);
    expect(json(answer)).toEqual({ data: { viewer: { role: 'ADMIN' } } });
  });

  it('answers a hash it does not know with the persisted-query protocol’s error', async () => {
    const answer = await post(server, { extensions: { persistedQuery: { version: 1, sha256Hash: 'sha256:0' } } }, reader);
    expect(json(answer).errors?.[0]).toMatchObject({
      message: 'PersistedQueryNotFound',
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
    });
    const empty = await post(server, {}, reader);
    expect(json(empty).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('applies the same rules to WebSocket subscriptions', async () => {
    const client = server.wsClient({ authorization: `Bearer ${reader}` });
    const refused = subscribe(client, 'subscription { runsChanged { id } }');
    await refused.next(1);
    expect(refused.error ?? refused.events[0]).toBeTruthy();
    expect(JSON.stringify(refused.error ?? refused.events)).toContain('PERSISTED_QUERY_ONLY');

    // A dashboard subscription by its hash (graphql-ws needs a `query` string: the dashboard sends '').
    const events: unknown[] = [];
    const live = new Promise<void>((resolve, reject) => {
      client.subscribe(
        { query: '', operationName: 'HomeRunsChanged', ...byHash('HomeRunsChanged') },
        {
          next: (event) => {
            events.push(event);
            resolve();
          },
          error: reject,
          complete: () => {},
        },
      );
    });
    // The subscription may not listen yet when the first run is queued: queue until one is seen.
    const datasetId = await makeDataset(server.deps, 2);
    await expect
      .poll(
        async () => {
          if (!events.length) await createRun(server.deps, { datasetId, executor: 'DRY_RUN' });
          return events.length;
        },
        { timeout: 10_000, interval: 250 },
      )
      .toBeGreaterThan(0);
    await live;
    expect(events[0]).toMatchObject({ data: { runsChanged: { __typename: 'Run', status: 'PENDING' } } });
  });
});
