import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../../../test/factories.ts';
import { subscribe, type TestServer } from '../../../test/harness.ts';
import {
  CancelRunDocument,
  CreateRunDocument,
  type CreateRunInput,
  execute,
  rawId,
  request,
  startRun,
  startServerWithDataset,
} from '../../../test/testkit/flow.ts';
import { transitionRun } from './run-lifecycle.ts';

let server: TestServer;
let datasetId: string;
beforeAll(async () => {
  ({ server, datasetId } = await startServerWithDataset(5));
});
afterAll(() => server?.close());

const createRun = (input: Partial<CreateRunInput> = {}) => startRun(server, { datasetId, ...input });

describe('createRun', () => {
  it('queues a PENDING run with defaults filled in and its first status change', async () => {
    const run = await createRun({ config: { learningRate: 0.1 } });
    expect(run).toMatchObject({
      status: 'PENDING',
      executor: 'BUILTIN',
      config: { learningRate: 0.1, epochs: 3, batchSize: 32, seed: 42 },
      statusChanges: [{ fromStatus: null, toStatus: 'PENDING', reason: 'created' }],
    });
  });

  it('lists every bad hyperparameter at once', async () => {
    const result = await request(server, CreateRunDocument, {
      input: { datasetId, config: { learningRate: 0, epochs: 101, batchSize: 0, device: 'tpu' } },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(((result.errors?.[0]?.extensions?.fieldErrors ?? []) as { path: string }[]).map((e) => e.path).sort()).toEqual([
      'config.batchSize',
      'config.device',
      'config.epochs',
      'config.learningRate',
    ]);
  });

  it('requires a trainer for the COMMAND executor and refuses one elsewhere', async () => {
    const missing = await request(server, CreateRunDocument, { input: { datasetId, executor: 'COMMAND' } });
    expect(missing.errors?.[0]?.message).toContain('config.trainer');
    const misplaced = await request(server, CreateRunDocument, { input: { datasetId, config: { trainer: 'tiny' } } });
    expect(misplaced.errors?.[0]?.message).toContain('only the COMMAND executor');
  });

  it('takes evaluateWith only for a judge this server can run, on a run that leaves predictions', async () => {
    const fieldErrors = async (input: Partial<CreateRunInput>) => {
      const result = await request(server, CreateRunDocument, { input: { datasetId, ...input } });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return result.errors?.[0]?.extensions?.fieldErrors;
    };
    expect(await fieldErrors({ config: { evaluateWith: 'gpt-judge' } })).toEqual([
      { path: 'config.evaluateWith', message: 'unknown judge "gpt-judge"; this server has mock, answer_correctness' },
    ]);
    // This server has no LLM_JUDGE_* settings: the llm judge exists but cannot run here.
    expect(await fieldErrors({ config: { evaluateWith: 'llm' } })).toEqual([
      { path: 'config.evaluateWith', message: 'the llm judge needs LLM_JUDGE_BASE_URL and LLM_JUDGE_MODEL on this server' },
    ]);
    expect(await fieldErrors({ executor: 'DRY_RUN', config: { evaluateWith: 'answer_correctness' } })).toEqual([
      { path: 'config.evaluateWith', message: 'a DRY_RUN run trains nothing and leaves no predictions to judge' },
    ]);
    const accepted = await createRun({ config: { evaluateWith: 'answer_correctness' } });
    expect(accepted.config).toMatchObject({ evaluateWith: 'answer_correctness' });
  });

  it('answers NOT_FOUND for an unknown dataset and BAD_USER_INPUT for an id of another type', async () => {
    const unknown = await request(server, CreateRunDocument, {
      input: { datasetId: globalId('Dataset', '00000000-0000-4000-8000-000000000000') },
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const wrongType = await request(server, CreateRunDocument, {
      input: { datasetId: globalId('Trace', '00000000-0000-4000-8000-000000000000') },
    });
    expect(wrongType.errors?.[0]?.message).toMatch(/Dataset/);
  });
});

describe('cancelRun and the state machine', () => {
  it('cancels a PENDING run at once, and refuses to cancel it again', async () => {
    const run = await createRun();
    const data = await execute(server, CancelRunDocument, {
      id: run.id,
    });
    expect(data.cancelRun.run.status).toBe('CANCELLED');
    expect(data.cancelRun.run.statusChanges.map((c) => c.toStatus)).toEqual(['PENDING', 'CANCELLED']);
    const again = await request(server, CancelRunDocument, { id: run.id });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', status: 'CANCELLED' });
  });

  it('moves a RUNNING run to CANCELLING, for its worker to stop', async () => {
    const run = await createRun();
    await transitionRun(server.deps, rawId(run.id), 'RUNNING');
    const data = await execute(server, CancelRunDocument, { id: run.id });
    expect(data.cancelRun.run.status).toBe('CANCELLING');
  });

  it('refuses an illegal transition and changes nothing', async () => {
    const run = await createRun();
    await expect(transitionRun(server.deps, rawId(run.id), 'SUCCEEDED')).rejects.toMatchObject({ code: 'INVALID_STATE' });
    const stored = await server.deps.prisma.run.findUniqueOrThrow({
      where: { id: rawId(run.id) },
      include: { statusChanges: true },
    });
    expect(stored.status).toBe('PENDING');
    expect(stored.statusChanges).toHaveLength(1);
  });
});

describe('runUpdated subscription', () => {
  const RUN_UPDATED = `subscription($id: ID!) { runUpdated(id: $id) { id status finishedAt } }`;

  it('sends the current state, then each change, and ends after the terminal status (WebSocket)', async () => {
    const run = await createRun();
    const sub = subscribe<{ runUpdated: { status: string } }>(server.wsClient(), RUN_UPDATED, { id: run.id });
    await sub.next(1);
    await transitionRun(server.deps, rawId(run.id), 'RUNNING');
    await sub.next(2);
    await execute(server, CancelRunDocument, { id: run.id });
    await transitionRun(server.deps, rawId(run.id), 'CANCELLED');
    await sub.next(4);
    expect(sub.events.map((e) => e.data?.runUpdated.status)).toEqual(['PENDING', 'RUNNING', 'CANCELLING', 'CANCELLED']);
    await expect.poll(() => sub.completed).toBe(true);
  });

  it('gives a client that subscribes after the end the terminal status at once', async () => {
    const run = await createRun();
    await execute(server, CancelRunDocument, { id: run.id });
    const sub = subscribe<{ runUpdated: { status: string } }>(server.wsClient(), RUN_UPDATED, { id: run.id });
    await sub.next(1);
    await expect.poll(() => sub.completed).toBe(true);
    expect(sub.events.map((e) => e.data?.runUpdated.status)).toEqual(['CANCELLED']);
  });

  it('reports an unknown run as NOT_FOUND', async () => {
    const sub = subscribe(server.wsClient(), RUN_UPDATED, { id: globalId('Run', '00000000-0000-4000-8000-000000000000') });
    await sub.next(1);
    expect(sub.error).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'NOT_FOUND' }) })]);
  });

  it('works over server-sent events too', async () => {
    const run = await createRun();
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: RUN_UPDATED, variables: { id: run.id } }),
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    let text = '';
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
    };
    await readUntil('PENDING');
    await execute(server, CancelRunDocument, { id: run.id });
    await readUntil('CANCELLED');
    expect(text).toContain('"status":"CANCELLED"');
    await reader.cancel();
  });
});

describe('runs connection', () => {
  it('filters by status and costs a constant number of statements with nested fields', async () => {
    for (let n = 0; n < 6; n += 1) await createRun();
    const QUERY = `query($first: Int) { runs(first: $first, filter: { status: [PENDING] }) {
      totalCount edges { node { id status dataset { key traceCount } statusChanges { toStatus } } } } }`;
    server.sql.length = 0;
    const small = await server.ok<{ runs: { edges: unknown[] } }>(QUERY, { first: 2 });
    const smallCount = server.sql.length;
    server.sql.length = 0;
    const large = await server.ok<{ runs: { edges: unknown[]; totalCount: number } }>(QUERY, { first: 6 });
    expect(small.runs.edges).toHaveLength(2);
    expect(large.runs.edges).toHaveLength(6);
    expect(server.sql.length).toBe(smallCount);
    expect(server.sql.length).toBeLessThanOrEqual(5);
  });
});
