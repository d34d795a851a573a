// Faults caused for real: a PostgreSQL server of the test's own stopped mid-run, 1,000 log
// subscribers on one run, a worker stopped while its database is away, two processes on one
// embedded DATA_DIR. The PostgreSQL cases run in the `postgres` project only (once, on their own
// server from services.ts; TEST_DATABASE_URL's server is never touched), the DATA_DIR case in the
// `pglite` project only. A worker killed with kill -9 is covered by multi-process.test.ts.
//
// The worker is the real one (startConfiguredWorker, with its own pool), driven by a trainer of the
// test's own that prints numbered lines through the executor interface (RunOutput.log, backlog,
// waitForRoom), so that what was printed is known exactly.

import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Client, createClient } from 'graphql-ws';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startConfiguredWorker } from '../src/app.ts';
import type { Deps } from '../src/deps.ts';
import { type HttpServer, startHttpServer } from '../src/http/server.ts';
import { createRun } from '../src/modules/runs/runs.service.ts';
import type { Worker } from '../src/worker/worker.ts';
import { globalId, makeDataset } from './factories.ts';
import { dbKind } from './harness.ts';
import { createLinePrinter, numberedLines } from './line-printer.ts';
import type { OwnPostgres } from './services.ts';
import { type OwnPostgresApp, openOwnPostgresApp } from './testkit/own-postgres-app.ts';

const cli = path.resolve(import.meta.dirname, '../bin/tunix-rt.js');
const MARKER = /^\[tunix-rt\] storage unavailable for \d+ s: \d+ lines kept, stored after \d+ attempts\n$/;

const { executor: numberedLinesTrainer, printed, gates } = createLinePrinter();

async function storedLog(deps: Deps, runId: string) {
  const chunks = await deps.prisma.runLogChunk.findMany({ where: { runId }, orderBy: { seq: 'asc' } });
  return {
    seqs: chunks.map((c) => c.seq),
    lines: chunks.filter((c) => c.stream === 'STDOUT').map((c) => c.text),
    markers: chunks.filter((c) => c.stream === 'STDERR' && MARKER.test(c.text)).map((c) => c.text),
  };
}

const finished = (deps: Deps, ids: string[], timeout: number) =>
  expect
    .poll(
      async () =>
        deps.prisma.run
          .count({ where: { id: { in: ids }, status: { in: ['SUCCEEDED', 'FAILED', 'CANCELLED', 'TIMED_OUT'] } } })
          .catch(() => -1),
      { timeout, interval: 250 },
    )
    .toBe(ids.length);

describe.skipIf(dbKind !== 'postgres')('PostgreSQL faults (a server of the test’s own)', () => {
  let app: OwnPostgresApp;
  let pg: OwnPostgres;
  let dataDir: string;
  let deps: Deps;
  /** The test's own connections, so that its checks never queue behind the load it makes. */
  let check: Deps;
  let datasetId: string;
  const workers: Worker[] = [];
  const workerLog: string[] = [];

  const startTestWorker = (leaseSeconds: number, storageGraceSeconds = 300) =>
    startConfiguredWorker(deps, {
      overrides: {
        leaseSeconds,
        storageGraceSeconds,
        executors: { DRY_RUN: numberedLinesTrainer },
        logger: pino({ level: 'info' }, { write: (line: string) => workerLog.push(JSON.parse(line).msg) }),
      },
    }).then((worker) => {
      workers.push(worker);
      return worker;
    });

  beforeAll(async () => {
    app = await openOwnPostgresApp();
    ({ pg, dataDir, deps, check } = app);
    datasetId = await makeDataset(deps, 5);
  });

  afterEach(async () => {
    for (const worker of workers.splice(0)) await worker.stop();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('PostgreSQL stopped for 20 s mid-run: every line stored once, in order; both runs SUCCEEDED', async () => {
    // Leases of 3 s expire many times over during the outage.
    await startTestWorker(3);
    const runs = await Promise.all(
      [1, 2].map(() => createRun(deps, { datasetId, executor: 'DRY_RUN', config: { params: { lines: 500, intervalMs: 50 } } })),
    );
    const ids = runs.map((run) => run.id);
    await expect
      .poll(async () => Math.min(...(await Promise.all(ids.map(async (id) => (await storedLog(check, id)).seqs.length)))), {
        timeout: 20_000,
        interval: 100,
      })
      .toBeGreaterThanOrEqual(20);
    await pg.stop();
    await sleep(20_000);
    const printedDuringOutage = ids.map((id) => printed.get(id) ?? 0);
    await pg.start();
    // A worker that comes up with the database must not take the live worker's runs for lost.
    await startTestWorker(3);
    await finished(check, ids, 30_000);

    for (const [index, id] of ids.entries()) {
      const run = await check.prisma.run.findUniqueOrThrow({
        where: { id },
        include: { statusChanges: { orderBy: { id: 'asc' } } },
      });
      expect(run.error).toBeNull();
      expect(run.status).toBe('SUCCEEDED');
      expect(run.statusChanges.map((change) => change.toStatus)).toEqual(['PENDING', 'RUNNING', 'SUCCEEDED']);
      const log = await storedLog(check, id);
      expect(printedDuringOutage[index]).toBeLessThan(500); // the outage really was mid-run
      expect(log.lines).toEqual(numberedLines(500));
      expect(log.seqs).toEqual(log.seqs.map((_, i) => i + 1));
      expect(run.lastLogSeq).toBe(log.seqs.length);
      expect(log.markers).toHaveLength(1);
    }
    expect(workerLog.some((line) => MARKER.test(`${line.replace(/^run \S+: /, '')}\n`))).toBe(true);
  }, 80_000);

  it('a worker stopped while PostgreSQL is away leaves its lines in the spool; the next worker stores them', async () => {
    const worker = await startTestWorker(2);
    const run = await createRun(deps, { datasetId, executor: 'DRY_RUN', config: { params: { lines: 10_000, intervalMs: 5 } } });
    await expect
      .poll(async () => (await storedLog(check, run.id)).seqs.length, { timeout: 20_000, interval: 100 })
      .toBeGreaterThan(20);
    await pg.kill();
    await expect.poll(async () => readdir(path.join(dataDir, 'spool')).catch(() => []), { timeout: 5_000 }).toHaveLength(1);
    await worker.stop(); // gives up on the database: what is not stored stays in the spool
    const total = printed.get(run.id) ?? 0;
    await pg.start();
    await startTestWorker(2); // another worker on this DATA_DIR, as after a restart
    await finished(check, [run.id], 20_000);
    const log = await storedLog(check, run.id);
    expect(log.lines.filter((text) => text.startsWith('line '))).toEqual(numberedLines(total));
    expect(log.seqs).toEqual(log.seqs.map((_, i) => i + 1));
    const after = await check.prisma.run.findUniqueOrThrow({ where: { id: run.id } });
    expect(after.status).toBe('FAILED');
    expect(after.error).toContain('worker lost');
    expect(after.stopReason).toBe('WORKER_LOST');
    expect(existsSync(path.join(dataDir, 'spool', `${run.id}.1.ndjson`))).toBe(false);
  }, 60_000);

  it('an outage longer than the grace period stops the trainer; what it printed is stored, the run FAILED with why', async () => {
    await startTestWorker(2, 2);
    const run = await createRun(deps, { datasetId, executor: 'DRY_RUN', config: { params: { lines: 10_000, intervalMs: 5 } } });
    await expect
      .poll(async () => (await storedLog(check, run.id)).seqs.length, { timeout: 20_000, interval: 100 })
      .toBeGreaterThan(20);
    await pg.stop();
    await sleep(5_000);
    const printedBeforeReturn = printed.get(run.id) ?? 0;
    await pg.start();
    await finished(check, [run.id], 20_000);
    const after = await check.prisma.run.findUniqueOrThrow({ where: { id: run.id } });
    expect(after.status).toBe('FAILED');
    expect(after.error).toContain('more than 2 s (STORAGE_GRACE_SECONDS)');
    expect(after.stopReason).toBe('STORAGE_UNAVAILABLE');
    expect(printed.get(run.id)).toBe(printedBeforeReturn); // stopped during the outage
    const log = await storedLog(check, run.id);
    expect(log.lines.filter((text) => text.startsWith('line '))).toEqual(numberedLines(printedBeforeReturn));
    expect(log.seqs).toEqual(log.seqs.map((_, i) => i + 1));
    expect(log.markers).toHaveLength(1);
  }, 40_000);

  it('1,000 runLogAppended subscribers during a 20,000-line run: every line stored, the run SUCCEEDED', async () => {
    const http: HttpServer = await startHttpServer(deps, { healthCheck: async () => ({ database: 'postgres' }) });
    const clients: Client[] = [];
    try {
      const run = await createRun(deps, { datasetId, executor: 'DRY_RUN', config: { params: { lines: 20_000 } } });
      let open!: () => void;
      gates.set(run.id, new Promise<void>((resolve) => (open = resolve)));
      await startTestWorker(5);
      const url = `${http.url.replace(/^http/, 'ws')}/graphql`;
      const received = new Array<number>(1_000).fill(0);
      // graphql-ws carries many subscriptions over one socket: 5 sockets × 200.
      for (let c = 0; c < 5; c += 1) clients.push(createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0 }));
      for (let s = 0; s < 1_000; s += 1) {
        clients[s % 5]?.subscribe(
          {
            query: 'subscription($runId: ID!) { runLogAppended(runId: $runId) { seq } }',
            variables: { runId: globalId('Run', run.id) },
          },
          {
            next: (value) => {
              received[s] = Math.max(
                received[s] ?? 0,
                ...((value.data?.runLogAppended as { seq: number }[]) ?? []).map((c) => c.seq),
              );
            },
            error: () => {},
            complete: () => {},
          },
        );
      }
      // Every subscriber is following the run before its trainer goes on.
      await expect.poll(() => received.filter((seq) => seq >= 1).length, { timeout: 30_000, interval: 200 }).toBe(1_000);
      open();
      await finished(check, [run.id], 60_000);
      const after = await check.prisma.run.findUniqueOrThrow({ where: { id: run.id } });
      expect(after.error).toBeNull();
      expect(after.status).toBe('SUCCEEDED');
      const log = await storedLog(check, run.id);
      expect(log.lines).toEqual(numberedLines(20_000));
      expect(log.seqs).toEqual(log.seqs.map((_, i) => i + 1));
      // On its own pool the worker's writes never even had to be retried.
      expect(log.markers).toEqual([]);
    } finally {
      await Promise.all(clients.map((client) => client.dispose()));
      await http.close();
    }
  }, 90_000);
});

/** Starts `tunix-rt serve`; resolves with the process once it listens, or with its exit code and output. */
function serve(env: Record<string, string>): Promise<{ child: ChildProcess; code?: number; output: string }> {
  const child = spawn(process.execPath, [cli, 'serve'], {
    env: { ...process.env, PORT: '0', WORKER_ENABLED: 'false', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve) => {
    let output = '';
    const collect = (data: Buffer) => {
      output += data.toString();
      if (output.includes('listening on')) resolve({ child, output });
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', (code) => resolve({ child, code: code ?? -1, output }));
  });
}

describe.skipIf(dbKind !== 'pglite')('one owner per embedded DATA_DIR', () => {
  let dataDir: string;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'tunix-owner-'));
  });
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses a second process, naming the owner’s PID; a kill -9’d owner does not block the next start', async () => {
    const first = await serve({ DATA_DIR: dataDir });
    children.push(first.child);
    expect(first.code).toBeUndefined();

    const second = await serve({ DATA_DIR: dataDir });
    expect(second.code).toBe(2);
    const message = second.output.trim();
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toContain(`in use by another tunix-rt process (PID ${first.child.pid})`);

    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    const third = await serve({ DATA_DIR: dataDir });
    children.push(third.child);
    expect(third.output).toContain('listening on');
    expect(third.code).toBeUndefined();
  }, 60_000);
});
