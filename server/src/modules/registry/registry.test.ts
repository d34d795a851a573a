import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../../../test/factories.ts';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { rawId, startRun } from '../../../test/testkit/flow.ts';
import type { RunStatus } from '../../generated/prisma/enums.ts';
import { transitionRun } from '../runs/run-lifecycle.ts';
import { pickWeights } from './registry.service.ts';

let server: TestServer;
let dataDir: string;
let datasetId: string;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  server = await startTestServer();
  dataDir = server.deps.config.dataDir;
  const trace = await server.ok<{ createTrace: { trace: { id: string } } }>(
    `mutation($input: CreateTraceInput!) { createTrace(input: $input) { trace { id } } }`,
    { input: { prompt: 'What is 2 + 2?', finalAnswer: '4', steps: [{ i: 0, type: 'compute', content: '2 + 2 = 4' }] } },
  );
  const traceId = rawId(trace.createTrace.trace.id);
  const dataset = await server.deps.prisma.dataset.create({
    data: {
      key: 'registry-math-v1',
      name: 'registry-math',
      version: 'v1',
      selectionStrategy: 'EXPLICIT',
      traceCount: 1,
      stats: { traceCount: 1 },
      checksum: sha256(Buffer.from(traceId)),
      items: { create: [{ position: 0, traceId }] },
    },
  });
  datasetId = dataset.id;
});

afterAll(() => server?.close());

interface TestRun {
  /** Global id. */
  id: string;
  runId: string;
  dir: string;
}

/**
 * A run as the worker leaves it: moved through the lifecycle to `status`, with `files` written
 * under <DATA_DIR>/artifacts/runs/<runId>/ and registered with their real sha256 and size.
 */
async function finishedRun(
  options: { files?: Record<string, Buffer>; status?: RunStatus; summaryMetrics?: Record<string, number> } = {},
): Promise<TestRun> {
  const files = options.files ?? { 'model.bin': randomBytes(512), 'manifest.json': Buffer.from('{"format":"char-ngram"}') };
  const created = await startRun(server, { datasetId: globalId('Dataset', datasetId), config: { epochs: 2, seed: 7 } });
  const runId = rawId(created.id);
  const status = options.status ?? 'SUCCEEDED';
  if (status !== 'PENDING') await transitionRun(server.deps, runId, 'RUNNING');
  if (status !== 'PENDING' && status !== 'RUNNING') {
    await transitionRun(server.deps, runId, status, {
      data: { exitCode: 0, summaryMetrics: options.summaryMetrics ?? { trainLoss: 0.42, evalLoss: 0.5 } },
    });
  }
  const dir = path.join(dataDir, 'artifacts', 'runs', runId);
  await mkdir(dir, { recursive: true });
  for (const [name, bytes] of Object.entries(files)) {
    const file = path.join(dir, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
    await server.deps.prisma.runArtifact.create({
      data: {
        runId,
        name,
        storageUri: pathToFileURL(file).href,
        sha256: sha256(bytes),
        sizeBytes: BigInt(bytes.length),
      },
    });
  }
  return { id: created.id, runId, dir };
}

const CREATE_ARTIFACT = `mutation($input: CreateModelArtifactInput!) {
  createModelArtifact(input: $input) { artifact { id name description taskType } }
}`;

async function createArtifact(name = unique('model')): Promise<{ id: string; name: string }> {
  const data = await server.ok<{ createModelArtifact: { artifact: { id: string; name: string } } }>(CREATE_ARTIFACT, {
    input: { name, taskType: 'sft' },
  });
  return data.createModelArtifact.artifact;
}

interface VersionView {
  id: string;
  version: number;
  label: string | null;
  status: string;
  sha256: string;
  sizeBytes: number;
  storageUri: string;
  metrics: Record<string, unknown> | null;
  config: Record<string, unknown> | null;
  provenance: Record<string, unknown> | null;
  sourceRun: { id: string } | null;
  sourceTrial: { id: string; number: number } | null;
  tuningJob: { id: string } | null;
  dataset: { id: string; key: string } | null;
  artifact: { name: string };
}

const VERSION_FIELDS = `id version label status sha256 sizeBytes storageUri metrics config provenance
  sourceRun { id } sourceTrial { id number } tuningJob { id } dataset { id key } artifact { name }`;

const PROMOTE = `mutation($input: PromoteRunInput!) {
  promoteRun(input: $input) { created version { ${VERSION_FIELDS} } }
}`;

type PromoteResult = { promoteRun: { created: boolean; version: VersionView } };

const promote = (input: Record<string, unknown>) => server.gql<PromoteResult>(PROMOTE, { input });

async function promoteOk(input: Record<string, unknown>) {
  const result = await promote(input);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  return (result.data as PromoteResult).promoteRun;
}

describe('createModelArtifact', () => {
  it('creates an artifact with no versions', async () => {
    const name = unique('gemma-2b.math_sft');
    const data = await server.ok<{
      createModelArtifact: { artifact: { id: string; name: string; description: string; taskType: string } };
    }>(CREATE_ARTIFACT, { input: { name, description: 'Math SFT', taskType: 'sft' } });
    expect(data.createModelArtifact.artifact).toMatchObject({ name, description: 'Math SFT', taskType: 'sft' });
    const found = await server.ok<{
      modelArtifactByName: { id: string; latestVersion: null; versions: { totalCount: number }; aliases: [] };
    }>(
      `query($name: String!) { modelArtifactByName(name: $name) { id latestVersion { id } versions { totalCount } aliases { name } } }`,
      {
        name,
      },
    );
    expect(found.modelArtifactByName).toEqual({
      id: data.createModelArtifact.artifact.id,
      latestVersion: null,
      versions: { totalCount: 0 },
      aliases: [],
    });
  });

  it('refuses a name that is taken with CONFLICT', async () => {
    const { name } = await createArtifact();
    const result = await server.gql(CREATE_ARTIFACT, { input: { name } });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(result.errors?.[0]?.message).toBe(`Model artifact with name '${name}' already exists`);
  });

  it('refuses a bad or too long name with BAD_USER_INPUT', async () => {
    for (const name of ['has space', 'slash/name', '', 'x'.repeat(257)]) {
      const result = await server.gql(CREATE_ARTIFACT, { input: { name } });
      expect(result.errors?.[0]?.extensions?.code, name).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fieldErrors, name).toEqual([expect.objectContaining({ path: 'name' })]);
    }
  });

  it('answers null for an unknown name', async () => {
    const data = await server.ok(`{ modelArtifactByName(name: "no-such-model") { id } }`);
    expect(data).toEqual({ modelArtifactByName: null });
  });
});

describe('promoteRun', () => {
  it("serves a version's weights from its downloadUrl, named after the artifact and version", async () => {
    const artifact = await createArtifact();
    const weights = randomBytes(700);
    const run = await finishedRun({ files: { 'model.bin': weights } });
    const { version } = await promoteOk({ artifactId: artifact.id, runId: run.id });
    const link = await server.ok<{ node: { downloadUrl: string } }>(
      `query($id: ID!) { node(id: $id) { ... on ModelVersion { downloadUrl } } }`,
      { id: version.id },
    );
    expect(link.node.downloadUrl).toBe(`/model-versions/${rawId(version.id)}/weights`);
    const response = await fetch(new URL(link.node.downloadUrl, server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(`${artifact.name}-v1.bin`);
    expect(response.headers.get('etag')).toBe(`"${sha256(weights)}"`);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(weights);

    const missing = await fetch(new URL(`/model-versions/${randomUUID()}/weights`, server.url));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('numbers versions 1, 2 and snapshots the run, its dataset and its verified weights', async () => {
    const artifact = await createArtifact();
    const weights = randomBytes(1024);
    const first = await finishedRun({ files: { 'model.bin': weights, 'manifest.json': Buffer.from('{}') } });
    const promoted = await promoteOk({ artifactId: artifact.id, runId: first.id, description: 'first cut' });
    expect(promoted.created).toBe(true);
    const v1 = promoted.version;
    expect(v1).toMatchObject({
      version: 1,
      label: null,
      status: 'READY',
      sha256: sha256(weights),
      sizeBytes: 1024,
      storageUri: pathToFileURL(path.join(first.dir, 'model.bin')).href,
      metrics: { trainLoss: 0.42, evalLoss: 0.5 },
      sourceRun: { id: first.id },
      sourceTrial: null,
      tuningJob: null,
      dataset: { id: globalId('Dataset', datasetId), key: 'registry-math-v1' },
      artifact: { name: artifact.name },
    });
    expect(v1.config).toMatchObject({ epochs: 2, seed: 7 });
    const dataset = await server.deps.prisma.dataset.findUniqueOrThrow({ where: { id: datasetId } });
    expect(v1.provenance).toMatchObject({
      runId: first.id,
      datasetId: globalId('Dataset', datasetId),
      datasetKey: 'registry-math-v1',
      datasetChecksum: dataset.checksum,
      baseModel: 'tunix-rt/char-ngram',
      executor: 'BUILTIN',
      weightsFile: 'model.bin',
    });
    expect(v1.provenance?.runStartedAt).toEqual(expect.any(String));
    expect(v1.provenance?.runFinishedAt).toEqual(expect.any(String));
    expect(v1.provenance).not.toHaveProperty('trialId');

    const second = await finishedRun();
    const v2 = (await promoteOk({ artifactName: artifact.name, runId: second.id, label: 'v2.rc-1' })).version;
    expect(v2).toMatchObject({ version: 2, label: 'v2.rc-1', sourceRun: { id: second.id } });

    const view = await server.ok<{
      modelArtifactByName: {
        latestVersion: { version: number };
        versions: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { version: number } }[];
        };
      };
    }>(
      `query($name: String!) { modelArtifactByName(name: $name) {
        latestVersion { version } versions(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { version } } }
      } }`,
      { name: artifact.name },
    );
    const artifactView = view.modelArtifactByName;
    expect(artifactView.latestVersion.version).toBe(2);
    expect(artifactView.versions.totalCount).toBe(2);
    expect(artifactView.versions.edges.map((e) => e.node.version)).toEqual([2]);
    expect(artifactView.versions.pageInfo.hasNextPage).toBe(true);
    const next = await server.ok<{ node: { versions: { edges: { node: { version: number } }[] } } }>(
      `query($id: ID!, $after: String) { node(id: $id) { ... on ModelArtifact { versions(first: 5, after: $after) { edges { node { version } } } } } }`,
      { id: artifact.id, after: artifactView.versions.pageInfo.endCursor },
    );
    expect(next.node.versions.edges.map((e) => e.node.version)).toEqual([1]);

    const node = await server.ok<{ node: { version: number; artifact: { name: string } } }>(
      `query($id: ID!) { node(id: $id) { ... on ModelVersion { version artifact { name } } } }`,
      { id: v1.id },
    );
    expect(node.node).toEqual({ version: 1, artifact: { name: artifact.name } });
  });

  it('returns the existing version for weights the artifact already has when no label is given', async () => {
    const artifact = await createArtifact();
    const weights = randomBytes(300);
    const run = await finishedRun({ files: { 'model.bin': weights } });
    const first = await promoteOk({ artifactId: artifact.id, runId: run.id });
    const again = await promoteOk({ artifactId: artifact.id, runId: run.id });
    expect(again.created).toBe(false);
    expect(again.version.id).toBe(first.version.id);
    // Another run that produced byte-identical weights is the same model.
    const twin = await finishedRun({ files: { 'model.bin': Buffer.from(weights) } });
    const twinPromotion = await promoteOk({ artifactId: artifact.id, runId: twin.id });
    expect(twinPromotion).toMatchObject({ created: false, version: { id: first.version.id, version: 1 } });
    // A label asks for a new version on purpose.
    const labelled = await promoteOk({ artifactId: artifact.id, runId: run.id, label: 'pinned' });
    expect(labelled).toMatchObject({ created: true, version: { version: 2, label: 'pinned' } });
  });

  it('refuses a label the artifact already uses with CONFLICT', async () => {
    const artifact = await createArtifact();
    await promoteOk({ artifactId: artifact.id, runId: (await finishedRun()).id, label: 'best' });
    const result = await promote({ artifactId: artifact.id, runId: (await finishedRun()).id, label: 'best' });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(result.errors?.[0]?.message).toContain(`Version label 'best' already exists for model artifact ${artifact.name}`);
  });

  it('checks the input: one artifact reference, a valid label', async () => {
    const artifact = await createArtifact();
    const run = await finishedRun();
    const both = await promote({ artifactId: artifact.id, artifactName: artifact.name, runId: run.id });
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const neither = await promote({ runId: run.id });
    expect(neither.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badLabel = await promote({ artifactId: artifact.id, runId: run.id, label: '-starts-with-dash' });
    expect(badLabel.errors?.[0]?.extensions?.fieldErrors).toEqual([expect.objectContaining({ path: 'label' })]);
    const unknown = await promote({ artifactName: 'no-such-model', runId: run.id });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a run that has not succeeded, saying its status', async () => {
    const artifact = await createArtifact();
    for (const status of ['PENDING', 'RUNNING', 'FAILED'] as const) {
      const run = await finishedRun({ status });
      const result = await promote({ artifactId: artifact.id, runId: run.id });
      expect(result.errors?.[0]?.extensions?.code, status).toBe('INVALID_STATE');
      expect(result.errors?.[0]?.message).toBe(`Run ${run.id} is ${status}; only a SUCCEEDED run can be promoted`);
    }
  });

  it('refuses a run without weights, listing the files it has', async () => {
    const artifact = await createArtifact();
    const run = await finishedRun({
      files: {
        'manifest.json': Buffer.from('{}'),
        'predictions.jsonl': Buffer.from('{}\n'),
        'adapter_config.json': Buffer.from('{}'),
      },
    });
    const result = await promote({ artifactId: artifact.id, runId: run.id });
    expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
    expect(result.errors?.[0]?.message).toContain('has no weights to promote');
    expect(result.errors?.[0]?.message).toContain('found adapter_config.json, manifest.json, predictions.jsonl');
  });

  it("picks an external trainer's largest weights file", async () => {
    const artifact = await createArtifact();
    const big = randomBytes(900);
    const run = await finishedRun({
      files: {
        'checkpoint/optimizer.pt': randomBytes(100),
        'final_model/model.safetensors': big,
        'final_model/config.json': Buffer.from('{}'),
      },
    });
    const { version } = await promoteOk({ artifactId: artifact.id, runId: run.id });
    expect(version).toMatchObject({ sha256: sha256(big), sizeBytes: 900 });
    expect(version.storageUri).toBe(pathToFileURL(path.join(run.dir, 'final_model/model.safetensors')).href);
  });

  it('refuses weights whose bytes changed after the run registered them', async () => {
    const artifact = await createArtifact();
    const weights = randomBytes(256);
    const run = await finishedRun({ files: { 'model.bin': weights } });
    const tampered = Buffer.from(weights);
    tampered[10] = (tampered[10] ?? 0) ^ 0xff;
    await writeFile(path.join(run.dir, 'model.bin'), tampered);
    const result = await promote({ artifactId: artifact.id, runId: run.id });
    expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
    expect(result.errors?.[0]?.message).toContain(
      `weights of run ${run.id} changed or are missing: expected sha256 ${sha256(weights)}`,
    );
    expect(result.errors?.[0]?.message).toContain(`found sha256 ${sha256(tampered)}`);

    await writeFile(path.join(run.dir, 'model.bin'), Buffer.concat([weights, Buffer.from('x')]));
    const grown = await promote({ artifactId: artifact.id, runId: run.id });
    expect(grown.errors?.[0]?.message).toContain('found 257 bytes');

    await rm(path.join(run.dir, 'model.bin'));
    const missing = await promote({ artifactId: artifact.id, runId: run.id });
    expect(missing.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
    expect(missing.errors?.[0]?.message).toContain(`weights of run ${run.id} changed or are missing`);
    expect(missing.errors?.[0]?.message).toContain('found nothing there');
    expect(await server.deps.prisma.modelVersion.count({ where: { sourceRunId: run.runId } })).toBe(0);
  });

  it('gives concurrent promotions to one artifact distinct numbers', async () => {
    const artifact = await createArtifact();
    const runs = await Promise.all(Array.from({ length: 4 }, () => finishedRun()));
    const results = await Promise.all(runs.map((run) => promoteOk({ artifactId: artifact.id, runId: run.id })));
    expect(results.map((r) => r.version.version).sort()).toEqual([1, 2, 3, 4]);
    expect(new Set(results.map((r) => r.version.sourceRun?.id))).toEqual(new Set(runs.map((run) => run.id)));
  });

  it('adds the latest evaluation to the metrics', async () => {
    const artifact = await createArtifact();
    const run = await finishedRun();
    const evaluation = {
      runId: run.runId,
      judgeName: 'exact_match',
      judgeVersion: '1',
      verdict: 'PASS' as const,
      metrics: { answer_correctness: 0.9 },
    };
    await server.deps.prisma.evaluation.create({ data: { ...evaluation, score: 40, primaryScore: 0.4, status: 'SUCCEEDED' } });
    await server.deps.prisma.evaluation.create({ data: { ...evaluation, score: 90, primaryScore: 0.9, status: 'SUCCEEDED' } });
    const { version } = await promoteOk({ artifactId: artifact.id, runId: run.id });
    expect(version.metrics).toEqual({
      trainLoss: 0.42,
      evalLoss: 0.5,
      evaluation: {
        judgeName: 'exact_match',
        judgeVersion: '1',
        score: 90,
        primaryScore: 0.9,
        verdict: 'PASS',
        metrics: { answer_correctness: 0.9 },
        evaluatedAt: expect.any(String),
      },
    });
  });
});

describe('promoteBestTrial', () => {
  const PROMOTE_BEST = `mutation($input: PromoteBestTrialInput!) {
    promoteBestTrial(input: $input) { created version { ${VERSION_FIELDS} } }
  }`;

  async function tuningJob(bestRun: TestRun | null) {
    const job = await server.deps.prisma.tuningJob.create({
      data: {
        name: unique('sweep'),
        datasetId,
        baseModel: 'tunix-rt/char-ngram',
        executor: 'BUILTIN',
        metricName: 'evalLoss',
        metricMode: 'MIN',
        searchSpace: { learningRate: { type: 'choice', values: [0.1, 0.5] } },
        status: bestRun ? 'SUCCEEDED' : 'RUNNING',
      },
    });
    let trialId: string | null = null;
    if (bestRun) {
      const trial = await server.deps.prisma.trial.create({
        data: {
          tuningJobId: job.id,
          number: 1,
          runId: bestRun.runId,
          params: { learningRate: 0.5 },
          status: 'SUCCEEDED',
          metricValue: 0.5,
        },
      });
      trialId = trial.id;
      await server.deps.prisma.tuningJob.update({
        where: { id: job.id },
        data: { bestRunId: bestRun.runId, bestMetricValue: 0.5 },
      });
    }
    return { id: globalId('TuningJob', job.id), jobId: job.id, trialId };
  }

  it('creates the artifact and promotes the best run, recording the trial and the job', async () => {
    const run = await finishedRun();
    const job = await tuningJob(run);
    const artifactName = unique('tuned');
    const data = await server.ok<{ promoteBestTrial: { created: boolean; version: VersionView } }>(PROMOTE_BEST, {
      input: { tuningJobId: job.id, artifactName },
    });
    expect(data.promoteBestTrial.created).toBe(true);
    expect(data.promoteBestTrial.version).toMatchObject({
      version: 1,
      artifact: { name: artifactName },
      sourceRun: { id: run.id },
      sourceTrial: { id: globalId('Trial', job.trialId as string), number: 1 },
      tuningJob: { id: job.id },
    });
    expect(data.promoteBestTrial.version.provenance).toMatchObject({
      runId: run.id,
      trialId: globalId('Trial', job.trialId as string),
      tuningJobId: job.id,
    });
    // Promoting the same best trial again is harmless.
    const again = await server.ok<{ promoteBestTrial: { created: boolean; version: VersionView } }>(PROMOTE_BEST, {
      input: { tuningJobId: job.id, artifactName },
    });
    expect(again.promoteBestTrial).toMatchObject({ created: false, version: { id: data.promoteBestTrial.version.id } });

    // Promoting the trial's run directly records the trial and its job too.
    const direct = await promoteOk({ artifactId: (await createArtifact()).id, runId: run.id });
    expect(direct.version).toMatchObject({
      sourceTrial: { id: globalId('Trial', job.trialId as string) },
      tuningJob: { id: job.id },
    });
  });

  it('refuses a job without a best trial, and a missing artifact when told not to create it', async () => {
    const pending = await tuningJob(null);
    const artifactName = unique('tuned');
    const none = await server.gql(PROMOTE_BEST, { input: { tuningJobId: pending.id, artifactName } });
    expect(none.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
    expect(none.errors?.[0]?.message).toBe(`Tuning job ${pending.id} has no best trial yet`);

    const done = await tuningJob(await finishedRun());
    const noArtifact = await server.gql(PROMOTE_BEST, { input: { tuningJobId: done.id, artifactName, createArtifact: false } });
    expect(noArtifact.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const data = await server.ok(`query($name: String!) { modelArtifactByName(name: $name) { id } }`, { name: artifactName });
    expect(data).toEqual({ modelArtifactByName: null });

    const wrongKind = await server.gql(PROMOTE_BEST, { input: { tuningJobId: globalId('Run', done.jobId), artifactName } });
    expect(wrongKind.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("gates promoteBestTrial on the best trial's run", async () => {
    const reference = await finishedRun({ summaryMetrics: { evalLoss: 0.5, evalAccuracy: 0.9 } });
    const name = unique('gate');
    await server.ok(
      `mutation($input: CreateRegressionBaselineInput!) { createRegressionBaseline(input: $input) { baseline { id } } }`,
      { input: { name, runId: reference.id, metric: 'evalAccuracy' } },
    );
    const job = await tuningJob(await finishedRun({ summaryMetrics: { evalLoss: 0.4, evalAccuracy: 0.8 } }));
    const artifactName = unique('gated');
    const refused = await server.gql(PROMOTE_BEST, { input: { tuningJobId: job.id, artifactName, requireBaseline: name } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      metric: 'evalAccuracy',
      baselineValue: 0.9,
      currentValue: 0.8,
    });
    expect(refused.errors?.[0]?.message).toContain('(change -11.11%; the largest drop allowed is 5.0%)');
    const none = await server.ok(`query($name: String!) { modelArtifactByName(name: $name) { id } }`, { name: artifactName });
    expect(none).toEqual({ modelArtifactByName: null });
    expect((await server.deps.prisma.regressionCheck.findFirstOrThrow({ where: { baselineName: name } })).gate).toBe(
      'promoteBestTrial',
    );
  });

  it('creates no artifact when the best run cannot be promoted', async () => {
    const job = await tuningJob(await finishedRun({ files: { 'manifest.json': Buffer.from('{}') } }));
    const artifactName = unique('tuned');
    const result = await server.gql(PROMOTE_BEST, { input: { tuningJobId: job.id, artifactName } });
    expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
    const data = await server.ok(`query($name: String!) { modelArtifactByName(name: $name) { id } }`, { name: artifactName });
    expect(data).toEqual({ modelArtifactByName: null });
  });
});

describe('promotion gates (requireBaseline)', () => {
  const CREATE_BASELINE = `mutation($input: CreateRegressionBaselineInput!) { createRegressionBaseline(input: $input) { baseline { id } } }`;

  it('refuses a run that fails the baseline, naming the metric and the numbers, and promotes one that passes', async () => {
    const reference = await finishedRun({ summaryMetrics: { evalLoss: 0.5 } });
    const name = unique('gate');
    await server.ok(CREATE_BASELINE, { input: { name, runId: reference.id, metric: 'evalLoss' } });
    const artifact = await createArtifact();

    const worse = await finishedRun({ summaryMetrics: { evalLoss: 0.6 } });
    const refused = await promote({ artifactId: artifact.id, runId: worse.id, requireBaseline: name });
    expect(refused.errors?.[0]?.message).toBe(
      `Run ${worse.id} fails regression baseline '${name}': evalLoss is 0.6 against the baseline's 0.5 (change 20.00%; the largest increase allowed is 5.0%)`,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ path: 'requireBaseline', message: `run fails baseline '${name}' on evalLoss` }],
      metric: 'evalLoss',
      baselineValue: 0.5,
      currentValue: 0.6,
      deltaPercent: 20,
      tolerancePercent: 5,
    });
    expect(await server.deps.prisma.modelVersion.count({ where: { artifactId: rawId(artifact.id) } })).toBe(0);

    const better = await finishedRun({ summaryMetrics: { evalLoss: 0.49 } });
    const { version } = await promoteOk({ artifactId: artifact.id, runId: better.id, requireBaseline: name });
    expect(version.sourceRun?.id).toBe(better.id);
    const gateChecks = await server.deps.prisma.regressionCheck.findMany({
      where: { baselineName: name },
      orderBy: { createdAt: 'asc' },
    });
    expect(gateChecks.map((check) => [check.runId, check.verdict, check.gate])).toEqual([
      [worse.runId, 'FAIL', 'promoteRun'],
      [better.runId, 'PASS', 'promoteRun'],
    ]);

    const unknown = await promote({ artifactId: artifact.id, runId: better.id, requireBaseline: 'no-such-baseline' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('model aliases', () => {
  const SET = `mutation($input: SetModelAliasInput!) {
    setModelAlias(input: $input) { changed alias { name version { version } history { fromVersion { version } toVersion { version } createdAt } } }
  }`;
  type SetResult = {
    setModelAlias: {
      changed: boolean;
      alias: {
        name: string;
        version: { version: number };
        history: { fromVersion: { version: number } | null; toVersion: { version: number } }[];
      };
    };
  };
  const moves = (result: SetResult) =>
    result.setModelAlias.alias.history.map((h) => [h.fromVersion?.version ?? null, h.toVersion.version]);

  it('creates and moves an alias, keeping its history', async () => {
    const artifact = await createArtifact();
    const v1 = (await promoteOk({ artifactId: artifact.id, runId: (await finishedRun()).id })).version;
    const v2 = (await promoteOk({ artifactId: artifact.id, runId: (await finishedRun()).id })).version;

    const created = await server.ok<SetResult>(SET, { input: { artifactId: artifact.id, name: 'production', versionId: v1.id } });
    expect(created.setModelAlias).toMatchObject({ changed: true, alias: { name: 'production', version: { version: 1 } } });
    expect(moves(created)).toEqual([[null, 1]]);

    const moved = await server.ok<SetResult>(SET, { input: { artifactId: artifact.id, name: 'production', versionId: v2.id } });
    expect(moved.setModelAlias.alias.version.version).toBe(2);
    expect(moves(moved)).toEqual([
      [null, 1],
      [1, 2],
    ]);

    const same = await server.ok<SetResult>(SET, { input: { artifactId: artifact.id, name: 'production', versionId: v2.id } });
    expect(same.setModelAlias.changed).toBe(false);
    expect(moves(same)).toHaveLength(2);

    await server.ok(SET, { input: { artifactId: artifact.id, name: 'staging', versionId: v2.id } });
    const view = await server.ok<{
      modelArtifactByName: { aliases: { name: string; version: { version: number } }[] };
      v2: { aliases: { name: string }[] };
    }>(
      `query($name: String!, $v2: ID!) {
        modelArtifactByName(name: $name) { aliases { name version { version } } }
        v2: node(id: $v2) { ... on ModelVersion { aliases { name } } }
      }`,
      { name: artifact.name, v2: v2.id },
    );
    expect(view.modelArtifactByName.aliases).toEqual([
      { name: 'production', version: { version: 2 } },
      { name: 'staging', version: { version: 2 } },
    ]);
    expect(view.v2.aliases.map((a) => a.name)).toEqual(['production', 'staging']);

    const DELETE = `mutation($input: DeleteModelAliasInput!) { deleteModelAlias(input: $input) { artifact { aliases { name } } } }`;
    const deleted = await server.ok<{ deleteModelAlias: { artifact: { aliases: { name: string }[] } } }>(DELETE, {
      input: { artifactId: artifact.id, name: 'staging' },
    });
    expect(deleted.deleteModelAlias.artifact.aliases.map((a) => a.name)).toEqual(['production']);
    const again = await server.gql(DELETE, { input: { artifactId: artifact.id, name: 'staging' } });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("refuses another artifact's version and a bad alias name", async () => {
    const artifact = await createArtifact();
    const other = await createArtifact();
    await promoteOk({ artifactId: artifact.id, runId: (await finishedRun()).id });
    const foreign = (await promoteOk({ artifactId: other.id, runId: (await finishedRun()).id })).version;
    const wrong = await server.gql(SET, { input: { artifactId: artifact.id, name: 'production', versionId: foreign.id } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.extensions?.fieldErrors).toEqual([expect.objectContaining({ path: 'versionId' })]);
    for (const name of ['Production', '1st', 'has space', `p${'x'.repeat(64)}`]) {
      const bad = await server.gql(SET, { input: { artifactId: other.id, name, versionId: foreign.id } });
      expect(bad.errors?.[0]?.extensions?.code, name).toBe('BAD_USER_INPUT');
    }
  });
});

describe('modelArtifacts', () => {
  it('lists the most recently promoted first, filtered by search, with a total', async () => {
    const tag = unique('listing');
    const a = await createArtifact(`${tag}-a`);
    const b = await createArtifact(`${tag}-b`);
    await createArtifact(`${tag}-c`);
    await promoteOk({ artifactId: a.id, runId: (await finishedRun()).id });
    const LIST = `query($filter: ModelArtifactFilter, $after: String) {
      modelArtifacts(first: 2, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } }
    }`;
    type ListResult = {
      modelArtifacts: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { name: string } }[];
      };
    };
    const page1 = await server.ok<ListResult>(LIST, { filter: { search: tag.toUpperCase() } });
    expect(page1.modelArtifacts.totalCount).toBe(3);
    expect(page1.modelArtifacts.edges.map((e) => e.node.name)).toEqual([`${tag}-a`, `${tag}-c`]);
    const page2 = await server.ok<ListResult>(LIST, { filter: { search: tag }, after: page1.modelArtifacts.pageInfo.endCursor });
    expect(page2.modelArtifacts.edges.map((e) => e.node.name)).toEqual([`${tag}-b`]);
    expect(page2.modelArtifacts.pageInfo.hasNextPage).toBe(false);
    expect(b.name).toBe(`${tag}-b`);
  });

  it('refuses a page over the cap', async () => {
    const result = await server.gql(`{ modelArtifacts(first: 101) { totalCount } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('health.recentPromotions', () => {
  it('lists the newest versions with their artifact and run in a constant number of statements', async () => {
    const artifact = await createArtifact();
    const promoted: number[] = [];
    for (let n = 0; n < 3; n += 1) {
      const run = await finishedRun();
      promoted.push((await promoteOk({ artifactId: artifact.id, runId: run.id })).version.version);
    }
    const read = async (first: number) => {
      server.sql.length = 0;
      const data = await server.ok<{
        health: { recentPromotions: { version: number; artifact: { name: string }; sourceRun: { id: string } }[] };
      }>(`query($first: Int) { health { recentPromotions(first: $first) { version artifact { name } sourceRun { id } } } }`, {
        first,
      });
      return { versions: data.health.recentPromotions, statements: server.sql.length };
    };
    const one = await read(1);
    const three = await read(3);
    expect(three.versions.map((version) => version.version)).toEqual([...promoted].reverse());
    expect(three.versions[0]?.artifact.name).toBe(artifact.name);
    // The probe and the versions with their artifacts and runs: as many statements for 1 as for 3.
    expect(three.statements).toBe(one.statements);
    expect(three.statements).toBeLessThanOrEqual(4);
  });
});

describe('pickWeights', () => {
  const file = (name: string, size: number) => ({ name, sizeBytes: BigInt(size) });

  it("prefers the builtin trainer's model.bin, else the largest weights file", () => {
    expect(pickWeights([file('big.safetensors', 900), file('model.bin', 10)])?.name).toBe('model.bin');
    expect(pickWeights([file('a.pt', 5), file('b.safetensors', 9), file('c.bin', 7), file('d.json', 99)])?.name).toBe(
      'b.safetensors',
    );
    expect(pickWeights([file('z.bin', 5), file('a.bin', 5)])?.name).toBe('a.bin');
    expect(pickWeights([file('manifest.json', 5), file('model.bin.txt', 9)])).toBeNull();
    expect(pickWeights([])).toBeNull();
  });
});
