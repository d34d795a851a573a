// Evaluations end to end: runs that leave predictions (a test trainer in the real worker), judged
// by the worker with progress, the LLM judge against a local OpenAI-compatible server, the
// leaderboard's order and pages, re-evaluation, recovery from a lost worker, and tuning on an
// evaluation metric.
import { writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, makeDataset } from '../../../test/factories.ts';
import { startTestServer, subscribe, type TestServer, waitFor } from '../../../test/harness.ts';
import { rawId } from '../../../test/testkit/flow.ts';
import type { RunExecutor } from '../../executors/types.ts';
import { evaluationSet } from './predictions.ts';

const API_KEY = 'sk-test-judge-key-0123456789';

/**
 * Leaves predictions.jsonl for the run's held-out split, as config.params.mode says: `half`
 * (even items right, odd wrong, the last one missing, plus a malformed line), `all` (all right),
 * `llm` (answers the fake judge reacts to), `none` (no file).
 */
const predictingTrainer: RunExecutor = async ({ deps, run, config, outputDir }) => {
  const mode = (config.params as { mode?: string } | undefined)?.mode ?? 'all';
  if (mode === 'none') return { exitCode: 0 };
  const set = await evaluationSet(deps, run, null);
  const traces = await deps.prisma.trace.findMany({ where: { id: { in: set.map((item) => item.traceId) } } });
  const answer = new Map(traces.map((trace) => [trace.id, trace.finalAnswer]));
  const lines = set.flatMap((item, index) => {
    const right = answer.get(item.traceId) ?? '';
    if (mode === 'half' && index === set.length - 1) return [];
    const prediction =
      mode === 'llm' ? ['good', 'fenced', 'garbage', 'slow'][index % 4] : mode === 'half' && index % 2 ? 'nope' : ` ${right} `;
    return [JSON.stringify({ traceId: index === 0 ? globalId('Trace', item.traceId) : item.traceId, prediction })];
  });
  if (mode === 'half') lines.push('{not json');
  await writeFile(path.join(outputDir, 'predictions.jsonl'), `${lines.join('\n')}\n`);
  return { exitCode: 0 };
};

/** An OpenAI-compatible chat-completions server whose answer depends on the prediction in the prompt. */
async function startFakeJudge() {
  const seen: { authorization?: string; model?: string }[] = [];
  const server: Server = createServer(async (request: IncomingMessage, response) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    const { model, messages } = JSON.parse(body) as { model: string; messages: { content: string }[] };
    seen.push({ authorization: request.headers.authorization, model });
    const prompt = messages[0]?.content ?? '';
    const reply = (content: string) =>
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }));
    if (prompt.includes('garbage')) return reply('I would rather not say.');
    if (prompt.includes('fenced')) return reply('```json\n{"score": 0.5, "correct": false, "reasoning": "half right"}\n```');
    if (prompt.includes('slow')) {
      setTimeout(() => reply('{"score": 1}'), 3_000).unref();
      return;
    }
    return reply('{"score": 1, "correct": true, "reasoning": "matches the reference"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let server: TestServer;
let judge: Awaited<ReturnType<typeof startFakeJudge>>;
let datasetId: string;

beforeAll(async () => {
  judge = await startFakeJudge();
  server = await startTestServer({
    worker: { executors: { BUILTIN: predictingTrainer }, leaseSeconds: 2 },
    env: {
      LLM_JUDGE_BASE_URL: `${judge.url}/v1`,
      LLM_JUDGE_MODEL: 'judge-model',
      LLM_JUDGE_API_KEY: API_KEY,
      LLM_JUDGE_TIMEOUT_SECONDS: '1',
      LLM_JUDGE_CONCURRENCY: '2',
    },
  });
  datasetId = globalId('Dataset', await makeDataset(server.deps, 20));
});

afterAll(async () => {
  await server?.close();
  await judge?.close();
});

/** A BUILTIN run (the test trainer) on half of the dataset held out, once it has succeeded. */
async function succeededRun(mode: string, executor = 'BUILTIN'): Promise<string> {
  const { createRun } = await server.ok<{ createRun: { run: { id: string } } }>(
    `mutation($input: CreateRunInput!) { createRun(input: $input) { run { id } } }`,
    { input: { datasetId, executor, config: { evalFraction: 0.5, ...(executor === 'BUILTIN' ? { params: { mode } } : {}) } } },
  );
  const id = createRun.run.id;
  await waitFor(async () => {
    const { run } = await server.ok<{ run: { status: string } }>(`query($id: ID!) { run(id: $id) { status } }`, { id });
    if (run.status === 'FAILED') throw new Error('the test run failed');
    return run.status === 'SUCCEEDED';
  }, 'the run to succeed');
  return id;
}

const EVALUATION_FIELDS = `id status error itemsDone itemsTotal score primaryScore verdict metrics rawJudgeOutput
  judge { name version config } scorecard { nItems nScored nSkipped mean stddev byTag { tag mean } }`;

const evaluate = (input: Record<string, unknown>) =>
  server.gql<{ evaluateRun: { evaluation: { id: string; status: string } } }>(
    `mutation($input: EvaluateRunInput!) { evaluateRun(input: $input) { evaluation { id status } } }`,
    { input },
  );

/** Follows evaluationUpdated to its end; returns every event's evaluation. */
async function followEvaluation(id: string) {
  const sub = subscribe<{ evaluationUpdated: Record<string, unknown> }>(
    server.wsClient(),
    `subscription($id: ID!) { evaluationUpdated(id: $id) { ${EVALUATION_FIELDS} } }`,
    { id },
  );
  await waitFor(async () => sub.completed, 'the evaluation to end');
  expect(sub.error).toBeUndefined();
  return sub.events.map((event) => event.data?.evaluationUpdated as Record<string, unknown>);
}

describe('evaluateRun', () => {
  it('judges a run’s held-out split in the worker, with progress, per-item rows and a live leaderboard', async () => {
    const runId = await succeededRun('half');
    const board = subscribe<{ leaderboardUpdated: { id: string; score: number } }>(
      server.wsClient(),
      `subscription { leaderboardUpdated(filter: { judge: "answer_correctness" }) { id score } }`,
    );
    const queued = await evaluate({ runId, judge: 'answer_correctness' });
    expect(queued.errors).toBeUndefined();
    const { id, status } = queued.data?.evaluateRun.evaluation ?? { id: '', status: '' };
    // A worker may have claimed it already.
    expect(['PENDING', 'RUNNING']).toContain(status);

    const events = await followEvaluation(id);
    const done = events.at(-1) as Record<string, unknown>;
    // 10 held out: 5 right, 4 wrong, 1 without a prediction.
    expect(done).toMatchObject({
      status: 'SUCCEEDED',
      itemsDone: 10,
      itemsTotal: 10,
      score: 50,
      primaryScore: 0.5,
      verdict: 'FAIL',
      metrics: { answer_correctness: 0.5 },
      judge: { name: 'answer_correctness', version: 'v1', config: { normalize: 'strip+lower' } },
      scorecard: { nItems: 10, nScored: 10, nSkipped: 0, mean: 0.5, stddev: 0.5 },
    });
    expect(done.rawJudgeOutput).toMatch(/1 line\(s\) not used: line \d+: not JSON/);
    const progress = events.map((event) => event.itemsDone as number);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    const { node } = await server.ok<{
      node: {
        all: { totalCount: number };
        wrong: {
          totalCount: number;
          edges: { node: { prediction: string | null; reference: string; correct: boolean; error: string | null } }[];
        };
      };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Evaluation {
         all: items(first: 100) { totalCount }
         wrong: items(first: 100, onlyWrong: true) { totalCount edges { node { prediction reference correct error } } } } } }`,
      { id },
    );
    expect(node.all.totalCount).toBe(10);
    expect(node.wrong.totalCount).toBe(5);
    expect(node.wrong.edges.filter((edge) => edge.node.prediction === null)).toEqual([
      {
        node: {
          prediction: null,
          reference: expect.any(String),
          correct: false,
          error: 'the run left no prediction for this trace',
        },
      },
    ]);

    // Re-evaluating makes a new evaluation; the latest one counts, and the board lists the run once.
    const again = await evaluate({ runId, judge: 'answer_correctness' });
    const second = again.data?.evaluateRun.evaluation.id as string;
    expect(second).not.toBe(id);
    expect((await followEvaluation(second)).at(-1)).toMatchObject({ status: 'SUCCEEDED', score: 50 });
    // The board subscription (surely listening by now) learns of the new score.
    await waitFor(async () => board.events.some((event) => event.data?.leaderboardUpdated.id === second), 'a leaderboard event');
    expect(board.events.at(-1)?.data?.leaderboardUpdated).toEqual({ id: second, score: 50 });
    board.unsubscribe();
    const { run } = await server.ok<{ run: { latestEvaluation: { id: string }; evaluations: { totalCount: number } } }>(
      `query($id: ID!) { run(id: $id) { latestEvaluation { id } evaluations(first: 5) { totalCount } } }`,
      { id: runId },
    );
    expect(run).toEqual({ latestEvaluation: { id: second }, evaluations: { totalCount: 2 } });
    const { leaderboard } = await server.ok<{ leaderboard: { edges: { node: { id: string } }[] } }>(
      `query { leaderboard(first: 100, filter: { judge: "answer_correctness" }) { edges { node { id } } } }`,
    );
    expect(leaderboard.edges.map((edge) => edge.node.id)).toEqual([second]);
  });

  it('refuses dry runs, unknown judges and settings, and runs without predictions', async () => {
    const dry = await succeededRun('none', 'DRY_RUN');
    const noPredictions = await succeededRun('none');
    const refused = async (input: Record<string, unknown>) => (await evaluate(input)).errors?.[0];
    expect(await refused({ runId: dry, judge: 'answer_correctness' })).toMatchObject({
      message: expect.stringMatching(/^Cannot evaluate dry-run/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await refused({ runId: noPredictions, judge: 'gemma-judge' })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ path: 'judge', message: expect.stringContaining('unknown judge') }] },
    });
    expect(await refused({ runId: noPredictions, judge: 'llm', judgeConfig: { apiKey: 'x' } })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ path: 'judgeConfig' }] },
    });
    expect(await refused({ runId: noPredictions, judge: 'answer_correctness' })).toMatchObject({
      message: expect.stringContaining('left no predictions.jsonl'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('asks the LLM judge for each item: timeouts and malformed replies are item errors, the evaluation completes', async () => {
    const runId = await succeededRun('llm');
    const queued = await evaluate({ runId, judge: 'llm', judgeConfig: { temperature: 0 } });
    const events = await followEvaluation(queued.data?.evaluateRun.evaluation.id as string);
    // Two batches of up to 8 items; the first waits for the slow items' timeouts, so its progress is seen.
    expect(events).toContainEqual(expect.objectContaining({ status: 'RUNNING', itemsDone: 8, itemsTotal: 10 }));
    const done = events.at(-1) as Record<string, unknown>;
    expect(done).toMatchObject({
      status: 'SUCCEEDED',
      itemsDone: 10,
      judge: { name: 'llm', version: 'v1', config: { model: 'judge-model', temperature: 0, baseUrl: `${judge.url}/v1` } },
      // items 0, 4, 8 good (1), 1, 5, 9 fenced (0.5); 2, 6 garbage and 3, 7 slow are unscored
      scorecard: { nItems: 10, nScored: 6, nSkipped: 4, mean: 0.75 },
      score: 75,
      verdict: 'PASS',
    });
    const { node } = await server.ok<{
      node: {
        items: {
          edges: { node: { prediction: string; score: number | null; error: string | null; reasoning: string | null } }[];
        };
      };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Evaluation { items(first: 100, onlyWrong: true) { edges { node { prediction score error reasoning } } } } } }`,
      { id: queued.data?.evaluateRun.evaluation.id },
    );
    const errors = new Map(node.items.edges.map((edge) => [edge.node.prediction, edge.node.error]));
    expect(errors.get('garbage')).toMatch(/the judge's reply is not JSON: "I would rather not say."/);
    expect(errors.get('slow')).toBe('the judge endpoint did not answer within 1 s (LLM_JUDGE_TIMEOUT_SECONDS)');
    expect(node.items.edges.find((edge) => edge.node.prediction === 'fenced')?.node).toMatchObject({
      score: 0.5,
      reasoning: 'half right',
    });
    // The key reached the endpoint, and nothing a client can read contains it.
    expect(judge.seen.every((request) => request.authorization === `Bearer ${API_KEY}`)).toBe(true);
    expect(JSON.stringify([done, node])).not.toContain(API_KEY);
  });

  it('resumes an evaluation whose worker died', async () => {
    const runId = await succeededRun('all');
    const run = { id: rawId(runId) };
    const lost = await server.deps.prisma.evaluation.create({
      data: {
        runId: run.id,
        judgeName: 'answer_correctness',
        judgeVersion: 'v1',
        status: 'RUNNING',
        attempt: 1,
        leaseOwner: 'a-dead-worker',
        leaseExpiresAt: new Date(Date.now() - 1_000),
        startedAt: new Date(),
      },
    });
    const done = (await followEvaluation(globalId('Evaluation', lost.id))).at(-1);
    expect(done).toMatchObject({ status: 'SUCCEEDED', score: 100, verdict: 'PASS' });
    expect((await server.deps.prisma.evaluation.findUniqueOrThrow({ where: { id: lost.id } })).attempt).toBe(2);
  });
});

describe('leaderboard', () => {
  it('ranks the latest evaluation of each run by score, ties by id, in pages that neither skip nor repeat', async () => {
    const prisma = server.deps.prisma;
    const dataset = await makeDataset(server.deps, 2, 'board');
    const scores = [80, 95, 80, 70, 80, 90];
    const runs = [];
    for (const [index, score] of scores.entries()) {
      const run = await prisma.run.create({
        data: {
          datasetId: dataset,
          baseModel: index % 2 ? 'org/big-model' : 'org/small',
          executor: 'BUILTIN',
          status: 'SUCCEEDED',
          config: { epochs: index },
        },
      });
      runs.push(run);
      const evaluation = {
        runId: run.id,
        judgeName: 'board-judge',
        judgeVersion: 'v1',
        status: 'SUCCEEDED' as const,
        verdict: 'PASS' as const,
      };
      await prisma.evaluation.create({ data: { ...evaluation, score, createdAt: new Date(Date.now() - 60_000) } });
      // Run 1 was re-evaluated lower; a newer evaluation still running does not count yet.
      if (index === 1) await prisma.evaluation.create({ data: { ...evaluation, score: 60 } });
      if (index === 2) await prisma.evaluation.create({ data: { ...evaluation, status: 'RUNNING', score: null, verdict: null } });
    }
    const pages: { id: string; score: number; runId: string }[][] = [];
    let after: string | null = null;
    let totalCount = 0;
    type Board = {
      leaderboard: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string; score: number; run: { id: string } } }[];
      };
    };
    do {
      const { leaderboard }: Board = await server.ok<Board>(
        `query($after: String) { leaderboard(first: 2, after: $after, filter: { judge: "board-judge" }) {
           totalCount pageInfo { hasNextPage endCursor } edges { node { id score run { id } } } } }`,
        { after },
      );
      totalCount = leaderboard.totalCount;
      pages.push(leaderboard.edges.map((edge) => ({ id: edge.node.id, score: edge.node.score, runId: edge.node.run.id })));
      after = leaderboard.pageInfo.hasNextPage ? leaderboard.pageInfo.endCursor : null;
    } while (after);
    const ranked = pages.flat();
    expect(totalCount).toBe(6);
    expect(pages.map((page) => page.length)).toEqual([2, 2, 2]);
    expect(ranked.map((entry) => entry.score)).toEqual([90, 80, 80, 80, 70, 60]);
    expect(new Set(ranked.map((entry) => entry.runId)).size).toBe(6);
    // Equal scores: the newer evaluation (higher uuid v7) first.
    const tied = ranked.filter((entry) => entry.score === 80).map((entry) => rawId(entry.id));
    expect(tied).toEqual([...tied].sort().reverse());

    // Backward from the end, page by page: the same entries, the same pages, none skipped or repeated.
    type BackBoard = {
      leaderboard: {
        pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean; startCursor: string };
        edges: { node: { id: string } }[];
      };
    };
    const backPages: string[][] = [];
    let before: string | null = null;
    for (;;) {
      const { leaderboard }: BackBoard = await server.ok<BackBoard>(
        `query($before: String) { leaderboard(last: 2, before: $before, filter: { judge: "board-judge" }) {
           pageInfo { hasPreviousPage hasNextPage startCursor } edges { node { id } } } }`,
        { before },
      );
      expect(leaderboard.pageInfo.hasNextPage).toBe(before !== null);
      backPages.unshift(leaderboard.edges.map((edge) => edge.node.id));
      if (!leaderboard.pageInfo.hasPreviousPage) break;
      before = leaderboard.pageInfo.startCursor;
    }
    expect(backPages).toEqual(pages.map((page) => page.map((entry) => entry.id)));
    const mixed = await server.gql(`query { leaderboard(first: 2, last: 2) { totalCount } }`);
    expect(mixed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ path: 'first' }] });

    const filtered = await server.ok<{ leaderboard: { totalCount: number; edges: { node: { score: number } }[] } }>(
      `query { leaderboard(first: 10, filter: { judge: "board-judge", baseModel: "BIG", configContains: { epochs: 3 } }) { totalCount edges { node { score } } } }`,
    );
    expect(filtered.leaderboard).toEqual({ totalCount: 1, edges: [{ node: { score: 70 } }] });
    const bad = await server.gql(`query { leaderboard(first: 10, after: "nonsense") { totalCount } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('tuning on an evaluation metric', () => {
  it('evaluates each trial’s run and keeps the best trial by the evaluation’s metric', async () => {
    const created = await server.ok<{ createTuningJob: { tuningJob: { id: string; evalJudge: string } } }>(
      `mutation($input: CreateTuningJobInput!) { createTuningJob(input: $input) { tuningJob { id evalJudge } } }`,
      {
        input: {
          name: 'sweep on correctness',
          datasetId,
          baseConfig: { evalFraction: 0.5 },
          searchSpace: { mode: { type: 'grid', values: ['half', 'all'] } },
          numSamples: 2,
          metricName: 'answer_correctness',
          metricMode: 'MAX',
          evalJudge: 'answer_correctness',
        },
      },
    );
    const id = created.createTuningJob.tuningJob.id;
    await server.ok(`mutation($id: ID!) { startTuningJob(input: { id: $id }) { tuningJob { id } } }`, { id });
    const job = await waitFor(async () => {
      const { node } = await server.ok<{
        node: { status: string; bestMetricValue: number; trials: { edges: { node: { metricValue: number } }[] } };
      }>(
        `query($id: ID!) { node(id: $id) { ... on TuningJob { status bestMetricValue trials(first: 10) { edges { node { metricValue } } } } } }`,
        { id },
      );
      return node.status === 'SUCCEEDED' || node.status === 'FAILED' ? node : null;
    }, 'the tuning job to end');
    expect(job.status).toBe('SUCCEEDED');
    expect(job.bestMetricValue).toBe(1);
    expect(job.trials.edges.map((edge) => edge.node.metricValue).sort()).toEqual([0.5, 1]);
  });
});
