// The run worker: claims PENDING runs from the database (row locks that skip locked rows, so any
// number of workers share one queue), holds a lease it renews, executes them, and records the
// outcome. A worker that dies stops renewing; the next worker to look finds the expired lease
// and requeues the run (or fails it once its attempts are used up).
//
// A database outage is ridden out: output is retried and spooled (run-output.ts), lease renewal
// and the final status change are retried, and a worker judges other workers' leases only after it
// has itself reached the database for a whole lease period, so that a returning database does not
// make the live workers that could not renew during the outage look dead.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { isTransientDatabaseError, retryTransient } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { DomainError, publicId } from '../errors.ts';
import { executors as defaultExecutors } from '../executors/index.ts';
import { type RunExecutor, RunFailure } from '../executors/types.ts';
import type { Run } from '../generated/prisma/client.ts';
import type { RunStopReason } from '../generated/prisma/enums.ts';
import { type Logger, shortError } from '../logger.ts';
import { type ExecutorName, runConfigSpec, withDefaults } from '../modules/runs/run-config.ts';
import { publishRunChange, transitionRun } from '../modules/runs/run-lifecycle.ts';
import { cancelRun } from '../modules/runs/runs.service.ts';
import { spanContextOf, tracer } from '../telemetry/tracing.ts';
import { createLeaseLoop } from './lease-loop.ts';
import { OutputNotStored, RunOutput, registerArtifacts, replaySpools } from './run-output-writer.ts';

export interface WorkerOptions {
  concurrency: number;
  leaseSeconds: number;
  runTimeoutSeconds: number;
  /** How long a run waits for its output to be stored before it is stopped (default 300). */
  storageGraceSeconds?: number;
  /** Replaces executors (tests drive the real worker with a trainer of their own). */
  executors?: Partial<Record<ExecutorName, RunExecutor>>;
  /** Where the worker logs (default: the process's logger); its lines carry workerId, a run's also runId. */
  logger?: Logger;
}

/** Why an execution was aborted. */
type StopReason =
  | { kind: 'cancel'; reason: string }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'storage'; seconds: number }
  | { kind: 'shutdown' };

/** Where a worker keeps the output it could not store yet: one file per run attempt. */
export const spoolDir = (deps: Deps) => path.join(deps.config.dataDir, 'spool');

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
            stopReason: 'WORKER_LOST',
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
  const logger = (options.logger ?? deps.logger).child({ workerId: id });
  const executors = { ...defaultExecutors, ...options.executors };
  const leaseMs = options.leaseSeconds * 1000;
  const graceSeconds = options.storageGraceSeconds ?? 300;
  const running = new Map<string, { controller: AbortController; done: Promise<void>; output?: RunOutput }>();
  /** Aborted by stop(): retries give up, and what is unstored stays in the spool. */
  const halt = new AbortController();
  const retry = <T>(write: () => Promise<T>, what: string) =>
    retryTransient(write, {
      signal: halt.signal,
      onRetry: (attempt, error) => {
        if (attempt === 1 || attempt % 10 === 0)
          logger.warn(`${what}: attempt ${attempt} failed (${shortError(error)}); retrying`);
      },
    });
  const loop = createLeaseLoop(leaseMs);
  const wake = loop.wake;

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
      if (event.status === 'CANCELLING')
        await cancelActiveRun(event.runId).catch((error: unknown) =>
          logger.error({ err: error, runId: event.runId }, 'could not stop a cancelled run'),
        );
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

  const execute = async (run: Run, entry: { controller: AbortController; output?: RunOutput }) => {
    const { controller } = entry;
    // Checked when the run was created; a run stored before a field existed gets its default.
    const config = withDefaults(runConfigSpec(run.executor, deps.config), run.config as object);
    const timeoutSeconds = config.timeoutSeconds ?? options.runTimeoutSeconds;
    const timer = setTimeout(
      () => controller.abort({ kind: 'timeout', seconds: timeoutSeconds } satisfies StopReason),
      timeoutSeconds * 1000,
    );
    const outputDir = runOutputDir(deps, run.id);
    await mkdir(outputDir, { recursive: true });
    const workDir = await mkdtemp(path.join(tmpdir(), `tunix-run-${run.id.slice(0, 8)}-`));
    const runLogger = logger.child({ runId: run.id });
    const output = new RunOutput(deps, run.id, run.lastLogSeq, {
      spoolDir: spoolDir(deps),
      attempt: run.attempt,
      logger: runLogger,
      onMetrics: async (points) => {
        for (const hooks of deps.runHooks) {
          const stop = await hooks.metricsStored?.(deps, run.id, points);
          if (!stop) continue;
          await cancelRun(deps, run.id, stop.message, stop.stopReason);
          stopRun(run.id, { kind: 'cancel', reason: stop.message });
          return;
        }
      },
    });
    entry.output = output;
    if (halt.signal.aborted) output.abandon();
    runLogger.info(`started (${run.executor}, attempt ${run.attempt})`);
    let outcome: {
      status: 'SUCCEEDED' | 'FAILED' | 'CANCELLED' | 'TIMED_OUT';
      exitCode?: number;
      error?: string;
      reason: string;
      stopReason?: RunStopReason;
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
          stopReason: 'TIMEOUT',
        };
      } else if (stop?.kind === 'cancel') {
        outcome = { status: 'CANCELLED', error: stop.reason, reason: stop.reason };
      } else if (stop?.kind === 'storage') {
        outcome = {
          status: 'FAILED',
          error:
            `The database could not store the run's output for more than ${stop.seconds} s (STORAGE_GRACE_SECONDS): ` +
            'the trainer was stopped; every line it printed until then is stored',
          reason: 'storage unavailable',
          stopReason: 'STORAGE_UNAVAILABLE',
        };
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
    await rm(workDir, { recursive: true, force: true });
    try {
      await output.close();
      await retry(() => registerArtifacts(deps, run.id, run.attempt, outputDir), `run ${run.id}: registering artifacts`);
    } catch (error) {
      if (error instanceof OutputNotStored || isTransientDatabaseError(error)) {
        // Shutting down while the database is away: the spool keeps the output, the lease expires,
        // and the next worker stores the spool and recovers the run.
        runLogger.warn(`left for recovery (${shortError(error)})`);
        return;
      }
      outcome = { status: 'FAILED', error: `Could not store the run's output: ${String(error)}`, reason: 'storage error' };
    }
    const shutdown = (controller.signal.reason as StopReason | undefined)?.kind === 'shutdown';
    try {
      if (shutdown) {
        // Give the run back: another worker (or this one, restarted) starts it again.
        await retry(
          () =>
            transitionRun(deps, run.id, 'PENDING', {
              from: ['RUNNING'],
              leaseOwner: id,
              data: { leaseOwner: null, leaseExpiresAt: null, startedAt: null, attempt: { decrement: 1 } },
              reason: 'worker shut down; requeued',
            }),
          `run ${run.id}: requeueing`,
        );
      } else {
        await retry(
          () =>
            transitionRun(deps, run.id, outcome.status, {
              from: ['RUNNING', 'CANCELLING'],
              leaseOwner: id,
              reason: outcome.reason,
              data: {
                exitCode: outcome.exitCode ?? null,
                error: outcome.error ?? null,
                summaryMetrics: output.summary(),
                leaseOwner: null,
                leaseExpiresAt: null,
                // A cancelled run keeps who asked; a run that ran to its end (even while CANCELLING) has none.
                ...(outcome.status === 'CANCELLED' ? {} : { stopReason: outcome.stopReason ?? null }),
              },
            }),
          `run ${run.id}: recording ${outcome.status}`,
        );
      }
      runLogger.info({ status: shutdown ? 'PENDING' : outcome.status }, shutdown ? 'requeued' : outcome.status);
      trace.getActiveSpan()?.setAttribute('tunix.run.status', shutdown ? 'PENDING' : outcome.status);
      if (!shutdown && run.startedAt) {
        deps.metrics.runDuration.observe(
          { executor: run.executor, status: outcome.status },
          (Date.now() - run.startedAt.getTime()) / 1000,
        );
      }
    } catch (error) {
      if (error instanceof DomainError && error.code === 'INVALID_STATE') {
        // Another worker took the run over (or a retried change had committed already).
        runLogger.warn(`not recorded as ${shutdown ? 'PENDING' : outcome.status}: ${error.message}`);
      } else if (isTransientDatabaseError(error)) {
        runLogger.warn(`left for recovery (${shortError(error)})`);
      } else throw error;
    }
  };

  /** One span per execution, linked to the operation that queued the run (another trace, often another process). */
  const executeTraced = (run: Run, entry: { controller: AbortController; output?: RunOutput }) => {
    const queuedBy = spanContextOf(run.traceParent);
    return tracer.startActiveSpan(
      `run ${run.executor}`,
      {
        kind: SpanKind.CONSUMER,
        links: queuedBy ? [{ context: queuedBy, attributes: { 'tunix.link': 'queued by' } }] : [],
        attributes: {
          'tunix.run.id': publicId('Run', run.id),
          'tunix.run.executor': run.executor,
          'tunix.run.attempt': run.attempt,
        },
      },
      async (span) => {
        try {
          await execute(run, entry);
        } catch (error) {
          span.recordException(error as Error);
          span.setStatus({ code: SpanStatusCode.ERROR });
          throw error;
        } finally {
          span.end();
        }
      },
    );
  };

  /** Stops runs whose output has waited for the database longer than the grace period. */
  const stopStalledRuns = () => {
    for (const [runId, entry] of running) {
      const since = entry.output?.failingSince;
      if (since !== undefined && Date.now() - since > graceSeconds * 1000) {
        stopRun(runId, { kind: 'storage', seconds: graceSeconds });
      }
    }
  };

  let lastRenewal = 0;
  /** Since when this worker has reached the database without a connection failure. */
  let reachableSince: number | undefined;
  let reachable = true;
  const looping = loop.run(async () => {
    stopStalledRuns();
    try {
      // Every tick (a third of the lease): a busy machine delaying one renewal must not cost the lease.
      if (Date.now() - lastRenewal >= leaseMs / 3) {
        await renewLeases().catch((error: unknown) => {
          if (running.size) deps.metrics.leaseRenewalsFailed.inc();
          throw error;
        });
        lastRenewal = Date.now();
        reachableSince ??= lastRenewal;
        if (!reachable) logger.info('database reachable again');
        reachable = true;
        // Within one lease period of reaching the database, every live worker has renewed too:
        // only then is an expired lease a sign of a dead worker rather than of the outage.
        if (lastRenewal - reachableSince >= leaseMs) {
          await replaySpools(deps, spoolDir(deps), (runId) => running.has(runId), logger);
          await recoverLostRuns(deps);
        }
      }
      while (!loop.stopping && running.size < options.concurrency) {
        const run = await claimNextRun(deps, id, options.leaseSeconds);
        if (!run) break;
        const entry = { controller: new AbortController(), done: Promise.resolve() };
        running.set(run.id, entry);
        deps.metrics.workerLeasesHeld.inc();
        entry.done = executeTraced(run, entry)
          .catch((error: unknown) => logger.error({ err: error, runId: run.id }, 'worker error'))
          .finally(() => {
            running.delete(run.id);
            deps.metrics.workerLeasesHeld.dec();
            wake();
          });
      }
    } catch (error) {
      if (!isTransientDatabaseError(error)) logger.error({ err: error }, 'worker loop failed; retrying');
      else if (reachable) logger.warn(`database unavailable (${shortError(error)}); retrying`);
      reachable = !isTransientDatabaseError(error);
      if (!reachable) reachableSince = undefined;
    }
  });

  return {
    id,
    active: () => [...running.keys()],
    async stop() {
      loop.halt();
      halt.abort();
      await events.return?.();
      for (const [runId, entry] of running) {
        stopRun(runId, { kind: 'shutdown' });
        entry.output?.abandon();
      }
      await Promise.all([...running.values()].map((entry) => entry.done));
      await looping;
    },
  };
}
