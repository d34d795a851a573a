// COMMAND runs start only trainers the operator declared, with a minimal environment, and stop
// their whole process tree. Real servers, real trainer processes (Python and Node).
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, makeDataset } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/harness.ts';
import {
  asAdmin,
  CancelRunDocument,
  CreateRunDocument,
  type CreateRunInput,
  CreateTuningJobDocument,
  createToken,
  createTuningJob,
  execute,
  rawId,
  request,
  startServerWithAuth,
  TEST_ADMIN_TOKEN,
} from '../../test/testkit/flow.ts';
import { EXAMPLE_TRAINERS_FILE, isRunning, scriptRun, scriptTrainer, writeTrainersFile } from '../../test/trainers.ts';
import { evaluationSet } from '../modules/evaluation/evaluation-set.ts';

const CREATE_JOB = CreateTuningJobDocument.toString();
type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const fieldErrorsOf = (errors: Errors) => (errors?.[0]?.extensions?.fieldErrors ?? []) as { path: string; message: string }[];

/** Queues a run; returns its database id. */
async function startRun(server: TestServer, input: CreateRunInput, headers?: Record<string, string>) {
  return rawId((await execute(server, CreateRunDocument, { input }, headers)).createRun.run.id);
}

const TERMINAL = ['SUCCEEDED', 'FAILED', 'CANCELLED', 'TIMED_OUT'];
async function finished(server: TestServer, id: string, timeout = 30_000) {
  await expect
    .poll(async () => (await server.deps.prisma.run.findUniqueOrThrow({ where: { id } })).status, { timeout, interval: 50 })
    .toBeOneOf(TERMINAL);
  return server.deps.prisma.run.findUniqueOrThrow({ where: { id }, include: { artifacts: true } });
}

const logText = async (server: TestServer, runId: string) =>
  (await server.deps.prisma.runLogChunk.findMany({ where: { runId }, orderBy: { seq: 'asc' } })).map((c) => c.text).join('');

/** Waits for the trainer to print `grandchild <pid>` and returns the pid. */
async function grandchildOf(server: TestServer, runId: string): Promise<number> {
  let pid = 0;
  await expect
    .poll(
      async () => {
        pid = Number(/grandchild (\d+)/.exec(await logText(server, runId))?.[1] ?? 0);
        return pid;
      },
      { timeout: 20_000, interval: 50 },
    )
    .toBeGreaterThan(0);
  return pid;
}

/** A trainer whose child ignores SIGTERM and holds the output pipes, as a launcher's workers would. */
const TREE = `
  const { spawn } = require('child_process');
  const child = spawn(process.execPath, ['-e', "process.on('SIGTERM', () => console.log('grandchild ignores SIGTERM')); setInterval(() => {}, 1000)"], { stdio: 'inherit' });
  console.log('grandchild ' + child.pid);
  setInterval(() => {}, 1000);`;

describe('the example trainer (examples/trainers)', () => {
  let server: TestServer;
  let datasetId: string;
  beforeAll(async () => {
    server = await startTestServer({ worker: { concurrency: 2 }, env: { TRAINERS_FILE: EXAMPLE_TRAINERS_FILE } });
    datasetId = globalId('Dataset', await makeDataset(server.deps, 40));
  });
  afterAll(() => server?.close());

  it('trains by name: its loss falls, its model is an artifact, its params arrive in TUNIX_RUN_CONFIG', async () => {
    const id = await startRun(server, {
      datasetId,
      executor: 'COMMAND',
      config: { trainer: 'tiny', epochs: 2, learningRate: 2 },
    });
    const run = await finished(server, id);
    expect(run.status, `${run.error}\n${await logText(server, id)}`).toBe('SUCCEEDED');
    expect(run.config).toMatchObject({ trainer: 'tiny', epochs: 2, learningRate: 2, timeoutSeconds: 600 });
    const evalLoss = await server.deps.prisma.runMetricPoint.findMany({
      where: { runId: id, name: 'evalLoss' },
      orderBy: { step: 'asc' },
    });
    expect(evalLoss.map((point) => point.step)).toEqual([0, 60, 120]);
    expect(evalLoss.at(-1)?.value).toBeLessThan((evalLoss[0]?.value ?? 0) - 0.5);
    expect(Object.keys(run.summaryMetrics as object).sort()).toEqual(['evalAccuracy', 'evalLoss', 'trainLoss']);
    const model = run.artifacts.find((artifact) => artifact.name === 'model.json');
    const saved = JSON.parse(await readFile(fileURLToPath(model?.storageUri ?? ''), 'utf8'));
    expect(saved).toMatchObject({ kind: 'char-bigram', complete: true, steps: 120 });
    // Its answers to the 4 held-out traces (10 % of 40), keyed by the export's trace ids.
    const predictions = run.artifacts.find((artifact) => artifact.name === 'predictions.jsonl');
    const rows = (await readFile(fileURLToPath(predictions?.storageUri ?? ''), 'utf8'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { traceId: string; prediction: string });
    // Exactly the traces the server held out (TUNIX_HELD_OUT_PATH): what an evaluation judges by default.
    const heldOut = await evaluationSet(server.deps, run, null);
    expect(rows.map((row) => row.traceId).sort()).toEqual(heldOut.map((item) => item.traceId).sort());
    expect(rows.every((row) => typeof row.prediction === 'string' && row.prediction.length <= 128)).toBe(true);
    const log = await logText(server, id);
    expect(log).toContain('$ python3 tiny_trainer.py   (trainer tiny)');
    expect(log).toContain('done: 120 steps');
  });

  it('lists the configured trainers without their argv or environment', async () => {
    const data = await server.ok<{ trainers: unknown[] }>(`{ trainers { name description defaultTimeoutSeconds } }`);
    expect(data.trainers).toEqual([
      { name: 'tiny', description: expect.stringContaining('bigram'), defaultTimeoutSeconds: 600 },
      { name: 'torch', description: expect.stringContaining('PyTorch'), defaultTimeoutSeconds: 1800 },
    ]);
    const type = await server.ok<{ __type: { fields: { name: string }[] } }>(`{ __type(name: "Trainer") { fields { name } } }`);
    expect(type.__type.fields.map((field) => field.name).sort()).toEqual(['defaultTimeoutSeconds', 'description', 'name']);
  });

  it('refuses an unknown trainer, naming the known ones', async () => {
    const result = await request(server, CreateRunDocument, {
      input: { datasetId, executor: 'COMMAND', config: { trainer: 'rm -rf /' } },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldErrorsOf(result.errors)).toEqual([
      { path: 'config.trainer', message: 'unknown trainer "rm -rf /"; known trainers: tiny, torch' },
    ]);
  });

  it('refuses raw argv unless the operator opted in', async () => {
    const runsBefore = await server.deps.prisma.run.count();
    const result = await request(server, CreateRunDocument, {
      input: { datasetId, executor: 'COMMAND', config: { command: ['sh', '-c', 'id'] } },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldErrorsOf(result.errors)[0]?.path).toBe('config.command');
    expect(fieldErrorsOf(result.errors)[0]?.message).toContain('COMMAND_RAW_ARGV_ENABLED');
    const both = await request(server, CreateRunDocument, {
      input: { datasetId, executor: 'COMMAND', config: { trainer: 'tiny', command: ['id'] } },
    });
    expect(fieldErrorsOf(both.errors)[0]?.path).toBe('config.trainer');
    expect(await server.deps.prisma.run.count()).toBe(runsBefore);
  });

  it('sweeps a named trainer: each trial runs it with its sampled params', async () => {
    const base = {
      name: 'tiny sweep',
      datasetId,
      executor: 'COMMAND' as const,
      metricName: 'evalLoss',
      baseConfig: { trainer: 'tiny', epochs: 1 },
    };
    const { id: jobId } = await createTuningJob(server, {
      ...base,
      numSamples: 2,
      maxConcurrentTrials: 2,
      searchSpace: { learningRate: { type: 'grid', values: [0.05, 3] } },
    });
    await server.ok(`mutation($id: ID!) { startTuningJob(input: { id: $id }) { tuningJob { id } } }`, { id: jobId });
    await expect
      .poll(async () => (await server.deps.prisma.tuningJob.findUniqueOrThrow({ where: { id: rawId(jobId) } })).status, {
        timeout: 30_000,
        interval: 100,
      })
      .toBe('SUCCEEDED');
    const trials = await server.deps.prisma.trial.findMany({ where: { tuningJobId: rawId(jobId) }, include: { run: true } });
    expect(trials.map((trial) => trial.run?.status)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    const configs = trials.map((trial) => trial.run?.config as { trainer: string; learningRate: number });
    expect(configs.map((config) => config.learningRate).sort()).toEqual([0.05, 3]);
    expect(configs.map((config) => config.trainer)).toEqual(['tiny', 'tiny']);
    const tuned = await server.gql(CREATE_JOB, {
      input: { ...base, searchSpace: { trainer: { type: 'choice', values: ['tiny'] } } },
    });
    expect(fieldErrorsOf(tuned.errors).map((error) => error.path)).toContain('searchSpace.trainer');
  });
});

// The torch trainer's interpreter (see trainers.yaml); CI installs python3-torch, so there it runs.
const torchMissing =
  spawnSync('/usr/bin/python3', ['-c', 'import torch'], { stdio: 'ignore' }).status === 0
    ? ''
    : ' (SKIPPED: /usr/bin/python3 cannot import torch; apt-get install python3-torch)';

describe('the PyTorch example trainer (examples/trainers/torch_trainer.py)', () => {
  let server: TestServer;
  let datasetId: string;
  beforeAll(async () => {
    if (torchMissing) return;
    server = await startTestServer({ worker: { concurrency: 2 }, env: { TRAINERS_FILE: EXAMPLE_TRAINERS_FILE } });
    datasetId = globalId('Dataset', await makeDataset(server.deps, 40));
  });
  afterAll(() => server?.close());

  it.skipIf(torchMissing)(
    `sweeps it end to end: 2 trials learn, report metrics, leave weights and predictions${torchMissing}`,
    async () => {
      // A model small enough for a few seconds per trial on one core.
      const params = {
        stepsPerEpoch: 10,
        blockSize: 32,
        dModel: 32,
        layers: 1,
        heads: 2,
        maxReasoningChars: 48,
        maxAnswerChars: 16,
      };
      const job = await server.ok<{ createTuningJob: { tuningJob: { id: string } } }>(CREATE_JOB, {
        input: {
          name: 'torch sweep',
          datasetId,
          executor: 'COMMAND',
          metricName: 'evalLoss',
          baseConfig: { trainer: 'torch', epochs: 1, batchSize: 8, params },
          numSamples: 2,
          maxConcurrentTrials: 2,
          searchSpace: { learningRate: { type: 'grid', values: [0.003, 0.03] } },
        },
      });
      const jobId = rawId(job.createTuningJob.tuningJob.id);
      await server.ok(`mutation($id: ID!) { startTuningJob(input: { id: $id }) { tuningJob { id } } }`, {
        id: job.createTuningJob.tuningJob.id,
      });
      await expect
        .poll(async () => (await server.deps.prisma.tuningJob.findUniqueOrThrow({ where: { id: jobId } })).status, {
          timeout: 120_000,
          interval: 200,
        })
        .toBe('SUCCEEDED');
      const trials = await server.deps.prisma.trial.findMany({
        where: { tuningJobId: jobId },
        include: { run: { include: { artifacts: true } } },
        orderBy: { number: 'asc' },
      });
      const members = new Set(
        (await server.deps.prisma.datasetItem.findMany({ where: { datasetId: rawId(datasetId) } })).map((item) => item.traceId),
      );
      for (const trial of trials) {
        const run = trial.run;
        expect(run?.status).toBe('SUCCEEDED');
        const evalLoss = await server.deps.prisma.runMetricPoint.findMany({
          where: { runId: run?.id, name: 'evalLoss' },
          orderBy: { step: 'asc' },
        });
        expect(evalLoss.map((point) => point.step)).toEqual([0, 10]);
        expect(evalLoss[1]?.value).toBeLessThan(evalLoss[0]?.value ?? 0);
        expect(trial.metricValue).toBe(evalLoss[1]?.value);
        expect(run?.artifacts.map((artifact) => artifact.name).sort()).toEqual(['model.json', 'model.pt', 'predictions.jsonl']);
        const predictions = run?.artifacts.find((artifact) => artifact.name === 'predictions.jsonl');
        const rows = (await readFile(fileURLToPath(predictions?.storageUri ?? ''), 'utf8'))
          .trimEnd()
          .split('\n')
          .map((line) => JSON.parse(line) as { traceId: string; prediction: string });
        expect(rows).toHaveLength(4);
        expect(rows.every((row) => members.has(row.traceId) && row.prediction.length <= 16)).toBe(true);
      }
      const best = [...trials].sort((a, b) => (a.metricValue ?? 0) - (b.metricValue ?? 0))[0];
      expect((await server.deps.prisma.tuningJob.findUniqueOrThrow({ where: { id: jobId } })).bestRunId).toBe(best?.runId);
    },
  );
});

describe('a server with raw argv switched on and auth required', () => {
  let writer: Record<string, string>;
  let server: TestServer;
  let datasetId: string;
  const secrets: Record<string, string> = {
    ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    DATABASE_URL: 'postgresql://tunix@127.0.0.1:1/database-url-value',
    REDIS_URL: 'redis://:redis-password@127.0.0.1:1',
    DOWNLOAD_SIGNING_SECRET: 'download-signing-secret-value',
    AWS_SECRET_ACCESS_KEY: 'aws-secret-access-key-value',
    SOME_UNLISTED_SETTING: 'unlisted-value',
  };
  const saved = { ...process.env };
  const DUMP_ENV = `require('fs').writeFileSync(process.env.TUNIX_OUTPUT_DIR + '/env.json', JSON.stringify(process.env))`;

  beforeAll(async () => {
    // The server process's own environment holds secrets; a trainer must never see them.
    Object.assign(process.env, secrets, { PASSED_SETTING: 'passed-through' });
    const trainersFile = writeTrainersFile({
      script: scriptTrainer(),
      envDump: scriptTrainer({
        argv: [...scriptTrainer().argv, '--', `--api-key=${TEST_ADMIN_TOKEN}`],
        passEnv: ['PASSED_SETTING', 'NOT_SET_ANYWHERE'],
        env: { FIXED_SETTING: 'fixed' },
      }),
    });
    server = await startServerWithAuth({
      worker: { concurrency: 2 },
      env: { TRAINERS_FILE: trainersFile, COMMAND_RAW_ARGV_ENABLED: 'true' },
    });
    datasetId = globalId('Dataset', await makeDataset(server.deps, 5));
    writer = (await createToken(server, { name: 'writer', role: 'WRITE' })).headers;
  });
  afterAll(async () => {
    await server?.close();
    for (const name of [...Object.keys(secrets), 'PASSED_SETTING']) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  const envOf = async (runId: string) => {
    const run = await finished(server, runId);
    expect(run.status, `${run.error}\n${await logText(server, runId)}`).toBe('SUCCEEDED');
    const file = run.artifacts.find((artifact) => artifact.name === 'env.json');
    return JSON.parse(await readFile(fileURLToPath(file?.storageUri ?? ''), 'utf8')) as Record<string, string>;
  };
  const expectNoSecret = (env: Record<string, string>) => {
    for (const [name, value] of Object.entries(secrets)) {
      expect(env[name]).toBeUndefined();
      expect(Object.values(env).join('\n')).not.toContain(value);
    }
    expect(Object.keys(env).filter((name) => name.startsWith('AWS_') || name.startsWith('TEST_'))).toEqual([]);
    expect(env.HOME).not.toBe(saved.HOME);
  };
  const OPTIONAL = ['LANG', 'LC_ALL', 'TZ'];

  it('gives a named trainer only the minimal environment plus its allowlist, and masks secrets in the logged command', async () => {
    const id = await startRun(server, { datasetId, ...scriptRun(DUMP_ENV, 'envDump') }, writer);
    const env = await envOf(id);
    expectNoSecret(env);
    expect(env).toMatchObject({
      PASSED_SETTING: 'passed-through',
      FIXED_SETTING: 'fixed',
      PYTHONUNBUFFERED: '1',
      TUNIX_TRAINER: 'envDump',
    });
    expect(
      Object.keys(env)
        .filter((name) => !OPTIONAL.includes(name))
        .sort(),
    ).toEqual([
      'FIXED_SETTING',
      'HOME',
      'PASSED_SETTING',
      'PATH',
      'PYTHONUNBUFFERED',
      'TMPDIR',
      'TUNIX_DATASET_PATH',
      'TUNIX_HELD_OUT_PATH',
      'TUNIX_OUTPUT_DIR',
      'TUNIX_RUN_CONFIG',
      'TUNIX_RUN_ID',
      'TUNIX_TRAINER',
    ]);
    const log = await logText(server, id);
    expect(log).toContain('--api-key=***');
    expect(log).not.toContain(TEST_ADMIN_TOKEN);
  });

  it('lets only an ADMIN token send raw argv, which gets no allowlist either', async () => {
    const raw = { datasetId, executor: 'COMMAND' as const, config: { command: [process.execPath, '-e', DUMP_ENV] } };
    const forbidden = await request(server, CreateRunDocument, { input: raw }, writer);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const sweep = await server.gql(
      CREATE_JOB,
      {
        input: { name: 'raw sweep', datasetId, executor: 'COMMAND', metricName: 'loss', baseConfig: raw.config, searchSpace: {} },
      },
      writer,
    );
    expect(sweep.errors?.[0]?.extensions?.code, JSON.stringify(sweep)).toBe('FORBIDDEN');
    const env = await envOf(await startRun(server, raw, asAdmin));
    expectNoSecret(env);
    expect(env.PASSED_SETTING).toBeUndefined();
    expect(env.TUNIX_RUN_ID).toBeDefined();
  });

  it('cancel stops the whole process tree, a grandchild that ignores SIGTERM included', async () => {
    const id = await startRun(server, { datasetId, ...scriptRun(TREE) }, writer);
    const grandchild = await grandchildOf(server, id);
    const started = Date.now();
    await execute(server, CancelRunDocument, { id: globalId('Run', id) }, writer);
    const run = await finished(server, id);
    expect(run.status).toBe('CANCELLED');
    // Grace period 1 s (the test trainer's killGraceSeconds), plus room for a loaded machine.
    expect(Date.now() - started).toBeLessThan(6_000);
    expect(await logText(server, id)).toContain('grandchild ignores SIGTERM');
    await expect.poll(() => isRunning(grandchild), { timeout: 3_000 }).toBe(false);
  });

  it('a timeout stops the whole process tree as well', async () => {
    const id = await startRun(
      server,
      { datasetId, ...scriptRun(TREE), config: { ...scriptRun(TREE).config, timeoutSeconds: 1 } },
      writer,
    );
    const grandchild = await grandchildOf(server, id);
    const run = await finished(server, id, 10_000);
    expect(run.status).toBe('TIMED_OUT');
    await expect.poll(() => isRunning(grandchild), { timeout: 3_000 }).toBe(false);
  });

  it('what a trainer leaves running when it exits is stopped too', async () => {
    const script = `
      const { spawn } = require('child_process');
      const child = spawn(process.execPath, ['-e', "process.on('SIGTERM', () => {}); setInterval(() => {}, 1000)"], { stdio: 'ignore' });
      console.log('grandchild ' + child.pid);
      process.exit(0);`;
    const id = await startRun(server, { datasetId, ...scriptRun(script) }, writer);
    const run = await finished(server, id);
    expect(run.status).toBe('SUCCEEDED');
    const grandchild = Number(/grandchild (\d+)/.exec(await logText(server, id))?.[1]);
    expect(grandchild).toBeGreaterThan(0);
    await expect.poll(() => isRunning(grandchild), { timeout: 5_000 }).toBe(false);
  });

  it('worker shutdown stops the tree and gives the run back', async () => {
    const id = await startRun(server, { datasetId, ...scriptRun(TREE) }, writer);
    const grandchild = await grandchildOf(server, id);
    await server.worker?.stop();
    expect(isRunning(grandchild)).toBe(false);
    expect((await server.deps.prisma.run.findUniqueOrThrow({ where: { id } })).status).toBe('PENDING');
  });
});
