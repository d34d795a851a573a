// Model registry: artifacts (model families with a unique name), their versions numbered 1, 2, 3
// and promoted from succeeded runs, and aliases (movable named pointers such as `production`).
//
// A version points at its source run's weights object in the artifact storage, with its sha256;
// nothing is copied. That is safe because a run's artifacts are never written again once the run
// has finished (on S3 each attempt has its own keys, runs/<runId>/<attempt>/…), and promotion
// re-hashes the object so a version never records altered or lost bytes.
// A version is one file: multi-file versions (adapter + config, sharded checkpoints) are out of scope.
import { isUniqueViolation } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, invalidInput, notFound, publicId } from '../../errors.ts';
import { type ModelAlias, type ModelArtifact, type ModelVersion, Prisma } from '../../generated/prisma/client.ts';
import { sha256Stream } from '../common/files.ts';
import { checkFilter, InputChecker } from '../common/validation.ts';
import { requireBaseline } from '../regression/regression.service.ts';

export const ARTIFACT_NAME_PATTERN = /^[a-zA-Z0-9._-]+$/;
export const VERSION_LABEL_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const ALIAS_NAME_PATTERN = /^[a-z][a-z0-9_-]{0,63}$/;

/** The builtin trainer's weights; other trainers' are found by extension (see pickWeights). */
export const BUILTIN_WEIGHTS_NAME = 'model.bin';
const WEIGHTS_EXTENSION = /\.(safetensors|bin|pt)$/i;

// Promotions of one artifact queue on its row lock; give a queued one time to get its turn.
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 };

export interface CreateModelArtifactInput {
  name: string;
  description?: string | null;
  taskType?: string | null;
}

export interface PromoteRunInput {
  /** Exactly one of artifactId and artifactName. */
  artifactId?: string | null;
  artifactName?: string | null;
  runId: string;
  label?: string | null;
  description?: string | null;
  /** Refuse unless the run passes this regression baseline (the check is stored either way). */
  requireBaseline?: string | null;
}

export interface PromoteBestTrialInput {
  tuningJobId: string;
  artifactName: string;
  label?: string | null;
  description?: string | null;
  /** Create the artifact when no artifact has this name (default true). */
  createArtifact?: boolean | null;
  /** As in PromoteRunInput, for the best trial's run. */
  requireBaseline?: string | null;
}

export interface Promotion {
  version: ModelVersion;
  /** False when the run's weights were already a version of this artifact and that one is returned. */
  created: boolean;
}

export interface SetModelAliasInput {
  artifactId: string;
  name: string;
  versionId: string;
}

export interface ModelArtifactFilter {
  /** Case-insensitive substring of the name or description. */
  search?: string | null;
}

/** What pickWeights needs to know of a run artifact. */
export interface StoredFile {
  name: string;
  storageUri: string;
  sha256: string;
  sizeBytes: bigint;
}

// ─────────────────────────── artifacts ───────────────────────────

function checkArtifactName(check: InputChecker, path: string, name: string | null | undefined): void {
  check.text(path, name, { max: 256 });
  if (name && !ARTIFACT_NAME_PATTERN.test(name)) check.fail(path, 'may only contain letters, digits, ".", "_" and "-"');
}

function checkLabel(check: InputChecker, label: string | null | undefined): void {
  if (label != null && !VERSION_LABEL_PATTERN.test(label)) {
    check.fail('label', 'must be 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit');
  }
}

export async function createModelArtifact(deps: Deps, input: CreateModelArtifactInput): Promise<ModelArtifact> {
  const check = new InputChecker();
  checkArtifactName(check, 'name', input.name);
  check.text('description', input.description, { min: 0, max: 10_000 });
  check.text('taskType', input.taskType, { min: 0, max: 64 });
  check.done();
  try {
    return await deps.prisma.modelArtifact.create({
      data: { name: input.name, description: input.description ?? null, taskType: input.taskType ?? null },
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError('CONFLICT', `Model artifact with name '${input.name}' already exists`, { name: input.name });
    }
    throw error;
  }
}

async function artifactByName(deps: Deps, name: string): Promise<ModelArtifact> {
  const artifact = await deps.prisma.modelArtifact.findUnique({ where: { name } });
  if (!artifact) throw new DomainError('NOT_FOUND', `Model artifact '${name}' not found`, { name });
  return artifact;
}

/** The artifact with this name, created when missing (a concurrent creator wins the race harmlessly). */
async function ensureArtifact(deps: Deps, name: string): Promise<ModelArtifact> {
  const existing = await deps.prisma.modelArtifact.findUnique({ where: { name } });
  if (existing) return existing;
  try {
    return await deps.prisma.modelArtifact.create({ data: { name } });
  } catch (error) {
    if (isUniqueViolation(error)) return artifactByName(deps, name);
    throw error;
  }
}

export function modelArtifactWhere(filter: ModelArtifactFilter | null | undefined): Prisma.ModelArtifactWhereInput {
  checkFilter(filter);
  if (!filter?.search) return {};
  return {
    OR: [
      { name: { contains: filter.search, mode: 'insensitive' } },
      { description: { contains: filter.search, mode: 'insensitive' } },
    ],
  };
}

/**
 * Locks the artifact's row until the transaction ends. Every write to an artifact's versions and
 * aliases takes this lock first, so version numbers and label checks never race.
 */
async function lockArtifact(tx: Prisma.TransactionClient, artifactId: string): Promise<void> {
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT "id" FROM "model_artifacts" WHERE "id" = ${artifactId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw notFound('ModelArtifact', artifactId);
}

// ──────────────────────────── weights ────────────────────────────

/**
 * The weights among a run's files: `model.bin` (the builtin trainer), otherwise the largest
 * `*.safetensors`, `*.bin` or `*.pt` (ties broken by name). Null when there is none.
 */
export function pickWeights<T extends Pick<StoredFile, 'name' | 'sizeBytes'>>(artifacts: readonly T[]): T | null {
  const builtin = artifacts.find((artifact) => artifact.name === BUILTIN_WEIGHTS_NAME);
  if (builtin) return builtin;
  let best: T | null = null;
  for (const artifact of artifacts) {
    if (!WEIGHTS_EXTENSION.test(artifact.name)) continue;
    if (!best || artifact.sizeBytes > best.sizeBytes || (artifact.sizeBytes === best.sizeBytes && artifact.name < best.name)) {
      best = artifact;
    }
  }
  return best;
}

/** Re-reads the weights from the artifact storage and checks them against what the run registered. */
async function verifyWeights(deps: Deps, runId: string, weights: StoredFile): Promise<void> {
  const expectedSha = weights.sha256.trim().toLowerCase();
  const changed = (found: string) =>
    new DomainError(
      'INVALID_STATE',
      `weights of run ${publicId('Run', runId)} changed or are missing: expected sha256 ${expectedSha} (${weights.sizeBytes} bytes) at ${weights.storageUri}, ${found}`,
      {
        runId: publicId('Run', runId),
        storageUri: weights.storageUri,
        expectedSha256: expectedSha,
        expectedSizeBytes: Number(weights.sizeBytes),
      },
    );
  let actualSha: string;
  let size: number;
  try {
    const stored = await deps.storage.read(weights.storageUri);
    if (!stored) throw changed('found nothing there');
    size = stored.sizeBytes;
    if (BigInt(size) !== weights.sizeBytes) {
      stored.body.destroy();
      throw changed(`found ${size} bytes`);
    }
    actualSha = await sha256Stream(stored.body);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw changed(`could not read it (${(error as Error).message})`);
  }
  if (actualSha !== expectedSha) throw changed(`found sha256 ${actualSha}`);
}

// ─────────────────────────── promotion ───────────────────────────

type VersionData = Omit<Prisma.ModelVersionUncheckedCreateInput, 'artifactId' | 'version' | 'label'>;

/**
 * Everything a version copies from its run: checks that the run succeeded and that its weights are
 * intact, then snapshots metrics, config and provenance. Reads only, so it runs before any lock.
 */
async function snapshotRun(
  deps: Deps,
  runId: string,
  options: { description?: string | null; tuningJobId?: string | null },
): Promise<VersionData> {
  const run = await deps.prisma.run.findUnique({
    where: { id: runId },
    include: {
      dataset: { select: { id: true, key: true, checksum: true } },
      artifacts: { select: { name: true, storageUri: true, sha256: true, sizeBytes: true }, orderBy: { name: 'asc' } },
      trial: { select: { id: true, tuningJobId: true } },
    },
  });
  if (!run) throw notFound('Run', runId);
  if (run.status !== 'SUCCEEDED') {
    throw new DomainError(
      'INVALID_STATE',
      `Run ${publicId('Run', runId)} is ${run.status}; only a SUCCEEDED run can be promoted`,
      { runId: publicId('Run', runId), status: run.status },
    );
  }
  const weights = pickWeights(run.artifacts);
  if (!weights) {
    const names = run.artifacts.map((artifact) => artifact.name);
    const found = names.length
      ? `found ${names.slice(0, 10).join(', ')}${names.length > 10 ? ` and ${names.length - 10} more` : ''}`
      : 'it registered no files';
    throw new DomainError(
      'INVALID_STATE',
      `Run ${publicId('Run', runId)} has no weights to promote: expected ${BUILTIN_WEIGHTS_NAME} or a *.safetensors, *.bin or *.pt file; ${found}`,
      { runId: publicId('Run', runId), artifactNames: names.slice(0, 10) },
    );
  }
  await verifyWeights(deps, run.id, weights);

  const evaluation = await deps.prisma.evaluation.findFirst({
    where: { runId, status: 'SUCCEEDED' },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  const summary = run.summaryMetrics;
  const metrics: Record<string, unknown> =
    summary && typeof summary === 'object' && !Array.isArray(summary) ? { ...summary } : {};
  if (evaluation) {
    metrics.evaluation = {
      judgeName: evaluation.judgeName,
      judgeVersion: evaluation.judgeVersion,
      score: evaluation.score,
      primaryScore: evaluation.primaryScore,
      verdict: evaluation.verdict,
      metrics: evaluation.metrics,
      evaluatedAt: evaluation.createdAt.toISOString(),
    };
  }

  // A trial of another job than the one promoted from is not this version's trial.
  const trial = run.trial && (!options.tuningJobId || run.trial.tuningJobId === options.tuningJobId) ? run.trial : null;
  const tuningJobId = options.tuningJobId ?? trial?.tuningJobId ?? null;
  const provenance = {
    runId: run.id,
    ...(trial ? { trialId: trial.id } : {}),
    ...(tuningJobId ? { tuningJobId } : {}),
    datasetId: run.dataset.id,
    datasetKey: run.dataset.key,
    datasetChecksum: run.dataset.checksum,
    baseModel: run.baseModel,
    executor: run.executor,
    runStartedAt: run.startedAt?.toISOString() ?? null,
    runFinishedAt: run.finishedAt?.toISOString() ?? null,
    weightsFile: weights.name,
  };

  return {
    description: options.description ?? null,
    status: 'READY',
    sourceRunId: run.id,
    sourceTrialId: trial?.id ?? null,
    tuningJobId,
    datasetId: run.dataset.id,
    datasetChecksum: run.dataset.checksum,
    metrics: Object.keys(metrics).length ? (metrics as Prisma.InputJsonValue) : Prisma.DbNull,
    config: run.config as Prisma.InputJsonValue,
    provenance,
    storageUri: weights.storageUri,
    sha256: weights.sha256.trim().toLowerCase(),
    sizeBytes: weights.sizeBytes,
  };
}

/**
 * Adds the version under the artifact's lock: without a label, weights the artifact already has
 * return that version (promoting twice is harmless); a label must be new; the number is max + 1.
 */
async function addVersion(deps: Deps, artifact: ModelArtifact, data: VersionData, label: string | null): Promise<Promotion> {
  return deps.prisma.$transaction(async (tx) => {
    await lockArtifact(tx, artifact.id);
    if (!label) {
      const same = await tx.modelVersion.findFirst({
        where: { artifactId: artifact.id, sha256: data.sha256 },
        orderBy: { version: 'asc' },
      });
      if (same) return { version: same, created: false };
    } else {
      const taken = await tx.modelVersion.findFirst({ where: { artifactId: artifact.id, label }, select: { version: true } });
      if (taken) {
        throw new DomainError(
          'CONFLICT',
          `Version label '${label}' already exists for model artifact ${artifact.name} (version ${taken.version})`,
          { label, version: taken.version },
        );
      }
    }
    const { _max } = await tx.modelVersion.aggregate({ where: { artifactId: artifact.id }, _max: { version: true } });
    const version = await tx.modelVersion.create({
      data: { ...data, artifactId: artifact.id, version: (_max.version ?? 0) + 1, label },
    });
    await tx.modelArtifact.update({ where: { id: artifact.id }, data: { updatedAt: version.createdAt } });
    return { version, created: true };
  }, TRANSACTION_OPTIONS);
}

/** Makes a succeeded run's weights the next version of an artifact (see addVersion for the rules). */
export async function promoteRun(deps: Deps, input: PromoteRunInput): Promise<Promotion> {
  const check = new InputChecker();
  if ((input.artifactId == null) === (input.artifactName == null)) {
    check.fail('artifactId', 'give exactly one of artifactId and artifactName');
  }
  if (input.artifactName != null) checkArtifactName(check, 'artifactName', input.artifactName);
  checkLabel(check, input.label);
  check.text('description', input.description, { min: 0, max: 10_000 });
  check.done();
  const artifact = input.artifactId
    ? await deps.prisma.modelArtifact.findUnique({ where: { id: input.artifactId } })
    : await artifactByName(deps, input.artifactName as string);
  if (!artifact) throw notFound('ModelArtifact', input.artifactId as string);
  const data = await snapshotRun(deps, input.runId, { description: input.description });
  if (input.requireBaseline) await requireBaseline(deps, input.runId, input.requireBaseline, 'promoteRun');
  return addVersion(deps, artifact, data, input.label ?? null);
}

/**
 * Promotes a tuning job's best trial (its best run) into the named artifact, creating the
 * artifact unless told not to. The version records the trial and the job.
 */
export async function promoteBestTrial(deps: Deps, input: PromoteBestTrialInput): Promise<Promotion> {
  const check = new InputChecker();
  checkArtifactName(check, 'artifactName', input.artifactName);
  checkLabel(check, input.label);
  check.text('description', input.description, { min: 0, max: 10_000 });
  check.done();
  const job = await deps.prisma.tuningJob.findUnique({
    where: { id: input.tuningJobId },
    select: { id: true, bestRunId: true },
  });
  if (!job) throw notFound('TuningJob', input.tuningJobId);
  if (!job.bestRunId) {
    const tuningJobId = publicId('TuningJob', job.id);
    throw new DomainError('INVALID_STATE', `Tuning job ${tuningJobId} has no best trial yet`, { tuningJobId });
  }
  // The run is checked before the artifact is created, so a failed promotion leaves no empty artifact.
  const data = await snapshotRun(deps, job.bestRunId, { description: input.description, tuningJobId: job.id });
  if (input.requireBaseline) await requireBaseline(deps, job.bestRunId, input.requireBaseline, 'promoteBestTrial');
  const artifact =
    input.createArtifact === false
      ? await artifactByName(deps, input.artifactName)
      : await ensureArtifact(deps, input.artifactName);
  return addVersion(deps, artifact, data, input.label ?? null);
}

// ──────────────────────────── aliases ────────────────────────────

/**
 * Points the alias at a version of the same artifact, creating it if needed, and records the move.
 * Pointing it where it already points changes nothing and records nothing.
 */
export async function setModelAlias(deps: Deps, input: SetModelAliasInput): Promise<{ alias: ModelAlias; changed: boolean }> {
  const check = new InputChecker();
  if (!ALIAS_NAME_PATTERN.test(input.name)) {
    check.fail('name', 'must be 1–64 lowercase letters, digits, "_" or "-", starting with a letter (e.g. production)');
  }
  check.done();
  return deps.prisma.$transaction(async (tx) => {
    await lockArtifact(tx, input.artifactId);
    const version = await tx.modelVersion.findUnique({
      where: { id: input.versionId },
      select: { id: true, artifactId: true, version: true },
    });
    if (!version) throw notFound('ModelVersion', input.versionId);
    if (version.artifactId !== input.artifactId) {
      throw invalidInput(
        [{ path: 'versionId', message: 'belongs to another model artifact' }],
        `versionId: version ${version.version} belongs to another model artifact than ${publicId('ModelArtifact', input.artifactId)}; an alias can only point at its own artifact's versions`,
      );
    }
    const current = await tx.modelAlias.findUnique({
      where: { artifactId_name: { artifactId: input.artifactId, name: input.name } },
    });
    if (current?.versionId === version.id) return { alias: current, changed: false };
    const alias = current
      ? await tx.modelAlias.update({ where: { id: current.id }, data: { versionId: version.id } })
      : await tx.modelAlias.create({ data: { artifactId: input.artifactId, name: input.name, versionId: version.id } });
    await tx.modelAliasChange.create({
      data: { aliasId: alias.id, fromVersionId: current?.versionId ?? null, toVersionId: version.id },
    });
    return { alias, changed: true };
  }, TRANSACTION_OPTIONS);
}

/** Deletes the alias and its history. */
export async function deleteModelAlias(deps: Deps, input: { artifactId: string; name: string }): Promise<ModelAlias> {
  return deps.prisma.$transaction(async (tx) => {
    await lockArtifact(tx, input.artifactId);
    const alias = await tx.modelAlias.findUnique({
      where: { artifactId_name: { artifactId: input.artifactId, name: input.name } },
    });
    if (!alias) {
      throw new DomainError(
        'NOT_FOUND',
        `Model alias '${input.name}' not found on model artifact ${publicId('ModelArtifact', input.artifactId)}`,
        {
          name: input.name,
        },
      );
    }
    return tx.modelAlias.delete({ where: { id: alias.id } });
  }, TRANSACTION_OPTIONS);
}
