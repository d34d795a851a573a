// Runs: creation (always queued as PENDING; a worker picks it up), cancellation, filters.
import type { Context, Deps } from '../../deps.ts';
import { DomainError, notFound, publicId } from '../../errors.ts';
import type { Prisma, Run } from '../../generated/prisma/client.ts';
import type { RunStatus, RunStopReason } from '../../generated/prisma/enums.ts';
import { checkFilter, InputChecker } from '../common/validation.ts';
import { type CommandSettings, checkRunConfig, type ExecutorName, type RunConfig } from './run-config.ts';
import { isTerminal, publishRunChange, transitionRun } from './run-lifecycle.ts';

export interface CreateRunInput {
  datasetId: string;
  baseModel?: string | null;
  executor?: ExecutorName | null;
  name?: string | null;
  config?: Partial<RunConfig> | null;
  maxAttempts?: number | null;
}

export interface RunFilter {
  status?: RunStatus[] | null;
  datasetId?: string | null;
  baseModel?: string | null;
  executor?: ExecutorName | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
}

export const DEFAULT_BASE_MODEL = 'tunix-rt/char-ngram';

/** Checks a run request; shared by createRun and the tuning module (each trial is a run). */
export function checkRunInput(check: InputChecker, input: CreateRunInput, server: CommandSettings) {
  const executor = input.executor ?? 'BUILTIN';
  check.text('baseModel', input.baseModel ?? DEFAULT_BASE_MODEL, { max: 256 });
  check.text('name', input.name, { min: 0, max: 256 });
  check.number('maxAttempts', input.maxAttempts, { min: 1, max: 10, integer: true });
  return { executor, config: checkRunConfig(check, executor, input.config, server) };
}

/**
 * Raw argv (`config.command`) runs whatever program a client names: with auth on, only an ADMIN
 * token may ask for it. Checked where a client asks for runs (createRun, createTuningJob).
 */
export function checkRawArgvRole(ctx: Context, config: { command?: unknown } | null | undefined): void {
  if (config?.command == null || !ctx.config.authRequired || ctx.viewer.role === 'ADMIN') return;
  throw new DomainError(
    'FORBIDDEN',
    `A raw argv (config.command) needs an ADMIN token; this token's role is ${ctx.viewer.role ?? 'none'}. Name a trainer in config.trainer instead`,
  );
}

export async function createRun(deps: Deps, input: CreateRunInput, tx: Prisma.TransactionClient = deps.prisma): Promise<Run> {
  const check = new InputChecker();
  const { executor, config } = checkRunInput(check, input, deps.config);
  check.done();
  if (executor === 'COMMAND' && !deps.config.commandExecutorEnabled) {
    throw new DomainError('UNAVAILABLE', 'The COMMAND executor is switched off on this server (COMMAND_EXECUTOR_ENABLED=false)');
  }
  const dataset = await tx.dataset.findUnique({ where: { id: input.datasetId }, select: { id: true } });
  if (!dataset) throw notFound('Dataset', input.datasetId);
  const run = await tx.run.create({
    data: {
      datasetId: dataset.id,
      baseModel: input.baseModel ?? DEFAULT_BASE_MODEL,
      executor,
      name: input.name ?? null,
      config: config as unknown as Prisma.InputJsonValue,
      maxAttempts: input.maxAttempts ?? deps.config.runMaxAttempts,
      statusChanges: { create: { fromStatus: null, toStatus: 'PENDING', reason: 'created' } },
    },
  });
  if (tx === deps.prisma) await publishRunChange(deps, run);
  return run;
}

/**
 * A PENDING run is cancelled at once; a RUNNING one goes to CANCELLING and its worker stops the
 * process, then records CANCELLED. Cancelling twice is harmless; a finished run is an error.
 * `stopReason` says who asked (a client, the tuning job, its pruning rule); `reason` says it in words.
 */
export async function cancelRun(
  deps: Deps,
  runId: string,
  reason = 'cancelled by user',
  stopReason: RunStopReason = 'CANCELLED_BY_USER',
): Promise<Run> {
  const run = await deps.prisma.run.findUnique({ where: { id: runId } });
  if (!run) throw notFound('Run', runId);
  if (run.status === 'CANCELLING') return run;
  if (isTerminal(run.status)) {
    throw new DomainError(
      'INVALID_STATE',
      `Run ${publicId('Run', runId)} already finished as ${run.status}; there is nothing to cancel`,
      {
        status: run.status,
      },
    );
  }
  try {
    return run.status === 'PENDING'
      ? await transitionRun(deps, runId, 'CANCELLED', { from: ['PENDING'], reason, data: { error: reason, stopReason } })
      : await transitionRun(deps, runId, 'CANCELLING', { from: ['RUNNING'], reason, data: { stopReason } });
  } catch (error) {
    // The run moved on between the read and the write (claimed, or finished): decide again.
    if (error instanceof DomainError && error.code === 'INVALID_STATE') return cancelRun(deps, runId, reason, stopReason);
    throw error;
  }
}

export function runWhere(filter: RunFilter | null | undefined): Prisma.RunWhereInput {
  if (!filter) return {};
  checkFilter(filter);
  return {
    ...(filter.status?.length ? { status: { in: filter.status } } : {}),
    ...(filter.datasetId ? { datasetId: filter.datasetId } : {}),
    ...(filter.baseModel ? { baseModel: filter.baseModel } : {}),
    ...(filter.executor ? { executor: filter.executor } : {}),
    ...(filter.createdAfter || filter.createdBefore
      ? {
          createdAt: {
            ...(filter.createdAfter ? { gte: filter.createdAfter } : {}),
            ...(filter.createdBefore ? { lt: filter.createdBefore } : {}),
          },
        }
      : {}),
  };
}
