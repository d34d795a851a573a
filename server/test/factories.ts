// Test data made directly in the database, for tests whose subject is not how it is created.
import { createHash } from 'node:crypto';
import type { Deps } from '../src/deps.ts';
import { uuidv7 } from '../src/modules/common/ids.ts';
import { createTraces, type TraceInput } from '../src/modules/traces/traces.service.ts';

export const arithmeticTrace = (n: number, source = 'factory'): TraceInput => ({
  prompt: `What is ${n} + ${n + 3}?`,
  steps: [
    { i: 0, type: 'parse', content: `We add ${n} and ${n + 3}.` },
    { i: 1, type: 'compute', content: `${n} + ${n + 3} = ${2 * n + 3}` },
  ],
  finalAnswer: String(2 * n + 3),
  meta: { source },
});

/** A dataset of `size` arithmetic traces, with its membership in order. Returns its database id. */
export async function makeDataset(deps: Deps, size = 20, name = `ds-${Math.random().toString(36).slice(2, 8)}`): Promise<string> {
  const traceIds = await createTraces(
    deps,
    Array.from({ length: size }, (_, n) => arithmeticTrace(n, name)),
  );
  const dataset = await deps.prisma.dataset.create({
    data: {
      key: `${name}-v1`,
      name,
      version: 'v1',
      selectionStrategy: 'EXPLICIT',
      traceCount: size,
      stats: {},
      checksum: createHash('sha256').update(traceIds.join('\n')).digest('hex'),
      items: { create: traceIds.map((traceId, position) => ({ traceId, position })) },
    },
  });
  return dataset.id;
}

export const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

/**
 * `roots` rows in every table a root list shows, each with two rows in every one of its own lists
 * (scores, items, children, status changes, logs, metric series, artifacts, trials, versions,
 * aliases and their history...), so that a per-row statement anywhere shows in a statement count.
 */
export async function seedEveryList(deps: Deps, roots: number): Promise<void> {
  const { prisma } = deps;
  const times = (n: number) => Array.from({ length: n }, (_, i) => i);
  const sha = 'a'.repeat(64);
  /** Children come in pairs: child n belongs to parent n / 2. */
  const parentOf = (ids: string[], n: number) => ids[Math.floor(n / 2)] as string;
  const traceIds = await createTraces(
    deps,
    times(roots * 2).map((n) => ({ ...arithmeticTrace(n, 'every-list'), tags: ['a', 'b'] })),
  );
  await prisma.traceScore.createMany({
    data: traceIds.flatMap((traceId) => times(2).map((i) => ({ id: uuidv7(), traceId, criteria: `c${i}`, score: i }))),
  });
  const datasetIds = times(roots).map(() => uuidv7());
  await prisma.dataset.createMany({
    data: datasetIds.map((id, n) => ({
      id,
      key: `every-${n}-v1`,
      name: `every-${n}`,
      version: 'v1',
      selectionStrategy: 'EXPLICIT' as const,
      traceCount: 2,
      stats: {},
      checksum: sha,
      // Two children each: 0 ← 1, 2; 1 ← 3, 4 …
      parentDatasetId: n === 0 ? null : datasetIds[Math.floor((n - 1) / 2)],
    })),
  });
  await prisma.datasetItem.createMany({
    data: datasetIds.flatMap((datasetId, n) =>
      times(2).map((position) => ({ datasetId, position, traceId: traceIds[n * 2 + position] as string })),
    ),
  });
  // Runs: `roots` of their own plus two per tuning job (its trials).
  const runIds = times(roots * 3).map(() => uuidv7());
  await prisma.run.createMany({
    data: runIds.map((id, n) => ({
      id,
      datasetId: datasetIds[n % roots] as string,
      baseModel: 'tiny',
      executor: 'DRY_RUN' as const,
      status: 'SUCCEEDED' as const,
      summaryMetrics: { trainLoss: 1 },
      lastLogSeq: 2,
    })),
  });
  await prisma.runStatusChange.createMany({
    data: runIds.flatMap((runId) => [
      { runId, toStatus: 'PENDING' as const },
      { runId, fromStatus: 'PENDING' as const, toStatus: 'SUCCEEDED' as const },
    ]),
  });
  await prisma.runLogChunk.createMany({
    data: runIds.flatMap((runId) => times(2).map((i) => ({ runId, seq: i + 1, stream: 'STDOUT' as const, text: `line ${i}\n` }))),
  });
  await prisma.runMetricPoint.createMany({
    data: runIds.flatMap((runId) =>
      ['trainLoss', 'evalLoss'].flatMap((name) => times(2).map((step) => ({ runId, name, step, value: step }))),
    ),
  });
  await prisma.runArtifact.createMany({
    data: runIds.flatMap((runId) =>
      times(2).map((i) => ({
        id: uuidv7(),
        runId,
        name: `file-${i}`,
        storageUri: `file:///tmp/${i}`,
        sha256: sha,
        sizeBytes: 1,
      })),
    ),
  });
  const evaluationIds = runIds.flatMap(() => times(2).map(() => uuidv7()));
  await prisma.evaluation.createMany({
    data: evaluationIds.map((id, n) => ({
      id,
      runId: parentOf(runIds, n),
      status: 'SUCCEEDED' as const,
      judgeName: 'judge',
      judgeVersion: '1',
      score: n,
      verdict: 'PASS' as const,
    })),
  });
  await prisma.evaluationItem.createMany({
    data: evaluationIds.flatMap((evaluationId, n) =>
      times(2).map((position) => ({
        id: uuidv7(),
        evaluationId,
        position,
        traceId: traceIds[(n + position) % traceIds.length] as string,
        reference: 'r',
      })),
    ),
  });
  await prisma.regressionBaseline.createMany({
    data: times(roots).map((n) => ({
      id: uuidv7(),
      name: `baseline-${n}`,
      runId: runIds[n] as string,
      datasetId: datasetIds[n],
    })),
  });
  const jobIds = times(roots).map(() => uuidv7());
  await prisma.tuningJob.createMany({
    data: jobIds.map((id, n) => ({
      id,
      name: `job-${n}`,
      status: 'SUCCEEDED' as const,
      datasetId: datasetIds[n] as string,
      baseModel: 'tiny',
      executor: 'DRY_RUN' as const,
      metricName: 'trainLoss',
      metricMode: n % 2 ? ('MAX' as const) : ('MIN' as const),
      searchSpace: {},
      bestRunId: runIds[roots + n * 2],
    })),
  });
  const trialIds = times(roots * 2).map(() => uuidv7());
  await prisma.trial.createMany({
    data: trialIds.map((id, n) => ({
      id,
      tuningJobId: parentOf(jobIds, n),
      number: (n % 2) + 1,
      runId: runIds[roots + n] as string,
      params: {},
      status: 'SUCCEEDED' as const,
      metricValue: n,
      metricRank: n,
    })),
  });
  const artifactIds = times(roots).map(() => uuidv7());
  await prisma.modelArtifact.createMany({ data: artifactIds.map((id, n) => ({ id, name: `model-${n}` })) });
  const versionIds = times(roots * 2).map(() => uuidv7());
  await prisma.modelVersion.createMany({
    data: versionIds.map((id, n) => ({
      id,
      storageUri: 'file:///tmp/weights',
      artifactId: parentOf(artifactIds, n),
      version: (n % 2) + 1,
      sourceRunId: runIds[roots + n],
      sourceTrialId: trialIds[n],
      tuningJobId: parentOf(jobIds, n),
      datasetId: parentOf(datasetIds, n),
      sha256: sha,
    })),
  });
  const aliasIds = times(roots * 2).map(() => uuidv7());
  await prisma.modelAlias.createMany({
    data: aliasIds.map((id, n) => ({
      id,
      artifactId: parentOf(artifactIds, n),
      name: `alias-${n % 2}`,
      versionId: versionIds[n] as string,
    })),
  });
  await prisma.modelAliasChange.createMany({
    data: aliasIds.flatMap((aliasId, n) => [
      { aliasId, toVersionId: versionIds[n - (n % 2)] as string },
      { aliasId, fromVersionId: versionIds[n - (n % 2)], toVersionId: versionIds[n] as string },
    ]),
  });
  await prisma.apiToken.createMany({
    data: times(roots).map((n) => ({ id: uuidv7(), name: `token-${n}`, tokenHash: `${n}`.padStart(64, '0'), prefix: 'tx_' })),
  });
}
