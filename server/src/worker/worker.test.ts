import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, makeDataset } from '../../test/factories.ts';
import { startTestServer, subscribe, type TestServer } from '../../test/harness.ts';
import { type CreateRunInput, startRun as queueRun, rawId } from '../../test/testkit/flow.ts';
import { scriptRun, scriptTrainer, writeTrainersFile } from '../../test/trainers.ts';
import { sha256File } from '../modules/common/files.ts';
import { recoverLostRuns } from './worker.ts';

let server: TestServer;
let datasetId: string;
beforeAll(async () => {
  server = await startTestServer({
    worker: { concurrency: 2, leaseSeconds: 5 },
    env: { TRAINERS_FILE: writeTrainersFile({ script: scriptTrainer() }) },
  });
  datasetId = globalId('Dataset', await makeDataset(server.deps, 200));
});
afterAll(() => server?.close());

const RUN = `query($id: ID!) { node(id: $id) { ... on Run {
  status exitCode error summaryMetrics attempt lastLogSeq
  statusChanges { fromStatus toStatus reason }
  artifacts { name sha256 sizeBytes downloadUrl }
  metricSeries { name total points { step value } }
} } }`;
type RunView = {
  status: string;
  exitCode: number | null;
  error: string | null;
  summaryMetrics: Record<string, number> | null;
  attempt: number;
  lastLogSeq: number;
  statusChanges: { fromStatus: string | null; toStatus: string; reason: string }[];
  artifacts: { name: string; sha256: string; sizeBytes: number; downloadUrl: string }[];
  metricSeries: { name: string; total: number; points: { step: number; value: number }[] }[];
};

const startRun = async (input: Partial<CreateRunInput>) => (await queueRun(server, { datasetId, ...input })).id;

/** Waits for the run's end through the runUpdated subscription (no polling). */
async function finished(id: string): Promise<RunView> {
  const sub = subscribe<{ runUpdated: { status: string } }>(
    server.wsClient(),
    `subscription($id: ID!) { runUpdated(id: $id) { status } }`,
    {
      id,
    },
  );
  await expect.poll(() => sub.completed, { timeout: 60_000, interval: 50 }).toBe(true);
  return (await server.ok<{ node: RunView }>(RUN, { id })).node;
}

const node = (script: string) => scriptRun(script);

describe('the worker runs what is queued', () => {
  it('trains the builtin model: metrics stream, eval loss falls, weights are stored with their sha256', async () => {
    const id = await startRun({ executor: 'BUILTIN', config: { epochs: 2, seed: 7 } });
    const run = await finished(id);
    expect(run.status).toBe('SUCCEEDED');
    expect(run.statusChanges.map((c) => c.toStatus)).toEqual(['PENDING', 'RUNNING', 'SUCCEEDED']);
    const evalLoss = run.metricSeries.find((s) => s.name === 'evalLoss');
    expect(evalLoss?.total).toBeGreaterThan(3);
    const first = evalLoss?.points[0]?.value ?? 0;
    const last = evalLoss?.points.at(-1)?.value ?? Number.POSITIVE_INFINITY;
    expect(last).toBeLessThan(first - 0.5);
    expect(run.summaryMetrics?.evalLoss).toBeCloseTo(last, 10);
    const weights = run.artifacts.find((a) => a.name === 'model.bin');
    expect(weights?.sizeBytes).toBeGreaterThan(1000);
    const stored = await server.deps.prisma.runArtifact.findFirstOrThrow({ where: { name: 'model.bin' } });
    expect(await sha256File(fileURLToPath(stored.storageUri))).toBe(weights?.sha256);
    const download = await fetch(new URL(weights?.downloadUrl ?? '', server.url));
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).length).toBe(weights?.sizeBytes);

    // It answered each held-out trace (10 % of 200) with its model: predictions.jsonl is an artifact.
    const predictions = await server.deps.prisma.runArtifact.findUniqueOrThrow({
      where: { runId_name: { runId: rawId(id), name: 'predictions.jsonl' } },
    });
    const lines = (await readFile(fileURLToPath(predictions.storageUri), 'utf8')).trimEnd().split('\n');
    const rows = lines.map((line) => JSON.parse(line) as { traceId: string; prediction: string });
    expect(rows).toHaveLength(20);
    const members = await server.deps.prisma.datasetItem.findMany({ where: { datasetId: rawId(datasetId) } });
    const memberIds = new Set(members.map((member) => member.traceId));
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(['traceId', 'prediction']);
      expect(memberIds.has(row.traceId)).toBe(true);
      expect(row.prediction.length).toBeGreaterThan(0);
      expect(row.prediction.length).toBeLessThanOrEqual(128);
    }
    expect(new Set(rows.map((row) => row.traceId)).size).toBe(20);
  });

  it('the same seed gives the same result; another learning rate gives another', async () => {
    const [a, b, c] = await Promise.all([
      startRun({ config: { epochs: 1, seed: 3, learningRate: 0.5 } }),
      startRun({ config: { epochs: 1, seed: 3, learningRate: 0.5 } }),
      startRun({ config: { epochs: 1, seed: 3, learningRate: 0.05 } }),
    ]);
    const [ra, rb, rc] = [await finished(a), await finished(b), await finished(c)];
    expect(ra.summaryMetrics?.evalLoss).toBe(rb.summaryMetrics?.evalLoss);
    expect(rc.summaryMetrics?.evalLoss).not.toBe(ra.summaryMetrics?.evalLoss);
  });

  it('a dry run validates and writes the training manifest without training', async () => {
    const run = await finished(await startRun({ executor: 'DRY_RUN', baseModel: 'google/gemma-2b-it' }));
    expect(run.status).toBe('SUCCEEDED');
    expect(run.artifacts.map((a) => a.name)).toContain('manifest.yaml');
    expect(run.artifacts.map((a) => a.name)).not.toContain('predictions.jsonl');
    const manifest = await server.deps.prisma.runArtifact.findFirstOrThrow({
      where: { name: 'manifest.yaml' },
      orderBy: { createdAt: 'desc' },
    });
    expect(await readFile(fileURLToPath(manifest.storageUri), 'utf8')).toContain('model_id: "google/gemma-2b-it"');
    expect(run.metricSeries).toEqual([]);
  });
});

describe('download routes', () => {
  it('answer bad ids, unknown files and bad formats with a clear JSON error', async () => {
    const base = server.url.replace(/\/graphql$/, '');
    const notAnId = await fetch(`${base}/runs/not-a-uuid/artifacts/model.bin`);
    expect(notAnId.status).toBe(400);
    expect((await notAnId.json()).error.code).toBe('BAD_USER_INPUT');
    const missing = await fetch(`${base}/runs/00000000-0000-4000-8000-000000000000/artifacts/model.bin`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('NOT_FOUND');
    const datasetUuid = rawId(datasetId);
    const badFormat = await fetch(`${base}/datasets/${datasetUuid}/export.jsonl?format=yaml`);
    expect(badFormat.status).toBe(400);
    expect((await badFormat.json()).error.code).toBe('BAD_USER_INPUT');
    const export_ = await fetch(`${base}/datasets/${datasetUuid}/export.jsonl?format=tunix_sft`);
    expect(export_.status).toBe(200);
    expect((await export_.text()).trim().split('\n')).toHaveLength(200);
  });
});

describe('the COMMAND executor', () => {
  it('captures every line in order, splits long lines, and turns @@metric lines into points', async () => {
    const script = `
      const fs = require('fs');
      const lines = fs.readFileSync(process.env.TUNIX_DATASET_PATH, 'utf8').trim().split('\\n');
      console.log('dataset lines', lines.length, JSON.parse(lines[0]).prompts.includes('<start_of_turn>user'));
      for (let i = 1; i <= 300; i++) console.log('line ' + i);
      console.error('a warning');
      console.log('x'.repeat(20000));
      console.log('@@metric ' + JSON.stringify({ step: 10, trainLoss: 1.5 }));
      console.log('@@metric ' + JSON.stringify({ step: 20, trainLoss: 1.25, evalLoss: 1.3 }));
      fs.writeFileSync(process.env.TUNIX_OUTPUT_DIR + '/weights.bin', 'abc');
      process.stdout.write('no newline at the end');`;
    const run = await finished(await startRun(node(script)));
    expect(run.status).toBe('SUCCEEDED');
    const chunks = await server.deps.prisma.runLogChunk.findMany({
      where: { run: { lastLogSeq: run.lastLogSeq }, text: { not: '' } },
      orderBy: { seq: 'asc' },
    });
    const texts = chunks.map((c) => c.text);
    expect(texts.join('')).toContain('dataset lines 200 true');
    expect(chunks.map((c) => c.seq)).toEqual(chunks.map((_, i) => i + 1));
    const numbered = texts.filter((t) => /^line \d+\n$/.test(t));
    expect(numbered).toEqual(Array.from({ length: 300 }, (_, i) => `line ${i + 1}\n`));
    expect(texts.filter((t) => t.startsWith('xxxx')).join('')).toBe(`${'x'.repeat(20000)}\n`);
    expect(chunks.find((c) => c.text === 'a warning\n')?.stream).toBe('STDERR');
    expect(texts.at(-1)).toBe('no newline at the end');
    expect(run.summaryMetrics).toEqual({ trainLoss: 1.25, evalLoss: 1.3 });
    expect(run.artifacts.map((a) => a.name)).toEqual(['weights.bin']);
  });

  it('records a failing trainer as FAILED with its exit code', async () => {
    const run = await finished(await startRun(node(`console.error('boom'); process.exit(3)`)));
    expect(run).toMatchObject({ status: 'FAILED', exitCode: 3 });
    expect(run.error).toContain('exited with code 3');
  });

  it('ends a run that outlives its timeout as TIMED_OUT', async () => {
    const script = `setInterval(() => console.log('still here'), 100)`;
    const run = await finished(await startRun({ ...node(script), config: { ...node(script).config, timeoutSeconds: 1 } }));
    expect(run.status).toBe('TIMED_OUT');
    expect(run.error).toContain('1 s time limit');
  });

  it('cancels a running trainer: CANCELLING, then CANCELLED once the process stopped', async () => {
    const id = await startRun(node(`console.log('started'); setInterval(() => {}, 1000)`));
    const logs = subscribe<{ runLogAppended: { seq: number; text: string }[] }>(
      server.wsClient(),
      `subscription($id: ID!) { runLogAppended(runId: $id) { seq text } }`,
      { id },
    );
    await expect
      .poll(() => logs.events.flatMap((e) => e.data?.runLogAppended ?? []).some((c) => c.text === 'started\n'), {
        timeout: 20_000,
      })
      .toBe(true);
    await server.ok(`mutation($id: ID!) { cancelRun(input: { id: $id }) { run { status } } }`, { id });
    const run = await finished(id);
    expect(run.status).toBe('CANCELLED');
    expect(run.statusChanges.map((c) => c.toStatus)).toEqual(['PENDING', 'RUNNING', 'CANCELLING', 'CANCELLED']);
    await expect.poll(() => logs.completed, { timeout: 10_000 }).toBe(true);
  });
});

describe('a trainer that ignores SIGTERM', () => {
  it('is killed after the grace period and the run ends CANCELLED', async () => {
    const script = `process.on('SIGTERM', () => console.log('ignoring SIGTERM')); console.log('started'); setInterval(() => {}, 1000)`;
    const id = await startRun(node(script));
    const logs = subscribe<{ runLogAppended: { text: string }[] }>(
      server.wsClient(),
      `subscription($id: ID!) { runLogAppended(runId: $id) { text } }`,
      {
        id,
      },
    );
    const texts = () => logs.events.flatMap((e) => e.data?.runLogAppended ?? []).map((c) => c.text);
    await expect.poll(() => texts().includes('started\n'), { timeout: 20_000 }).toBe(true);
    await server.ok(`mutation($id: ID!) { cancelRun(input: { id: $id }) { run { status } } }`, { id });
    const run = await finished(id);
    expect(run.status).toBe('CANCELLED');
    expect(texts()).toContain('ignoring SIGTERM\n');
  });
});

describe('live output subscriptions', () => {
  it('runLogAppended replays from afterSeq, then goes live, with no gap and no duplicate', async () => {
    const script = `let i = 0; const t = setInterval(() => { console.log('tick ' + (++i)); if (i === 40) { clearInterval(t); } }, 20)`;
    const id = await startRun(node(script));
    const early = subscribe<{ runLogAppended: { seq: number }[] }>(
      server.wsClient(),
      `subscription($id: ID!) { runLogAppended(runId: $id) { seq } }`,
      { id },
    );
    await expect.poll(() => early.events.length, { timeout: 20_000 }).toBeGreaterThan(0);
    // A second client joins late and says it already has seq 1..5.
    const late = subscribe<{ runLogAppended: { seq: number }[] }>(
      server.wsClient(),
      `subscription($id: ID!) { runLogAppended(runId: $id, afterSeq: 5) { seq } }`,
      { id },
    );
    await finished(id);
    await expect.poll(() => early.completed && late.completed, { timeout: 10_000 }).toBe(true);
    const seqs = (sub: typeof early) => sub.events.flatMap((e) => e.data?.runLogAppended ?? []).map((c) => c.seq);
    const total = (await server.deps.prisma.run.findUniqueOrThrow({ where: { id: rawId(id) } })).lastLogSeq;
    expect(seqs(early)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(seqs(late)).toEqual(Array.from({ length: total - 5 }, (_, i) => i + 6));
  });

  it('runMetricRecorded replays stored points and ends with the run', async () => {
    const script = `for (let s = 1; s <= 5; s++) console.log('@@metric ' + JSON.stringify({ step: s, trainLoss: 10 - s }))`;
    const id = await startRun(node(script));
    await finished(id);
    const sub = subscribe<{ runMetricRecorded: { step: number; value: number }[] }>(
      server.wsClient(),
      `subscription($id: ID!) { runMetricRecorded(runId: $id, afterStep: 2) { step value } }`,
      { id },
    );
    await expect.poll(() => sub.completed, { timeout: 10_000 }).toBe(true);
    expect(sub.events.flatMap((e) => e.data?.runMetricRecorded ?? []).map((p) => p.step)).toEqual([3, 4, 5]);
  });
});

describe('reading run output', () => {
  it('pages logs by seq, downsamples metric series, and compares runs side by side', async () => {
    const script = (lr: number) =>
      `for (let s = 1; s <= 50; s++) console.log('@@metric ' + JSON.stringify({ step: s, trainLoss: s === 25 ? 99 : ${lr} * (60 - s) }))`;
    const a = await startRun({ ...node(script(1)), name: 'a' });
    const b = await startRun({ ...node(script(2)), name: 'b', config: { ...node(script(2)).config, seed: 5 } });
    await finished(a);
    await finished(b);

    const LOGS = `query($id: ID!, $after: String) { run(id: $id) { logs(first: 20, after: $after, afterSeq: 10) {
      pageInfo { hasNextPage endCursor } edges { node { seq } } } } }`;
    type Logs = { run: { logs: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { seq: number } }[] } } };
    const first = await server.ok<Logs>(LOGS, { id: a });
    const second = await server.ok<Logs>(LOGS, { id: a, after: first.run.logs.pageInfo.endCursor });
    expect(first.run.logs.edges.map((e) => e.node.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 11));
    expect(second.run.logs.edges[0]?.node.seq).toBe(31);

    const series = await server.ok<{
      run: { metricSeries: { name: string; total: number; points: { step: number; value: number }[] }[] };
    }>(
      `query($id: ID!) { run(id: $id) { metricSeries(names: ["trainLoss"], maxPoints: 10) { name total points { step value } } } }`,
      { id: a },
    );
    const trainLoss = series.run.metricSeries[0];
    expect(trainLoss?.total).toBe(50);
    expect(trainLoss?.points.length).toBeLessThanOrEqual(10);
    expect(trainLoss?.points[0]?.step).toBe(1);
    expect(trainLoss?.points.at(-1)?.step).toBe(50);
    // The spike survives downsampling.
    expect(trainLoss?.points.some((p) => p.value === 99)).toBe(true);

    const comparison = await server.ok<{
      compareRuns: {
        runs: { id: string }[];
        configDiff: { key: string; values: unknown[] }[];
        finalMetrics: { name: string; values: number[] }[];
      };
    }>(`query($ids: [ID!]!) { compareRuns(ids: $ids) { runs { id } configDiff { key values } finalMetrics { name values } } }`, {
      ids: [a, b],
    });
    expect(comparison.compareRuns.runs.map((r) => r.id)).toEqual([a, b]);
    expect(comparison.compareRuns.configDiff.map((d) => d.key)).toEqual(['params', 'seed']);
    expect(comparison.compareRuns.finalMetrics).toEqual([{ name: 'trainLoss', values: [10, 20] }]);
    const tooFew = await server.gql(`query($ids: [ID!]!) { compareRuns(ids: $ids) { runs { id } } }`, { ids: [a] });
    expect(tooFew.errors?.[0]?.message).toContain('2 to 10 run ids');

    // The evaluation side: each run's latest evaluation and the items one fixed or broke.
    const traces = (await server.deps.prisma.datasetItem.findMany({ where: { datasetId: rawId(datasetId) }, take: 4 })).map(
      (item) => item.traceId,
    );
    const evaluate = async (runId: string, correct: boolean[]) => {
      const evaluation = await server.deps.prisma.evaluation.create({
        data: {
          runId: rawId(runId),
          status: 'SUCCEEDED',
          judgeName: 'answer_correctness',
          judgeVersion: 'v1',
          score: 50,
          verdict: 'FAIL',
        },
      });
      await server.deps.prisma.evaluationItem.createMany({
        data: traces.map((traceId, position) => ({
          evaluationId: evaluation.id,
          position,
          traceId,
          reference: `answer ${position}`,
          prediction: correct[position] ? `answer ${position}` : 'wrong',
          score: correct[position] ? 1 : 0,
          correct: correct[position] as boolean,
        })),
      });
    };
    await evaluate(a, [true, false, true, false]);
    await evaluate(b, [true, true, false, false]);
    const ITEMS = `query($ids: [ID!]!, $after: String) { compareRuns(ids: $ids) {
      evaluations { judge { name } score verdict } changedItemCount
      changedItems(first: 1, after: $after) { edges { node { change reference trace { id } results { correct prediction } } } pageInfo { hasNextPage endCursor } }
    } }`;
    type Items = {
      compareRuns: {
        evaluations: { judge: { name: string }; score: number; verdict: string }[];
        changedItemCount: number;
        changedItems: {
          edges: { node: { change: string; trace: { id: string }; results: { correct: boolean }[] } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
    };
    const page1 = await server.ok<Items>(ITEMS, { ids: [a, b] });
    expect(page1.compareRuns.evaluations).toEqual([
      { judge: { name: 'answer_correctness' }, score: 50, verdict: 'FAIL' },
      { judge: { name: 'answer_correctness' }, score: 50, verdict: 'FAIL' },
    ]);
    expect(page1.compareRuns.changedItemCount).toBe(2);
    const page2 = await server.ok<Items>(ITEMS, { ids: [a, b], after: page1.compareRuns.changedItems.pageInfo.endCursor });
    const changed = [...page1.compareRuns.changedItems.edges, ...page2.compareRuns.changedItems.edges].map((edge) => edge.node);
    expect(page1.compareRuns.changedItems.pageInfo.hasNextPage).toBe(true);
    expect(page2.compareRuns.changedItems.pageInfo.hasNextPage).toBe(false);
    const expected = [
      { traceId: traces[1] as string, change: 'FIXED', results: [false, true] },
      { traceId: traces[2] as string, change: 'BROKEN', results: [true, false] },
    ].sort((x, y) => (x.traceId < y.traceId ? -1 : 1));
    expect(
      changed.map((node) => ({
        traceId: rawId(node.trace.id),
        change: node.change,
        results: node.results.map((r) => r.correct),
      })),
    ).toEqual(expected);
  });
});

describe('lost workers', () => {
  it('requeues a run whose lease expired while attempts remain, and fails it after the last one', async () => {
    const id = await startRun({ executor: 'DRY_RUN', maxAttempts: 2 });
    const runId = rawId(id);
    await finished(id);
    const past = new Date(Date.now() - 60_000);
    // Pretend a worker claimed these and died: RUNNING with an expired lease.
    const make = async (attempt: number) =>
      server.deps.prisma.run.create({
        data: {
          datasetId: (await server.deps.prisma.run.findUniqueOrThrow({ where: { id: runId } })).datasetId,
          baseModel: 'm',
          executor: 'DRY_RUN',
          status: 'RUNNING',
          attempt,
          maxAttempts: 2,
          leaseOwner: 'dead-worker',
          leaseExpiresAt: past,
          startedAt: past,
        },
      });
    const retried = await make(1);
    const exhausted = await make(2);
    await server.worker?.stop();
    expect(await recoverLostRuns(server.deps)).toBe(2);
    const [a, b] = await Promise.all(
      [retried.id, exhausted.id].map((runIdToCheck) =>
        server.deps.prisma.run.findUniqueOrThrow({ where: { id: runIdToCheck }, include: { statusChanges: true } }),
      ),
    );
    expect(a?.status).toBe('PENDING');
    expect(a?.stopReason).toBeNull();
    expect(a?.statusChanges.at(-1)?.reason).toContain('worker lost; retrying (attempt 2 of 2)');
    expect(b?.status).toBe('FAILED');
    expect(b?.error).toContain('worker lost');
    expect(b?.stopReason).toBe('WORKER_LOST');
  });
});
