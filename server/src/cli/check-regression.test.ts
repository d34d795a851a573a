// `tunix-rt check-regression` against a real server with tokens required: exit codes 0/1/2, the
// one-line and JSON outputs, and once through the real binary as a CI script would call it.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, makeDataset } from '../../test/factories.ts';
import type { TestServer } from '../../test/harness.ts';
import { asAdmin, CreateRunDocument, execute, rawId, startServerWithAuth, TEST_ADMIN_TOKEN } from '../../test/testkit/flow.ts';
import { main } from '../cli.ts';
import { transitionRun } from '../modules/runs/run-lifecycle.ts';
import { type CheckRegressionOptions, type CommandIo, checkRegression, graphqlEndpoint } from './check-regression.ts';

let server: TestServer;
let reference: string;
let better: string;
let worse: string;

beforeAll(async () => {
  server = await startServerWithAuth();
  const datasetId = globalId('Dataset', await makeDataset(server.deps, 2));
  const run = async (evalLoss: number) => {
    const created = (await execute(server, CreateRunDocument, { input: { datasetId, config: { epochs: 1 } } }, asAdmin)).createRun
      .run;
    await transitionRun(server.deps, rawId(created.id), 'RUNNING');
    await transitionRun(server.deps, rawId(created.id), 'SUCCEEDED', { data: { summaryMetrics: { evalLoss } } });
    return created.id;
  };
  [reference, better, worse] = [await run(1), await run(0.98), await run(1.2)];
  await server.ok(
    `mutation($input: CreateRegressionBaselineInput!) { createRegressionBaseline(input: $input) { baseline { id } } }`,
    { input: { name: 'main', runId: reference, metric: 'evalLoss' } },
    asAdmin,
  );
});
afterAll(() => server?.close());

/** Runs the check in this process with its output captured. */
async function run(
  options: CheckRegressionOptions,
  env: Record<string, string> = { TUNIX_URL: server.url, TUNIX_TOKEN: TEST_ADMIN_TOKEN },
) {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = { env, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) };
  const code = await checkRegression(options, io);
  return { code, stdout, stderr };
}

describe('tunix-rt check-regression', () => {
  it('exits 0 on PASS and 1 on FAIL, printing the numbers; --json prints the check; a UUID works as the run id', async () => {
    expect(await run({ run: better, baseline: 'main' })).toEqual({
      code: 0,
      stdout: `PASS: run ${better} evalLoss 0.98 against baseline 'main' 1. Threshold: increase <= 5.0%. Actual change: -2.00%\n`,
      stderr: '',
    });
    const failed = await run({ run: rawId(worse), baseline: 'main', json: true });
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout)).toMatchObject({
      verdict: 'FAIL',
      metric: 'evalLoss',
      direction: 'LOWER_IS_BETTER',
      baselineValue: 1,
      currentValue: 1.2,
      deltaPercent: 20,
      details: 'Threshold: increase > 5.0%. Actual change: 20.00%',
      run: { id: worse },
      baselineRun: { id: reference },
    });
    expect(await server.deps.prisma.regressionCheck.count({ where: { runId: rawId(worse) } })).toBe(1);
  });

  it('exits 2 when the check cannot be made, saying why', async () => {
    expect(await run({ run: better, baseline: 'nope' })).toMatchObject({
      code: 2,
      stderr: "check-regression: Regression baseline 'nope' not found (NOT_FOUND)\n",
    });
    const noToken = await run({ run: better, baseline: 'main' }, { TUNIX_URL: server.url });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain('(UNAUTHENTICATED)');
    const unreachable = await run({ run: better, baseline: 'main', url: 'http://127.0.0.1:1' });
    expect(unreachable).toMatchObject({ code: 2, stderr: expect.stringContaining('could not reach http://127.0.0.1:1') });
    // Usage errors are errors too, not a FAIL.
    expect(await main(['check-regression', '--baseline', 'main'])).toBe(2);
    expect(await main(['check-regression', '--run', better, '--baseline', 'main', '--colour'])).toBe(2);
  });

  it('finds the GraphQL endpoint from a server URL', () => {
    expect(graphqlEndpoint('http://127.0.0.1:4000').href).toBe('http://127.0.0.1:4000/graphql');
    expect(graphqlEndpoint('https://tunix.example/api/').href).toBe('https://tunix.example/api/graphql');
    expect(graphqlEndpoint('http://127.0.0.1:4000/graphql').href).toBe('http://127.0.0.1:4000/graphql');
  });

  it('works from a shell: the exit code is the verdict', async () => {
    const binary = path.resolve(import.meta.dirname, '../../bin/tunix-rt.js');
    const child = await promisify(execFile)(
      process.execPath,
      [binary, 'check-regression', '--run', worse, '--baseline', 'main'],
      {
        env: { PATH: process.env.PATH, TUNIX_URL: server.url, TUNIX_TOKEN: TEST_ADMIN_TOKEN },
      },
    ).catch((error: { code: number; stdout: string }) => error);
    expect(child).toMatchObject({
      code: 1,
      stdout: expect.stringMatching(/^FAIL: run .* evalLoss 1\.2 against baseline 'main' 1\./),
    });
  });
});
