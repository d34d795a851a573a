// The evaluation worker: claims PENDING evaluations as the run worker claims runs (row locks that
// skip locked rows, so any number of workers share the queue), holds a lease it renews, and judges
// them (modules/evaluation/judging.ts). A worker that dies stops renewing; the next worker to look
// requeues the evaluation, which resumes with the items not judged yet, or fails it once its
// attempts are used up.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Deps } from '../deps.ts';
import type { Evaluation } from '../generated/prisma/client.ts';
import type { Logger } from '../logger.ts';
import { evaluationEnded, publishEvaluation } from '../modules/evaluation/evaluation.service.ts';
import { judgeEvaluation } from '../modules/evaluation/judging.ts';
import { createLeaseLoop } from './lease-loop.ts';

export interface EvaluationWorkerOptions {
  concurrency: number;
  leaseSeconds: number;
  /** Default: the process's logger; lines carry workerId, an evaluation's also evaluationId. */
  logger?: Logger;
}

export interface EvaluationWorker {
  id: string;
  /** Evaluations being judged right now. */
  active(): string[];
  /** Stops claiming, gives back what it holds (requeued, progress kept), waits for it to stop. */
  stop(): Promise<void>;
}

/** Atomically takes the oldest PENDING evaluation, or returns null. */
export async function claimNextEvaluation(deps: Deps, workerId: string, leaseSeconds: number): Promise<Evaluation | null> {
  const rows = await deps.prisma.$queryRaw<{ id: string }[]>`
    UPDATE evaluations
       SET status = 'RUNNING', "startedAt" = coalesce("startedAt", now()), "updatedAt" = now(), attempt = attempt + 1,
           "leaseOwner" = ${workerId}, "leaseExpiresAt" = now() + make_interval(secs => ${leaseSeconds})
     WHERE id = (SELECT id FROM evaluations WHERE status = 'PENDING'
                  ORDER BY "createdAt", id LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING id::text AS id`;
  const id = rows[0]?.id;
  if (!id) return null;
  const claimed = await deps.prisma.evaluation.findUniqueOrThrow({ where: { id } });
  publishEvaluation(deps, claimed);
  return claimed;
}

/** Evaluations whose worker stopped renewing its lease: requeued while attempts remain, else FAILED. */
export async function recoverLostEvaluations(deps: Deps): Promise<number> {
  const lost = await deps.prisma.evaluation.findMany({
    where: { status: 'RUNNING', leaseExpiresAt: { lt: new Date() } },
    select: { id: true, runId: true, attempt: true, maxAttempts: true, leaseOwner: true, itemsDone: true },
    take: 100,
  });
  for (const evaluation of lost) {
    const held = { id: evaluation.id, status: 'RUNNING' as const, leaseOwner: evaluation.leaseOwner };
    const retry = evaluation.attempt < evaluation.maxAttempts;
    const { count } = await deps.prisma.evaluation.updateMany({
      where: held,
      data: retry
        ? { status: 'PENDING', leaseOwner: null, leaseExpiresAt: null }
        : {
            status: 'FAILED',
            leaseOwner: null,
            leaseExpiresAt: null,
            finishedAt: new Date(),
            error: `worker lost: ${evaluation.leaseOwner ?? 'a worker'} stopped renewing its lease after ${evaluation.attempt} attempt(s)`,
          },
    });
    if (count === 0) continue; // another worker recovered it first
    const event = { ...evaluation, status: retry ? ('PENDING' as const) : ('FAILED' as const) };
    if (retry) publishEvaluation(deps, event);
    else await evaluationEnded(deps, event);
  }
  return lost.length;
}

export function startEvaluationWorker(deps: Deps, options: EvaluationWorkerOptions): EvaluationWorker {
  const id = `${hostname()}-${process.pid}-eval-${randomBytes(3).toString('hex')}`;
  const logger = (options.logger ?? deps.logger).child({ workerId: id });
  const leaseMs = options.leaseSeconds * 1000;
  const running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  const loop = createLeaseLoop(leaseMs);
  const wake = loop.wake;

  // A queued evaluation wakes the loop at once; the timer below is the safety net.
  const events = deps.pubsub.subscribe('evaluationsChanged');
  void (async () => {
    for await (const event of events) if (event.status === 'PENDING') wake();
  })();

  const renewLeases = async () => {
    const ids = [...running.keys()];
    if (ids.length === 0) return;
    await deps.prisma.evaluation.updateMany({
      where: { id: { in: ids }, leaseOwner: id, status: 'RUNNING' },
      data: { leaseExpiresAt: new Date(Date.now() + leaseMs) },
    });
  };

  const judge = async (evaluation: Evaluation, controller: AbortController) => {
    const log = logger.child({ evaluationId: evaluation.id });
    log.info(`judging with ${evaluation.judgeName} (attempt ${evaluation.attempt})`);
    try {
      const outcome = await judgeEvaluation(deps, evaluation, { id, leaseSeconds: options.leaseSeconds }, controller.signal);
      log.info(`evaluation ${outcome}`);
    } catch (error) {
      if (!controller.signal.aborted) throw error;
      // Shutting down: give it back with its progress; another worker (or this one) resumes it.
      const { count } = await deps.prisma.evaluation.updateMany({
        where: { id: evaluation.id, leaseOwner: id, status: 'RUNNING' },
        data: { status: 'PENDING', leaseOwner: null, leaseExpiresAt: null, attempt: { decrement: 1 } },
      });
      if (count) publishEvaluation(deps, { ...evaluation, status: 'PENDING' });
      log.info('evaluation requeued');
    }
  };

  /** Claims and starts one evaluation; false when the queue is empty. */
  const startNext = async (): Promise<boolean> => {
    const evaluation = await claimNextEvaluation(deps, id, options.leaseSeconds);
    if (!evaluation) return false;
    const controller = new AbortController();
    const done = judge(evaluation, controller)
      .catch((error: unknown) => logger.error({ err: error, evaluationId: evaluation.id }, 'evaluation worker error'))
      .finally(() => {
        running.delete(evaluation.id);
        wake();
      });
    running.set(evaluation.id, { controller, done });
    return true;
  };

  let renewedAt = 0;
  const looping = loop.run(async () => {
    try {
      // Leases are renewed (and lost ones recovered) three times per lease period.
      if (Date.now() - renewedAt >= leaseMs / 3) {
        await renewLeases();
        await recoverLostEvaluations(deps);
        renewedAt = Date.now();
      }
      while (!loop.stopping && running.size < options.concurrency && (await startNext())) {}
    } catch (error) {
      logger.error({ err: error }, 'evaluation worker loop failed; retrying');
    }
  });

  return {
    id,
    active: () => [...running.keys()],
    async stop() {
      loop.halt();
      await events.return?.();
      for (const entry of running.values()) entry.controller.abort(new Error('worker shutting down'));
      await Promise.all([...running.values()].map((entry) => entry.done));
      await looping;
    },
  };
}
