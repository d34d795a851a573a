import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../../../test/factories.ts';
import type { TestServer } from '../../../test/harness.ts';
import { rawId, startRun, startServerWithDataset } from '../../../test/testkit/flow.ts';
import { transitionRun } from '../runs/run-lifecycle.ts';
import { compareWithBaseline, evaluationMetrics, lowerIsBetterByName } from './regression.service.ts';

describe('the comparison (domain §3.10)', () => {
  it('decides the direction from the metric name when none is set', () => {
    for (const name of ['evalLoss', 'trainLoss', 'latency_ms', 'TIME_TO_ANSWER', 'runtime', 'error_rate']) {
      expect([name, lowerIsBetterByName(name)]).toEqual([name, true]);
    }
    for (const name of ['primary_score', 'score', 'answer_correctness', 'accuracy', 'evalAccuracy']) {
      expect([name, lowerIsBetterByName(name)]).toEqual([name, false]);
    }
  });

  it('fails past the tolerance only in the wrong direction', () => {
    expect(compareWithBaseline(0.8, 0.76, false)).toEqual({
      baselineValue: 0.8,
      currentValue: 0.76,
      delta: 0.76 - 0.8,
      deltaPercent: -5,
      verdict: 'PASS',
      details: 'Threshold: drop <= 5.0%. Actual change: -5.00%',
    });
    expect(compareWithBaseline(0.8, 0.7599, false)).toMatchObject({ deltaPercent: -5.01, verdict: 'FAIL' });
    expect(compareWithBaseline(0.8, 0.7599, false).details).toBe('Threshold: drop > 5.0%. Actual change: -5.01%');
    expect(compareWithBaseline(0.8, 2, false).verdict).toBe('PASS');
    // Lower is better: a rise fails, a fall of any size passes.
    expect(compareWithBaseline(2, 2.2, true)).toMatchObject({ deltaPercent: 10, verdict: 'FAIL' });
    expect(compareWithBaseline(2, 2.2, true).details).toBe('Threshold: increase > 5.0%. Actual change: 10.00%');
    expect(compareWithBaseline(2, 0.1, true).verdict).toBe('PASS');
    // A baseline's own tolerance.
    expect(compareWithBaseline(2, 2.2, true, 12.5)).toMatchObject({
      verdict: 'PASS',
      details: 'Threshold: increase <= 12.5%. Actual change: 10.00%',
    });
    expect(compareWithBaseline(1, 0.99, false, 0).verdict).toBe('FAIL');
  });

  it('gives a zero baseline 0 % when unchanged and ±100 % otherwise', () => {
    expect(compareWithBaseline(0, 0, false)).toMatchObject({ delta: 0, deltaPercent: 0, verdict: 'PASS' });
    expect(compareWithBaseline(0, 0.3, false)).toMatchObject({ delta: 0.3, deltaPercent: 100, verdict: 'PASS' });
    expect(compareWithBaseline(0, -0.3, false)).toMatchObject({ deltaPercent: -100, verdict: 'FAIL' });
    expect(compareWithBaseline(0, 0.3, true)).toMatchObject({ deltaPercent: 100, verdict: 'FAIL' });
  });

  it("reads an evaluation's metrics: primary_score falls back to score / 100", () => {
    const values = evaluationMetrics({
      score: 62,
      primaryScore: null,
      metrics: { answer_correctness: 0.62 },
      detailedMetrics: [{ name: 'coherence', score: 0.85, maxScore: 1 }],
    });
    expect(Object.fromEntries(values)).toEqual({ primary_score: 0.62, score: 62, answer_correctness: 0.62, coherence: 0.85 });
  });
});

describe('baselines and checks through the API', () => {
  let server: TestServer;
  let datasetId: string;
  beforeAll(async () => {
    ({ server, datasetId } = await startServerWithDataset(3));
  });
  afterAll(() => server?.close());

  /** A SUCCEEDED run with these summary metrics and (optionally) SUCCEEDED evaluations. */
  async function succeededRun(summaryMetrics: Record<string, number>, evaluations: { judge: string; score: number }[] = []) {
    const run = await startRun(server, { datasetId, config: { epochs: 1 } });
    const runId = rawId(run.id);
    await transitionRun(server.deps, runId, 'RUNNING');
    await transitionRun(server.deps, runId, 'SUCCEEDED', { data: { exitCode: 0, summaryMetrics } });
    for (const { judge, score } of evaluations) {
      await server.deps.prisma.evaluation.create({
        data: {
          runId,
          status: 'SUCCEEDED',
          judgeName: judge,
          judgeVersion: 'v1',
          score,
          primaryScore: score / 100,
          verdict: score === 100 ? 'PASS' : 'FAIL',
          metrics: { answer_correctness: score / 100 },
        },
      });
    }
    return run.id;
  }

  const CREATE = `mutation($input: CreateRegressionBaselineInput!) {
    createRegressionBaseline(input: $input) {
      replaced
      baseline { id name metric lowerIsBetter direction tolerancePercent judgeName run { id } sourceModelVersion { id } }
    }
  }`;
  const CHECK = `mutation($input: CheckRegressionInput!) {
    checkRegression(input: $input) {
      check { id baselineName metric judgeName direction tolerancePercent baselineValue currentValue delta deltaPercent verdict details gate
        run { id } baselineRun { id } baseline { name } }
    }
  }`;
  type Check = {
    verdict: string;
    baselineValue: number;
    currentValue: number;
    deltaPercent: number;
    details: string;
    gate: string | null;
  };
  const check = async (runId: string, baselineName: string) =>
    (await server.ok<{ checkRegression: { check: Check } }>(CHECK, { input: { runId, baselineName } })).checkRegression.check;

  it("compares the latest evaluations by the baseline's judge, stores every check, and shows a run's history", async () => {
    const reference = await succeededRun({ evalLoss: 1.2 }, [
      { judge: 'answer_correctness', score: 40 },
      { judge: 'answer_correctness', score: 80 },
    ]);
    const created = await server.ok<{ createRegressionBaseline: { replaced: boolean; baseline: Record<string, unknown> } }>(
      CREATE,
      {
        input: { name: 'main', runId: reference },
      },
    );
    expect(created.createRegressionBaseline).toEqual({
      replaced: false,
      baseline: expect.objectContaining({
        name: 'main',
        metric: 'primary_score',
        lowerIsBetter: null,
        direction: 'HIGHER_IS_BETTER',
        tolerancePercent: 5,
        judgeName: 'answer_correctness',
        run: { id: reference },
        sourceModelVersion: null,
      }),
    });

    // Better by another judge's count, worse by the baseline's: the baseline's judge decides.
    const candidate = await succeededRun({ evalLoss: 1.0 }, [
      { judge: 'answer_correctness', score: 70 },
      { judge: 'mock-judge', score: 99 },
    ]);
    const failed = await check(candidate, 'main');
    expect(failed).toMatchObject({
      baselineName: 'main',
      metric: 'primary_score',
      judgeName: 'answer_correctness',
      direction: 'HIGHER_IS_BETTER',
      baselineValue: 0.8,
      currentValue: 0.7,
      deltaPercent: -12.5,
      verdict: 'FAIL',
      details: 'Threshold: drop > 5.0%. Actual change: -12.50%',
      gate: null,
      run: { id: candidate },
      baselineRun: { id: reference },
      baseline: { name: 'main' },
    });
    await server.deps.prisma.evaluation.create({
      data: {
        runId: rawId(candidate),
        status: 'SUCCEEDED',
        judgeName: 'answer_correctness',
        judgeVersion: 'v1',
        score: 82,
        primaryScore: 0.82,
        verdict: 'FAIL',
      },
    });
    // A newer evaluation still running does not count.
    await server.deps.prisma.evaluation.create({
      data: { runId: rawId(candidate), status: 'RUNNING', judgeName: 'answer_correctness', judgeVersion: 'v1' },
    });
    expect(await check(candidate, 'main')).toMatchObject({ currentValue: 0.82, deltaPercent: 2.5, verdict: 'PASS' });

    const history = await server.ok<{
      node: { regressionChecks: { totalCount: number; edges: { node: { verdict: string } }[] } };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Run { regressionChecks(first: 10) { totalCount edges { node { verdict } } } } } }`,
      { id: candidate },
    );
    expect(history.node.regressionChecks.totalCount).toBe(2);
    expect(history.node.regressionChecks.edges.map((edge) => edge.node.verdict)).toEqual(['PASS', 'FAIL']);
    const baseline = await server.ok<{ regressionBaseline: { checks: { totalCount: number } } }>(
      `{ regressionBaseline(name: "main") { checks(first: 5) { totalCount } } }`,
    );
    expect(baseline.regressionBaseline.checks.totalCount).toBe(2);
  });

  it('takes a summary metric such as evalLoss, lower being better by its name; a replaced baseline keeps its old checks', async () => {
    const reference = await succeededRun({ evalLoss: 2, evalAccuracy: 0.5 });
    await server.ok(CREATE, { input: { name: 'loss-gate', runId: reference, metric: 'evalLoss', tolerancePercent: 10 } });
    const worse = await succeededRun({ evalLoss: 2.3, evalAccuracy: 0.4 });
    expect(await check(worse, 'loss-gate')).toMatchObject({
      baselineValue: 2,
      currentValue: 2.3,
      deltaPercent: 15,
      verdict: 'FAIL',
    });

    const taken = await server.gql(CREATE, { input: { name: 'loss-gate', runId: reference, metric: 'evalAccuracy' } });
    expect(taken.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const replaced = await server.ok<{
      createRegressionBaseline: { replaced: boolean; baseline: { metric: string; direction: string } };
    }>(CREATE, { input: { name: 'loss-gate', runId: reference, metric: 'evalAccuracy', lowerIsBetter: false, replace: true } });
    expect(replaced.createRegressionBaseline).toMatchObject({
      replaced: true,
      baseline: { metric: 'evalAccuracy', direction: 'HIGHER_IS_BETTER' },
    });
    expect(await check(worse, 'loss-gate')).toMatchObject({
      baselineValue: 0.5,
      currentValue: 0.4,
      deltaPercent: -20,
      verdict: 'FAIL',
    });
    const stored = await server.deps.prisma.regressionCheck.findMany({
      where: { runId: rawId(worse) },
      orderBy: { createdAt: 'asc' },
    });
    expect(stored.map((row) => [row.metric, row.lowerIsBetter, row.tolerancePercent])).toEqual([
      ['evalLoss', true, 10],
      ['evalAccuracy', false, 5],
    ]);
  });

  it('makes a model version a baseline (its source run), and says what is missing when it cannot', async () => {
    const source = await succeededRun({ evalLoss: 1 }, [{ judge: 'answer_correctness', score: 50 }]);
    const artifact = await server.deps.prisma.modelArtifact.create({ data: { name: `baseline-model-${Date.now()}` } });
    const version = await server.deps.prisma.modelVersion.create({
      data: {
        artifactId: artifact.id,
        version: 1,
        sourceRunId: rawId(source),
        storageUri: 'file:///dev/null',
        sha256: '0'.repeat(64),
      },
    });
    const created = await server.ok<{
      createRegressionBaseline: { baseline: { run: { id: string }; sourceModelVersion: { id: string } } };
    }>(CREATE, { input: { name: 'v1', modelVersionId: globalId('ModelVersion', version.id), metric: 'answer_correctness' } });
    expect(created.createRegressionBaseline.baseline).toEqual(
      expect.objectContaining({ run: { id: source }, sourceModelVersion: { id: globalId('ModelVersion', version.id) } }),
    );

    const unevaluated = await succeededRun({ evalLoss: 1 });
    const missingMetric = await server.gql(CREATE, { input: { name: 'x', runId: source, metric: 'bleu' } });
    expect(missingMetric.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(missingMetric.errors?.[0]?.message).toBe(
      `Metric 'bleu' not found in run ${source}: its answer_correctness evaluation offers answer_correctness, primary_score, score; its summary metrics are evalLoss`,
    );
    const noEvaluation = await server.gql(CREATE, { input: { name: 'x', runId: unevaluated } });
    expect(noEvaluation.errors?.[0]?.message).toBe(`Run ${unevaluated} has no succeeded evaluation: evaluate it first`);
    const both = await server.gql(CREATE, {
      input: { name: 'x', runId: source, modelVersionId: globalId('ModelVersion', version.id) },
    });
    expect(both.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { path: 'runId', message: 'give exactly one of runId and modelVersionId' },
    ]);

    const notEvaluated = await server.gql(CHECK, { input: { runId: unevaluated, baselineName: 'v1' } });
    expect(notEvaluated.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(notEvaluated.errors?.[0]?.message).toBe(
      `Run ${unevaluated} has no succeeded evaluation by judge answer_correctness on its held-out split: evaluate it first`,
    );
    const unknown = await server.gql(CHECK, { input: { runId: unevaluated, baselineName: 'nope' } });
    expect(unknown.errors?.[0]).toMatchObject({
      message: "Regression baseline 'nope' not found",
      extensions: { code: 'NOT_FOUND' },
    });
    expect(await server.deps.prisma.regressionCheck.count({ where: { runId: rawId(unevaluated) } })).toBe(0);
  });
});
