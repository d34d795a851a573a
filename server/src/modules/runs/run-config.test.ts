// Run config rules through the API: what createRun refuses, what runConfigSpec says, and that the
// two cannot drift apart; a run the trainer cannot finish ends FAILED with the trainer's reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, makeDataset } from '../../../test/factories.ts';
import { startTestServer, subscribe, type TestServer } from '../../../test/harness.ts';
import { scriptTrainer, writeTrainersFile } from '../../../test/trainers.ts';
import { publishRunChange } from './run-lifecycle.ts';

let server: TestServer;
let datasetDbId: string;
let datasetId: string;
beforeAll(async () => {
  server = await startTestServer({ worker: {}, env: { TRAINERS_FILE: writeTrainersFile({ script: scriptTrainer() }) } });
  datasetDbId = await makeDataset(server.deps, 20);
  datasetId = globalId('Dataset', datasetDbId);
});
afterAll(() => server?.close());

const CREATE_RUN = `mutation($input: CreateRunInput!) { createRun(input: $input) { run { id config } } }`;
const SPEC = `query($executor: Executor!) { runConfigSpec(executor: $executor) {
  executor fields { name type default min max exclusiveMin choices description } rules { fields description }
} }`;

interface FieldError {
  path: string;
  message: string;
}
interface SpecField {
  name: string;
  type: string;
  default: unknown;
  min: number | null;
  max: number | null;
  exclusiveMin: boolean;
  choices: string[] | null;
  description: string;
}

/** The field errors of a createRun that must be refused, checking that it created no run. */
async function refused(executor: string, config: Record<string, unknown>): Promise<Record<string, string>> {
  const before = await server.deps.prisma.run.count();
  const result = await server.gql(CREATE_RUN, { input: { datasetId, executor, config } });
  expect(result.errors?.[0]?.extensions?.code, JSON.stringify(config)).toBe('BAD_USER_INPUT');
  expect(await server.deps.prisma.run.count()).toBe(before);
  const fieldErrors = (result.errors?.[0]?.extensions?.fieldErrors ?? []) as FieldError[];
  // GraphQL's Int refuses values beyond 32 bits before createRun sees them, under `input.`.
  return Object.fromEntries(fieldErrors.map((error) => [error.path.replace(/^input\./, ''), error.message]));
}

async function accepted(executor: string, config: Record<string, unknown>): Promise<Record<string, unknown>> {
  const result = await server.gql<{ createRun: { run: { id: string; config: Record<string, unknown> } } }>(CREATE_RUN, {
    input: { datasetId, executor, config },
  });
  expect(result.errors, JSON.stringify(config)).toBeUndefined();
  const run = result.data?.createRun.run;
  if (!run) throw new Error('no run');
  // Out of the worker's way: these runs only show what createRun accepts.
  await server.ok(`mutation($id: ID!) { cancelRun(input: { id: $id }) { run { id } } }`, { id: run.id });
  return run.config;
}

const specOf = async (executor: string) =>
  (
    await server.ok<{ runConfigSpec: { fields: SpecField[]; rules: { fields: string[]; description: string }[] } }>(SPEC, {
      executor,
    })
  ).runConfigSpec;

describe('createRun refuses what the trainer could not run', () => {
  it('refuses learningRate 5 with weightDecay 0.5, on both fields, and creates no run', async () => {
    const rule = 'learningRate × weightDecay must be < 1 for the builtin trainer (got 5 × 0.5 = 2.5)';
    expect(await refused('BUILTIN', { learningRate: 5, weightDecay: 0.5 })).toEqual({
      'config.learningRate': rule,
      'config.weightDecay': rule,
    });
    // The product must stay below 1: 1 itself zeroes the weights at every step.
    expect(Object.keys(await refused('BUILTIN', { learningRate: 2, weightDecay: 0.5 }))).toEqual([
      'config.learningRate',
      'config.weightDecay',
    ]);
    expect(await accepted('BUILTIN', { learningRate: 2, weightDecay: 0.49 })).toMatchObject({
      learningRate: 2,
      weightDecay: 0.49,
    });
    // The rule is the builtin trainer's own: an external trainer decides for itself.
    expect(await accepted('DRY_RUN', { learningRate: 5, weightDecay: 0.5 })).toMatchObject({ learningRate: 5 });
    expect(await accepted('COMMAND', { trainer: 'script', learningRate: 5, weightDecay: 0.5 })).toMatchObject({
      trainer: 'script',
      weightDecay: 0.5,
    });
  });

  it('checks maxStepsPerEpoch and contextSize, which only BUILTIN takes', async () => {
    expect(await refused('BUILTIN', { maxStepsPerEpoch: 0, contextSize: 3 })).toEqual({
      'config.maxStepsPerEpoch': 'must be ≥ 1 and ≤ 262144 (got 0)',
      'config.contextSize': 'must be ≥ 1 and ≤ 2 (got 3)',
    });
    expect(await refused('BUILTIN', { maxStepsPerEpoch: 262_145 })).toEqual({
      'config.maxStepsPerEpoch': 'must be ≥ 1 and ≤ 262144 (got 262145)',
    });
    expect(await refused('DRY_RUN', { maxStepsPerEpoch: 10 })).toEqual({
      'config.maxStepsPerEpoch': 'only the BUILTIN executor takes maxStepsPerEpoch (this run uses DRY_RUN)',
    });
    expect(await refused('COMMAND', { trainer: 'script', contextSize: 1 })).toEqual({
      'config.contextSize': 'only the BUILTIN executor takes contextSize (this run uses COMMAND)',
    });
    expect(await refused('BUILTIN', { device: 'tpu', params: [] as never })).toEqual({
      'config.device': 'must be cpu, cuda or auto',
      'config.params': 'must be a JSON object',
    });
    // A range problem is reported alone: the rule between fields is only checked on valid values.
    expect(await refused('BUILTIN', { learningRate: 11, weightDecay: 0.5 })).toEqual({
      'config.learningRate': 'must be > 0 and ≤ 10 (got 11)',
    });
    expect(await accepted('BUILTIN', { maxStepsPerEpoch: 5, contextSize: 1 })).toMatchObject({
      maxStepsPerEpoch: 5,
      contextSize: 1,
    });
  });
});

describe('runConfigSpec', () => {
  it('lists COMMAND’s own fields and the shared ones, with the server’s trainers, and no builtin rule', async () => {
    const spec = await specOf('COMMAND');
    const names = spec.fields.map((field) => field.name);
    expect(names).toEqual(expect.arrayContaining(['trainer', 'command', 'timeoutSeconds', 'learningRate', 'params']));
    expect(names).not.toContain('contextSize');
    expect(names).not.toContain('maxStepsPerEpoch');
    expect(spec.fields.find((field) => field.name === 'trainer')?.choices).toEqual(['script']);
    expect(spec.rules).toEqual([]);
    const builtin = await specOf('BUILTIN');
    expect(builtin.rules).toEqual([{ fields: ['learningRate', 'weightDecay'], description: expect.stringContaining('< 1') }]);
    expect(builtin.fields.map((field) => field.name)).not.toContain('trainer');
  });

  // Every limit the spec states is the one createRun enforces, so the two cannot drift apart.
  for (const executor of ['BUILTIN', 'DRY_RUN', 'COMMAND']) {
    it(`states ${executor}'s defaults and ranges exactly as createRun enforces them`, async () => {
      const spec = await specOf(executor);
      const base = executor === 'COMMAND' ? { trainer: 'script' } : {};
      const defaults = await accepted(executor, base);
      for (const field of spec.fields) {
        if (field.default !== null) expect(defaults[field.name], field.name).toBe(field.default);
        else if (field.name !== 'trainer') expect(defaults, field.name).not.toHaveProperty(field.name);
        if (field.choices && field.name !== 'trainer') {
          for (const choice of field.choices) await accepted(executor, { ...base, [field.name]: choice });
          expect(Object.keys(await refused(executor, { ...base, [field.name]: 'none of them' }))).toEqual([
            `config.${field.name}`,
          ]);
        }
        if (field.type !== 'INT' && field.type !== 'FLOAT') continue;
        if (field.min === null || field.max === null) throw new Error(`${field.name} has no range`);
        const step = (x: number) => (field.type === 'INT' ? 1 : Math.max(1e-9, Math.abs(x) * 1e-9));
        const path = `config.${field.name}`;
        expect(Object.keys(await refused(executor, { ...base, [field.name]: field.min - step(field.min) }))).toEqual([path]);
        if (field.exclusiveMin)
          expect(Object.keys(await refused(executor, { ...base, [field.name]: field.min }))).toEqual([path]);
        else expect((await accepted(executor, { ...base, [field.name]: field.min }))[field.name]).toBe(field.min);
        expect((await accepted(executor, { ...base, [field.name]: field.max }))[field.name]).toBe(field.max);
        expect(Object.keys(await refused(executor, { ...base, [field.name]: field.max + step(field.max) }))).toEqual([path]);
      }
    });
  }
});

describe('a run the trainer cannot finish', () => {
  it('ends FAILED with the trainer’s reason, not as an internal error', async () => {
    // Stored as a server from before the learningRate × weightDecay rule would have stored it: the
    // weights flip and grow by 1.5× per step until they overflow.
    const run = await server.deps.prisma.run.create({
      data: {
        datasetId: datasetDbId,
        baseModel: 'tunix-rt/char-ngram',
        executor: 'BUILTIN',
        config: { learningRate: 5, weightDecay: 0.5, batchSize: 1, epochs: 1 },
        maxAttempts: 1,
        statusChanges: { create: { fromStatus: null, toStatus: 'PENDING', reason: 'created' } },
      },
    });
    const id = globalId('Run', run.id);
    const sub = subscribe<{ runUpdated: { status: string } }>(
      server.wsClient(),
      `subscription($id: ID!) { runUpdated(id: $id) { status } }`,
      { id },
    );
    await publishRunChange(server.deps, run);
    await expect.poll(() => sub.completed, { timeout: 30_000, interval: 50 }).toBe(true);
    const ended = await server.deps.prisma.run.findUniqueOrThrow({ where: { id: run.id } });
    expect(ended.status).toBe('FAILED');
    expect(ended.error).toMatch(
      /^Training diverged at step \d+ of \d+: the loss became (NaN|Infinity) \(the weights overflowed\)\. Lower learningRate \(now 5\)/,
    );
    expect(ended.error).not.toContain('Internal error');
  });
});
