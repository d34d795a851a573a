// Artifacts in an S3-compatible bucket, against a real S3 server (s3rver) started here: the worker
// uploads what the trainer left (multipart for the large file), downloads stream from the bucket
// or redirect to a presigned URL, and the registry verifies a version's bytes in the bucket.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, makeDataset } from '../../test/factories.ts';
import { startTestServer, subscribe, type TestServer } from '../../test/harness.ts';
import { startRun as queueRun, rawId } from '../../test/testkit/flow.ts';
import { scriptRun, scriptTrainer, writeTrainersFile } from '../../test/trainers.ts';
import { runOutputDir } from '../worker/worker.ts';

const BUCKET = 'tunix-artifacts';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let s3rver: S3rver;
let s3Dir: string;
let s3: S3Client;
let server: TestServer;
let s3Env: Record<string, string>;

// A trainer that leaves 9 MiB of weights (more than one 8 MiB upload part) and a small file in a folder.
const WEIGHTS_BYTES = 9 * 1_048_576;
const TRAINER_SCRIPT = `
  const fs = require('fs'), path = require('path'), out = process.env.TUNIX_OUTPUT_DIR;
  const weights = Buffer.alloc(${WEIGHTS_BYTES});
  for (let i = 0; i < weights.length; i += 4096) weights[i] = (i / 4096) % 251;
  fs.writeFileSync(path.join(out, 'model.bin'), weights);
  fs.mkdirSync(path.join(out, 'notes'));
  fs.writeFileSync(path.join(out, 'notes', 'read me.txt'), 'trained on the sample');
`;

beforeAll(async () => {
  s3Dir = await mkdtemp(path.join(tmpdir(), 'tunix-s3rver-'));
  s3rver = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: s3Dir,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = (await s3rver.run()) as { port: number };
  const endpoint = `http://127.0.0.1:${port}`;
  // s3rver's own access key; it predates the SDK's default request checksums.
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  s3Env = {
    ARTIFACTS_S3_BUCKET: BUCKET,
    ARTIFACTS_S3_PREFIX: 'team-a',
    AWS_ENDPOINT_URL_S3: endpoint,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
  };
  s3 = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  server = await startTestServer({
    worker: { concurrency: 1 },
    env: { ...s3Env, TRAINERS_FILE: writeTrainersFile({ script: scriptTrainer() }) },
  });
});

afterAll(async () => {
  await server?.close();
  s3?.destroy();
  await s3rver?.close();
  await rm(s3Dir, { recursive: true, force: true });
});

const RUN = `query($id: ID!) { node(id: $id) { ... on Run { status error artifacts { name sha256 sizeBytes downloadUrl } } } }`;
type RunView = {
  status: string;
  error: string | null;
  artifacts: { name: string; sha256: string; sizeBytes: number; downloadUrl: string }[];
};

async function finishedRun(): Promise<{ id: string; run: RunView }> {
  const datasetId = globalId('Dataset', await makeDataset(server.deps, 4));
  const { id } = await queueRun(server, { datasetId, ...scriptRun(TRAINER_SCRIPT) });
  const sub = subscribe(server.wsClient(), 'subscription($id: ID!) { runUpdated(id: $id) { status } }', { id });
  await expect.poll(() => sub.completed, { timeout: 60_000, interval: 50 }).toBe(true);
  return { id, run: (await server.ok<{ node: RunView }>(RUN, { id })).node };
}

const objectBytes = async (key: string) =>
  (await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))).Body?.transformToByteArray() as Promise<Uint8Array>;

describe('artifacts in S3-compatible storage', () => {
  let runId: string;
  let weightsSha: string;

  it('uploads what the trainer left under immutable keys, keeps the sha256 and leaves no local copy', async () => {
    const { id, run } = await finishedRun();
    expect(run.error).toBeNull();
    expect(run.status).toBe('SUCCEEDED');
    runId = rawId(id);
    const rows = await server.deps.prisma.runArtifact.findMany({ where: { runId }, orderBy: { name: 'asc' } });
    expect(rows.map((row) => [row.name, row.storageUri])).toEqual([
      ['model.bin', `s3://${BUCKET}/team-a/runs/${runId}/1/model.bin`],
      ['notes/read me.txt', `s3://${BUCKET}/team-a/runs/${runId}/1/notes/read me.txt`],
    ]);
    const weights = await objectBytes(`team-a/runs/${runId}/1/model.bin`);
    expect(weights.length).toBe(WEIGHTS_BYTES);
    weightsSha = sha256(weights);
    expect(rows[0]?.sha256).toBe(weightsSha);
    const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: `team-a/runs/${runId}/1/model.bin` }));
    expect(head.Metadata?.sha256).toBe(weightsSha);
    expect(existsSync(runOutputDir(server.deps, runId))).toBe(false);

    // The download route streams the object from the bucket.
    const download = run.artifacts.find((artifact) => artifact.name === 'model.bin')?.downloadUrl ?? '';
    const response = await fetch(new URL(download, server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe(`"${weightsSha}"`);
    expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(weightsSha);
  });

  it('redirects downloads to a presigned URL of the bucket when ARTIFACTS_S3_PRESIGNED_DOWNLOADS=true', async () => {
    const presigning = await startTestServer({
      shareDatabaseOf: server,
      env: { ...s3Env, ARTIFACTS_S3_PRESIGNED_DOWNLOADS: 'true' },
    });
    try {
      const response = await fetch(new URL(`/runs/${runId}/artifacts/notes/read%20me.txt`, presigning.url), {
        redirect: 'manual',
      });
      expect(response.status).toBe(302);
      const location = new URL(response.headers.get('location') ?? '');
      expect(location.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
      expect(location.searchParams.get('X-Amz-Expires')).toBe('900');
      const object = await fetch(location);
      expect(object.status).toBe(200);
      expect(await object.text()).toBe('trained on the sample');
      expect(object.headers.get('content-disposition')).toContain('read me.txt');
    } finally {
      await presigning.close();
    }
  });

  it('promotes the weights in the bucket with their sha256, and refuses them once the bytes changed', async () => {
    const promote = `mutation($runId: ID!, $name: String!) {
      promoteRun(input: { runId: $runId, artifactName: $name }) { version { storageUri sha256 } }
    }`;
    const create = 'mutation($name: String!) { createModelArtifact(input: { name: $name }) { artifact { id } } }';
    await server.ok(create, { name: 'in-bucket' });
    await server.ok(create, { name: 'tampered' });
    const runGlobalId = globalId('Run', runId);
    const promoted = await server.ok<{ promoteRun: { version: { storageUri: string; sha256: string } } }>(promote, {
      runId: runGlobalId,
      name: 'in-bucket',
    });
    expect(promoted.promoteRun.version).toEqual({
      storageUri: `s3://${BUCKET}/team-a/runs/${runId}/1/model.bin`,
      sha256: weightsSha,
    });

    const key = `team-a/runs/${runId}/1/model.bin`;
    const altered = await objectBytes(key);
    altered[0] = (altered[0] ?? 0) + 1;
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: altered }));
    const refused = await server.gql(promote, { runId: runGlobalId, name: 'tampered' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
    expect(refused.errors?.[0]?.message).toContain(`found sha256 ${sha256(altered)}`);
  });
});
