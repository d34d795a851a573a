// Live fan-out (docs/architecture.md, "Live fan-out"): every transition reaches every subscriber
// in order, also through Redis to another server; a log replay hands over to live with no gap and
// no duplicate; a slow consumer falls back to the database and catches up; and the live path
// reads nothing per subscriber. Small counts: the big ones are in bench/fanout.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTBOX_MAX_ROWS } from '../src/modules/common/live.ts';
import { transitionRun } from '../src/modules/runs/run-lifecycle.ts';
import { followRunLogs } from '../src/modules/runs/run-live.ts';
import { RunOutput } from '../src/worker/run-output-writer.ts';
import { claimNextRun } from '../src/worker/worker.ts';
import { globalId, makeDataset } from './factories.ts';
import { startTestServer, subscribe, type TestServer } from './harness.ts';
import { CancelRunDocument, execute, rawId, startRun } from './testkit/flow.ts';

const RUN_UPDATED = `subscription($id: ID!) { runUpdated(id: $id) { id status startedAt finishedAt } }`;
const LOGS = `subscription($runId: ID!, $afterSeq: Int) { runLogAppended(runId: $runId, afterSeq: $afterSeq) { seq text } }`;
const EVERY_STATUS = ['PENDING', 'RUNNING', 'CANCELLING', 'CANCELLED'];

type RunUpdated = { runUpdated: { status: string } };
type Logs = { runLogAppended: { seq: number; text: string }[] };

const statuses = (sub: { events: { data?: RunUpdated | null }[] }) => sub.events.map((event) => event.data?.runUpdated.status);
const seqs = (sub: { events: { data?: Logs | null }[] }) =>
  sub.events.flatMap((event) => event.data?.runLogAppended.map((chunk) => chunk.seq) ?? []);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const statementsOn = (server: TestServer, table: string) =>
  server.sql.filter((sql) => sql.startsWith('SELECT') && sql.includes(`"public"."${table}"`)).length;

/** Subscriptions to a run over server-sent events: the text received, until the stream ends. */
async function sseStatuses(server: TestServer, id: string) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query: RUN_UPDATED, variables: { id } }),
  });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  const opened = (async () => {
    while (!text.includes('PENDING')) {
      const { value, done } = await reader.read();
      if (done) return;
      text += decoder.decode(value, { stream: true });
    }
  })();
  return {
    opened,
    async statuses() {
      await opened;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
      return [...text.matchAll(/"status":"(\w+)"/g)].map((match) => match[1]);
    },
  };
}

/**
 * A run moved PENDING → RUNNING → CANCELLING → CANCELLED back to back, on `drive`, without
 * waiting for any subscriber: the worker's claim, the cancelRun mutation, the worker's end.
 */
async function burst(drive: TestServer, id: string) {
  expect((await claimNextRun(drive.deps, 'fanout-test', 60))?.id).toBe(rawId(id));
  expect((await execute(drive, CancelRunDocument, { id })).cancelRun.run.status).toBe('CANCELLING');
  await transitionRun(drive.deps, rawId(id), 'CANCELLED', { reason: 'stopped' });
}

/**
 * One server for the file (starting one is most of this file's time on PGlite). claimNextRun takes
 * the oldest PENDING run, so every test leaves its runs ended.
 */
const own = { server: undefined as unknown as TestServer, datasetId: '' };
beforeAll(async () => {
  own.server = await startTestServer();
  own.datasetId = globalId('Dataset', await makeDataset(own.server.deps, 2));
});
afterAll(() => own.server?.close());

describe('runUpdated fan-out', () => {
  it('gives every subscriber every transition in order, over WebSocket and SSE, with no read per subscriber', async () => {
    const runReads: number[] = [];
    for (const count of [1, 4]) {
      const { id } = await startRun(own.server, { datasetId: own.datasetId, executor: 'DRY_RUN' });
      const subs = Array.from({ length: count }, () => subscribe<RunUpdated>(own.server.wsClient(), RUN_UPDATED, { id }));
      const sse = await sseStatuses(own.server, id);
      await Promise.all([...subs.map((sub) => sub.next(1)), sse.opened]);
      own.server.sql.length = 0;
      await burst(own.server, id);
      for (const sub of subs) {
        await sub.next(4);
        await expect.poll(() => sub.completed).toBe(true);
        expect(statuses(sub)).toEqual(EVERY_STATUS);
      }
      expect(await sse.statuses()).toEqual(EVERY_STATUS);
      runReads.push(statementsOn(own.server, 'runs'));
    }
    // The burst's own statements, the same for one watcher as for five: events carry the run.
    expect(runReads[1]).toBe(runReads[0]);
  });

  it('starts a subscriber that joins mid-run from the state the others have, and ends it after the terminal status', async () => {
    const { id } = await startRun(own.server, { datasetId: own.datasetId, executor: 'DRY_RUN' });
    const first = subscribe<RunUpdated>(own.server.wsClient(), RUN_UPDATED, { id });
    await first.next(1);
    await claimNextRun(own.server.deps, 'fanout-test', 60);
    await first.next(2);
    const late = subscribe<RunUpdated>(own.server.wsClient(), RUN_UPDATED, { id });
    await late.next(1);
    expect(statuses(late)).toEqual(['RUNNING']);
    await execute(own.server, CancelRunDocument, { id });
    await transitionRun(own.server.deps, rawId(id), 'CANCELLED');
    for (const sub of [first, late]) await expect.poll(() => sub.completed).toBe(true);
    expect(statuses(first)).toEqual(EVERY_STATUS);
    expect(statuses(late)).toEqual(['RUNNING', 'CANCELLING', 'CANCELLED']);
  });
});

describe('runLogAppended fan-out', () => {
  const newRun = async () => {
    const { id } = await startRun(own.server, { datasetId: own.datasetId, executor: 'DRY_RUN' });
    return { id, output: new RunOutput(own.server.deps, rawId(id), 0) };
  };
  const write = async (output: RunOutput, from: number, to: number) => {
    for (let n = from; n <= to; n += 1) output.log(`line ${n}`);
    await output.flush();
  };

  it('hands over from the database replay to the live tail with no gap and no duplicate', async () => {
    const { id, output } = await newRun();
    await write(output, 1, 1_200);
    // One far behind (pages from the database), one near the head, one at it.
    const subs = [0, 1_150, 1_200].map((afterSeq) => subscribe<Logs>(own.server.wsClient(), LOGS, { runId: id, afterSeq }));
    // The run keeps writing while they replay.
    for (let batch = 0; batch < 4; batch += 1) await write(output, 1_201 + batch * 100, 1_300 + batch * 100);
    await output.close();
    await execute(own.server, CancelRunDocument, { id });
    for (const sub of subs) await expect.poll(() => sub.completed, { timeout: 10_000 }).toBe(true);
    expect(seqs(subs[0] as never)).toEqual(range(1, 1_600));
    expect(seqs(subs[1] as never)).toEqual(range(1_151, 1_600));
    expect(seqs(subs[2] as never)).toEqual(range(1_201, 1_600));
    expect((subs[0] as { events: { data?: Logs | null }[] }).events[0]?.data?.runLogAppended[0]?.text).toBe('line 1\n');
  });

  it('reads the live tail once per process, not once per subscriber', async () => {
    const reads: number[] = [];
    for (const count of [1, 4]) {
      const { id, output } = await newRun();
      await write(output, 1, 10);
      const subs = Array.from({ length: count }, () => subscribe<Logs>(own.server.wsClient(), LOGS, { runId: id, afterSeq: 10 }));
      // Each subscriber is live once it got a first line.
      await write(output, 11, 11);
      await Promise.all(subs.map((sub) => sub.next(1)));
      own.server.sql.length = 0;
      for (let batch = 0; batch < 5; batch += 1) await write(output, 12 + batch * 20, 31 + batch * 20);
      await output.close();
      await execute(own.server, CancelRunDocument, { id });
      for (const sub of subs) {
        await expect.poll(() => sub.completed, { timeout: 10_000 }).toBe(true);
        expect(seqs(sub)).toEqual(range(11, 111));
      }
      reads.push(statementsOn(own.server, 'run_log_chunks'));
    }
    expect(reads[1]).toBe(reads[0]);
  });

  it('drops a consumer that falls too far behind back to paged replay, and it catches up with every line once', async () => {
    const { id, output } = await newRun();
    const runId = rawId(id);
    await write(output, 1, 1);
    const slow = followRunLogs(own.server.deps, runId, 0);
    const first = await slow.next();
    expect(first.value?.map((chunk: { seq: number }) => chunk.seq)).toEqual([1]);
    // The consumer reads nothing while more than its outbox may hold is written.
    const total = OUTBOX_MAX_ROWS + 2_000;
    for (let from = 2; from <= total; from += 1_000) await write(output, from, Math.min(total, from + 999));
    await output.close();
    await transitionRun(own.server.deps, runId, 'CANCELLED');
    own.server.sql.length = 0;
    const received: number[] = [1];
    for (let next = await slow.next(); !next.done; next = await slow.next()) {
      received.push(...next.value.map((chunk: { seq: number }) => chunk.seq));
    }
    expect(received).toEqual(range(1, total));
    // It caught up from the database, in pages.
    expect(statementsOn(own.server, 'run_log_chunks')).toBeGreaterThan(1);
  });
});

describe('tuningJobUpdated fan-out', () => {
  const TUNING = `subscription($id: ID!) { tuningJobUpdated(id: $id) { status updatedAt } }`;
  const jobStatuses = (sub: { events: { data?: { tuningJobUpdated: { status: string } } | null }[] }) =>
    sub.events.map((event) => event.data?.tuningJobUpdated.status);

  it('gives every subscriber the same changes in order, with no read of the job per subscriber', async () => {
    const reads: number[] = [];
    for (const count of [1, 4]) {
      const { createTuningJob } = await own.server.ok<{ createTuningJob: { tuningJob: { id: string } } }>(
        `mutation($input: CreateTuningJobInput!) { createTuningJob(input: $input) { tuningJob { id } } }`,
        {
          input: {
            name: `watched by ${count}`,
            datasetId: own.datasetId,
            executor: 'BUILTIN',
            numSamples: 2,
            maxConcurrentTrials: 2,
            searchSpace: { learningRate: { type: 'uniform', min: 0.1, max: 1 } },
          },
        },
      );
      const { id } = createTuningJob.tuningJob;
      const subs = Array.from({ length: count }, () =>
        subscribe<{ tuningJobUpdated: { status: string } }>(own.server.wsClient(), TUNING, { id }),
      );
      await Promise.all(subs.map((sub) => sub.next(1)));
      own.server.sql.length = 0;
      await own.server.ok(`mutation($id: ID!) { startTuningJob(input: { id: $id }) { tuningJob { id } } }`, { id });
      await own.server.ok(`mutation($id: ID!) { cancelTuningJob(input: { id: $id }) { tuningJob { id } } }`, { id });
      for (const sub of subs) await expect.poll(() => sub.completed, { timeout: 10_000 }).toBe(true);
      const seen = jobStatuses(subs[0] as never);
      expect(seen[0]).toBe('CREATED');
      expect(seen).toContain('RUNNING');
      expect(seen.at(-1)).toBe('CANCELLED');
      for (const sub of subs) expect(jobStatuses(sub as never)).toEqual(seen);
      reads.push(statementsOn(own.server, 'tuning_jobs'));
    }
    // The mutations' own statements, the same for one watcher as for four: events carry the job.
    expect(reads[1]).toBe(reads[0]);
  });
});

describe.skipIf(!process.env.TEST_REDIS_URL)('fan-out across servers through Redis', () => {
  let a: TestServer;
  let b: TestServer;
  let datasetId: string;
  beforeAll(async () => {
    const redis = { REDIS_URL: process.env.TEST_REDIS_URL as string };
    a = await startTestServer({ env: redis });
    b = await startTestServer({ env: redis, shareDatabaseOf: a });
    datasetId = globalId('Dataset', await makeDataset(a.deps, 2));
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('gives subscribers of the other server every transition and every line, in order', async () => {
    const { id } = await startRun(a, { datasetId, executor: 'DRY_RUN' });
    const watchers = Array.from({ length: 3 }, () => subscribe<RunUpdated>(b.wsClient(), RUN_UPDATED, { id }));
    const logs = subscribe<Logs>(b.wsClient(), LOGS, { runId: id, afterSeq: 0 });
    await Promise.all(watchers.map((sub) => sub.next(1)));
    await burst(a, id);
    for (const sub of watchers) {
      await expect.poll(() => sub.completed, { timeout: 10_000 }).toBe(true);
      expect(statuses(sub)).toEqual(EVERY_STATUS);
    }
    await expect.poll(() => logs.completed, { timeout: 10_000 }).toBe(true);

    const second = await startRun(a, { datasetId, executor: 'DRY_RUN' });
    const output = new RunOutput(a.deps, rawId(second.id), 0);
    const follower = subscribe<Logs>(b.wsClient(), LOGS, { runId: second.id, afterSeq: 0 });
    for (let batch = 0; batch < 5; batch += 1) {
      for (let n = 1; n <= 100; n += 1) output.log(`line ${batch * 100 + n}`);
      await output.flush();
    }
    await output.close();
    await execute(a, CancelRunDocument, { id: second.id });
    await expect.poll(() => follower.completed, { timeout: 10_000 }).toBe(true);
    expect(seqs(follower)).toEqual(range(1, 500));
  });
});
