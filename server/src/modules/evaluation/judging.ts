// Judging one claimed evaluation, in the worker: write its items (trace, reference, prediction),
// judge those not judged yet in batches (storing progress after each), then compute the aggregate
// from the stored items. Every write is guarded by the worker's lease, so a worker that lost the
// evaluation to another one stops instead of overwriting it; a resumed evaluation judges only
// what is left.
import type { Deps } from '../../deps.ts';
import type { Evaluation, Prisma } from '../../generated/prisma/client.ts';
import { evaluationEnded, publishEvaluation } from './evaluation.service.ts';
import { type JudgedRun, JudgeFailure, resolveJudge } from './judges.ts';
import { evaluationSet, locatePredictions, readPredictions } from './predictions.ts';
import { primaryScore, type RunVerdict, scorecard, unfinishedRunVerdict } from './scoring.ts';

const TRACE_PAGE = 500;

/** The worker no longer holds the evaluation (its lease expired and another worker took it). */
class LeaseLost extends Error {
  override name = 'LeaseLost';
}

export type JudgingOutcome = 'SUCCEEDED' | 'FAILED' | 'LOST';

/** Judges `evaluation` (claimed by `workerId`) to its end; throws only when `signal` aborts. */
export async function judgeEvaluation(
  deps: Deps,
  evaluation: Evaluation,
  worker: { id: string; leaseSeconds: number },
  signal: AbortSignal,
): Promise<JudgingOutcome> {
  const workerId = worker.id;
  const held = { id: evaluation.id, leaseOwner: workerId, status: 'RUNNING' as const };
  const write = async (data: Prisma.EvaluationUpdateManyMutationInput) => {
    const { count } = await deps.prisma.evaluation.updateMany({ where: held, data });
    if (count === 0) throw new LeaseLost();
  };
  const end = async (data: Prisma.EvaluationUpdateManyMutationInput & { status: 'SUCCEEDED' | 'FAILED' }) => {
    await write({ ...data, finishedAt: new Date(), leaseOwner: null, leaseExpiresAt: null });
    const itemsDone = typeof data.itemsDone === 'number' ? data.itemsDone : evaluation.itemsDone;
    await evaluationEnded(deps, { id: evaluation.id, runId: evaluation.runId, status: data.status, itemsDone });
    return data.status;
  };
  try {
    const run = await deps.prisma.run.findUniqueOrThrow({
      where: { id: evaluation.runId },
      select: { id: true, status: true, executor: true, datasetId: true, config: true, startedAt: true, finishedAt: true },
    });
    const judge = resolveJudge(deps.config, evaluation.judgeName, evaluation.judgeConfig);
    // What this worker actually runs is what is recorded (an operator may have changed the judge since).
    await write({ judgeVersion: judge.version, judgeConfig: judge.config as Prisma.InputJsonValue });
    const judgedRun: JudgedRun = {
      id: run.id,
      durationSeconds: run.startedAt && run.finishedAt ? (run.finishedAt.getTime() - run.startedAt.getTime()) / 1000 : null,
      stdoutLength: async () => {
        const [row] = await deps.prisma.$queryRaw<{ chars: bigint | null }[]>`
          SELECT sum(char_length(text)) AS chars FROM run_log_chunks WHERE "runId" = ${run.id}::uuid AND stream = 'STDOUT'`;
        return Number(row?.chars ?? 0);
      },
    };
    if (run.status !== 'SUCCEEDED')
      return await end({ status: 'SUCCEEDED', ...verdictColumns(unfinishedRunVerdict(run.status)) });

    let notes = evaluation.rawJudgeOutput;
    let itemsTotal = evaluation.itemsTotal;
    if (itemsTotal === 0) {
      const prepared = await prepareItems(deps, evaluation, run, judge.needsPredictions);
      if ('error' in prepared) return await end({ status: 'FAILED', error: prepared.error });
      itemsTotal = prepared.itemsTotal;
      notes = prepared.notes;
      await deps.prisma.$transaction(async (tx) => {
        const { count } = await tx.evaluation.updateMany({ where: held, data: { itemsTotal, rawJudgeOutput: notes } });
        if (count === 0) throw new LeaseLost();
        await tx.evaluationItem.createMany({ data: prepared.items, skipDuplicates: true });
      });
      publishEvaluation(deps, { ...evaluation, status: 'RUNNING', itemsDone: 0 });
    }

    for (;;) {
      if (signal.aborted) throw signal.reason;
      const batch = await deps.prisma.evaluationItem.findMany({
        where: { evaluationId: evaluation.id, judgedAt: null },
        orderBy: { position: 'asc' },
        take: judge.batchSize,
        select: { id: true, traceId: true, reference: true, prediction: true, trace: { select: { prompt: true } } },
      });
      if (batch.length === 0) break;
      const judged = await judge.judgeItems(
        batch.map((item) => ({
          traceId: item.traceId,
          prompt: item.trace.prompt,
          reference: item.reference,
          prediction: item.prediction,
        })),
        signal,
      );
      const now = new Date();
      const itemsDone = await deps.prisma.$transaction(async (tx) => {
        const owned = await tx.evaluation.updateMany({
          where: held,
          data: { leaseExpiresAt: new Date(Date.now() + worker.leaseSeconds * 1000) },
        });
        if (owned.count === 0) throw new LeaseLost();
        for (const [index, item] of batch.entries()) {
          const result = judged[index];
          await tx.evaluationItem.update({
            where: { id: item.id },
            data: {
              score: result?.score ?? null,
              correct: result?.correct ?? null,
              reasoning: result?.reasoning ?? null,
              error: result ? result.error : 'the judge returned no result for this item',
              judgedAt: now,
            },
          });
        }
        const done = await tx.evaluationItem.count({ where: { evaluationId: evaluation.id, judgedAt: { not: null } } });
        await tx.evaluation.updateMany({ where: held, data: { itemsDone: done } });
        return done;
      });
      publishEvaluation(deps, { ...evaluation, status: 'RUNNING', itemsDone });
    }

    const items = await deps.prisma.evaluationItem.findMany({
      where: { evaluationId: evaluation.id },
      orderBy: { position: 'asc' },
      select: { score: true, correct: true, trace: { select: { tags: true } } },
    });
    const verdict = await judge.verdict(judgedRun, items);
    const card = scorecard(items.map((item) => ({ score: item.score, tags: item.trace.tags })));
    const raw = [verdict.rawJudgeOutput, notes].filter(Boolean).join('\n') || null;
    return await end({
      status: 'SUCCEEDED',
      ...verdictColumns({ ...verdict, rawJudgeOutput: raw }),
      scorecard: card as unknown as Prisma.InputJsonValue,
      itemsDone: items.length,
      itemsTotal,
    });
  } catch (error) {
    if (signal.aborted) throw error;
    if (error instanceof LeaseLost) return 'LOST';
    const message =
      error instanceof JudgeFailure
        ? error.message
        : `internal error while judging: ${error instanceof Error ? error.message : String(error)}`;
    try {
      return await end({ status: 'FAILED', error: message.slice(0, 4_000) });
    } catch (ending) {
      if (ending instanceof LeaseLost) return 'LOST';
      throw ending;
    }
  }
}

function verdictColumns(verdict: RunVerdict) {
  return {
    score: verdict.score,
    primaryScore: primaryScore(verdict.score, verdict.metrics),
    verdict: verdict.verdict,
    metrics: verdict.metrics,
    detailedMetrics: verdict.detailedMetrics as unknown as Prisma.InputJsonValue,
    rawJudgeOutput: verdict.rawJudgeOutput,
  };
}

/** The evaluation's items, with predictions and reference answers, ready to be written. */
async function prepareItems(
  deps: Deps,
  evaluation: Evaluation,
  run: Parameters<typeof evaluationSet>[1] & { id: string },
  needsPredictions: boolean,
): Promise<{ error: string } | { items: Prisma.EvaluationItemCreateManyInput[]; itemsTotal: number; notes: string | null }> {
  const set = await evaluationSet(deps, run, evaluation.evalDatasetId);
  if (set.length === 0) {
    return {
      error: evaluation.evalDatasetId
        ? 'the evaluation dataset has no traces'
        : "the run's held-out split is empty (its dataset has fewer than 2 traces): evaluate it on a dataset (datasetId)",
    };
  }
  let predictions: Map<string, string> | undefined;
  let notes: string | null = null;
  if (needsPredictions) {
    const uri = await locatePredictions(deps, run.id);
    const parsed =
      uri &&
      (await readPredictions(
        deps,
        uri,
        set.map((item) => item.traceId),
      ));
    if (!parsed) return { error: 'the run left no predictions.jsonl' };
    predictions = parsed.byTrace;
    if (parsed.problemCount) {
      notes = `predictions.jsonl: ${parsed.problemCount} line(s) not used: ${parsed.problems.join('; ')}`;
    }
  }
  const items: Prisma.EvaluationItemCreateManyInput[] = [];
  for (let start = 0; start < set.length; start += TRACE_PAGE) {
    const page = set.slice(start, start + TRACE_PAGE);
    const traces = await deps.prisma.trace.findMany({
      where: { id: { in: page.map((item) => item.traceId) } },
      select: { id: true, finalAnswer: true },
    });
    const answers = new Map(traces.map((trace) => [trace.id, trace.finalAnswer]));
    for (const item of page) {
      items.push({
        evaluationId: evaluation.id,
        position: item.position,
        traceId: item.traceId,
        reference: answers.get(item.traceId) ?? '',
        prediction: predictions ? (predictions.get(item.traceId) ?? null) : null,
      });
    }
  }
  return { items, itemsTotal: items.length, notes };
}
