// The run worker: claims PENDING runs from the database (row locks that skip locked rows, so any
// number of workers share one queue), holds a lease it renews, executes them, and records the
// outcome. A worker that dies stops renewing; the next worker to look finds the expired lease
// and requeues the run (or fails it once its attempts are used up).
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import type { Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { executors } from '../executors/index.ts';
import { RunFailure } from '../executors/types.ts';
import type { Run } from '../generated/prisma/client.ts';
import type { RunConfig } from '../modules/runs/run-config.ts';
import { publishRunChange, transitionRun } from '../modules/runs/run-lifecycle.ts';
import { cancelRun } from '../modules/runs/runs.service.ts';
import { type MetricInput, RunOutput, registerArtifacts } from './run-output.ts';

export interface WorkerOptions {
  concurrency: number;
  leaseSeconds: number;
  runTimeoutSeconds: number;
  /** Decides, as metric points arrive, whether a run should be stopped early (tuning's pruning rule). */
  shouldStopEarly?: (deps: Deps, runId: string, points: MetricInput[]) => Promise<boolean>;
  log?: (line: string) => void;
}

/** Why an execution was aborted. */
type StopReason = { kind: 'cancel'; reason: string } | { kind: 'timeout'; seconds: number } | { kind: 'shutdown' };

export interface Worker {
  id: string;
  /** Runs being executed right now. */
  active(): string[];
  /** Stops claiming, gives back the runs it holds (they are requeued), waits for them to stop. */
  stop(): Promise<void>;
}

export const runOutputDir = (deps: Deps, runId: string) => path.join(deps.config.dataDir, 'artifacts', 'runs', runId);

/** Atomically takes the oldest PENDING run, or returns null. */
export async function claimNextRun(deps: Deps, workerId: string, leaseSeconds: number): Promise<Run | null> {
  const claimed = await deps.prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; status: string }[]>`
      UPDATE runs
         SET status = 'RUNNING', "startedAt" = now(), "updatedAt" = now(), attempt = attempt + 1,
             "leaseOwner" = ${workerId}, "leaseExpiresAt" = now() + make_interval(secs => ${leaseSeconds})
       WHERE id = (SELECT id FROM runs WHERE status = 'PENDING'
                    ORDER BY "createdAt", id LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING id, status`;
    const row = rows[0];
    if (!row) return null;
    await tx.runStatusChange.create({
      data: { runId: row.id, fromStatus: 'PENDING', toStatus: 'RUNNING', reason: `claimed by worker ${workerId}` },
    });
    return tx.run.findUniqueOrThrow({ where: { id: row.id } });
  });
  if (claimed) await publishRunChange(deps, claimed);
  return claimed;
}

/**
 * Finds runs whose worker stopped renewing its lease: requeued while attempts remain, else FAILED.
 * A run that was being cancelled ends CANCELLED.
 */
export async function recoverLostRuns(deps: Deps): Promise<number> {
  const lost = await deps.prisma.run.findMany({
    where: { status: { in: ['RUNNING', 'CANCELLING'] }, leaseExpiresAt: { lt: new Date() } },
    select: { id: true, status: true, attempt: true, maxAttempts: true, leaseOwner: true },
    take: 100,
  });
  let recovered = 0;
  for (const run of lost) {
    const owner = run.leaseOwner ?? undefined;
    const release = { leaseOwner: null, leaseExpiresAt: null };
    try {
      if (run.status === 'CANCELLING') {
        await transitionRun(deps, run.id, 'CANCELLED', {
          leaseOwner: owner,
          data: release,
          reason: 'worker lost while cancelling',
        });
      } else if (run.attempt < run.maxAttempts) {
        await transitionRun(deps, run.id, 'PENDING', {
          from: ['RUNNING'],
          leaseOwner: owner,
          data: { ...release, startedAt: null },
          reason: `worker lost; retrying (attempt ${run.attempt + 1} of ${run.maxAttempts})`,
        });
      } else {
        await transitionRun(deps, run.id, 'FAILED', {
          from: ['RUNNING'],
          leaseOwner: owner,
          data: {
            ...release,
            error: `worker lost: ${owner ?? 'a worker'} stopped renewing its lease after ${run.attempt} attempt(s)`,
          },
          reason: 'worker lost',
        });
      }
      recovered += 1;
    } catch (error) {
      // Another worker recovered it first, or its own worker came back: nothing to do.
      if (!(error instanceof DomainError && error.code === 'INVALID_STATE')) throw error;
    }
  }
  return recovered;
}

export function startWorker(deps: Deps, options: WorkerOptions): Worker {
  const id = `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const log = options.log ?? (() => {});
  const running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  let stopping = false;
  let wake: () => void = () => {};

  const stopRun = (runId: string, reason: StopReason) => {
    const entry = running.get(runId);
    if (entry && !entry.controller.signal.aborted) entry.controller.abort(reason);
  };

  /** Stops a run someone asked to cancel, keeping their reason (a user, a tuning job, pruning). */
  const cancelActiveRun = async (runId: string) => {
    if (!running.has(runId)) return;
    const change = await deps.prisma.runStatusChange.findFirst({
      where: { runId, toStatus: 'CANCELLING' },
      orderBy: { id: 'desc' },
      select: { reason: true },
    });
    stopRun(runId, { kind: 'cancel', reason: change?.reason ?? 'cancelled' });
  };

  // Push, not polling: a new PENDING run or a cancellation wakes the loop at once. The lease timer
  // below is the safety net for events lost between processes and for dead workers' runs.
  const events = deps.pubsub.subscribe('runsChanged');
  void (async () => {
    for await (const event of events) {
      if (event.status === 'PENDING') wake();
      if (event.status === 'CANCELLING') await cancelActiveRun(event.runId).catch((error: unknown) => log(String(error)));
    }
  })();

  const renewLeases = async () => {
    const ids = [...running.keys()];
    if (ids.length === 0) return;
    const expires = new Date(Date.now() + options.leaseSeconds * 1000);
    await deps.prisma.run.updateMany({ where: { id: { in: ids }, leaseOwner: id }, data: { leaseExpiresAt: expires } });
    // Catches cancellations whose event this process did not receive.
    const cancelling = await deps.prisma.run.findMany({
      where: { id: { in: ids }, status: 'CANCELLING' },
      select: { id: true },
    });
    for (const run of cancelling) await cancelActiveRun(run.id);
  };

  const execute = async (run: Run, controller: AbortController) => {
    const config = run.config as unknown as RunConfig;
    const timeoutSeconds = config.timeoutSeconds ?? options.runTimeoutSeconds;
    const timer = setTimeout(
      () => controller.abort({ kind: 'timeout', seconds: timeoutSeconds } satisfies StopReason),
      timeoutSeconds * 1000,
    );
    const outputDir = runOutputDir(deps, run.id);
    await mkdir(outputDir, { recursive: true });
    const workDir = await mkdtemp(path.join(tmpdir(), `tunix-run-${run.id.slice(0, 8)}-`));
    const output = new RunOutput(deps, run.id, run.lastLogSeq, async (points) => {
      if (options.shouldStopEarly && (await options.shouldStopEarly(deps, run.id, points))) {
        const reason = 'pruned by the early-stopping rule';
        await cancelRun(deps, run.id, reason);
        stopRun(run.id, { kind: 'cancel', reason });
      }
    });
    log(`run ${run.id}: started (${run.executor}, attempt ${run.attempt})`);
    let outcome: {
      status: 'SUCCEEDED' | 'FAILED' | 'CANCELLED' | 'TIMED_OUT';
      exitCode?: number;
      error?: string;
      reason: string;
    };
    try {
      const result = await executors[run.executor]({ deps, run, config, output, signal: controller.signal, workDir, outputDir });
      outcome = { status: 'SUCCEEDED', exitCode: result.exitCode ?? 0, reason: 'finished' };
    } catch (error) {
      const stop = controller.signal.aborted ? (controller.signal.reason as StopReason) : undefined;
      if (stop?.kind === 'timeout') {
        outcome = {
          status: 'TIMED_OUT',
          error: `Run exceeded its ${stop.seconds} s time limit (RUN_TIMEOUT_SECONDS)`,
          reason: 'timeout',
        };
      } else if (stop?.kind === 'cancel') {
        outcome = { status: 'CANCELLED', error: stop.reason, reason: stop.reason };
      } else if (stop?.kind === 'shutdown') {
        outcome = { status: 'FAILED', error: 'worker shut down', reason: 'shutdown' };
      } else if (error instanceof RunFailure) {
        outcome = { status: 'FAILED', exitCode: error.exitCode, error: error.message, reason: 'failed' };
      } else {
        outcome = {
          status: 'FAILED',
          error: `Internal error in the ${run.executor} executor: ${String(error)}`,
          reason: 'executor error',
        };
      }
      output.log(`${outcome.status}: ${outcome.error}`, 'STDERR');
    } finally {
      clearTimeout(timer);
    }
    try {
      await output.close();
      await registerArtifacts(deps, run.id, outputDir);
    } catch (error) {
      outcome = { status: 'FAILED', error: `Could not store the run's output: ${String(error)}`, reason: 'storage error' };
    }
    await rm(workDir, { recursive: true, force: true });
    const shutdown = (controller.signal.reason as StopReason | undefined)?.kind === 'shutdown';
    try {
      if (shutdown) {
        // Give the run back: another worker (or this one, restarted) starts it again.
        await transitionRun(deps, run.id, 'PENDING', {
          from: ['RUNNING'],
          leaseOwner: id,
          data: { leaseOwner: null, leaseExpiresAt: null, startedAt: null, attempt: { decrement: 1 } },
          reason: 'worker shut down; requeued',
        });
      } else {
        await transitionRun(deps, run.id, outcome.status, {
          from: ['RUNNING', 'CANCELLING'],
          leaseOwner: id,
          reason: outcome.reason,
          data: {
            exitCode: outcome.exitCode ?? null,
            error: outcome.error ?? null,
            summaryMetrics: output.summary(),
            leaseOwner: null,
            leaseExpiresAt: null,
          },
        });
      }
      log(`run ${run.id}: ${shutdown ? 'requeued' : outcome.status}`);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'INVALID_STATE') {
        log(`run ${run.id}: lease lost before it finished; another worker took it over`);
      } else throw error;
    }
  };

  const loop = async () => {
    let lastRecovery = 0;
    while (!stopping) {
      try {
        if (Date.now() - lastRecovery > (options.leaseSeconds * 1000) / 2) {
          lastRecovery = Date.now();
          await renewLeases();
          await recoverLostRuns(deps);
        }
        while (!stopping && running.size < options.concurrency) {
          const run = await claimNextRun(deps, id, options.leaseSeconds);
          if (!run) break;
          const controller = new AbortController();
          const done = execute(run, controller)
            .catch((error: unknown) => log(`run ${run.id}: worker error: ${String(error)}`))
            .finally(() => {
              running.delete(run.id);
              wake();
            });
          running.set(run.id, { controller, done });
        }
      } catch (error) {
        log(`worker ${id}: ${String(error)}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, (options.leaseSeconds * 1000) / 3);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  };
  const looping = loop();

  return {
    id,
    active: () => [...running.keys()],
    async stop() {
      stopping = true;
      wake();
      await events.return?.();
      for (const runId of running.keys()) stopRun(runId, { kind: 'shutdown' });
      await Promise.all([...running.values()].map((entry) => entry.done));
      await looping;
    },
  };
}
