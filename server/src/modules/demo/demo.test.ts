import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.ts';

const LOAD_DEMO = `mutation($input: LoadDemoInput) {
  loadDemo(input: $input) {
    traceCount
    dataset { name traceCount }
    tuningJob { status numSamples trials(first: 5) { edges { node { status } } } }
  }
}`;

describe('loadDemo', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('refuses a bad count with a field error and stores nothing', async () => {
    const result = await server.gql(LOAD_DEMO, { input: { arithmeticCount: 5 } });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ path: 'arithmeticCount', message: 'must be ≥ 20 and ≤ 100000 (got 5)' }],
    });
    expect(await server.deps.prisma.trace.count()).toBe(0);
  });

  it('loads both generators’ traces, builds a dataset of the arithmetic ones and starts a sweep on it', async () => {
    const { loadDemo } = await server.ok<{
      loadDemo: {
        traceCount: number;
        dataset: { name: string; traceCount: number };
        tuningJob: { status: string; numSamples: number; trials: { edges: { node: { status: string } }[] } };
      };
    }>(LOAD_DEMO, { input: { arithmeticCount: 40, seed: 3 } });
    expect(loadDemo.traceCount).toBe(50);
    expect(loadDemo.dataset).toEqual({ name: 'demo-3-arithmetic', traceCount: 40 });
    expect(loadDemo.tuningJob).toMatchObject({ status: 'RUNNING', numSamples: 3 });
    // maxConcurrentTrials: two trials are queued at once.
    expect(loadDemo.tuningJob.trials.edges.map((edge) => edge.node.status)).toEqual(['PENDING', 'PENDING']);
    const sources = await server.deps.prisma.trace.groupBy({ by: ['source'], _count: true, orderBy: { source: 'asc' } });
    expect(sources.map((group) => [group.source, group._count])).toEqual([
      ['arithmetic', 40],
      ['ungar', 10],
    ]);
  });
});
