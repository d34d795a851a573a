// A run's configuration: hyperparameters shared by every executor, plus what one executor needs
// (which external trainer to start). Ranges follow the reference system where it had them.
import type { Config } from '../../config.ts';
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
  /** COMMAND: the name of a trainer in the operator's trainers file (TRAINERS_FILE). */
  trainer?: string;
  /** COMMAND with COMMAND_RAW_ARGV_ENABLED only: the client's own argv, e.g. ["python", "train.py"]. */
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

/** What the server offers COMMAND runs. */
export type CommandSettings = Pick<Config, 'trainers' | 'commandRawArgvEnabled'>;

/** Fills defaults and checks ranges; problems are reported under `path` (e.g. `config`). */
export function checkRunConfig(
  check: InputChecker,
  executor: ExecutorName,
  input: Partial<RunConfig> | null | undefined,
  server: CommandSettings,
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
  if (executor === 'COMMAND') checkCommand(check, config, server, path);
  else {
    for (const key of ['trainer', 'command'] as const) {
      if (config[key] !== undefined)
        check.fail(`${path}.${key}`, `only the COMMAND executor starts a trainer (this run uses ${executor})`);
    }
  }
  if (config.params !== undefined && (typeof config.params !== 'object' || Array.isArray(config.params))) {
    check.fail(`${path}.params`, 'must be a JSON object');
  }
  return config;
}

/** A COMMAND run names one of the operator's trainers, or (opted in) gives its own argv. */
function checkCommand(check: InputChecker, config: RunConfig, server: CommandSettings, path: string) {
  const names = server.trainers.map((trainer) => trainer.name);
  const known = names.length ? `known trainers: ${names.join(', ')}` : 'this server has no trainers (set TRAINERS_FILE)';
  if (config.trainer !== undefined && config.command !== undefined) {
    check.fail(`${path}.trainer`, 'give either trainer or command, not both');
  } else if (config.trainer !== undefined) {
    const trainer = server.trainers.find((candidate) => candidate.name === config.trainer);
    if (!trainer) check.fail(`${path}.trainer`, `unknown trainer "${String(config.trainer).slice(0, 64)}"; ${known}`);
    // The trainer's default time limit is written into the run, where the worker reads it.
    else config.timeoutSeconds ??= trainer.timeoutSeconds;
  } else if (config.command !== undefined) {
    if (!server.commandRawArgvEnabled) {
      check.fail(
        `${path}.command`,
        `raw argv is switched off on this server (COMMAND_RAW_ARGV_ENABLED); name a trainer in ${path}.trainer, ${known}`,
      );
    } else if (!Array.isArray(config.command) || config.command.length === 0) {
      check.fail(`${path}.command`, 'expected the argv, e.g. ["python", "train.py"]');
    } else {
      for (const [index, arg] of config.command.entries()) check.text(`${path}.command.${index}`, arg, { max: 4_096 });
    }
  } else {
    check.fail(`${path}.trainer`, `the COMMAND executor needs a trainer; ${known}`);
  }
}
