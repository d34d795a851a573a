// Tuning jobs through the API. No worker runs here: a test plays the worker by moving trial runs
// through transitionRun and writing their metric points, then lets the job advance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../../../test/factories.ts';
import { subscribe, type TestServer } from '../../../test/harness.ts';
import {
  CreateTuningJobDocument,
  type CreateTuningJobInput,
  createTuningJob,
  rawId,
  startServerWithDataset,
} from '../../../test/testkit/flow.ts';
import type { RunStatus } from '../../generated/prisma/enums.ts';
import { transitionRun } from '../runs/run-lifecycle.ts';
import { cancelRun } from '../runs/runs.service.ts';
import { sampleTrials } from './search-space.ts';
import { advanceTuningJob, decideEarlyStop } from './tuning.service.ts';

let server: TestServer;
let datasetId: string;
beforeAll(async () => {
  ({ server, datasetId } = await startServerWithDataset(10));
});
afterAll(() => server?.close());

const CREATE = CreateTuningJobDocument.toString();
const START = `mutation($id: ID!) { startTuningJob(input: { id: $id }) { tuningJob { id status startedAt } } }`;
const CANCEL = `mutation($id: ID!) { cancelTuningJob(input: { id: $id }) { tuningJob { id status } } }`;
const JOB = `query($id: ID!, $order: TrialOrder, $first: Int, $after: String) { node(id: $id) { ... on TuningJob {
  status error finishedAt bestMetricValue bestParams bestRun { id } bestTrial { number metricValue }
  trials(first: $first, after: $after, orderBy: $order) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id number status params metricValue error startedAt finishedAt run { id status config } } }
  }
} } }`;

interface TrialView {
  id: string;
  number: number;
  status: string;
  params: Record<string, unknown>;
  metricValue: number | null;
  error: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  run: { id: string; status: string; config: Record<string, unknown> } | null;
}
interface JobView {
  status: string;
  error: string | null;
  finishedAt: string | null;
  bestMetricValue: number | null;
  bestParams: Record<string, unknown> | null;
  bestRun: { id: string } | null;
  bestTrial: { number: number; metricValue: number } | null;
  trials: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: TrialView }[] };
}

const space = {
  learningRate: { type: 'loguniform', min: 0.05, max: 2 },
  batchSize: { type: 'choice', values: [8, 16, 32] },
  warmupSteps: { type: 'randint', min: 0, max: 10 },
};

async function createJob(input: Partial<CreateTuningJobInput> = {}): Promise<string> {
  const job = await createTuningJob(server, {
    name: 'sweep',
    datasetId,
    searchSpace: space,
    numSamples: 4,
    maxConcurrentTrials: 2,
    seed: 11,
    ...input,
  });
  expect(job.status).toBe('CREATED');
  return job.id;
}

async function startJob(input: Partial<CreateTuningJobInput> = {}): Promise<string> {
  const id = await createJob(input);
  await server.ok(START, { id });
  return id;
}

async function job(id: string, variables: Record<string, unknown> = {}): Promise<JobView> {
  return (await server.ok<{ node: JobView }>(JOB, { id, first: 50, ...variables })).node;
}

const trialsOf = async (id: string) => (await job(id)).trials.edges.map((e) => e.node);

/** Plays the worker: the run starts, reports `points` of `metric`, and ends with `status`. */
async function finishRun(
  runGlobalId: string,
  {
    status = 'SUCCEEDED',
    metric = 'evalLoss',
    points = [],
    summary,
    error,
  }: { status?: RunStatus; metric?: string; points?: [number, number][]; summary?: Record<string, number>; error?: string } = {},
) {
  const runId = rawId(runGlobalId);
  await transitionRun(server.deps, runId, 'RUNNING');
  if (points.length) {
    await server.deps.prisma.runMetricPoint.createMany({
      data: points.map(([step, value]) => ({ runId, name: metric, step, value })),
    });
  }
  await transitionRun(server.deps, runId, status, {
    data: { ...(summary ? { summaryMetrics: summary } : {}), ...(error ? { error } : {}) },
  });
}

const runOf = (trial: TrialView) => {
  if (!trial.run) throw new Error(`trial ${trial.number} has no run`);
  return trial.run.id;
};

describe('createTuningJob', () => {
  it('stores the job with its defaults and normalized search space', async () => {
    const data = await server.ok<{ createTuningJob: { tuningJob: Record<string, unknown> } }>(
      `mutation($input: CreateTuningJobInput!) { createTuningJob(input: $input) { tuningJob {
        name status executor baseModel metricName metricMode numSamples maxConcurrentTrials seed searchSpace baseConfig
        earlyStopping { rule minTrialsCompleted graceSteps } dataset { id } bestRun { id } trials { totalCount }
      } } }`,
      {
        input: {
          name: 'lr sweep',
          datasetId,
          baseConfig: { epochs: 2 },
          searchSpace: { learningRate: { type: 'uniform', min: 0.1, max: 1 } },
          earlyStopping: { graceSteps: 5 },
        },
      },
    );
    expect(data.createTuningJob.tuningJob).toMatchObject({
      name: 'lr sweep',
      status: 'CREATED',
      executor: 'BUILTIN',
      metricName: 'evalLoss',
      metricMode: 'MIN',
      numSamples: 1,
      maxConcurrentTrials: 1,
      seed: expect.any(Number),
      searchSpace: { learningRate: { type: 'uniform', min: 0.1, max: 1 } },
      baseConfig: { epochs: 2, learningRate: 0.5, batchSize: 32 },
      earlyStopping: { rule: 'MEDIAN', minTrialsCompleted: 2, graceSteps: 5 },
      dataset: { id: datasetId },
      bestRun: null,
      trials: { totalCount: 0 },
    });
  });

  it('reports every problem of a bad job, with its path', async () => {
    const result = await server.gql(CREATE, {
      input: {
        name: '',
        datasetId,
        metricName: 'score',
        numSamples: 0,
        maxConcurrentTrials: 11,
        baseConfig: { batchSize: 0 },
        searchSpace: {
          lr: { type: 'loguniform', min: 0, max: 1 },
          epochs: { type: 'uniform', min: 1, max: 3 },
          params: { type: 'choice', values: [1] },
        },
        earlyStopping: { minTrialsCompleted: 0 },
      },
    });
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    const fieldErrors = error?.extensions?.fieldErrors as { path: string; message: string }[];
    expect(Object.fromEntries(fieldErrors.map((e) => [e.path, e.message]))).toEqual({
      name: 'must not be empty',
      metricName: 'the builtin trainer reports trainLoss, evalLoss, evalAccuracy; "score" would never be reported',
      numSamples: 'must be ≥ 1 and ≤ 100 (got 0)',
      maxConcurrentTrials: 'must be ≥ 1 and ≤ 10 (got 11)',
      'baseConfig.batchSize': 'must be ≥ 1 and ≤ 512 (got 0)',
      'searchSpace.lr': 'loguniform needs 0 < min < max',
      'searchSpace.epochs': 'epochs is a whole number: use randint, choice or grid',
      'searchSpace.params': 'params cannot be tuned',
      'earlyStopping.minTrialsCompleted': 'must be ≥ 1 and ≤ 100 (got 0)',
    });
  });

  it('refuses a space that can draw a value the run config refuses, whatever the seed', async () => {
    const result = await server.gql(CREATE, {
      input: {
        name: 'x',
        datasetId,
        numSamples: 4,
        baseConfig: { weightDecay: 0.3 },
        searchSpace: {
          learningRate: { type: 'choice', values: [0.5, 50] },
          epochs: { type: 'randint', min: 1, max: 102 },
          device: { type: 'grid', values: ['cpu', 'tpu'] },
          maxStepsPerEpoch: { type: 'randint', min: 0, max: 5 },
        },
      },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fieldErrors = result.errors?.[0]?.extensions?.fieldErrors as { path: string; message: string }[];
    expect(Object.fromEntries(fieldErrors.map((e) => [e.path, e.message]))).toEqual({
      'searchSpace.learningRate': 'choice can draw 50; learningRate must be > 0 and ≤ 10 (got 50)',
      // randint's max is exclusive: 101 is the largest draw.
      'searchSpace.epochs': 'randint can draw 101; epochs must be ≥ 1 and ≤ 100 (got 101)',
      'searchSpace.device': 'grid can draw "tpu"; device must be cpu, cuda or auto',
      'searchSpace.maxStepsPerEpoch': 'randint can draw 0; maxStepsPerEpoch must be ≥ 1 and ≤ 262144 (got 0)',
    });

    // Between fields: learningRate up to 4 with weightDecay 0.3 can make 1.2.
    const rule = await server.gql(CREATE, {
      input: {
        name: 'x',
        datasetId,
        baseConfig: { weightDecay: 0.3 },
        searchSpace: { learningRate: { type: 'uniform', min: 0.1, max: 4 } },
      },
    });
    expect(rule.errors?.[0]?.extensions?.fieldErrors).toEqual([
      {
        path: 'searchSpace.learningRate',
        message:
          'the space can draw {"learningRate":4}: learningRate × weightDecay must be < 1 for the builtin trainer (got 4 × 0.3 = 1.2)',
      },
    ]);
    const both = await server.gql(CREATE, {
      input: {
        name: 'x',
        datasetId,
        searchSpace: { learningRate: { type: 'uniform', min: 0.1, max: 2 }, weightDecay: { type: 'choice', values: [0, 0.5] } },
      },
    });
    expect(((both.errors?.[0]?.extensions?.fieldErrors ?? []) as { path: string }[]).map((e) => e.path)).toEqual([
      'searchSpace.learningRate',
      'searchSpace.weightDecay',
    ]);
    // The same space is fine where the rule does not apply, and within it.
    await server.ok(CREATE, {
      input: {
        name: 'x',
        datasetId,
        searchSpace: { learningRate: { type: 'uniform', min: 0.1, max: 1.9 }, weightDecay: { type: 'choice', values: [0, 0.5] } },
      },
    });
  });

  it('refuses an empty search space, a grid larger than numSamples and an unknown dataset', async () => {
    const empty = await server.gql(CREATE, { input: { name: 'x', datasetId, searchSpace: {} } });
    expect(empty.errors?.[0]?.message).toBe('searchSpace: must name at least one parameter');
    const grid = await server.gql(CREATE, {
      input: { name: 'x', datasetId, numSamples: 2, searchSpace: { epochs: { type: 'grid', values: [1, 2, 3] } } },
    });
    expect(grid.errors?.[0]?.message).toBe(
      'numSamples: the grid has 3 combinations; numSamples must be at least that to try each once',
    );
    const missing = await server.gql(CREATE, {
      input: { name: 'x', datasetId: globalId('Dataset', '00000000-0000-7000-8000-000000000000'), searchSpace: space },
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('startTuningJob', () => {
  it('schedules exactly maxConcurrentTrials trials, each a PENDING run with its sampled params', async () => {
    const id = await createJob({ baseConfig: { epochs: 2, weightDecay: 0.01 } });
    const started = await server.ok<{ startTuningJob: { tuningJob: { status: string; startedAt: string } } }>(START, { id });
    expect(started.startTuningJob.tuningJob.status).toBe('RUNNING');
    expect(started.startTuningJob.tuningJob.startedAt).toBeTruthy();
    const trials = await trialsOf(id);
    const expected = sampleTrials(space as never, 11, 2);
    expect(trials.map((t) => [t.number, t.status, t.run?.status])).toEqual([
      [1, 'PENDING', 'PENDING'],
      [2, 'PENDING', 'PENDING'],
    ]);
    for (const [index, trial] of trials.entries()) {
      const params = expected[index] as Record<string, number>;
      expect(trial.params).toEqual(params);
      expect(trial.run?.config).toMatchObject({
        epochs: 2,
        weightDecay: 0.01,
        learningRate: params.learningRate,
        batchSize: params.batchSize,
        // Not a run config field: handed to the trainer in params.
        params: { warmupSteps: params.warmupSteps },
      });
    }
    // Advancing again (or concurrently) changes nothing: the limit holds.
    await Promise.all([advanceTuningJob(server.deps, rawId(id)), advanceTuningJob(server.deps, rawId(id))]);
    expect((await job(id)).trials.totalCount).toBe(2);
  });

  it('starts a job only once', async () => {
    const id = await startJob();
    const again = await server.gql(START, { id });
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
    expect(again.errors?.[0]?.message).toContain('is RUNNING; only a CREATED job can be started');
  });
});

describe('running a sweep', () => {
  it('schedules trials as others finish, records failures, tracks the best (MIN) and completes', async () => {
    const id = await startJob();
    let trials = await trialsOf(id);
    await finishRun(runOf(trials[0] as TrialView), {
      points: [
        [10, 1.0],
        [20, 0.8],
      ],
    });
    await finishRun(runOf(trials[1] as TrialView), { status: 'FAILED', error: 'trainer exited with code 1' });
    await advanceTuningJob(server.deps, rawId(id));

    let view = await job(id);
    expect(view.status).toBe('RUNNING');
    trials = view.trials.edges.map((e) => e.node);
    expect(trials.map((t) => [t.number, t.status, t.metricValue])).toEqual([
      [1, 'SUCCEEDED', 0.8],
      [2, 'FAILED', null],
      [3, 'PENDING', null],
      [4, 'PENDING', null],
    ]);
    expect(trials[1]?.error).toBe('trainer exited with code 1');
    expect(trials[0]?.startedAt && trials[0]?.finishedAt).toBeTruthy();
    expect(view.bestMetricValue).toBe(0.8);
    expect(view.bestTrial?.number).toBe(1);

    // A run without points is read from its summary metrics.
    await finishRun(runOf(trials[2] as TrialView), { summary: { evalLoss: 0.5, trainLoss: 0.4 } });
    await finishRun(runOf(trials[3] as TrialView), { points: [[20, 0.9]] });
    await advanceTuningJob(server.deps, rawId(id));

    view = await job(id);
    expect(view).toMatchObject({
      status: 'SUCCEEDED',
      error: null,
      bestMetricValue: 0.5,
      bestParams: trials[2]?.params,
      bestRun: { id: trials[2]?.run?.id },
      bestTrial: { number: 3, metricValue: 0.5 },
    });
    expect(view.finishedAt).toBeTruthy();
    expect(view.trials.totalCount).toBe(4);

    // Best first, trials without a value last; keyset pages of two.
    const pages: number[][] = [];
    let after: string | undefined;
    do {
      const page = await job(id, { order: 'METRIC_BEST_FIRST', first: 2, after });
      pages.push(page.trials.edges.map((e) => e.node.number));
      after = page.trials.pageInfo.hasNextPage ? page.trials.pageInfo.endCursor : undefined;
    } while (after);
    expect(pages).toEqual([
      [3, 1],
      [4, 2],
    ]);
  });

  it('tracks the highest value as best for a MAX metric', async () => {
    const id = await startJob({ metricName: 'evalAccuracy', metricMode: 'MAX', numSamples: 3, maxConcurrentTrials: 3 });
    const trials = await trialsOf(id);
    const values = [0.3, 0.7, 0.5];
    for (const [index, trial] of trials.entries()) {
      await finishRun(runOf(trial), { metric: 'evalAccuracy', points: [[5, values[index] as number]] });
    }
    await advanceTuningJob(server.deps, rawId(id));
    const view = await job(id, { order: 'METRIC_BEST_FIRST' });
    expect(view).toMatchObject({ status: 'SUCCEEDED', bestMetricValue: 0.7, bestTrial: { number: 2 } });
    expect(view.trials.edges.map((e) => e.node.metricValue)).toEqual([0.7, 0.5, 0.3]);
  });

  it('fails the job, saying why, when no trial succeeds', async () => {
    const id = await startJob({ numSamples: 2, maxConcurrentTrials: 2 });
    const trials = await trialsOf(id);
    await finishRun(runOf(trials[0] as TrialView), { status: 'TIMED_OUT', error: 'Run exceeded its 60 s time limit' });
    await finishRun(runOf(trials[1] as TrialView), { summary: { trainLoss: 0.2 } });
    await advanceTuningJob(server.deps, rawId(id));
    const view = await job(id);
    expect(view.status).toBe('FAILED');
    expect(view.trials.edges.map((e) => e.node.error)).toEqual([
      'Run exceeded its 60 s time limit',
      'the run succeeded but never reported "evalLoss" (it reported trainLoss)',
    ]);
    expect(view.error).toBe('no trial succeeded (2 failed); first error: Run exceeded its 60 s time limit');
  });
});

describe('cancelTuningJob', () => {
  it("cancels the trials' runs and ends CANCELLED once none runs", async () => {
    const id = await startJob({ numSamples: 5, maxConcurrentTrials: 3 });
    const trials = await trialsOf(id);
    await transitionRun(server.deps, rawId(runOf(trials[0] as TrialView)), 'RUNNING');
    expect((await trialsOf(id))[0]?.status).toBe('RUNNING');

    const cancelled = await server.ok<{ cancelTuningJob: { tuningJob: { status: string } } }>(CANCEL, { id });
    expect(cancelled.cancelTuningJob.tuningJob.status).toBe('CANCELLING');
    let view = await job(id);
    expect(view.trials.edges.map((e) => [e.node.status, e.node.run?.status])).toEqual([
      ['RUNNING', 'CANCELLING'],
      ['CANCELLED', 'CANCELLED'],
      ['CANCELLED', 'CANCELLED'],
    ]);
    // The worker stops the running one.
    await transitionRun(server.deps, rawId(runOf(trials[0] as TrialView)), 'CANCELLED');
    await advanceTuningJob(server.deps, rawId(id));
    view = await job(id);
    expect(view.status).toBe('CANCELLED');
    expect(view.finishedAt).toBeTruthy();
    expect(view.trials.totalCount).toBe(3);
    expect(view.trials.edges.map((e) => [e.node.status, e.node.error])).toEqual(
      Array(3).fill(['CANCELLED', 'cancelled with the tuning job']),
    );

    const again = await server.gql(CANCEL, { id });
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
  });

  it('cancels a job that never started at once', async () => {
    const id = await createJob();
    const data = await server.ok<{ cancelTuningJob: { tuningJob: { status: string } } }>(CANCEL, { id });
    expect(data.cancelTuningJob.tuningJob.status).toBe('CANCELLED');
  });
});

describe('early stopping (median rule)', () => {
  it('prunes a trial whose intermediate metric trails the median of completed trials', async () => {
    const id = await startJob({
      numSamples: 4,
      maxConcurrentTrials: 2,
      earlyStopping: { rule: 'MEDIAN', minTrialsCompleted: 2, graceSteps: 10 },
    });
    let trials = await trialsOf(id);
    const check = async (trial: TrialView, step: number, value: number, name = 'evalLoss') =>
      (await decideEarlyStop(server.deps, rawId(runOf(trial)), [{ name, step, value }])) !== null;

    // Nothing has completed yet.
    expect(await check(trials[0] as TrialView, 20, 99)).toBe(false);
    await finishRun(runOf(trials[0] as TrialView), {
      points: [
        [10, 1.0],
        [20, 0.6],
      ],
    });
    await finishRun(runOf(trials[1] as TrialView), {
      points: [
        [10, 1.4],
        [30, 0.5],
      ],
    });
    await advanceTuningJob(server.deps, rawId(id));
    trials = await trialsOf(id);
    const third = trials[2] as TrialView;
    await transitionRun(server.deps, rawId(runOf(third)), 'RUNNING');

    // Median at step 20: 0.6 and 1.4 (trial 2's nearest earlier step) → 1.0.
    expect(await check(third, 20, 0.9)).toBe(false);
    expect(await check(third, 5, 5)).toBe(false); // within the grace steps
    expect(await check(third, 20, 1.1, 'trainLoss')).toBe(false); // another metric
    expect(await check(third, 20, 1.1, 'evalLoss')).toBe(true);

    // The worker cancels the run with its reason; the trial ends PRUNED, and the job goes on.
    await cancelRun(server.deps, rawId(runOf(third)), 'pruned by the early-stopping rule', 'PRUNED');
    await transitionRun(server.deps, rawId(runOf(third)), 'CANCELLED');
    await advanceTuningJob(server.deps, rawId(id));
    const view = await job(id);
    const pruned = view.trials.edges[2]?.node;
    expect(pruned?.status).toBe('PRUNED');
    expect(pruned?.error).toBe(
      'pruned: evalLoss 1.1 at step 20 is worse than the median 1 of 2 completed trials (median stopping rule)',
    );
    expect(view.status).toBe('RUNNING');
    expect(view.trials.totalCount).toBe(4);
  });
});

describe('tuningJobs and tuningJobUpdated', () => {
  it('lists jobs newest first, filtered by status', async () => {
    const id = await createJob({ name: 'listed' });
    const data = await server.ok<{ tuningJobs: { totalCount: number; edges: { node: { id: string; status: string } }[] } }>(
      `query { tuningJobs(first: 100, filter: { status: [CREATED] }) { totalCount edges { node { id status } } } }`,
    );
    expect(data.tuningJobs.edges[0]?.node.id).toBe(id);
    expect(data.tuningJobs.edges.every((e) => e.node.status === 'CREATED')).toBe(true);
    expect(data.tuningJobs.totalCount).toBe(data.tuningJobs.edges.length);
  });

  it('sends the job now, then each change, and ends after it completes (runs finished through the hook)', async () => {
    // A trial's run ending advances its job by itself (the tuning module's run hook), as in the server.
    const id = await startJob({ numSamples: 2, maxConcurrentTrials: 1 });
    const subscription = subscribe<{ tuningJobUpdated: { status: string; trials: { totalCount: number } } }>(
      server.wsClient(),
      `subscription($id: ID!) { tuningJobUpdated(id: $id) { status bestMetricValue trials { totalCount } } }`,
      { id },
    );
    const [snapshot] = await subscription.next(1);
    expect(snapshot?.data?.tuningJobUpdated).toMatchObject({ status: 'RUNNING', trials: { totalCount: 1 } });

    await finishRun(runOf((await trialsOf(id))[0] as TrialView), { points: [[1, 0.4]] });
    expect((await trialsOf(id)).map((t) => t.status)).toEqual(['SUCCEEDED', 'PENDING']);
    await finishRun(runOf((await trialsOf(id))[1] as TrialView), { points: [[1, 0.3]] });

    await subscription.next(100);
    expect(subscription.completed).toBe(true);
    const statuses = subscription.events.map((e) => e.data?.tuningJobUpdated.status);
    expect(statuses[0]).toBe('RUNNING');
    expect(statuses.at(-1)).toBe('SUCCEEDED');
    expect(subscription.events.at(-1)?.data?.tuningJobUpdated).toMatchObject({ bestMetricValue: 0.3, trials: { totalCount: 2 } });
  });
});
