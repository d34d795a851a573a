// The README's "Evaluate and gate" walkthrough, step by step against a real server: two runs
// trained by the builtin trainer, each judged by answer_correctness and by the llm judge pointed
// at a local OpenAI-compatible server (started here), ranked on the leaderboard, the first made the
// baseline, and `tunix-rt check-regression` run as a shell would, its exit code the verdict.
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, makeDataset } from './factories.ts';
import { startTestServer, type TestServer, waitFor } from './harness.ts';

/**
 * A chat-completions endpoint that grades as a careful model would: the answer is right when it is
 * the reference. It reads the two from the server's default prompt.
 */
async function startLocalJudge() {
  let requests = 0;
  const http: Server = createServer(async (request, response) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    requests += 1;
    const prompt = (JSON.parse(body) as { messages: { content: string }[] }).messages.map((m) => m.content).join('\n');
    const [, reference = '', prediction = ''] =
      /Reference answer:\n([\s\S]*?)\n\nModel's answer:\n([\s\S]*?)\n\nReply with/.exec(prompt) ?? [];
    const correct = reference.trim() === prediction.trim();
    const content = JSON.stringify({ score: correct ? 1 : 0, correct, reasoning: correct ? 'matches' : 'differs' });
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(http.address() as AddressInfo).port}/v1`,
    requests: () => requests,
    close: () => new Promise<void>((resolve) => http.close(() => resolve())),
  };
}

let server: TestServer;
let judge: Awaited<ReturnType<typeof startLocalJudge>>;

beforeAll(async () => {
  judge = await startLocalJudge();
  server = await startTestServer({
    worker: {},
    env: { LLM_JUDGE_BASE_URL: judge.baseUrl, LLM_JUDGE_MODEL: 'local-judge', LLM_JUDGE_TIMEOUT_SECONDS: '10' },
  });
});
afterAll(async () => {
  await server?.close();
  await judge?.close();
});

interface Scored {
  status: string;
  score: number;
  primaryScore: number;
  scorecard: { nItems: number; nSkipped: number };
}

/** evaluateRun, then the evaluation once it has ended (as evaluationUpdated would end). */
async function evaluate(runId: string, judgeName: string): Promise<Scored> {
  const { evaluateRun } = await server.ok<{ evaluateRun: { evaluation: { id: string } } }>(
    `mutation($input: EvaluateRunInput!) { evaluateRun(input: $input) { evaluation { id } } }`,
    { input: { runId, judge: judgeName } },
  );
  return waitFor(
    async () => {
      const { node } = await server.ok<{ node: Scored & { error: string | null } }>(
        `query($id: ID!) { node(id: $id) { ... on Evaluation { status error score primaryScore scorecard { nItems nSkipped } } } }`,
        { id: evaluateRun.evaluation.id },
      );
      if (node.status === 'FAILED') throw new Error(`the ${judgeName} evaluation failed: ${node.error}`);
      return node.status === 'SUCCEEDED' ? node : null;
    },
    `the ${judgeName} evaluation`,
    60_000,
  );
}

describe('README: Evaluate and gate', () => {
  it('trains two runs, judges both twice, ranks them, makes the first the baseline and gates the second in a shell', async () => {
    // 1. Two runs on one dataset, the second trained longer.
    const datasetId = globalId('Dataset', await makeDataset(server.deps, 40, 'walkthrough'));
    const train = async (name: string, epochs: number) => {
      const { createRun } = await server.ok<{ createRun: { run: { id: string } } }>(
        `mutation($input: CreateRunInput!) { createRun(input: $input) { run { id } } }`,
        { input: { datasetId, name, config: { epochs } } },
      );
      return createRun.run.id;
    };
    const [first, second] = [await train('first', 1), await train('second', 3)];
    for (const id of [first, second]) {
      await waitFor(
        async () => {
          const { run } = await server.ok<{ run: { status: string } }>(`query($id: ID!) { run(id: $id) { status } }`, { id });
          if (run.status !== 'PENDING' && run.status !== 'RUNNING' && run.status !== 'SUCCEEDED') throw new Error(run.status);
          return run.status === 'SUCCEEDED';
        },
        'training',
        60_000,
      );
    }

    // 2. Both judges on both runs. The local judge grades exactly as answer_correctness counts, so
    //    the two agree item for item: the LLM path changes who judges, not the result.
    const scores = new Map<string, number>();
    for (const id of [first, second]) {
      const exact = await evaluate(id, 'answer_correctness');
      const graded = await evaluate(id, 'llm');
      expect(graded.scorecard).toEqual({ nItems: exact.scorecard.nItems, nSkipped: 0 });
      expect(graded.primaryScore).toBeCloseTo(exact.primaryScore, 10);
      scores.set(id, exact.primaryScore);
    }
    const firstScore = scores.get(first) as number;
    const secondScore = scores.get(second) as number;
    expect(judge.requests()).toBeGreaterThan(0);

    // 3. The leaderboard ranks them by their latest answer_correctness evaluation, higher first.
    const { leaderboard } = await server.ok<{ leaderboard: { totalCount: number; edges: { node: { run: { id: string } } }[] } }>(
      `query($filter: LeaderboardFilter) { leaderboard(first: 10, filter: $filter) { totalCount edges { node { run { id } } } } }`,
      { filter: { judge: 'answer_correctness', datasetId } },
    );
    expect(leaderboard.totalCount).toBe(2);
    const ranked = leaderboard.edges.map((edge) => edge.node.run.id);
    // Equal scores: the newer evaluation (the second run's) first.
    expect(ranked).toEqual(firstScore > secondScore ? [first, second] : [second, first]);

    // 4. The first run becomes the baseline "main" (primary_score of its answer_correctness evaluation).
    const { createRegressionBaseline } = await server.ok<{
      createRegressionBaseline: { baseline: { metric: string; judgeName: string; direction: string; tolerancePercent: number } };
    }>(
      `mutation($input: CreateRegressionBaselineInput!) { createRegressionBaseline(input: $input) {
        baseline { metric judgeName direction tolerancePercent } } }`,
      { input: { name: 'main', runId: first, judge: 'answer_correctness' } },
    );
    expect(createRegressionBaseline.baseline).toEqual({
      metric: 'primary_score',
      judgeName: 'answer_correctness',
      direction: 'HIGHER_IS_BETTER',
      tolerancePercent: 5,
    });

    // 5. check-regression in a shell: its exit code is the verdict the numbers give.
    const passes = secondScore >= firstScore * 0.95;
    const binary = path.resolve(import.meta.dirname, '../bin/tunix-rt.js');
    const shell = await promisify(execFile)(
      '/bin/sh',
      ['-c', `"${process.execPath}" "${binary}" check-regression --run "$SECOND" --baseline main; echo "exit code $?"`],
      { env: { PATH: process.env.PATH, TUNIX_URL: server.url, SECOND: second } },
    );
    expect(shell.stdout).toMatch(
      new RegExp(`^${passes ? 'PASS' : 'FAIL'}: run ${second} primary_score [\\d.]+ against baseline 'main' [\\d.]+\\. `),
    );
    expect(shell.stdout.trim().split('\n').at(-1)).toBe(`exit code ${passes ? 0 : 1}`);
    // The check is stored: the second run's page shows it.
    const { run } = await server.ok<{ run: { regressionChecks: { edges: { node: { verdict: string } }[] } } }>(
      `query($id: ID!) { run(id: $id) { regressionChecks(first: 5) { edges { node { verdict } } } } }`,
      { id: second },
    );
    expect(run.regressionChecks.edges.map((edge) => edge.node.verdict)).toEqual([passes ? 'PASS' : 'FAIL']);
  });
});
