// A real sweep: the worker trains every trial with the builtin trainer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, makeDataset } from '../../../test/factories.ts';
import { startTestServer, subscribe, type TestServer } from '../../../test/harness.ts';
import { createTuningJob } from '../../../test/testkit/flow.ts';

let server: TestServer;
let datasetId: string;
beforeAll(async () => {
  server = await startTestServer({ worker: { concurrency: 3, leaseSeconds: 5 } });
  datasetId = globalId('Dataset', await makeDataset(server.deps, 150));
});
afterAll(() => server?.close());

type Job = {
  status: string;
  trialCount: number;
  finishedTrialCount: number;
  bestMetricValue: number | null;
  bestParams: Record<string, number> | null;
  trials: {
    edges: {
      node: {
        number: number;
        status: string;
        metricValue: number | null;
        params: Record<string, number>;
        run: { startedAt: string; finishedAt: string } | null;
      };
    }[];
  };
};

type Update = { status: string; bestTrial: { number: number } | null };

/** Starts a tuning job and waits, through tuningJobUpdated, until it ends; returns its last update. */
async function runTuningJob(id: string): Promise<Update | undefined> {
  const updates = subscribe<{ tuningJobUpdated: Update }>(
    server.wsClient(),
    `subscription($id: ID!) { tuningJobUpdated(id: $id) { status bestTrial { number } } }`,
    { id },
  );
  await server.ok(`mutation($id: ID!) { startTuningJob(input: { id: $id }) { tuningJob { status } } }`, { id });
  await expect.poll(() => updates.completed, { timeout: 120_000, interval: 100 }).toBe(true);
  return updates.events.at(-1)?.data?.tuningJobUpdated;
}

describe('a sweep with the builtin trainer', () => {
  it('runs every trial, at most maxConcurrentTrials at once, and keeps the best', async () => {
    const { id } = await createTuningJob(server, {
      name: 'learning rate sweep',
      datasetId,
      metricName: 'evalLoss',
      metricMode: 'MIN',
      numSamples: 4,
      maxConcurrentTrials: 2,
      baseConfig: { epochs: 1, seed: 11 },
      searchSpace: { learningRate: { type: 'grid', values: [0.0005, 0.05, 0.5, 2] } },
    });
    const last = await runTuningJob(id);
    expect(last?.status).toBe('SUCCEEDED');

    const { node: job } = await server.ok<{ node: Job }>(
      `query($id: ID!) { node(id: $id) { ... on TuningJob { status bestMetricValue bestParams trialCount finishedTrialCount
        trials(first: 10, orderBy: METRIC_BEST_FIRST) { edges { node { number status metricValue params run { startedAt finishedAt } } } } } } }`,
      { id },
    );
    const trials = job.trials.edges.map((edge) => edge.node);
    expect(trials).toHaveLength(4);
    expect([job.trialCount, job.finishedTrialCount]).toEqual([4, 4]);
    expect(trials.every((trial) => trial.status === 'SUCCEEDED')).toBe(true);
    const values = trials.map((trial) => trial.metricValue as number);
    // Sorted best first, and the job's best is the best of its trials.
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(job.bestMetricValue).toBe(Math.min(...values));
    expect(job.bestParams).toEqual(trials[0]?.params);
    // The live feed's last event names the same best trial (not the one it knew when it began).
    expect(last?.bestTrial?.number).toBe(trials[0]?.number);
    // The learning rate changed the outcome: four different losses, the tiny rate the worst.
    expect(new Set(values).size).toBe(4);
    expect(trials.at(-1)?.params.learningRate).toBe(0.0005);

    // Never more than two trials ran at the same time.
    const moments = trials.flatMap((trial) => [
      { at: Date.parse(trial.run?.startedAt ?? ''), delta: 1 },
      { at: Date.parse(trial.run?.finishedAt ?? ''), delta: -1 },
    ]);
    moments.sort((a, b) => a.at - b.at || a.delta - b.delta);
    let running = 0;
    let most = 0;
    for (const moment of moments) {
      running += moment.delta;
      most = Math.max(most, running);
    }
    expect(most).toBeLessThanOrEqual(2);
  });
});

describe('early stopping in a real sweep', () => {
  it('prunes a trial whose loss trails the median of completed trials', async () => {
    const { id } = await createTuningJob(server, {
      name: 'prune the slow learner',
      datasetId,
      numSamples: 3,
      maxConcurrentTrials: 1,
      baseConfig: { epochs: 1, seed: 11 },
      searchSpace: { learningRate: { type: 'grid', values: [0.5, 1, 0.0005] } },
      earlyStopping: { rule: 'MEDIAN', minTrialsCompleted: 2, graceSteps: 1 },
    });
    await runTuningJob(id);
    const { node: job } = await server.ok<{
      node: {
        status: string;
        trials: { edges: { node: { status: string; params: { learningRate: number }; run: { status: string } } }[] };
      };
    }>(
      `query($id: ID!) { node(id: $id) { ... on TuningJob { status trials(first: 10) { edges { node { status params run { status } } } } } } }`,
      { id },
    );
    const byRate = Object.fromEntries(job.trials.edges.map(({ node }) => [node.params.learningRate, node]));
    expect(job.status).toBe('SUCCEEDED');
    expect(byRate[0.5]?.status).toBe('SUCCEEDED');
    expect(byRate[1]?.status).toBe('SUCCEEDED');
    expect(byRate[0.0005]).toMatchObject({ status: 'PRUNED', run: { status: 'CANCELLED' } });
  });
});
