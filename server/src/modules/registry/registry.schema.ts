import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder.ts';
import { DomainError } from '../../errors.ts';
import { downloadLink } from '../auth/auth.service.ts';
import { pageSize } from '../common/connection.ts';
import { DatasetNode } from '../datasets/datasets.schema.ts';
import { RunNode } from '../runs/runs.schema.ts';
import {
  createModelArtifact,
  deleteModelAlias,
  modelArtifactWhere,
  promoteBestTrial,
  promoteRun,
  setModelAlias,
} from './registry.service.ts';

export const ModelVersionStatus = builder.enumType('ModelVersionStatus', {
  values: {
    CREATED: { description: 'Registered, weights not yet in place.' },
    READY: { description: 'Weights verified and in place (every promotion writes READY).' },
    FAILED: { description: 'The weights could not be stored.' },
  } as const,
});

// Provenance is stored with database ids; clients only ever see global ids.
const PROVENANCE_ID_TYPES = { runId: 'Run', trialId: 'Trial', tuningJobId: 'TuningJob', datasetId: 'Dataset' } as const;

function provenanceWithGlobalIds(provenance: unknown): unknown {
  if (!provenance || typeof provenance !== 'object' || Array.isArray(provenance)) return provenance;
  const result: Record<string, unknown> = { ...(provenance as Record<string, unknown>) };
  for (const [key, typename] of Object.entries(PROVENANCE_ID_TYPES)) {
    const id = result[key];
    if (typeof id === 'string') result[key] = encodeGlobalID(typename, id);
  }
  return result;
}

export const ModelArtifactNode = builder.prismaNode('ModelArtifact', {
  id: { field: 'id' },
  description: 'A model family in the registry (unique name); its versions are numbered 1, 2, 3.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Letters, digits, ".", "_" and "-", 1–256 characters; unique.' }),
    description: t.exposeString('description', { nullable: true }),
    taskType: t.exposeString('taskType', { nullable: true, description: 'e.g. sft' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'Moves forward whenever a version is promoted.' }),
    versions: t.relatedConnection(
      'versions',
      {
        cursor: 'id',
        ...pageSize,
        totalCount: true,
        description: 'Newest (highest number) first.',
        query: () => ({ orderBy: { version: 'desc' } }),
      },
      { name: 'ModelVersionConnection' },
      { name: 'ModelVersionEdge' },
    ),
    latestVersion: t.field({
      type: ModelVersionNode,
      nullable: true,
      description: 'The highest-numbered version.',
      select: (_args, _ctx, nestedSelection) => ({
        versions: nestedSelection({ take: 1, orderBy: { version: 'desc' } }),
      }),
      resolve: (artifact) => artifact.versions[0] ?? null,
    }),
    aliases: t.relation('aliases', { description: 'By name.', query: { orderBy: { name: 'asc' } } }),
  }),
});

export const ModelVersionNode = builder.prismaNode('ModelVersion', {
  id: { field: 'id' },
  description:
    "One promoted version of a model artifact: a snapshot of a succeeded run's metrics, config and provenance, pointing at its verified weights.",
  fields: (t) => ({
    version: t.exposeInt('version', { description: '1, 2, 3 … within its artifact, in promotion order.' }),
    label: t.exposeString('label', {
      nullable: true,
      description: 'Optional name unique within the artifact, e.g. tuning-3f2a1b.',
    }),
    description: t.exposeString('description', { nullable: true }),
    status: t.expose('status', { type: ModelVersionStatus }),
    metrics: t.expose('metrics', {
      type: 'JSON',
      nullable: true,
      description: "The run's summary metrics, plus `evaluation` (judge, score, verdict, metrics) when the run was evaluated.",
    }),
    config: t.expose('config', { type: 'JSON', nullable: true, description: "The run's config." }),
    provenance: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'Where the version came from: runId, trialId, tuningJobId, datasetId (global ids), datasetKey, datasetChecksum, baseModel, executor, runStartedAt, runFinishedAt, weightsFile.',
      resolve: (version) => provenanceWithGlobalIds(version.provenance),
    }),
    storageUri: t.exposeString('storageUri', {
      description:
        "Where the weights are: the source run's own artifact, a file:// or s3:// URI that is never written again, with its sha256.",
    }),
    sha256: t.exposeString('sha256', { description: 'Of the weights file, checked against the file at promotion.' }),
    downloadUrl: t.string({
      description:
        'Server-relative URL of the weights. With auth on it is signed and expires after DOWNLOAD_LINK_TTL_SECONDS, so a plain link works without a token.',
      resolve: (version, _args, ctx) => downloadLink(ctx.config, `/model-versions/${version.id}/weights`),
    }),
    sizeBytes: t.float({
      description: 'Size of the weights in bytes. A Float because Int is 32-bit; exact below 2^53 bytes.',
      resolve: (version) => Number(version.sizeBytes),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    artifact: t.relation('artifact'),
    sourceRun: t.relation('sourceRun', { type: RunNode, nullable: true, description: 'Null once that run is deleted.' }),
    sourceTrial: t.relation('sourceTrial', { nullable: true, description: 'The tuning trial the run belonged to, if any.' }),
    tuningJob: t.relation('tuningJob', { nullable: true, description: 'The tuning job the version was promoted from, if any.' }),
    dataset: t.relation('dataset', { type: DatasetNode, nullable: true, description: 'The dataset the run trained on.' }),
    aliases: t.relation('aliases', {
      description: 'Aliases pointing at this version, by name.',
      query: { orderBy: { name: 'asc' } },
    }),
  }),
});

export const ModelAliasNode = builder.prismaNode('ModelAlias', {
  id: { field: 'id' },
  description: 'A movable named pointer such as `production` or `staging` to one version of an artifact.',
  fields: (t) => ({
    name: t.exposeString('name'),
    artifact: t.relation('artifact'),
    version: t.relation('version', { description: 'The version it points at now.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last moved.' }),
    history: t.relation('history', { description: 'Every move, oldest first.', query: { orderBy: { id: 'asc' } } }),
  }),
});

builder.prismaObject('ModelAliasChange', {
  description: 'One move of an alias.',
  fields: (t) => ({
    fromVersion: t.relation('fromVersion', {
      nullable: true,
      description: 'Null when the alias was created (or that version deleted).',
    }),
    toVersion: t.relation('toVersion'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

// ──────────────────────────── queries ────────────────────────────

const ModelArtifactFilter = builder.inputType('ModelArtifactFilter', {
  fields: (t) => ({
    search: t.string({ description: 'Case-insensitive text in the name or description.' }),
  }),
});

builder.queryField('modelArtifacts', (t) =>
  t.prismaConnection(
    {
      type: 'ModelArtifact',
      cursor: 'id',
      ...pageSize,
      description: 'Model artifacts, most recently promoted (or created) first.',
      args: { filter: t.arg({ type: ModelArtifactFilter }) },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.modelArtifact.findMany({
          ...query,
          where: modelArtifactWhere(args.filter),
          orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
        }),
      totalCount: (_root, args, ctx) => ctx.prisma.modelArtifact.count({ where: modelArtifactWhere(args.filter) }),
    },
    { name: 'ModelArtifactConnection' },
    { name: 'ModelArtifactEdge' },
  ),
);

builder.queryField('modelArtifactByName', (t) =>
  t.prismaField({
    type: 'ModelArtifact',
    nullable: true,
    args: { name: t.arg.string({ required: true }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.modelArtifact.findUnique({ ...query, where: { name: args.name } }),
  }),
);

// ─────────────────────────── mutations ───────────────────────────

const CreateModelArtifactInput = builder.inputType('CreateModelArtifactInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: 'Letters, digits, ".", "_" and "-", 1–256 characters; must be new.' }),
    description: t.string(),
    taskType: t.string({ description: 'e.g. sft (≤ 64 characters).' }),
  }),
});

/** `{ artifact }`: the payload of mutations that change an artifact as a whole. */
const ArtifactPayload = <Extra extends object = object>(name: string) =>
  builder.objectRef<{ artifactId: string } & Extra>(name).implement({
    fields: (t) => ({
      artifact: t.prismaField({
        type: 'ModelArtifact',
        resolve: (query, payload, _args, ctx) =>
          ctx.prisma.modelArtifact.findUniqueOrThrow({ ...query, where: { id: payload.artifactId } }),
      }),
    }),
  });

const CreateModelArtifactPayload = ArtifactPayload('CreateModelArtifactPayload');

builder.mutationField('createModelArtifact', (t) =>
  t.field({
    type: CreateModelArtifactPayload,
    description: 'Creates an empty model artifact. CONFLICT when the name is taken.',
    args: { input: t.arg({ type: CreateModelArtifactInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ artifactId: (await createModelArtifact(ctx, input)).id }),
  }),
);

const PromotionPayload = (name: string) =>
  builder.objectRef<{ versionId: string; created: boolean }>(name).implement({
    fields: (t) => ({
      created: t.exposeBoolean('created', {
        description: 'False when these weights already were a version of the artifact and that version is returned.',
      }),
      version: t.prismaField({
        type: 'ModelVersion',
        resolve: (query, parent, _args, ctx) =>
          ctx.prisma.modelVersion.findUniqueOrThrow({ ...query, where: { id: parent.versionId } }),
      }),
    }),
  });

const PromoteRunInput = builder.inputType('PromoteRunInput', {
  description: 'Names the artifact by artifactId or by artifactName (exactly one).',
  fields: (t) => ({
    artifactId: t.globalID({ for: ModelArtifactNode }),
    artifactName: t.string(),
    runId: t.globalID({ required: true, for: RunNode, description: 'A SUCCEEDED run with registered weights.' }),
    label: t.string({
      description: 'Optional, unique within the artifact: 1–64 of A–Z a–z 0–9 . _ -, starting with a letter or digit.',
    }),
    description: t.string(),
    requireBaseline: t.string({
      description:
        'The name of a regression baseline the run must pass; a failing run is refused (BAD_USER_INPUT with the numbers).',
    }),
  }),
});

builder.mutationField('promoteRun', (t) =>
  t.field({
    type: PromotionPayload('PromoteRunPayload'),
    description:
      "Makes a succeeded run's weights (verified against their sha256) the artifact's next version. Without a label, weights the artifact already has return that version instead.",
    args: { input: t.arg({ type: PromoteRunInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { version, created } = await promoteRun(ctx, {
        ...input,
        artifactId: input.artifactId?.id,
        runId: input.runId.id,
      });
      return { versionId: version.id, created };
    },
  }),
);

const PromoteBestTrialInput = builder.inputType('PromoteBestTrialInput', {
  fields: (t) => ({
    tuningJobId: t.globalID({ required: true, description: 'A tuning job that has a best trial.' }),
    artifactName: t.string({ required: true }),
    label: t.string({ description: 'As in promoteRun.' }),
    description: t.string(),
    createArtifact: t.boolean({ defaultValue: true, description: 'Create the artifact when no artifact has this name.' }),
    requireBaseline: t.string({ description: "As in promoteRun, for the best trial's run." }),
  }),
});

builder.mutationField('promoteBestTrial', (t) =>
  t.field({
    type: PromotionPayload('PromoteBestTrialPayload'),
    description: "Promotes a tuning job's best trial (its best run) as in promoteRun, recording the trial and the job.",
    args: { input: t.arg({ type: PromoteBestTrialInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (input.tuningJobId.typename !== 'TuningJob') {
        throw new DomainError('BAD_USER_INPUT', `tuningJobId: expected a TuningJob id, got a ${input.tuningJobId.typename} id`, {
          fieldErrors: [{ path: 'tuningJobId', message: 'must be a TuningJob id' }],
        });
      }
      const { version, created } = await promoteBestTrial(ctx, { ...input, tuningJobId: input.tuningJobId.id });
      return { versionId: version.id, created };
    },
  }),
);

const SetModelAliasInput = builder.inputType('SetModelAliasInput', {
  fields: (t) => ({
    artifactId: t.globalID({ required: true, for: ModelArtifactNode }),
    name: t.string({ required: true, description: '1–64 of a–z 0–9 _ -, starting with a letter, e.g. production.' }),
    versionId: t.globalID({ required: true, for: ModelVersionNode, description: 'A version of the same artifact.' }),
  }),
});

const SetModelAliasPayload = builder.objectRef<{ aliasId: string; changed: boolean }>('SetModelAliasPayload').implement({
  fields: (t) => ({
    changed: t.exposeBoolean('changed', {
      description: 'False when the alias already pointed at that version (nothing recorded).',
    }),
    alias: t.prismaField({
      type: 'ModelAlias',
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.modelAlias.findUniqueOrThrow({ ...query, where: { id: payload.aliasId } }),
    }),
  }),
});

builder.mutationField('setModelAlias', (t) =>
  t.field({
    type: SetModelAliasPayload,
    description: 'Creates the alias or moves it to another version of the same artifact, recording the move in its history.',
    args: { input: t.arg({ type: SetModelAliasInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { alias, changed } = await setModelAlias(ctx, {
        artifactId: input.artifactId.id,
        name: input.name,
        versionId: input.versionId.id,
      });
      return { aliasId: alias.id, changed };
    },
  }),
);

const DeleteModelAliasInput = builder.inputType('DeleteModelAliasInput', {
  fields: (t) => ({
    artifactId: t.globalID({ required: true, for: ModelArtifactNode }),
    name: t.string({ required: true }),
  }),
});

const DeleteModelAliasPayload = ArtifactPayload<{ deletedAliasId: string }>('DeleteModelAliasPayload');
builder.objectField(DeleteModelAliasPayload, 'deletedAliasId', (t) =>
  t.globalID({ resolve: (payload) => ({ type: 'ModelAlias', id: payload.deletedAliasId }) }),
);

builder.mutationField('deleteModelAlias', (t) =>
  t.field({
    type: DeleteModelAliasPayload,
    description: 'Deletes the alias and its history. NOT_FOUND when the artifact has no alias of that name.',
    args: { input: t.arg({ type: DeleteModelAliasInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const alias = await deleteModelAlias(ctx, { artifactId: input.artifactId.id, name: input.name });
      return { deletedAliasId: alias.id, artifactId: alias.artifactId };
    },
  }),
);

builder.queryField('modelArtifact', (t) =>
  t.prismaField({
    type: 'ModelArtifact',
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: ModelArtifactNode }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.modelArtifact.findUnique({ ...query, where: { id: args.id.id } }),
  }),
);
