// Operators' judge programs (JUDGES_FILE): real processes that read the items and write scores,
// declared like trainers; the builtin trainer leaves the predictions they judge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, makeDataset } from '../../../test/factories.ts';
import { startTestServer, type TestServer, waitFor } from '../../../test/harness.ts';
import { writeJudgesFile } from '../../../test/trainers.ts';

/** A judge program: scores each item by the JavaScript `score(item, config)` returns. */
const judgeProgram = (score: string) => ({
  description: 'test judge',
  argv: [
    process.execPath,
    '-e',
    `const fs = require('fs');
     const config = JSON.parse(fs.readFileSync(process.env.TUNIX_JUDGE_CONFIG, 'utf8'));
     const items = fs.readFileSync(process.env.TUNIX_JUDGE_INPUT, 'utf8').trim().split('\\n').map(JSON.parse);
     const score = ${score};
     fs.writeFileSync(process.env.TUNIX_JUDGE_OUTPUT, items.map((item, n) => score(item, config, n)).filter(Boolean).map(JSON.stringify).join('\\n'));`,
  ],
  killGraceSeconds: 1,
});

let server: TestServer;
let datasetId: string;

beforeAll(async () => {
  const judgesFile = writeJudgesFile({
    // Right when the prediction starts with the reference; item 0 is refused, item 1 left out.
    prefix: judgeProgram(`(item, config, n) => n === 1 ? null : n === 0
          ? { traceId: item.traceId, error: 'refused by the grader' }
          : { traceId: item.traceId, score: item.prediction.trim().startsWith(item.reference) ? 1 : 0,
              reasoning: 'threshold ' + config.threshold }`),
    broken: judgeProgram('() => { console.error("no rubric configured"); process.exit(3); }'),
  });
  server = await startTestServer({ worker: {}, env: { JUDGES_FILE: judgesFile } });
  datasetId = globalId('Dataset', await makeDataset(server.deps, 20));
});
afterAll(() => server?.close());

async function trainedRun(): Promise<string> {
  const { createRun } = await server.ok<{ createRun: { run: { id: string } } }>(
    `mutation($input: CreateRunInput!) { createRun(input: $input) { run { id } } }`,
    { input: { datasetId, config: { epochs: 1, evalFraction: 0.25 } } },
  );
  await waitFor(
    async () => {
      const { run } = await server.ok<{ run: { status: string } }>(`query($id: ID!) { run(id: $id) { status } }`, {
        id: createRun.run.id,
      });
      return run.status === 'SUCCEEDED';
    },
    'training',
    60_000,
  );
  return createRun.run.id;
}

interface Judged {
  status: string;
  error: string | null;
  judge: { name: string; config: Record<string, unknown> };
  scorecard: { nItems: number; nScored: number; nSkipped: number } | null;
  items: { edges: { node: { position: number; score: number | null; error: string | null; reasoning: string | null } }[] };
}

async function evaluate(runId: string, judge: string, judgeConfig?: Record<string, unknown>): Promise<Judged> {
  const { evaluateRun } = await server.ok<{ evaluateRun: { evaluation: { id: string } } }>(
    `mutation($input: EvaluateRunInput!) { evaluateRun(input: $input) { evaluation { id } } }`,
    { input: { runId, judge, judgeConfig } },
  );
  return waitFor(
    async () => {
      const { node } = await server.ok<{ node: Judged }>(
        `query($id: ID!) { node(id: $id) { ... on Evaluation { status error judge { name config }
          scorecard { nItems nScored nSkipped }
          items(first: 100) { edges { node { position score error reasoning } } } } } }`,
        { id: evaluateRun.evaluation.id },
      );
      return node.status === 'SUCCEEDED' || node.status === 'FAILED' ? node : null;
    },
    `the ${judge} evaluation`,
    30_000,
  );
}

describe('judge programs (JUDGES_FILE)', () => {
  it('are listed as PROGRAM judges and score each item from their output, with per-item errors', async () => {
    const { judges } = await server.ok<{ judges: { name: string; kind: string; available: boolean }[] }>(
      `query { judges { name kind available } }`,
    );
    expect(judges.filter((judge) => judge.kind === 'PROGRAM')).toEqual([
      { name: 'prefix', kind: 'PROGRAM', available: true },
      { name: 'broken', kind: 'PROGRAM', available: true },
    ]);

    const judged = await evaluate(await trainedRun(), 'prefix', { threshold: 0.5 });
    expect(judged).toMatchObject({ status: 'SUCCEEDED', error: null, judge: { name: 'prefix', config: { threshold: 0.5 } } });
    const items = judged.items.edges.map((edge) => edge.node);
    expect(items.length).toBe(judged.scorecard?.nItems);
    expect(items[0]).toMatchObject({ score: null, error: 'refused by the grader' });
    expect(items[1]).toMatchObject({ score: null, error: 'judge program prefix gave no valid score for this trace' });
    // Every other item is scored 0 or 1, with the config the program was given.
    for (const item of items.slice(2)) {
      expect([0, 1]).toContain(item.score);
      expect(item.reasoning).toBe('threshold 0.5');
    }
    expect(judged.scorecard).toMatchObject({ nSkipped: 2, nScored: items.length - 2 });
  });

  it('fail the evaluation, with the program’s last words, when the program exits non-zero', async () => {
    const judged = await evaluate(await trainedRun(), 'broken');
    expect(judged.status).toBe('FAILED');
    expect(judged.error).toContain('judge program broken exited with code 3: no rubric configured');
  });
});
