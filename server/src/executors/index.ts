import type { ExecutorName } from '../modules/runs/run-config.ts';
import { builtinTrainer } from './builtin/builtin-executor.ts';
import { commandTrainer } from './command.ts';
import { dryRun } from './dry-run.ts';
import type { RunExecutor } from './types.ts';

export const executors: Record<ExecutorName, RunExecutor> = {
  DRY_RUN: dryRun,
  BUILTIN: builtinTrainer,
  COMMAND: commandTrainer,
};
