// Why a run stopped is a column (Run.stopReason), set by whoever stopped it: a client, a tuning job,
// its pruning rule, the time limit. The real worker runs a trainer that works until it is stopped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, makeDataset } from '../../../test/factories.ts';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { createTuningJob } from '../../../test/testkit/flow.ts';
import type { RunExecutor } from '../../executors/types.ts';

/** Trains until the worker aborts it (which may happen before it starts). */
const untilStopped: RunExecutor = ({ signal }) =>
  new Promise((_resolve, reject) => {
    if (signal.aborted) reject(new Error('stopped'));
    signal.addEventListener('abort', () => reject(new Error('stopped')), { once: true });
  });

let server: TestServer;
let datasetId: string;
beforeAll(async () => {
  server = await startTestServer({ worker: { executors: { DRY_RUN: untilStopped, BUILTIN: untilStopped } } });
  datasetId = globalId('Dataset', await makeDataset(server.deps, 5));
});
afterAll(() => server?.close());

interface RunView {
  status: string;
  stopReason: string | null;
  error: string | null;
}
const RUN = `query($id: ID!) { run(id: $id) { status stopReason error } }`;
const runView = async (id: string) => (await server.ok<{ run: RunView }>(RUN, { id })).run;

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function runningRun(config: Record<string, unknown> = {}): Promise<string> {
  const data = await server.ok<{ createRun: { run: { id: string } } }>(
    `mutation($input: CreateRunInput!) { createRun(input: $input) { run { id } } }`,
    { input: { datasetId, executor: 'DRY_RUN', config } },
  );
  const id = data.createRun.run.id;
  expect(
    (
      await until(
        () => runView(id),
        (run) => run.status === 'RUNNING',
      )
    ).status,
  ).toBe('RUNNING');
  return id;
}

const cancel = (id: string, reason?: string) =>
  server.ok(`mutation($id: ID!, $reason: String) { cancelRun(input: { id: $id, reason: $reason }) { run { id } } }`, {
    id,
    reason,
  });

describe('Run.stopReason', () => {
  it('is null while a run goes, CANCELLED_BY_USER once a client cancels it, whatever its words', async () => {
    const id = await runningRun();
    expect((await runView(id)).stopReason).toBeNull();
    await cancel(id, 'pruned: my own words');
    const run = await until(
      () => runView(id),
      (view) => view.status === 'CANCELLED',
    );
    expect(run).toEqual({ status: 'CANCELLED', stopReason: 'CANCELLED_BY_USER', error: 'pruned: my own words' });
  });

  it('is TIMEOUT for a run that ran past its time limit', async () => {
    const id = await runningRun({ timeoutSeconds: 1 });
    const run = await until(
      () => runView(id),
      (view) => view.status === 'TIMED_OUT',
    );
    expect(run).toMatchObject({ status: 'TIMED_OUT', stopReason: 'TIMEOUT' });
  });

  it("tells a trial cancelled by a client (even with 'pruned:' words) from one cancelled with its job", async () => {
    const { id: jobId } = await createTuningJob(server, {
      name: 'stop reasons',
      datasetId,
      numSamples: 2,
      maxConcurrentTrials: 1,
      searchSpace: { learningRate: { type: 'choice', values: [0.1, 0.2] } },
    });
    await server.ok(`mutation($id: ID!) { startTuningJob(input: { id: $id }) { tuningJob { id } } }`, { id: jobId });
    type Trials = { status: string; error: string | null; run: { id: string; status: string; stopReason: string | null } }[];
    const trials = async () =>
      (
        await server.ok<{ tuningJob: { status: string; trials: { edges: { node: Trials[number] }[] } } }>(
          `query($id: ID!) { tuningJob(id: $id) { status trials(first: 10) { edges { node { status error run { id status stopReason } } } } } }`,
          { id: jobId },
        )
      ).tuningJob.trials.edges.map((edge) => edge.node);

    const first = await until(trials, (list) => list[0]?.run.status === 'RUNNING');
    await cancel((first[0] as Trials[number]).run.id, 'pruned: by hand');
    const second = await until(trials, (list) => list[1]?.run.status === 'RUNNING');
    expect(second[0]).toMatchObject({ status: 'CANCELLED', error: 'pruned: by hand', run: { stopReason: 'CANCELLED_BY_USER' } });

    await server.ok(`mutation($id: ID!) { cancelTuningJob(input: { id: $id }) { tuningJob { id } } }`, { id: jobId });
    const ended = await until(trials, (list) => list[1]?.status === 'CANCELLED');
    expect(ended[1]).toMatchObject({ status: 'CANCELLED', run: { status: 'CANCELLED', stopReason: 'TUNING_JOB_CANCELLED' } });
  });
});
