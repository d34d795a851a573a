// The run state machine, enforced in one place. Every change of status goes through
// transitionRun: a conditional UPDATE (so two writers cannot both win), a status-history row in
// the same transaction, then events for subscribers.
import type { Deps } from '../../deps.ts';
import { DomainError, notFound, publicId } from '../../errors.ts';
import type { Prisma, Run } from '../../generated/prisma/client.ts';
import type { RunStatus } from '../../generated/prisma/enums.ts';
import type { RunEvent, Wire } from '../../pubsub.ts';
import { recordRunValues } from './run-values.ts';

export const TERMINAL_STATUSES: readonly RunStatus[] = ['SUCCEEDED', 'FAILED', 'CANCELLED', 'TIMED_OUT'];
export const isTerminal = (status: string): boolean => (TERMINAL_STATUSES as readonly string[]).includes(status);

/** Which statuses each status may move to. PENDING ← RUNNING is a retry after a lost worker. */
export const RUN_TRANSITIONS: Record<RunStatus, readonly RunStatus[]> = {
  PENDING: ['RUNNING', 'CANCELLED', 'FAILED'],
  RUNNING: ['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'CANCELLING', 'PENDING'],
  CANCELLING: ['CANCELLED', 'FAILED', 'TIMED_OUT', 'SUCCEEDED'],
  SUCCEEDED: [],
  FAILED: [],
  CANCELLED: [],
  TIMED_OUT: [],
};

const sourcesOf = (to: RunStatus): RunStatus[] =>
  (Object.keys(RUN_TRANSITIONS) as RunStatus[]).filter((from) => RUN_TRANSITIONS[from].includes(to));

export interface TransitionOptions {
  reason?: string;
  /** Only move from these statuses (default: every status that may move to `to`). */
  from?: RunStatus[];
  /** Other columns to write with the status (timings, exit code, error, lease). */
  data?: Prisma.RunUpdateManyMutationInput;
  /** Only if this worker still holds the lease. */
  leaseOwner?: string;
}

/**
 * Moves a run to `to`. Throws INVALID_STATE (and changes nothing) when the run's current status
 * may not move there.
 */
export async function transitionRun(deps: Deps, runId: string, to: RunStatus, options: TransitionOptions = {}): Promise<Run> {
  const allowed = options.from ?? sourcesOf(to);
  const now = new Date();
  const timing: Prisma.RunUpdateManyMutationInput = {};
  if (to === 'RUNNING') timing.startedAt = now;
  if (isTerminal(to)) timing.finishedAt = now;
  let from: RunStatus | undefined;
  const result = await deps.prisma.$transaction(async (tx) => {
    const current = await tx.run.findUnique({ where: { id: runId }, select: { status: true } });
    if (!current) throw notFound('Run', runId);
    const updated = await tx.run.updateManyAndReturn({
      where: {
        id: runId,
        status: { in: allowed },
        ...(options.leaseOwner ? { leaseOwner: options.leaseOwner } : {}),
      },
      data: { status: to, ...timing, ...options.data },
    });
    const run = updated[0];
    if (!run) {
      throw new DomainError('INVALID_STATE', `Run ${publicId('Run', runId)} is ${current.status} and cannot become ${to}`, {
        status: current.status,
        requested: to,
      });
    }
    from = current.status;
    await tx.runStatusChange.create({
      data: { runId, fromStatus: current.status, toStatus: to, reason: options.reason ?? null },
    });
    // The summary's numbers also go to RunValue, where lists sort and filter by them.
    if (options.data?.summaryMetrics !== undefined) await recordRunValues(tx, runId, 'METRIC', options.data.summaryMetrics);
    return run;
  });
  await publishRunChange(deps, result, from);
  return result;
}

/** The row as an event carries it (JSON: dates as ISO strings). */
export const runToWire = (run: Run): Wire<Run> => JSON.parse(JSON.stringify(run));

/**
 * Tells subscribers and the run hooks (deps.runHooks) that a run was created or changed status
 * (after the commit). The event carries the row and the status it came from, so every subscriber
 * sees each transition as it was, even when the run has moved on by the time the event arrives.
 * `from` defaults to the only status that can lead to `run.status` (null for a new PENDING run).
 * Publishing only hands the event over: the fan-out to subscribers runs later, not in the caller.
 */
export async function publishRunChange(deps: Deps, run: Run, from?: RunStatus | null): Promise<void> {
  const sources = sourcesOf(run.status);
  const event: RunEvent = {
    runId: run.id,
    status: run.status,
    from: from !== undefined ? from : run.status === 'PENDING' ? null : sources.length === 1 ? sources[0] : undefined,
    run: runToWire(run),
  };
  deps.pubsub.publish('runUpdated', run.id, event);
  deps.pubsub.publish('runsChanged', event);
  for (const hooks of deps.runHooks) {
    try {
      await hooks.statusChanged?.(deps, run);
    } catch (error) {
      // The run's own change is committed; a hook's failure must not undo or hide it.
      deps.logger.error({ runId: run.id, err: error }, 'a run-change hook failed');
    }
  }
}
