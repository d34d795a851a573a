// `tunix-rt runs watch` against a real server, through a TCP proxy that the test cuts mid-run: the
// command resumes after the dropped connection and prints every log line once, in order, then exits
// with the run's outcome.
import { type ChildProcess, spawn } from 'node:child_process';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicId } from '../src/errors.ts';
import { createRun } from '../src/modules/runs/runs.service.ts';
import { makeDataset } from './factories.ts';
import { dbKind, startTestServer, type TestServer } from './harness.ts';
import { createLinePrinter } from './line-printer.ts';

const bin = path.resolve(import.meta.dirname, '../bin/tunix-rt.js');

/** Forwards TCP to the server; cut() destroys every connection open through it. */
async function startProxy(targetPort: number) {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = createConnection(targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {});
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    cut: () => {
      for (const socket of sockets) socket.destroy();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function watch(runId: string, url: string) {
  const child: ChildProcess = spawn(process.execPath, [bin, 'runs', 'watch', runId, '--url', url], {
    env: { PATH: process.env.PATH ?? '' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (data: Buffer) => {
    stdout += data.toString();
  });
  child.stderr?.on('data', (data: Buffer) => {
    stderr += data.toString();
  });
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  return { stdout: () => stdout, stderr: () => stderr, exited };
}

const until = async (test: () => boolean, timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe.runIf(dbKind === 'pglite')('tunix-rt runs watch', () => {
  let server: TestServer;
  const printer = createLinePrinter();

  beforeAll(async () => {
    server = await startTestServer({ worker: { executors: { DRY_RUN: printer.executor } } });
  });
  afterAll(() => server?.close());

  it('follows a run through a dropped connection without a gap or a repeat, and exits 0 when it succeeds', async () => {
    const proxy = await startProxy(Number(new URL(server.url).port));
    try {
      const datasetId = await makeDataset(server.deps, 2);
      const lines = 80;
      const run = await createRun(server.deps, { datasetId, executor: 'DRY_RUN', config: { params: { lines, intervalMs: 10 } } });
      // The trainer waits after its first line until the connection has been cut, however slow the machine.
      let resume!: () => void;
      printer.gates.set(run.id, new Promise<void>((resolve) => (resume = resolve)));
      const watcher = watch(publicId('Run', run.id), proxy.url);
      await until(() => watcher.stdout().includes('line 1\n'));
      proxy.cut();
      await until(() => watcher.stderr().includes('connection lost'));
      resume();
      const code = await watcher.exited;
      expect(watcher.stderr()).toMatch(/\[SUCCEEDED\]/);
      expect(code).toBe(0);
      const printed = watcher
        .stdout()
        .split('\n')
        .filter((line) => line.startsWith('│ line '));
      expect(printed).toEqual(Array.from({ length: lines }, (_, i) => `│ line ${i + 1}`));
    } finally {
      await proxy.close();
    }
  });

  it('exits 1 when the run is cancelled, and 2 with a hint for a run that does not exist', async () => {
    const datasetId = await makeDataset(server.deps, 2);
    const run = await createRun(server.deps, {
      datasetId,
      executor: 'DRY_RUN',
      config: { params: { lines: 1000, intervalMs: 20 } },
    });
    const watcher = watch(run.id, server.url.replace('/graphql', ''));
    await until(() => watcher.stdout().includes('line 3\n'));
    await server.ok('mutation($id: ID!) { cancelRun(input: { id: $id }) { run { id } } }', { id: publicId('Run', run.id) });
    expect(await watcher.exited).toBe(1);
    expect(watcher.stderr()).toMatch(/Run CANCELLED/);

    const missing = watch(publicId('Run', '00000000-0000-7000-8000-000000000000'), server.url.replace('/graphql', ''));
    expect(await missing.exited).toBe(2);
    expect(missing.stderr()).toMatch(/^Error: .*not found/m);
  });
});
