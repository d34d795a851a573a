import { builder } from '../../builder.ts';
import { byCreated, createdConnection, OrderDirection, pageSize } from '../common/connection.ts';
import { roundHalfEven } from '../common/text.ts';
import { compareTraces, type StepChange, type TextPart as TextPartShape } from './trace-compare.ts';
import {
  createTrace,
  createTraces,
  MAX_TRACES_PER_BATCH,
  scoreTraces,
  type TraceStepInput as TraceStepShape,
  traceWhere,
} from './traces.service.ts';

const TraceStep = builder.objectRef<TraceStepShape>('TraceStep').implement({
  description: 'One step of a reasoning trace.',
  fields: (t) => ({
    i: t.exposeInt('i', { description: 'The step index given by the client (unique in the trace, ≥ 0).' }),
    type: t.exposeString('type', { description: 'Free-form step kind, e.g. parse, compute, result.' }),
    content: t.exposeString('content'),
  }),
});

export const TraceNode = builder.prismaNode('Trace', {
  id: { field: 'id' },
  description: 'A reasoning trace: a prompt, ordered steps and a final answer, with free metadata.',
  fields: (t) => ({
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    traceVersion: t.exposeString('traceVersion'),
    prompt: t.exposeString('prompt'),
    finalAnswer: t.exposeString('finalAnswer'),
    steps: t.field({ type: [TraceStep], resolve: (trace) => trace.steps as unknown as TraceStepShape[] }),
    stepCount: t.exposeInt('stepCount'),
    totalChars: t.exposeInt('totalChars', { description: 'Code points of prompt, final answer and every step.' }),
    meta: t.expose('meta', { type: 'JSON', nullable: true }),
    source: t.exposeString('source', { nullable: true, description: 'meta.source, indexed for filtering.' }),
    tags: t.exposeStringList('tags'),
    scores: t.relatedConnection(
      'scores',
      {
        cursor: 'id',
        ...pageSize,
        totalCount: true,
        query: () => ({ orderBy: byCreated('desc') }),
      },
      { name: 'TraceScoreConnection' },
      { name: 'TraceScoreEdge' },
    ),
  }),
});

builder.prismaNode('TraceScore', {
  id: { field: 'id' },
  fields: (t) => ({
    criteria: t.exposeString('criteria'),
    score: t.exposeFloat('score', { description: '0–100' }),
    details: t.expose('details', { type: 'JSON', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    trace: t.relation('trace'),
  }),
});

export const TraceFilter = builder.inputType('TraceFilter', {
  fields: (t) => ({
    source: t.string({ description: 'Exact meta.source.' }),
    traceVersion: t.string(),
    tags: t.stringList({ description: 'Traces carrying all of these tags.' }),
    metaContains: t.field({ type: 'JSON', description: 'Top-level meta keys that must equal these values.' }),
    search: t.string({ description: 'Case-insensitive text in the prompt or final answer.' }),
    createdAfter: t.field({ type: 'DateTime' }),
    createdBefore: t.field({ type: 'DateTime' }),
  }),
});

builder.queryField('traces', (t) =>
  createdConnection(t, 'Trace', {
    description: 'Traces, newest first by default. Keyset-paginated: pages stay stable while traces are added.',
    args: {
      filter: t.arg({ type: TraceFilter }),
      order: t.arg({ type: OrderDirection, defaultValue: 'desc', description: 'By creation time.' }),
    },
    table: (ctx) => ctx.prisma.trace,
    where: (args) => traceWhere(args.filter),
    direction: (args) => args.order ?? 'desc',
  }),
);

builder.queryField('trace', (t) =>
  t.prismaField({
    type: 'Trace',
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: TraceNode }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.trace.findUnique({ ...query, where: { id: args.id.id } }),
  }),
);

const TraceStepInput = builder.inputType('TraceStepInput', {
  fields: (t) => ({
    i: t.int({ required: true, description: 'Step index, ≥ 0, unique within the trace.' }),
    type: t.string({ required: true, description: '1–64 characters.' }),
    content: t.string({ required: true, description: '1–20,000 characters.' }),
  }),
});

const CreateTraceInput = builder.inputType('CreateTraceInput', {
  description: 'A trace. Lengths count Unicode code points. The whole trace may not exceed TRACE_MAX_BYTES.',
  fields: (t) => ({
    traceVersion: t.string({ defaultValue: '1.0', description: '1–64 characters.' }),
    prompt: t.string({ required: true, description: '1–50,000 characters.' }),
    finalAnswer: t.string({ required: true, description: '1–50,000 characters.' }),
    steps: t.field({ type: [TraceStepInput], required: true, description: '1–1,000 steps.' }),
    meta: t.field({ type: 'JSON', description: 'Free JSON object; meta.source names the origin.' }),
    tags: t.stringList(),
  }),
});

const CreateTracePayload = builder.objectRef<{ traceId: string }>('CreateTracePayload').implement({
  fields: (t) => ({
    trace: t.prismaField({
      type: 'Trace',
      resolve: (query, payload, _args, ctx) => ctx.prisma.trace.findUniqueOrThrow({ ...query, where: { id: payload.traceId } }),
    }),
  }),
});

builder.mutationField('createTrace', (t) =>
  t.field({
    type: CreateTracePayload,
    args: { input: t.arg({ type: CreateTraceInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ traceId: (await createTrace(ctx, input)).id }),
  }),
);

const CreateTracesInput = builder.inputType('CreateTracesInput', {
  fields: (t) => ({
    traces: t.field({ type: [CreateTraceInput], required: true, description: `1–${MAX_TRACES_PER_BATCH} traces.` }),
  }),
});

const CreateTracesPayload = builder.objectRef<{ traceIds: string[] }>('CreateTracesPayload').implement({
  fields: (t) => ({
    createdCount: t.int({ resolve: (payload) => payload.traceIds.length }),
    traceIds: t.globalIDList({
      description: 'Global ids of the created traces, in input order (cheaper than selecting traces).',
      resolve: (payload) => payload.traceIds.map((id) => ({ type: 'Trace', id })),
    }),
    traces: t.prismaField({
      type: ['Trace'],
      description: 'The created traces, in input order.',
      resolve: async (query, payload, _args, ctx) => {
        const rows = await ctx.prisma.trace.findMany({ ...query, where: { id: { in: payload.traceIds } } });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return payload.traceIds.map((id) => byId.get(id)).filter((row) => row !== undefined);
      },
    }),
  }),
});

builder.mutationField('createTraces', (t) =>
  t.field({
    type: CreateTracesPayload,
    description: `Creates up to ${MAX_TRACES_PER_BATCH} traces in one write. One invalid trace rejects the whole batch.`,
    args: { input: t.arg({ type: CreateTracesInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      return { traceIds: await createTraces(ctx, input.traces) };
    },
  }),
);

const ScoreTracesInput = builder.inputType('ScoreTracesInput', {
  fields: (t) => ({
    traceIds: t.globalIDList({ required: true, for: TraceNode }),
    criteria: t.string({ defaultValue: 'baseline', description: 'Only `baseline` today.' }),
  }),
});

const ScoreTracesPayload = builder.objectRef<{ scoreIds: string[] }>('ScoreTracesPayload').implement({
  fields: (t) => ({
    scores: t.prismaField({
      type: ['TraceScore'],
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.traceScore.findMany({ ...query, where: { id: { in: payload.scoreIds } }, orderBy: { id: 'asc' } }),
    }),
  }),
});

builder.mutationField('scoreTraces', (t) =>
  t.field({
    type: ScoreTracesPayload,
    description: 'Scores traces (baseline: more and longer steps score higher, 0–100) and stores the scores.',
    args: { input: t.arg({ type: ScoreTracesInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const scores = await scoreTraces(
        ctx,
        input.traceIds.map((ref) => ref.id),
        input.criteria ?? 'baseline',
      );
      return { scoreIds: scores.map((s) => s.id) };
    },
  }),
);

// ──────────────────────────── compare ────────────────────────────

const TraceWithScore = builder.objectRef<Awaited<ReturnType<typeof compareTraces>>['base']>('TraceWithScore').implement({
  description: 'A trace with its baseline score, computed on the fly (not stored).',
  fields: (t) => ({
    trace: t.prismaField({
      type: 'Trace',
      resolve: (query, parent, _args, ctx) => ctx.prisma.trace.findUniqueOrThrow({ ...query, where: { id: parent.trace.id } }),
    }),
    score: t.exposeFloat('score', { description: '0–100, the baseline criteria, rounded as Python rounds (21.575 → 21.57).' }),
    details: t.field({ type: 'JSON', resolve: (parent) => parent.details }),
  }),
});

const StepChangeKind = builder.enumType('StepChangeKind', {
  values: {
    UNCHANGED: { description: 'The same type and content in both traces.' },
    ADDED: { description: 'Only in the other trace.' },
    REMOVED: { description: 'Only in the base trace.' },
    CHANGED: { description: 'A base step replaced by an other step at the same place (contentDiff says how).' },
  } as const,
});

const TextPart = builder.objectRef<TextPartShape>('TextPart').implement({
  fields: (t) => ({
    value: t.exposeString('value'),
    added: t.exposeBoolean('added'),
    removed: t.exposeBoolean('removed'),
  }),
});

const TraceStepChange = builder.objectRef<StepChange>('TraceStepChange').implement({
  fields: (t) => ({
    change: t.expose('change', { type: StepChangeKind }),
    basePosition: t.exposeInt('basePosition', { nullable: true, description: "0-based place in the base trace's steps." }),
    otherPosition: t.exposeInt('otherPosition', { nullable: true }),
    base: t.field({ type: TraceStep, nullable: true, resolve: (change) => change.base }),
    other: t.field({ type: TraceStep, nullable: true, resolve: (change) => change.other }),
    contentDiff: t.field({
      type: [TextPart],
      nullable: true,
      description: 'CHANGED only: the base content turned into the other’s, word by word.',
      resolve: (change) => change.contentDiff,
    }),
  }),
});

const TraceComparison = builder.objectRef<Awaited<ReturnType<typeof compareTraces>>>('TraceComparison').implement({
  fields: (t) => ({
    base: t.field({ type: TraceWithScore, resolve: (comparison) => comparison.base }),
    other: t.field({ type: TraceWithScore, resolve: (comparison) => comparison.other }),
    scoreDelta: t.float({
      description: 'other.score − base.score.',
      resolve: (comparison) => roundHalfEven(comparison.other.score - comparison.base.score, 2),
    }),
    promptChanged: t.exposeBoolean('promptChanged'),
    finalAnswerChanged: t.exposeBoolean('finalAnswerChanged'),
    steps: t.field({ type: [TraceStepChange], resolve: (comparison) => comparison.steps }),
  }),
});

builder.queryField('compareTraces', (t) =>
  t.field({
    type: TraceComparison,
    description: 'Two traces side by side: their baseline scores and a step-by-step diff.',
    args: {
      base: t.arg.globalID({ required: true, for: TraceNode }),
      other: t.arg.globalID({ required: true, for: TraceNode }),
    },
    resolve: (_root, args, ctx) => compareTraces(ctx, args.base.id, args.other.id),
  }),
);
