// A run's configuration: hyperparameters shared by every executor, plus what one executor needs
// (the argv of an external trainer). Ranges follow the reference system where it had them.
import type { InputChecker } from '../common/validation.ts';

export type ExecutorName = 'DRY_RUN' | 'BUILTIN' | 'COMMAND';

export interface RunConfig {
  learningRate: number;
  epochs: number;
  batchSize: number;
  weightDecay: number;
  maxSeqLength: number;
  seed: number;
  evalFraction: number;
  device: 'cpu' | 'cuda' | 'auto';
  /** COMMAND only: the trainer's argv, e.g. ["python", "train.py"]. */
  command?: string[];
  /** Seconds before the run is ended as TIMED_OUT (default RUN_TIMEOUT_SECONDS). */
  timeoutSeconds?: number;
  /** Executor-specific extras, passed through to the trainer untouched. */
  params?: Record<string, unknown>;
}

export const defaultRunConfig: RunConfig = {
  learningRate: 0.5,
  epochs: 3,
  batchSize: 32,
  weightDecay: 0,
  maxSeqLength: 2048,
  seed: 42,
  evalFraction: 0.1,
  device: 'auto',
};

/** Fills defaults and checks ranges; problems are reported under `path` (e.g. `config`). */
export function checkRunConfig(
  check: InputChecker,
  executor: ExecutorName,
  input: Partial<RunConfig> | null | undefined,
  path = 'config',
): RunConfig {
  const config: RunConfig = { ...defaultRunConfig };
  for (const [key, value] of Object.entries(input ?? {})) {
    if (value !== null && value !== undefined) (config as unknown as Record<string, unknown>)[key] = value;
  }
  check.number(`${path}.learningRate`, config.learningRate, { min: 0, exclusiveMin: true, max: 10 });
  check.number(`${path}.epochs`, config.epochs, { min: 1, max: 100, integer: true });
  check.number(`${path}.batchSize`, config.batchSize, { min: 1, max: 512, integer: true });
  check.number(`${path}.weightDecay`, config.weightDecay, { min: 0, max: 1 });
  check.number(`${path}.maxSeqLength`, config.maxSeqLength, { min: 128, max: 32_768, integer: true });
  check.number(`${path}.seed`, config.seed, { min: 0, max: 2 ** 31 - 1, integer: true });
  check.number(`${path}.evalFraction`, config.evalFraction, { min: 0, exclusiveMin: true, max: 0.5 });
  check.number(`${path}.timeoutSeconds`, config.timeoutSeconds, { min: 1, max: 7 * 86_400, integer: true });
  if (!['cpu', 'cuda', 'auto'].includes(config.device)) check.fail(`${path}.device`, 'must be cpu, cuda or auto');
  if (executor === 'COMMAND') {
    if (!config.command?.length)
      check.fail(`${path}.command`, 'the COMMAND executor needs the trainer argv, e.g. ["python", "train.py"]');
    for (const [index, arg] of (config.command ?? []).entries()) check.text(`${path}.command.${index}`, arg, { max: 4_096 });
  } else if (config.command) {
    check.fail(`${path}.command`, `only the COMMAND executor runs a command (this run uses ${executor})`);
  }
  if (config.params !== undefined && (typeof config.params !== 'object' || Array.isArray(config.params))) {
    check.fail(`${path}.params`, 'must be a JSON object');
  }
  return config;
}
