import { setTimeout as sleep } from 'node:timers/promises';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startConfiguredWorker } from '../server/src/app.ts';
import { startHttpServer } from '../server/src/http/server.ts';
import { createRun } from '../server/src/modules/runs/runs.service.ts';
import type { Worker } from '../server/src/worker/worker.ts';
import { globalId, makeDataset } from '../server/test/factories.ts';
import { createLinePrinter } from '../server/test/line-printer.ts';
import { openOwnPostgresApp } from '../server/test/testkit/own-postgres-app.ts';
import { benchOptions, printPairs, printTable, type Row } from './common.ts';

const {
  'outage-seconds': outageSeconds,
  'outage-runs': outageRuns,
  'outage-lines': outageLines,
  'interval-ms': intervalMs,
  subscribers,
  sockets,
  'subscriber-lines': subscriberLines,
  'lease-seconds': leaseSeconds,
} = benchOptions('Usage: node --import tsx bench/faults.ts [options]', {
  'outage-seconds': { kind: 'int', default: 20, min: 0, help: 'PostgreSQL is stopped for N s while runs print (0 skips)' },
  'outage-runs': { kind: 'int', default: 2, help: 'runs printing during the outage' },
  'outage-lines': { kind: 'int', default: 500, help: 'lines each of them prints, --interval-ms apart' },
  'interval-ms': { kind: 'int', default: 50, min: 0, help: 'pause between two lines in the outage runs' },
  subscribers: { kind: 'int', default: 1000, min: 0, help: 'runLogAppended subscribers on one run (0 skips)' },
  sockets: { kind: 'int', default: 5, help: 'WebSockets carrying them' },
  'subscriber-lines': { kind: 'int', default: 20000, help: 'lines that run prints as fast as it can' },
  'lease-seconds': { kind: 'int', default: 3, min: 2, help: 'RUN_LEASE_SECONDS of the workers' },
});

const { executor: numberedLines, printed: written, gates } = createLinePrinter();

const app = await openOwnPostgresApp({ RUN_LEASE_SECONDS: String(leaseSeconds) });
const { pg, config, deps, check } = app;
const http = await startHttpServer(deps, { healthCheck: async () => ({ database: 'postgres' }) });
const workers: Worker[] = [];
const startBenchWorker = async () => {
  const worker = await startConfiguredWorker(deps, { overrides: { executors: { DRY_RUN: numberedLines } } });
  workers.push(worker);
};
const datasetId = await makeDataset(deps, 5);

printPairs('settings', {
  'PostgreSQL outage': outageSeconds
    ? `${outageSeconds} s, ${outageRuns} runs × ${outageLines} lines, ${intervalMs} ms apart`
    : 'skipped',
  'log subscribers': subscribers ? `${subscribers} on ${sockets} sockets, one run of ${subscriberLines} lines` : 'skipped',
  'pools (API / worker)': `${config.databasePoolSize} / ${config.workerDatabasePoolSize} connections`,
  'lease, storage grace': `${leaseSeconds} s, ${config.storageGraceSeconds} s`,
  node: process.version,
});

const waitFinished = async (ids: string[], timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const done = await check.prisma.run
      .count({ where: { id: { in: ids }, status: { notIn: ['PENDING', 'RUNNING', 'CANCELLING'] } } })
      .catch(() => -1);
    if (done === ids.length) return;
    await sleep(250);
  }
};

/** Lines written and stored over some runs; `in order` means line 1 … line N, each once, seq gapless. */
async function tally(scenario: string, ids: string[], seconds: number): Promise<Row> {
  let stored = 0;
  let inOrder = true;
  let markers = 0;
  for (const id of ids) {
    const chunks = await check.prisma.runLogChunk.findMany({ where: { runId: id }, orderBy: { seq: 'asc' } });
    const lines = chunks.filter((c) => c.stream === 'STDOUT' && c.text.startsWith('line '));
    stored += lines.length;
    markers += chunks.filter((c) => c.stream === 'STDERR' && c.text.startsWith('[tunix-rt] storage unavailable')).length;
    inOrder &&=
      lines.every((c, i) => c.text === `line ${i + 1}\n`) &&
      lines.length === (written.get(id) ?? 0) &&
      chunks.every((c, i) => c.seq === i + 1);
  }
  const runs = await check.prisma.run.findMany({ where: { id: { in: ids } }, select: { status: true, error: true } });
  const failed = runs.filter((run) => run.status !== 'SUCCEEDED');
  return {
    scenario,
    'lines written by the trainer': [...ids].reduce((sum, id) => sum + (written.get(id) ?? 0), 0),
    'lines stored': stored,
    'each once, in order': inOrder ? 'yes' : 'NO',
    'retry markers': markers,
    'runs failed': `${failed.length} of ${ids.length}${failed[0] ? ` (${failed[0].status}: ${failed[0].error?.slice(0, 60)})` : ''}`,
    seconds: Number(seconds.toFixed(1)),
  };
}

const rows: Row[] = [];
try {
  if (outageSeconds) {
    await startBenchWorker();
    const started = Date.now();
    const ids: string[] = [];
    for (let i = 0; i < outageRuns; i += 1) {
      const run = await createRun(deps, {
        datasetId,
        executor: 'DRY_RUN',
        config: { params: { lines: outageLines, intervalMs } },
      });
      ids.push(run.id);
    }
    while ((await check.prisma.runLogChunk.count({ where: { runId: { in: ids } } })) < 10 * outageRuns) await sleep(100);
    await pg.stop();
    await sleep(outageSeconds * 1000);
    await pg.start();
    await startBenchWorker(); // a worker that starts as the database returns must not take the runs for lost
    await waitFinished(ids, 120_000 + outageRuns * outageLines * intervalMs);
    rows.push(await tally(`PostgreSQL stopped ${outageSeconds} s mid-run`, ids, (Date.now() - started) / 1000));
    for (const worker of workers.splice(0)) await worker.stop();
  }
  if (subscribers) {
    const run = await createRun(deps, { datasetId, executor: 'DRY_RUN', config: { params: { lines: subscriberLines } } });
    let open = () => {};
    gates.set(run.id, new Promise<void>((resolve) => (open = resolve)));
    await startBenchWorker();
    const url = `${http.url.replace(/^http/, 'ws')}/graphql`;
    const clients: Client[] = Array.from({ length: sockets }, () =>
      createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0 }),
    );
    const following = new Set<number>();
    for (let s = 0; s < subscribers; s += 1) {
      clients[s % sockets]?.subscribe(
        {
          query: 'subscription($runId: ID!) { runLogAppended(runId: $runId) { seq } }',
          variables: { runId: globalId('Run', run.id) },
        },
        { next: () => following.add(s), error: () => {}, complete: () => {} },
      );
    }
    const deadline = Date.now() + 60_000;
    while (following.size < subscribers && Date.now() < deadline) await sleep(100);
    const started = Date.now();
    open();
    await waitFinished([run.id], 180_000);
    rows.push(
      await tally(`${subscribers.toLocaleString('en-US')} runLogAppended subscribers`, [run.id], (Date.now() - started) / 1000),
    );
    await Promise.all(clients.map((client) => client.dispose()));
  }
  printTable('results', rows);
} finally {
  for (const worker of workers) await worker.stop();
  await http.close();
  await app.close();
}
const ok = rows.every((row) => row['each once, in order'] === 'yes' && String(row['runs failed']).startsWith('0 '));
process.exit(ok ? 0 : 1);
