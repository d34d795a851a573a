// Infrastructure faults caused for real: two `tunix-rt serve` processes share a private Redis and
// a private PostgreSQL, which this file kills, stops and restarts. The servers must stay up, say
// what is down on /healthz, and bring every subscriber up to date once Redis is back.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Client, createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { openDeps } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { type Database, openDatabase } from '../src/db/database.ts';
import { globalId, makeDataset } from './factories.ts';
import { dbKind, type GraphQLResponse, startTestServer, subscribe } from './harness.ts';
import { freePort, type OwnPostgres, type OwnRedis, startOwnPostgres, startOwnRedis } from './services.ts';
import { CancelRunDocument, CreateRunDocument, rawId } from './testkit/flow.ts';

const cli = path.resolve(import.meta.dirname, '../bin/tunix-rt.js');

interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  gql<T>(query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: GraphQLResponse<T> }>;
  health(): Promise<{ status: number; body: Record<string, unknown>; text: string }>;
  wsClient(): Client;
}

async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [cli, 'serve'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (data: Buffer) => (output += data.toString()));
  child.stderr?.on('data', (data: Buffer) => (output += data.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 45_000);
    const onData = () => {
      if (!output.includes('listening on')) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  const url = `http://127.0.0.1:${port}`;
  const clients: Client[] = [];
  return {
    url,
    child,
    output: () => output,
    async gql(query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as never };
    },
    async health() {
      const response = await fetch(`${url}/healthz`);
      const text = await response.text();
      return { status: response.status, body: JSON.parse(text), text };
    },
    wsClient() {
      const client = createClient({ url: `${url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
      clients.push(client);
      return client;
    },
  };
}

const CREATE_RUN = CreateRunDocument.toString();
const CANCEL_RUN = CancelRunDocument.toString();
const RUN_UPDATED = `subscription ($id: ID!) { runUpdated(id: $id) { id status } }`;
type RunUpdated = { runUpdated: { id: string; status: string } };

const alive = (server: ServerProcess) => server.child.exitCode === null && server.child.signalCode === null;

describe.skipIf(dbKind !== 'postgres')('Redis and PostgreSQL faults under two servers', () => {
  let postgres: OwnPostgres;
  let redis: OwnRedis;
  let db: Database;
  let dataDir: string;
  let datasetId: string;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startOwnPostgres(), startOwnRedis()]);
    // Migrated here, so the servers start side by side with nothing to apply.
    db = await openDatabase({ url: postgres.url, migrate: true });
    const { deps } = await openDeps(loadConfig({ LOG_LEVEL: 'silent' }), { db });
    datasetId = globalId('Dataset', await makeDataset(deps, 3));
    dataDir = await mkdtemp(path.join(tmpdir(), 'tunix-faults-'));
    const env = {
      DATABASE_URL: postgres.url,
      REDIS_URL: redis.url,
      WORKER_ENABLED: 'false',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info', // the readiness line ('listening on') is an info line
    };
    [a, b] = await Promise.all([startServer(env), startServer(env)]);
  });

  afterAll(async () => {
    for (const server of [a, b]) server?.child.kill('SIGKILL');
    await db?.close();
    await Promise.all([postgres?.destroy(), redis?.destroy()]);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const createRun = async (server: ServerProcess) => {
    const { status, body } = await server.gql<{ createRun: { run: { id: string; status: string } } }>(CREATE_RUN, {
      input: { datasetId, executor: 'DRY_RUN' },
    });
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    return body.data?.createRun.run.id as string;
  };

  const healthOf = async (server: ServerProcess) => (await server.health()).body;

  it('stays up while Redis is killed, reports it, and brings subscribers up to date when it is back', async () => {
    const acrossOutage = await createRun(a);
    const watcher = subscribe<RunUpdated>(b.wsClient(), RUN_UPDATED, { id: acrossOutage });
    await watcher.next(1);
    expect(watcher.events[0]?.data?.runUpdated.status).toBe('PENDING');

    await redis.kill();
    // Both servers write to the database as usual; only the events cannot travel.
    const [createdOnA, createdOnB] = [await createRun(a), await createRun(b)];
    expect(createdOnA && createdOnB).toBeTruthy();
    const cancelled = await a.gql<{ cancelRun: { run: { status: string } } }>(CANCEL_RUN, { id: acrossOutage });
    expect(cancelled.body.data?.cancelRun.run.status).toBe('CANCELLED');
    await expect.poll(() => healthOf(a), { timeout: 5000 }).toMatchObject({ status: 'down', redis: { status: 'down' } });
    const down = await b.health();
    expect(down.status).toBe(503);
    expect(down.body).toEqual({
      status: 'down',
      database: { status: 'ok', kind: 'postgres' },
      redis: { status: 'down' },
    });
    expect(down.text).not.toContain(String(redis.port));
    // A subscription opened while Redis is away starts from the database and goes live later.
    const openedDuringOutage = subscribe<RunUpdated>(b.wsClient(), RUN_UPDATED, { id: createdOnA });
    await openedDuringOutage.next(1);
    expect(watcher.completed).toBe(false);

    await redis.start();
    for (const server of [a, b]) {
      await expect.poll(async () => (await server.health()).status, { timeout: 10_000 }).toBe(200);
    }
    expect(await healthOf(a)).toEqual({
      status: 'ok',
      database: { status: 'ok', kind: 'postgres' },
      redis: { status: 'ok' },
    });
    // The cancel was published into the outage; the re-sync on reconnect delivers it.
    await watcher.next(2);
    expect(watcher.events.map((event) => event.data?.runUpdated.status)).toEqual(['PENDING', 'CANCELLED']);
    await expect.poll(() => watcher.completed, { timeout: 5000 }).toBe(true);

    // Live events flow again, to subscriptions opened before and after the restart.
    const openedAfter = subscribe<RunUpdated>(b.wsClient(), RUN_UPDATED, { id: createdOnB });
    await openedAfter.next(1);
    await a.gql(CANCEL_RUN, { id: createdOnA });
    await a.gql(CANCEL_RUN, { id: createdOnB });
    for (const watching of [openedDuringOutage, openedAfter]) {
      await watching.next(2);
      expect(watching.events.map((event) => event.data?.runUpdated.status)).toEqual(['PENDING', 'CANCELLED']);
    }

    for (const server of [a, b]) {
      expect(alive(server)).toBe(true);
      expect(server.output()).not.toMatch(/Unhandled error event|MaxRetriesPerRequestError|subscriber mode/);
      // One line when each connection is lost and one when it is back, not one per retry.
      expect(server.output().match(/Redis \(\w+ connection\) is unreachable/g)?.length ?? 0).toBeLessThanOrEqual(2);
    }
  });

  it('replays the log lines stored while Redis was away to a subscriber on another server, once each', async () => {
    const writer = await startTestServer({ env: { REDIS_URL: redis.url } });
    const reader = await startTestServer({ env: { REDIS_URL: redis.url }, shareDatabaseOf: writer });
    try {
      const dataset = globalId('Dataset', await makeDataset(writer.deps, 2));
      const { createRun } = await writer.ok<{ createRun: { run: { id: string } } }>(CREATE_RUN, {
        input: { datasetId: dataset, executor: 'DRY_RUN' },
      });
      const runId = rawId(createRun.run.id);
      // What the worker does: store the chunks, then say how far the log goes.
      const store = async (seqs: number[]) => {
        await writer.db.prisma.runLogChunk.createMany({
          data: seqs.map((seq) => ({ runId, seq, stream: 'STDOUT' as const, text: `line ${seq}\n` })),
        });
        writer.deps.pubsub.publish('runLogAppended', runId, { runId, lastSeq: seqs.at(-1) ?? 0 });
      };
      const logs = subscribe<{ runLogAppended: { seq: number }[] }>(
        reader.wsClient(),
        `subscription ($id: ID!) { runLogAppended(runId: $id) { seq } }`,
        { id: createRun.run.id },
      );
      const seqs = () => logs.events.flatMap((event) => event.data?.runLogAppended.map((chunk) => chunk.seq) ?? []);
      await store([1, 2]);
      await expect.poll(seqs, { timeout: 5000 }).toEqual([1, 2]);

      await redis.kill();
      await store([3, 4, 5]);
      await redis.start();
      await expect.poll(seqs, { timeout: 10_000 }).toEqual([1, 2, 3, 4, 5]);
      await store([6]);
      await writer.ok(CANCEL_RUN, { id: createRun.run.id });
      await expect.poll(() => logs.completed, { timeout: 10_000 }).toBe(true);
      expect(seqs()).toEqual([1, 2, 3, 4, 5, 6]);
    } finally {
      await reader.close();
      await writer.close();
    }
  });

  it('leaves no Redis subscription behind a client that unsubscribes while nothing happens', async () => {
    const server = await startTestServer({ env: { REDIS_URL: redis.url } });
    try {
      const dataset = globalId('Dataset', await makeDataset(server.deps, 2));
      const { createRun } = await server.ok<{ createRun: { run: { id: string } } }>(CREATE_RUN, {
        input: { datasetId: dataset, executor: 'DRY_RUN' },
      });
      const runId = rawId(createRun.run.id);
      const subscribers = () =>
        execFileSync(
          'redis-cli',
          ['-p', String(redis.port), 'pubsub', 'numsub', `runUpdated:${runId}`, `runLogAppended:${runId}`],
          {
            encoding: 'utf8',
          },
        )
          .trim()
          .split('\n')
          .filter((_, line) => line % 2 === 1);
      const client = server.wsClient();
      const status = subscribe(client, RUN_UPDATED, { id: createRun.run.id });
      const logs = subscribe(client, `subscription ($id: ID!) { runLogAppended(runId: $id) { seq } }`, { id: createRun.run.id });
      await status.next(1);
      await expect.poll(subscribers, { timeout: 5000 }).toEqual(['1', '1']);
      status.unsubscribe();
      logs.unsubscribe();
      await expect.poll(subscribers, { timeout: 5000 }).toEqual(['0', '0']);
    } finally {
      await server.close();
    }
  });

  it('answers UNAVAILABLE while PostgreSQL is stopped and recovers without a restart', async () => {
    await postgres.stop();
    const { status, body } = await a.gql(`{ runs(first: 1) { totalCount } }`);
    expect(status).toBe(200);
    expect(body.errors?.[0]).toMatchObject({
      message: 'The database is unreachable; try again shortly',
      extensions: { code: 'UNAVAILABLE' },
    });
    const down = await a.health();
    expect(down.status).toBe(503);
    expect(down.body).toEqual({ status: 'down', database: { status: 'down', kind: 'postgres' }, redis: { status: 'ok' } });
    expect(down.text).not.toMatch(new RegExp(`postgres(ql)?://|127\\.0\\.0\\.1|${postgres.port}`));
    const mutation = await b.gql(CREATE_RUN, { input: { datasetId, executor: 'DRY_RUN' } });
    expect(mutation.body.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');

    await postgres.start();
    for (const server of [a, b]) {
      await expect
        .poll(async () => (await server.gql<{ runs: { totalCount: number } }>(`{ runs(first: 1) { totalCount } }`)).body.data, {
          timeout: 10_000,
        })
        .toMatchObject({ runs: { totalCount: 3 } });
      expect((await server.health()).status).toBe(200);
      expect(alive(server)).toBe(true);
    }
  });
});
