// What an executor is given and what it returns. The worker owns the run's lifecycle; an
// executor only does the work, reports through `output`, and stops when `signal` aborts.
import type { Deps } from '../deps.ts';
import type { Run } from '../generated/prisma/client.ts';
import type { RunConfig } from '../modules/runs/run-config.ts';
import type { RunOutput } from '../worker/run-output-writer.ts';

export interface ExecutionContext {
  deps: Deps;
  run: Run;
  config: RunConfig;
  output: RunOutput;
  signal: AbortSignal;
  /** Scratch folder for inputs (dataset export, config); removed after the run. */
  workDir: string;
  /** Files left here are registered as the run's artifacts. */
  outputDir: string;
}

export interface ExecutionResult {
  exitCode?: number;
}

export type RunExecutor = (context: ExecutionContext) => Promise<ExecutionResult>;

/** Thrown by an executor when the run itself failed (bad data, trainer error), with a message for the user. */
export class RunFailure extends Error {
  constructor(
    message: string,
    readonly exitCode?: number,
  ) {
    super(message);
    this.name = 'RunFailure';
  }
}
