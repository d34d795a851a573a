import { queryFromInfo } from '@pothos/plugin-prisma';
import { filter, pipe } from 'graphql-yoga';
import { builder, DEFAULT_PAGE_SIZE } from '../../builder.ts';
import { invalidInput, notFound } from '../../errors.ts';
import type { EvaluationEvent } from '../../pubsub.ts';
import { byCreated, pageSize } from '../common/connection.ts';
import { liveAfterSnapshot, withResyncs } from '../common/live.ts';
import { DatasetNode } from '../datasets/datasets.schema.ts';
import { RunNode } from '../runs/runs.schema.ts';
import { TraceNode } from '../traces/traces.schema.ts';
import {
  checkLeaderboardFilter,
  decodeLeaderboardCursor,
  encodeLeaderboardCursor,
  evaluateRun,
  isEvaluationTerminal,
  type LeaderboardFilter,
  leaderboardCount,
  leaderboardPage,
  onLeaderboard,
} from './evaluation.service.ts';
import { describeJudges } from './judges.ts';
import type { Scorecard } from './scoring.ts';

export const EvaluationStatus = builder.enumType('EvaluationStatus', {
  description: 'PENDING → RUNNING → SUCCEEDED | FAILED. A worker judges it; a lost worker’s evaluation is resumed by another.',
  values: ['PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED'] as const,
});

export const Verdict = builder.enumType('Verdict', { values: ['PASS', 'FAIL', 'UNCERTAIN'] as const });

const JudgeKind = builder.enumType('JudgeKind', {
  values: {
    BUILTIN: { description: 'Computed by the server (mock, answer_correctness).' },
    LLM: { description: 'Asks the operator’s OpenAI-compatible chat-completions endpoint.' },
    PROGRAM: { description: 'An external judge program from the operator’s judges file (JUDGES_FILE).' },
  } as const,
});

const JudgeInfo = builder.simpleObject('JudgeInfo', {
  description: 'A judge evaluateRun can use.',
  fields: (t) => ({
    name: t.string({ description: 'What evaluateRun takes as judge.' }),
    version: t.string(),
    kind: t.field({ type: JudgeKind }),
    description: t.string(),
    available: t.boolean({
      description: 'Whether this server can run it now (the llm judge needs LLM_JUDGE_BASE_URL and LLM_JUDGE_MODEL).',
    }),
  }),
});

const JudgeRecord = builder.simpleObject('Judge', {
  description: 'The judge an evaluation used: name, version and config together reproduce its score.',
  fields: (t) => ({
    name: t.string(),
    version: t.string(),
    config: t.field({ type: 'JSON' }),
  }),
});

const TagScore = builder.simpleObject('TagScore', {
  fields: (t) => ({ tag: t.string(), mean: t.float() }),
});

const ScorecardType = builder.simpleObject('Scorecard', {
  description: 'Statistics of the per-item scores (0–1).',
  fields: (t) => ({
    nItems: t.int(),
    nScored: t.int(),
    nSkipped: t.int({ description: 'Items the judge could not score (see their error).' }),
    mean: t.float({ nullable: true }),
    stddev: t.float({ nullable: true, description: 'Population standard deviation; null with fewer than two scored items.' }),
    min: t.float({ nullable: true }),
    max: t.float({ nullable: true }),
    byTag: t.field({ type: [TagScore], description: 'Mean score of the scored items carrying each trace tag.' }),
  }),
});

export const EvaluationNode = builder.prismaNode('Evaluation', {
  id: { field: 'id' },
  description: 'A judge’s score of a run on an evaluation set. A run may have many; the latest SUCCEEDED one counts.',
  fields: (t) => ({
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was requested.' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    status: t.expose('status', { type: EvaluationStatus }),
    error: t.exposeString('error', { nullable: true, description: 'Why it failed.' }),
    attempt: t.exposeInt('attempt'),
    run: t.relation('run', { type: RunNode }),
    judge: t.field({
      type: JudgeRecord,
      select: { judgeName: true, judgeVersion: true, judgeConfig: true },
      resolve: (evaluation) => ({ name: evaluation.judgeName, version: evaluation.judgeVersion, config: evaluation.judgeConfig }),
    }),
    evalDataset: t.relation('evalDataset', {
      type: DatasetNode,
      nullable: true,
      description: 'The dataset whose items were judged; null: the run’s own held-out split.',
    }),
    itemsDone: t.exposeInt('itemsDone'),
    itemsTotal: t.exposeInt('itemsTotal', { description: '0 until the worker has read the evaluation set.' }),
    score: t.exposeFloat('score', { nullable: true, description: '0–100, once SUCCEEDED.' }),
    primaryScore: t.exposeFloat('primaryScore', {
      nullable: true,
      description: '0–1: answer_correctness when the judge reports it, else score / 100.',
    }),
    verdict: t.expose('verdict', { type: Verdict, nullable: true }),
    metrics: t.expose('metrics', { type: 'JSON', description: 'The judge’s metrics by name (e.g. answer_correctness).' }),
    detailedMetrics: t.expose('detailedMetrics', {
      type: 'JSON',
      description: 'Run-level metrics [{ name, score, maxScore, details }].',
    }),
    scorecard: t.field({
      type: ScorecardType,
      nullable: true,
      select: { scorecard: true },
      resolve: (evaluation) => {
        const card = evaluation.scorecard as unknown as Scorecard | null;
        return card && { ...card, byTag: Object.entries(card.byTag ?? {}).map(([tag, mean]) => ({ tag, mean })) };
      },
    }),
    rawJudgeOutput: t.exposeString('rawJudgeOutput', { nullable: true }),
    items: t.relatedConnection(
      'items',
      {
        cursor: 'evaluationId_position',
        ...pageSize,
        totalCount: true,
        description:
          'The judged items in evaluation-set order. onlyWrong: items not judged correct (wrong, missing or unscorable).',
        args: { onlyWrong: t.arg.boolean({ defaultValue: false }) },
        query: (args) => ({
          where: args.onlyWrong ? { OR: [{ correct: false }, { correct: null }] } : {},
          orderBy: { position: 'asc' },
        }),
      },
      { name: 'EvaluationItemConnection' },
      { name: 'EvaluationItemEdge' },
    ),
  }),
});

builder.prismaNode('EvaluationItem', {
  id: { field: 'id' },
  description: 'One judged item: the trace, its reference answer, the run’s prediction and the judge’s verdict.',
  fields: (t) => ({
    position: t.exposeInt('position', { description: 'Order in the evaluation set (the dataset’s build order).' }),
    trace: t.relation('trace', { type: TraceNode }),
    reference: t.exposeString('reference', { description: 'The trace’s final answer.' }),
    prediction: t.exposeString('prediction', { nullable: true, description: 'null: the run left no prediction for this trace.' }),
    score: t.exposeFloat('score', { nullable: true, description: '0–1; null when the judge could not score it.' }),
    correct: t.exposeBoolean('correct', { nullable: true }),
    reasoning: t.exposeString('reasoning', { nullable: true }),
    error: t.exposeString('error', {
      nullable: true,
      description: 'Why the item is unscored or counted wrong (no prediction, judge timeout…).',
    }),
    judgedAt: t.expose('judgedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.prismaObjectFields('Run', (t) => ({
  evaluations: t.relatedConnection(
    'evaluations',
    {
      cursor: 'id',
      ...pageSize,
      totalCount: true,
      description: 'Evaluations of this run, newest first.',
      query: () => ({ orderBy: byCreated('desc') }),
    },
    { name: 'RunEvaluationConnection' },
    { name: 'RunEvaluationEdge' },
  ),
  latestEvaluation: t.field({
    type: EvaluationNode,
    nullable: true,
    description: 'The evaluation that counts: the latest SUCCEEDED one (what the leaderboard shows).',
    select: {
      evaluations: { where: { status: 'SUCCEEDED' }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 1 },
    },
    resolve: (run) => run.evaluations[0] ?? null,
  }),
}));

builder.queryField('judges', (t) =>
  t.field({
    type: [JudgeInfo],
    description: 'The judges evaluateRun can use on this server.',
    resolve: (_root, _args, ctx) => describeJudges(ctx.config),
  }),
);

const EvaluateRunInput = builder.inputType('EvaluateRunInput', {
  fields: (t) => ({
    runId: t.globalID({ required: true, for: RunNode }),
    judge: t.string({
      required: true,
      description: 'A judge’s name (see judges): mock, answer_correctness, llm or an operator’s judge.',
    }),
    datasetId: t.globalID({
      for: DatasetNode,
      description: 'Judge this dataset’s items (e.g. a frozen benchmark) instead of the run’s held-out split.',
    }),
    judgeConfig: t.field({
      type: 'JSON',
      description: 'Judge settings, e.g. {"model": "…", "temperature": 0} for llm; unknown keys are refused.',
    }),
  }),
});

const EvaluateRunPayload = builder.objectRef<{ evaluationId: string }>('EvaluateRunPayload').implement({
  fields: (t) => ({
    evaluation: t.prismaField({
      type: 'Evaluation',
      resolve: (query, parent, _args, ctx) =>
        ctx.prisma.evaluation.findUniqueOrThrow({ ...query, where: { id: parent.evaluationId } }),
    }),
  }),
});

builder.mutationField('evaluateRun', (t) =>
  t.field({
    type: EvaluateRunPayload,
    description:
      'Queues an evaluation of an ended run (PENDING); a worker judges it. Follow it with evaluationUpdated. Each call makes a new evaluation; the latest SUCCEEDED one counts.',
    args: { input: t.arg({ type: EvaluateRunInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const evaluation = await evaluateRun(ctx, {
        runId: input.runId.id,
        judge: input.judge,
        datasetId: input.datasetId?.id ?? null,
        judgeConfig: input.judgeConfig,
      });
      return { evaluationId: evaluation.id };
    },
  }),
);

builder.subscriptionField('evaluationUpdated', (t) =>
  t.prismaField({
    type: 'Evaluation',
    description: 'The evaluation now, then at every change (progress included). Ends after SUCCEEDED or FAILED.',
    args: { id: t.arg.globalID({ required: true, for: EvaluationNode }) },
    subscribe: (_root, args, ctx) =>
      liveAfterSnapshot<EvaluationEvent>({
        live: ctx.pubsub.subscribe('evaluationUpdated', args.id.id),
        resyncs: ctx.pubsub.resyncs(),
        read: async () => {
          const found = await ctx.prisma.evaluation.findUnique({
            where: { id: args.id.id },
            select: { id: true, runId: true, status: true, itemsDone: true },
          });
          if (!found) throw notFound('Evaluation', args.id.id);
          return [{ evaluationId: found.id, runId: found.runId, status: found.status, itemsDone: found.itemsDone }];
        },
        isLast: (event) => isEvaluationTerminal(event.status),
        same: (a, b) => a.status === b.status && a.itemsDone === b.itemsDone,
      }),
    resolve: (query, event, _args, ctx) =>
      ctx.prisma.evaluation.findUniqueOrThrow({ ...query, where: { id: (event as EvaluationEvent).evaluationId } }),
  }),
);

const LeaderboardFilterInput = builder.inputType('LeaderboardFilter', {
  fields: (t) => ({
    datasetId: t.globalID({ for: DatasetNode, description: 'Runs trained on this dataset.' }),
    evalDatasetId: t.globalID({ for: DatasetNode, description: 'Evaluations on this dataset (ranks runs on the same items).' }),
    baseModel: t.string({ description: 'Substring of the run’s base model, case-insensitive.' }),
    judge: t.string({ description: 'Evaluations by this judge.' }),
    createdAfter: t.field({ type: 'DateTime', description: 'Evaluations requested at or after this time.' }),
    createdBefore: t.field({
      type: 'DateTime',
      description: 'Evaluations requested before this time (the board as it was then).',
    }),
    configContains: t.field({ type: 'JSON', description: 'Runs whose config contains this JSON object, e.g. {"epochs": 3}.' }),
  }),
});

type LeaderboardFilterArg = typeof LeaderboardFilterInput.$inferInput | null | undefined;
const toLeaderboardFilter = (arg: LeaderboardFilterArg): LeaderboardFilter | null => {
  if (!arg) return null;
  const checked = { ...arg, datasetId: arg.datasetId?.id ?? null, evalDatasetId: arg.evalDatasetId?.id ?? null };
  checkLeaderboardFilter(checked);
  return checked;
};

builder.queryField('leaderboard', (t) =>
  t.connection(
    {
      type: EvaluationNode,
      description:
        'Runs ranked by score (highest first, ties by newest evaluation): the latest SUCCEEDED evaluation of each run within the filter, one entry per run. Pages forward with first/after, back with last/before (from the end without before).',
      args: { filter: t.arg({ type: LeaderboardFilterInput }) },
      resolve: async (_root, args, ctx, info) => {
        const backward = args.last != null || args.before != null;
        if (backward && (args.first != null || args.after != null)) {
          throw invalidInput([
            { path: args.first != null ? 'first' : 'after', message: 'page one way: first and after, or last and before' },
          ]);
        }
        pageSize.maxSize(args);
        const size = (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
        const where = toLeaderboardFilter(args.filter);
        const cursorText = backward ? args.before : args.after;
        const cursor = cursorText ? decodeLeaderboardCursor(cursorText, backward ? 'before' : 'after') : null;
        const page = await leaderboardPage(ctx, where, size, cursor, backward ? 'backward' : 'forward');
        const ids = page.entries.map((entry) => entry.id);
        // One query for the page's evaluations with whatever the client selected of them.
        const query = queryFromInfo({ context: ctx, info, path: ['edges', 'node'], typeName: 'Evaluation' });
        const rows = ids.length ? await ctx.prisma.evaluation.findMany({ ...(query as object), where: { id: { in: ids } } }) : [];
        const byId = new Map(rows.map((row) => [row.id, row]));
        const edges = page.entries.flatMap((entry) => {
          const node = byId.get(entry.id);
          return node ? [{ cursor: encodeLeaderboardCursor(entry), node }] : [];
        });
        return {
          edges,
          pageInfo: {
            hasNextPage: backward ? cursor !== null : page.hasMore,
            hasPreviousPage: backward ? page.hasMore : cursor !== null,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges.at(-1)?.cursor ?? null,
          },
          totalCount: () => leaderboardCount(ctx, where),
        };
      },
    },
    {
      name: 'LeaderboardConnection',
      fields: (c) => ({
        totalCount: c.int({
          description: 'Runs on the board with this filter.',
          resolve: (connection) => (connection as unknown as { totalCount: () => Promise<number> }).totalCount(),
        }),
      }),
    },
    { name: 'LeaderboardEdge' },
  ),
);

const RESYNC_MARGIN_MS = 30_000;

builder.subscriptionField('leaderboardUpdated', (t) =>
  t.prismaField({
    type: 'Evaluation',
    description:
      'Every evaluation that lands on the leaderboard with this filter, as it succeeds (with its score): refetch or insert it to keep a board live.',
    args: { filter: t.arg({ type: LeaderboardFilterInput }) },
    subscribe: (_root, args, ctx) => {
      const where = toLeaderboardFilter(args.filter);
      const matches = (event: EvaluationEvent) => event.status === 'SUCCEEDED' && onLeaderboard(ctx, where, event.evaluationId);
      // After a Redis outage: the evaluations that succeeded meanwhile.
      const since = async ({ since: from }: { since: Date }): Promise<EvaluationEvent[]> =>
        (
          await ctx.prisma.evaluation.findMany({
            where: { status: 'SUCCEEDED', finishedAt: { gte: new Date(from.getTime() - RESYNC_MARGIN_MS) } },
            orderBy: { finishedAt: 'asc' },
            take: 100,
            select: { id: true, runId: true, status: true, itemsDone: true },
          })
        ).map((row) => ({ evaluationId: row.id, runId: row.runId, status: row.status, itemsDone: row.itemsDone }));
      return withResyncs(
        pipe(ctx.pubsub.subscribe('evaluationsChanged'), filter(matches)),
        ctx.pubsub.resyncs(),
        async (resync) => {
          const found = await since(resync);
          const kept = await Promise.all(
            found.map(async (event) => ((await onLeaderboard(ctx, where, event.evaluationId)) ? event : null)),
          );
          return kept.filter((event): event is EvaluationEvent => event !== null);
        },
      );
    },
    resolve: (query, event, _args, ctx) =>
      ctx.prisma.evaluation.findUniqueOrThrow({ ...query, where: { id: (event as EvaluationEvent).evaluationId } }),
  }),
);
