// Starts a real server (HTTP + WebSocket) on a fresh, migrated database for a test file:
// in-memory PGlite by default, a new database on TEST_DATABASE_URL's server when the suite runs
// in its `postgres` project.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { type Database, openDatabase } from '../src/db/database.ts';
import type { Deps } from '../src/deps.ts';
import type { Worker, WorkerOptions } from '../src/worker/worker.ts';
import { createScratchDatabase, type ScratchDatabase } from './testkit/scratch-database.ts';
import { watchSubscription } from './testkit/subscription.ts';

export const dbKind = process.env.TEST_DB_KIND === 'postgres' ? 'postgres' : 'pglite';

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** Creates an empty database on the test PostgreSQL server; returns its URL and a dropper. */
export async function createPostgresDatabase(): Promise<ScratchDatabase> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set');
  return createScratchDatabase(base, 'tunix_test');
}

/** A fresh migrated database of the kind this test project runs on. */
export async function openTestDatabase(onQuery?: (sql: string) => void): Promise<Database & { drop(): Promise<void> }> {
  if (dbKind === 'postgres') {
    const created = await createPostgresDatabase();
    const db = await openDatabase({ url: created.url, migrate: true, onQuery });
    return Object.assign(db, {
      async drop() {
        await db.close();
        await created.drop();
      },
    });
  }
  const db = await openDatabase({ migrate: true, onQuery });
  return Object.assign(db, { drop: () => db.close() });
}

export interface TestServer {
  url: string;
  wsUrl: string;
  deps: Deps;
  db: Database;
  worker: Worker | undefined;
  /** Every SQL statement sent since the last `sql.length = 0`. */
  sql: string[];
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any error and returns data. */
  ok<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<T>;
  wsClient(connectionParams?: Record<string, unknown>): Client;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Environment variables, as the server would read them. */
  env?: Record<string, string>;
  /** Run a worker in this process (fast lease timing). */
  worker?: Partial<WorkerOptions>;
  /** Share another test server's database (e.g. two servers behind one Redis). */
  shareDatabaseOf?: TestServer;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const sql: string[] = [];
  const shared = options.shareDatabaseOf;
  const db = shared ? shared.db : await openTestDatabase((statement) => sql.push(statement));
  const dataDir = await mkdtemp(path.join(tmpdir(), 'tunix-test-'));
  // The app's own start-up on the test's database, with a worker (fast leases) only when asked for.
  const config = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    WORKER_ENABLED: options.worker ? 'true' : 'false',
    WORKER_CONCURRENCY: '2',
    RUN_LEASE_SECONDS: '5',
    RUN_TIMEOUT_SECONDS: '60',
    DATA_DIR: dataDir,
    ...options.env,
  });
  const app = await startApp(config, { db, worker: options.worker });
  const { deps, http, worker } = app;
  const url = `${http.url}/graphql`;
  const clients: Client[] = [];
  const gql: TestServer['gql'] = async (query, variables, headers) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return response.json() as Promise<GraphQLResponse<never>>;
  };
  return {
    url,
    wsUrl: url.replace(/^http/, 'ws'),
    deps,
    db,
    worker,
    sql,
    gql,
    async ok(query, variables, headers) {
      const result = await gql(query, variables, headers);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as never;
    },
    wsClient(connectionParams) {
      const client = createClient({
        url: url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams,
        retryAttempts: 0,
        lazy: true,
      });
      clients.push(client);
      return client;
    },
    async close() {
      await Promise.all(clients.map((client) => client.dispose()));
      await app.close();
      if (!shared) await (db as Database & { drop(): Promise<void> }).drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Collects the events of one subscription; `next(n)` waits until n events have arrived. */
export function subscribe<T>(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const events: GraphQLResponse<T>[] = [];
  const watched = watchSubscription<T>(client, query, variables, (value) => {
    events.push(value as GraphQLResponse<T>);
  });
  return {
    events,
    get completed() {
      return watched.completed;
    },
    get error() {
      return watched.error;
    },
    /** Resolves once `count` events arrived (or the subscription ended); rejects after `timeoutMs`. */
    async next(count: number, timeoutMs = 10_000): Promise<GraphQLResponse<T>[]> {
      const message = () => `timed out waiting for ${count} events; got ${events.length}`;
      await watched.until(() => events.length >= count, timeoutMs, message);
      return events;
    },
    unsubscribe: watched.unsubscribe,
  };
}

/** Reads until `read` gives a truthy value (every 100 ms), failing with `what` after the timeout. */
export async function waitFor<T>(read: () => Promise<T | null | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
