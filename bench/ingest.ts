// Bulk trace ingest: createTraces in batches (default 500 per call, 20,000 traces) against single
// createTrace calls (default 500), over HTTP. Prints traces/s, MB/s of request body and the
// latency of each request.
//
//   node --import tsx bench/ingest.ts [--traces=20000] [--batch=500] [--single=500] [--concurrency=1[,4]] [--steps=4]
import {
  benchOptions,
  benchTrace,
  CREATE_TRACES,
  expectData,
  mb,
  ms,
  now,
  pool,
  printPairs,
  printTable,
  type Row,
  runBench,
  summarize,
  watchEventLoop,
} from './common.ts';

const {
  traces,
  batch,
  single,
  concurrency: concurrencies,
  steps,
} = benchOptions('Usage: node --import tsx bench/ingest.ts [options]', {
  traces: { kind: 'int', default: 20_000, help: 'traces created in bulk' },
  batch: { kind: 'int', default: 500, max: 1_000, help: 'traces per createTraces call' },
  single: { kind: 'int', default: 500, min: 0, help: 'single createTrace calls' },
  concurrency: { kind: 'ints', default: [1], max: 64, help: 'concurrent clients, one pass per value' },
  steps: { kind: 'int', default: 4, max: 1_000, help: 'steps per trace' },
});

const CREATE_TRACE = `mutation($input: CreateTraceInput!) { createTrace(input: $input) { trace { id } } }`;

await runBench('ingest: createTraces (bulk) vs createTrace (single)', {}, async (server) => {
  printPairs('settings', { traces, batch, single, concurrency: concurrencies.join(', '), 'steps per trace': steps });
  let sequence = 0;
  const nextTraces = (count: number, source: string) =>
    Array.from({ length: count }, () => {
      sequence += 1;
      return benchTrace(sequence, source, steps);
    });

  // Warm-up (not measured): JIT, connection pool, first-statement planning.
  for (let i = 0; i < 3; i += 1) {
    expectData((await server.request(CREATE_TRACES, { input: { traces: nextTraces(50, 'warm-up') } })).result);
  }
  for (let i = 0; i < 20; i += 1) {
    expectData((await server.request(CREATE_TRACE, { input: nextTraces(1, 'warm-up')[0] })).result);
  }
  const warmUp = 3 * 50 + 20;

  const rows: Row[] = [];
  let created = 0;
  for (const concurrency of concurrencies) {
    // Bodies are serialized before the clock starts: the client shares the server's process and cores.
    const bodies: string[] = [];
    for (let start = 0; start < traces; start += batch) {
      bodies.push(
        JSON.stringify({
          query: CREATE_TRACES,
          variables: { input: { traces: nextTraces(Math.min(batch, traces - start), 'bulk') } },
        }),
      );
    }
    const latencies: number[] = [];
    let bytes = 0;
    const loop = watchEventLoop();
    const t0 = now();
    await pool(bodies.length, concurrency, async (i) => {
      const response = await server.post<{ createTraces: { createdCount: number } }>(bodies[i] as string);
      const data = expectData(response.result);
      created += data.createTraces.createdCount;
      latencies.push(response.ms);
      bytes += response.bytesSent;
    });
    const seconds = (now() - t0) / 1000;
    const loopDelay = loop.stop();
    const latency = summarize(latencies);
    rows.push({
      mode: `createTraces ×${batch}`,
      'in flight': concurrency,
      traces,
      requests: bodies.length,
      seconds: seconds.toFixed(2),
      'traces/s': Math.round(traces / seconds),
      'MB/s': (mb(bytes) / seconds).toFixed(2),
      'req p50': ms(latency.p50),
      'req p95': ms(latency.p95),
      'per trace p50': ms(latency.p50 / batch),
      'loop delay max': ms(loopDelay.max),
    });
  }

  if (single > 0) {
    const bodies = nextTraces(single, 'single').map((trace) =>
      JSON.stringify({ query: CREATE_TRACE, variables: { input: trace } }),
    );
    const latencies: number[] = [];
    let bytes = 0;
    const loop = watchEventLoop();
    const t0 = now();
    for (const body of bodies) {
      const response = await server.post(body);
      expectData(response.result);
      latencies.push(response.ms);
      bytes += response.bytesSent;
    }
    const seconds = (now() - t0) / 1000;
    const loopDelay = loop.stop();
    const latency = summarize(latencies);
    created += single;
    rows.push({
      mode: 'createTrace ×1',
      'in flight': 1,
      traces: single,
      requests: single,
      seconds: seconds.toFixed(2),
      'traces/s': Math.round(single / seconds),
      'MB/s': (mb(bytes) / seconds).toFixed(2),
      'req p50': ms(latency.p50),
      'req p95': ms(latency.p95),
      'per trace p50': ms(latency.p50),
      'loop delay max': ms(loopDelay.max),
    });
  }

  printTable('results (loop delay: the longest the process could not serve anything else)', rows);
  const bulk = Number(rows[0]?.['traces/s']);
  const one = Number(rows.at(-1)?.['traces/s']);
  if (single > 0 && bulk && one)
    console.log(`\nbulk (first row) ingests ${(bulk / one).toFixed(1)}× as many traces per second as single createTrace`);

  const count = await server.ok<{ traces: { totalCount: number } }>(`{ traces(first: 1) { totalCount } }`);
  const expected = warmUp + created;
  console.log(
    `check: traces.totalCount = ${count.traces.totalCount}, expected ${expected}: ${count.traces.totalCount === expected ? 'OK' : 'FAIL'}`,
  );
  if (count.traces.totalCount !== expected) throw new Error('trace count mismatch');
});
