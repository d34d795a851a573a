// Run throughput of the queue: with the in-process worker (WORKER_CONCURRENCY=4), creates N
// DRY_RUN runs on a small dataset and waits, through the runsChanged subscription (no polling),
// until every one SUCCEEDED. Prints runs/s and the queue latency createdAt → startedAt.
//
// Then creates --idle-runs runs one at a time on the idle queue (each after the previous one
// succeeded): their queue latency is the pickup delay of an idle worker, without a backlog.
//
//   node --import tsx bench/runs.ts [--runs=200] [--worker-concurrency=4] [--create-concurrency=4] [--dataset-size=20]
//                                   [--idle-runs=20] [--wait-seconds=60]
import {
  benchOptions,
  expectData,
  ms,
  now,
  pool,
  printPairs,
  printTable,
  type Row,
  runBench,
  seedDataset,
  subscribe,
  summarize,
  watchEventLoop,
} from './common.ts';

const {
  runs,
  'worker-concurrency': workerConcurrency,
  'create-concurrency': createConcurrency,
  'dataset-size': datasetSize,
  'wait-seconds': waitSeconds,
  'idle-runs': idleRuns,
} = benchOptions('Usage: node --import tsx bench/runs.ts [options]', {
  runs: { kind: 'int', default: 200, help: 'DRY_RUN runs queued' },
  'worker-concurrency': { kind: 'int', default: 4, max: 64, help: 'WORKER_CONCURRENCY' },
  'create-concurrency': { kind: 'int', default: 4, max: 64, help: 'concurrent createRun clients' },
  'dataset-size': { kind: 'int', default: 20, max: 10_000, help: 'traces in the dataset' },
  'wait-seconds': { kind: 'int', default: 60, help: 'how long to wait for every run' },
  'idle-runs': { kind: 'int', default: 20, min: 0, help: 'runs created one at a time on an idle queue' },
});

const CREATE_RUN = `mutation($input: CreateRunInput!) { createRun(input: $input) { run { id } } }`;
const RUNS_CHANGED = `subscription { runsChanged { id status createdAt startedAt finishedAt } }`;

const latencyRow = (measure: string, values: number[]): Row => {
  const stats = summarize(values);
  return { measure, p50: ms(stats.p50), p95: ms(stats.p95), max: ms(stats.max) };
};

interface RunEvent {
  id: string;
  status: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

await runBench(
  `runs: ${runs} DRY_RUN runs through the queue, observed with runsChanged`,
  { env: { WORKER_ENABLED: 'true', WORKER_CONCURRENCY: String(workerConcurrency) } },
  async (server) => {
    printPairs('settings', {
      runs,
      'worker concurrency': workerConcurrency,
      'createRun requests in flight': createConcurrency,
      'dataset size': datasetSize,
      'idle-queue runs': idleRuns,
    });
    const datasetId = await seedDataset(server, datasetSize, 'runs');
    const input = (name: string) => ({ input: { datasetId, executor: 'DRY_RUN', name } });

    const eventsOf = new Map<string, { at: number; run: RunEvent }[]>();
    const succeeded = new Map<string, { at: number; run: RunEvent }>();
    const failed: RunEvent[] = [];
    const feed = subscribe<{ runsChanged: RunEvent }>(server.wsClient(), RUNS_CHANGED, {}, ({ runsChanged: run }, at) => {
      const list = eventsOf.get(run.id) ?? [];
      list.push({ at, run });
      eventsOf.set(run.id, list);
      if (run.status === 'SUCCEEDED' && !succeeded.has(run.id)) succeeded.set(run.id, { at, run });
      if (['FAILED', 'CANCELLED', 'TIMED_OUT'].includes(run.status)) failed.push(run);
    });

    // Warm-up run (not measured): proves the subscription is live and warms the worker path.
    const warm = expectData((await server.request<{ createRun: { run: { id: string } } }>(CREATE_RUN, input('warm-up'))).result);
    const warmId = warm.createRun.run.id;
    await feed.until(() => succeeded.has(warmId) || failed.length > 0, 30_000, 'the warm-up run to succeed');
    if (failed.length) throw new Error(`a run failed: ${JSON.stringify(failed[0])}`);

    const ids: string[] = [];
    const createLatency: number[] = [];
    const loop = watchEventLoop();
    const t0 = now();
    const wall0 = Date.now();
    await pool(runs, createConcurrency, async (i) => {
      const response = await server.request<{ createRun: { run: { id: string } } }>(CREATE_RUN, input(`bench ${i}`));
      ids.push(expectData(response.result).createRun.run.id);
      createLatency.push(response.ms);
    });
    const createdSeconds = (now() - t0) / 1000;
    const mine = new Set(ids);
    const allDone = () => ids.every((id) => succeeded.has(id));
    let waitError: unknown;
    await feed
      .until(() => allDone() || failed.length > 0, waitSeconds * 1000, `${runs} runs to succeed`)
      .catch((error: unknown) => (waitError = error));
    const totalSeconds = (now() - t0) / 1000;
    const loopDelay = loop.stop();

    // What the API says, whatever the feed delivered: events the subscription missed show up here.
    const done = ids.filter((id) => succeeded.has(id));
    const stored = await server.ok<{ runs: { totalCount: number } }>(
      `query($filter: RunFilter) { runs(first: 1, filter: $filter) { totalCount } }`,
      { filter: { datasetId, status: ['SUCCEEDED'] } },
    );
    const storedSucceeded = stored.runs.totalCount - 1; // minus the warm-up run

    const finished = done.map((id) => succeeded.get(id) as { at: number; run: RunEvent });
    const time = (value: string | null) => (value ? Date.parse(value) : Number.NaN);
    const queue = summarize(finished.map(({ run }) => time(run.startedAt) - time(run.createdAt)));
    const execution = summarize(finished.map(({ run }) => time(run.finishedAt) - time(run.startedAt)));
    const eventLag = summarize(finished.map(({ at, run }) => at - time(run.finishedAt)));
    const endToEnd = summarize(finished.map(({ at, run }) => at - time(run.createdAt)));
    const create = summarize(createLatency);
    const starts = finished.map(({ run }) => time(run.startedAt)).sort((a, b) => a - b);
    const startSpan = ((starts.at(-1) ?? Number.NaN) - (starts[0] ?? Number.NaN)) / 1000;
    const lastEvent = Math.max(...finished.map(({ at }) => at));

    // The idle queue: one run at a time, so the queue latency is only the worker's pickup delay.
    const idleQueue: number[] = [];
    const idleEndToEnd: number[] = [];
    const idleIds = new Set<string>();
    if (!waitError) {
      for (let i = 0; i < idleRuns; i += 1) {
        const created = await server.request<{ createRun: { run: { id: string } } }>(CREATE_RUN, input(`idle ${i}`));
        const sent = Date.now() - created.ms;
        const id = expectData(created.result).createRun.run.id;
        idleIds.add(id);
        await feed.until(() => succeeded.has(id) || failed.length > 0, 30_000, `idle run ${i} to succeed`);
        const event = succeeded.get(id);
        if (!event) throw new Error(`a run failed: ${JSON.stringify(failed[0])}`);
        idleQueue.push(time(event.run.startedAt) - time(event.run.createdAt));
        idleEndToEnd.push(event.at - sent);
      }
    }

    printTable('throughput', [
      {
        phase: `createRun ×${runs}`,
        count: runs,
        seconds: createdSeconds.toFixed(2),
        'per second': (runs / createdSeconds).toFixed(1),
      },
      {
        phase: 'first create → last SUCCEEDED event',
        count: done.length,
        seconds: ((lastEvent - wall0) / 1000).toFixed(2),
        'per second': (done.length / ((lastEvent - wall0) / 1000)).toFixed(1),
      },
      {
        phase: 'first → last startedAt (runs started)',
        count: starts.length,
        seconds: startSpan.toFixed(2),
        'per second': ((starts.length - 1) / startSpan).toFixed(1),
      },
    ] satisfies Row[]);
    printTable('latency per run', [
      { measure: 'createRun request', p50: ms(create.p50), p95: ms(create.p95), max: ms(create.max) },
      { measure: 'queue: createdAt → startedAt', p50: ms(queue.p50), p95: ms(queue.p95), max: ms(queue.max) },
      { measure: 'execution: startedAt → finishedAt', p50: ms(execution.p50), p95: ms(execution.p95), max: ms(execution.max) },
      { measure: 'event: finishedAt → SUCCEEDED received', p50: ms(eventLag.p50), p95: ms(eventLag.p95), max: ms(eventLag.max) },
      { measure: 'createdAt → SUCCEEDED received', p50: ms(endToEnd.p50), p95: ms(endToEnd.p95), max: ms(endToEnd.max) },
      ...(idleQueue.length ? [latencyRow(`idle queue (×${idleQueue.length}): createdAt → startedAt`, idleQueue)] : []),
      ...(idleQueue.length ? [latencyRow('idle queue: createRun sent → SUCCEEDED received', idleEndToEnd)] : []),
    ]);

    // Every run should produce three runsChanged events: created (PENDING), claimed (RUNNING), SUCCEEDED.
    const counts = ids.map((id) => eventsOf.get(id)?.length ?? 0);
    const missingEvents = counts.reduce((sum, n) => sum + Math.max(0, 3 - n), 0);
    const extra = counts.reduce((sum, n) => sum + Math.max(0, n - 3), 0);
    const foreign = [...eventsOf.keys()].filter((id) => id !== warmId && !mine.has(id) && !idleIds.has(id)).length;
    const ok = done.length === runs && storedSucceeded === runs && missingEvents === 0 && failed.length === 0;
    printPairs('checks', {
      'SUCCEEDED events received': `${done.length} of ${runs}`,
      'SUCCEEDED in the database': `${storedSucceeded} of ${runs}`,
      'runsChanged events (3 per run expected)': `${counts.reduce((a, b) => a + b, 0)} (missing ${missingEvents}, extra ${extra}, unknown runs ${foreign})`,
      'failed runs': failed.length,
      'event-loop delay during the batch': `p50 ${ms(loopDelay.p50)}, p99 ${ms(loopDelay.p99)}, max ${ms(loopDelay.max)}`,
      result: ok ? 'OK' : 'FAIL',
    });
    if (waitError) console.error(`\n${String(waitError)}`);
    console.log(`\nbatch of ${runs}: ${totalSeconds.toFixed(2)} s from the first createRun to the last SUCCEEDED`);
    if (!ok) throw new Error('not every run succeeded and was reported');
  },
);
