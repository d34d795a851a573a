import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, makeDataset } from '../../../test/factories.ts';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { rawId, startRun } from '../../../test/testkit/flow.ts';
import { claimNextRun } from '../../worker/worker.ts';

const redisUrl = process.env.TEST_REDIS_URL;
let server: TestServer;
let datasetId: string;

beforeAll(async () => {
  // With Redis when the suite has one, so both answers of `redis` are seen across the projects.
  server = await startTestServer({ env: redisUrl ? { REDIS_URL: redisUrl } : {} });
  datasetId = globalId('Dataset', await makeDataset(server.deps, 2));
});
afterAll(() => server?.close());

const HEALTH = `query {
  health {
    database redis workerInThisProcess queuedRuns runsInProgress
    workers { name runsHeld leaseExpiresAt }
    recentPromotions(first: 3) { version artifact { name } sourceRun { name } }
    recentEvaluations(first: 2) { status judge { name } run { id } }
  }
}`;

interface Health {
  database: string;
  redis: string;
  workerInThisProcess: boolean;
  queuedRuns: number;
  runsInProgress: number;
  workers: { name: string; runsHeld: number; leaseExpiresAt: string }[];
  recentPromotions: { version: number; artifact: { name: string } }[];
  recentEvaluations: { status: string; judge: { name: string }; run: { id: string } }[];
}

const health = async () => (await server.ok<{ health: Health }>(HEALTH)).health;

describe('health', () => {
  it('answers for an idle server: dependencies up, nothing queued, no worker holding runs', async () => {
    // A probe gives up after a second: on a machine busy with other tests, ask until Redis answers in time.
    await expect.poll(async () => (await health()).redis, { timeout: 15_000 }).toBe(redisUrl ? 'OK' : 'DISABLED');
    expect(await health()).toEqual({
      database: 'OK',
      redis: redisUrl ? 'OK' : 'DISABLED',
      workerInThisProcess: false,
      queuedRuns: 0,
      runsInProgress: 0,
      workers: [],
      recentPromotions: [],
      recentEvaluations: [],
    });
  });

  it('counts queued runs and runs in progress, and lists the workers holding them', async () => {
    for (let n = 0; n < 4; n += 1) await startRun(server, { datasetId, executor: 'DRY_RUN' });
    // Two workers claim runs as the real worker does: a lease each, under their own names.
    await claimNextRun(server.deps, 'worker-a', 60);
    await claimNextRun(server.deps, 'worker-a', 60);
    await claimNextRun(server.deps, 'worker-b', 60);

    server.sql.length = 0;
    const answer = await health();
    expect(answer).toMatchObject({ queuedRuns: 1, runsInProgress: 3 });
    expect(answer.workers.map(({ name, runsHeld }) => ({ name, runsHeld }))).toEqual([
      { name: 'worker-a', runsHeld: 2 },
      { name: 'worker-b', runsHeld: 1 },
    ]);
    expect(new Date(answer.workers[0]?.leaseExpiresAt ?? 0).getTime()).toBeGreaterThan(Date.now());
    // The probe, one grouped count for both counters, one for the workers, and the promotions with
    // their artifacts and runs, the evaluations with their runs (one statement each, batched):
    // however many runs and workers there are.
    expect(server.sql.length).toBeLessThanOrEqual(8);

    // A lease that expired is a worker that stopped renewing: no longer alive.
    await server.deps.prisma.run.updateMany({ where: { leaseOwner: 'worker-b' }, data: { leaseExpiresAt: new Date(0) } });
    expect((await health()).workers.map((worker) => worker.name)).toEqual(['worker-a']);
  });

  it('lists the evaluations requested last, newest first, running ones included', async () => {
    const { id: runId } = await startRun(server, { datasetId, executor: 'DRY_RUN' });
    const evaluation = (judgeName: string, status: 'PENDING' | 'RUNNING' | 'SUCCEEDED', at: number) =>
      server.deps.prisma.evaluation.create({
        data: { runId: rawId(runId), judgeName, judgeVersion: '1', status, createdAt: new Date(Date.UTC(2026, 0, 1, 0, at)) },
      });
    await evaluation('mock', 'SUCCEEDED', 1);
    await evaluation('answer_correctness', 'SUCCEEDED', 3);
    await evaluation('llm', 'RUNNING', 2);

    expect((await health()).recentEvaluations).toEqual([
      { status: 'SUCCEEDED', judge: { name: 'answer_correctness' }, run: { id: runId } },
      { status: 'RUNNING', judge: { name: 'llm' }, run: { id: runId } },
    ]);
    const result = await server.gql(`query { health { recentEvaluations(first: 21) { id } } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ path: 'first' }] });
  });

  it('refuses more recent promotions than it keeps, like an oversized page', async () => {
    const result = await server.gql(`query { health { recentPromotions(first: 500) { version } } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ path: 'first', message: expect.stringContaining('20') }],
    });
  });
});
