// A run's configuration, defined once: each executor's fields (type, range, default, description)
// and the rules between them. createRun and createTuningJob check requests against it, the
// runConfigSpec query documents it, the dashboard's forms are built from it, and the executors
// trust what it returns. Ranges follow the reference system where it had them.
import type { Config } from '../../config.ts';
import { EPOCH_MAX_POSITIONS } from '../../executors/builtin/trainer.ts';
import type { InputChecker } from '../common/validation.ts';
import { describeJudges } from '../evaluation/judges.ts';

export const EXECUTORS = ['DRY_RUN', 'BUILTIN', 'COMMAND'] as const;
export type ExecutorName = (typeof EXECUTORS)[number];

export interface RunConfig {
  learningRate: number;
  epochs: number;
  batchSize: number;
  weightDecay: number;
  maxSeqLength: number;
  seed: number;
  evalFraction: number;
  device: 'cpu' | 'cuda' | 'auto';
  /** BUILTIN: characters of context (filled in for BUILTIN runs). */
  contextSize?: 1 | 2;
  /** BUILTIN: caps the steps of each epoch. */
  maxStepsPerEpoch?: number;
  /** COMMAND: the name of a trainer in the operator's trainers file (TRAINERS_FILE). */
  trainer?: string;
  /** COMMAND with COMMAND_RAW_ARGV_ENABLED only: the client's own argv, e.g. ["python", "train.py"]. */
  command?: string[];
  /** Seconds before the run is ended as TIMED_OUT (default RUN_TIMEOUT_SECONDS). */
  timeoutSeconds?: number;
  /** Executor-specific extras, passed through to the trainer untouched. */
  params?: Record<string, unknown>;
  /** A judge to evaluate the run with once it succeeds (see the judges query). */
  evaluateWith?: string;
}

/** The BUILTIN executor's config: its own fields are always there. */
export type BuiltinRunConfig = RunConfig & Required<Pick<RunConfig, 'contextSize'>>;

export type RunConfigFieldType = 'FLOAT' | 'INT' | 'STRING' | 'STRING_LIST' | 'JSON';

export interface RunConfigField {
  name: keyof RunConfig;
  type: RunConfigFieldType;
  description: string;
  /** Filled in when the request leaves the field out; none: the field stays unset. */
  default?: number | string;
  min?: number;
  max?: number;
  /** `min` itself is not allowed (learningRate > 0). */
  exclusiveMin?: boolean;
  /** The only values a STRING field takes. */
  choices?: readonly string[];
}

/** A rule between fields, reported on each of them. */
export interface RunConfigRule {
  fields: (keyof RunConfig)[];
  description: string;
  /** Why `config` breaks the rule, or null when it holds. */
  problem(config: RunConfig): string | null;
}

export interface RunConfigSpec {
  executor: ExecutorName;
  fields: RunConfigField[];
  rules: RunConfigRule[];
}

/** What every executor takes: the reference system's training hyperparameters. */
const sharedFields: RunConfigField[] = [
  {
    name: 'learningRate',
    type: 'FLOAT',
    default: 0.5,
    min: 0,
    exclusiveMin: true,
    max: 10,
    description: 'Step size of gradient descent (0.5 suits the builtin trainer).',
  },
  { name: 'epochs', type: 'INT', default: 3, min: 1, max: 100, description: 'Passes over the training split.' },
  {
    name: 'batchSize',
    type: 'INT',
    default: 32,
    min: 1,
    max: 512,
    description: 'Examples (builtin: characters) per gradient step.',
  },
  { name: 'weightDecay', type: 'FLOAT', default: 0, min: 0, max: 1, description: 'L2 penalty on the weights.' },
  {
    name: 'maxSeqLength',
    type: 'INT',
    default: 2048,
    min: 128,
    max: 32_768,
    description: 'Longest training sequence in tokens, for trainers that cut sequences (the builtin character model does not).',
  },
  {
    name: 'seed',
    type: 'INT',
    default: 42,
    min: 0,
    max: 2 ** 31 - 1,
    description: 'Same seed, same data split and sampling order: same result.',
  },
  {
    name: 'evalFraction',
    type: 'FLOAT',
    default: 0.1,
    min: 0,
    exclusiveMin: true,
    max: 0.5,
    description: 'Share of the dataset held out for evaluation.',
  },
  {
    name: 'device',
    type: 'STRING',
    default: 'auto',
    choices: ['cpu', 'cuda', 'auto'],
    description: 'Where an external trainer computes.',
  },
  {
    name: 'timeoutSeconds',
    type: 'INT',
    min: 1,
    max: 7 * 86_400,
    description: 'Seconds before the run ends as TIMED_OUT; unset: RUN_TIMEOUT_SECONDS, or the COMMAND trainer’s own limit.',
  },
  { name: 'params', type: 'JSON', description: 'Extra parameters (a JSON object) passed to the trainer untouched.' },
  {
    name: 'evaluateWith',
    type: 'STRING',
    description:
      'A judge (see the judges query) that evaluates the run on its held-out split when it succeeds; unset: no automatic evaluation.',
  },
];

const builtinFields: RunConfigField[] = [
  {
    name: 'contextSize',
    type: 'INT',
    default: 2,
    min: 1,
    max: 2,
    description: 'Characters of context the builtin model predicts from: 1 (bigram) or 2.',
  },
  // More steps than an epoch has positions cannot happen, whatever the batch size.
  {
    name: 'maxStepsPerEpoch',
    type: 'INT',
    min: 1,
    max: EPOCH_MAX_POSITIONS,
    description: 'Caps the gradient steps of each epoch; unset: every sampled position once.',
  },
];

const builtinRules: RunConfigRule[] = [
  {
    fields: ['learningRate', 'weightDecay'],
    description:
      'learningRate × weightDecay < 1: each step multiplies the weights by 1 − learningRate × weightDecay, so 1 or more zeroes or flips them and training diverges.',
    problem: ({ learningRate, weightDecay }) =>
      learningRate * weightDecay < 1
        ? null
        : `learningRate × weightDecay must be < 1 for the builtin trainer (got ${learningRate} × ${weightDecay} = ${learningRate * weightDecay})`,
  },
];

/** What the server offers COMMAND runs. */
export type CommandSettings = Pick<Config, 'trainers' | 'commandRawArgvEnabled'>;
/** What createRun checks a config against: the trainers, and the judges evaluateWith may name. */
export type RunSettings = CommandSettings & Pick<Config, 'llmJudge' | 'judges'>;

/**
 * Each executor's fields and rules. COMMAND takes the shared fields and names a trainer: what the
 * trainer makes of them (and of params) is the trainer's own business.
 */
export function runConfigSpec(executor: ExecutorName, server: CommandSettings): RunConfigSpec {
  switch (executor) {
    case 'DRY_RUN':
      return { executor, fields: sharedFields, rules: [] };
    case 'BUILTIN':
      return { executor, fields: [...sharedFields, ...builtinFields], rules: builtinRules };
    case 'COMMAND': {
      const trainers = server.trainers.map((trainer) => trainer.name);
      const commandFields: RunConfigField[] = [
        {
          name: 'trainer',
          type: 'STRING',
          choices: trainers,
          description: 'The trainer to start, by name (see the trainers query).',
        },
        {
          name: 'command',
          type: 'STRING_LIST',
          description:
            'Instead of a trainer, an argv to run: only when the server sets COMMAND_RAW_ARGV_ENABLED, with an ADMIN token when auth is on.',
        },
      ];
      return { executor, fields: [...commandFields, ...sharedFields], rules: [] };
    }
  }
}

/** A field's limits in words, as the checks say them: "> 0 and ≤ 10", "cpu, cuda or auto". */
export function describeLimits(field: RunConfigField): string {
  if (field.choices) return field.choices.join(', ').replace(/, ([^,]*)$/, ' or $1');
  const lower = field.min === undefined ? '' : `${field.exclusiveMin ? '>' : '≥'} ${field.min}`;
  const upper = field.max === undefined ? '' : `≤ ${field.max}`;
  return [lower, upper].filter(Boolean).join(' and ');
}

/** The stored config with the spec's defaults under it: runs stored before a field existed get its default. */
export function withDefaults(spec: RunConfigSpec, stored: object | null | undefined): RunConfig {
  const config: Record<string, unknown> = {};
  for (const field of spec.fields) if (field.default !== undefined) config[field.name] = field.default;
  for (const [key, value] of Object.entries(stored ?? {})) if (value !== null && value !== undefined) config[key] = value;
  return config as unknown as RunConfig;
}

/** Reports what is wrong with one value of a field (nothing when it is unset). */
export function checkField(check: InputChecker, path: string, field: RunConfigField, value: unknown): void {
  if (value === undefined || value === null) return;
  switch (field.type) {
    case 'FLOAT':
    case 'INT':
      if (typeof value !== 'number') check.fail(path, 'must be a number');
      else
        check.number(path, value, {
          min: field.min,
          max: field.max,
          exclusiveMin: field.exclusiveMin,
          integer: field.type === 'INT',
        });
      return;
    case 'STRING':
      if (field.name === 'trainer') return; // checkCommand says which trainers exist, and what else to do
      if (typeof value !== 'string' || (field.choices && !field.choices.includes(value))) {
        check.fail(path, `must be ${describeLimits(field)}`);
      } else if (value.length > 64) check.fail(path, 'must be at most 64 characters');
      return;
    case 'JSON':
      if (typeof value !== 'object' || Array.isArray(value)) check.fail(path, 'must be a JSON object');
      return;
    case 'STRING_LIST':
      return; // the argv: checkCommand checks it with the server's settings
  }
}

/** Fills defaults and checks the request against the executor's spec; problems are reported under `path`. */
export function checkRunConfig(
  check: InputChecker,
  executor: ExecutorName,
  input: Partial<RunConfig> | null | undefined,
  server: RunSettings,
  path = 'config',
): RunConfig {
  const spec = runConfigSpec(executor, server);
  const config = withDefaults(spec, input);
  const before = check.errors.length;
  for (const field of spec.fields) checkField(check, `${path}.${field.name}`, field, config[field.name]);
  for (const key of Object.keys(config)) {
    if (spec.fields.some((field) => field.name === key)) continue;
    const owners = EXECUTORS.filter((other) => runConfigSpec(other, server).fields.some((field) => field.name === key));
    check.fail(
      `${path}.${key}`,
      owners.includes('COMMAND') && (key === 'trainer' || key === 'command')
        ? `only the COMMAND executor starts a trainer (this run uses ${executor})`
        : `only the ${owners.join(' and ')} executor takes ${key} (this run uses ${executor})`,
    );
  }
  // Rules only make sense between valid values.
  if (check.errors.length === before) {
    for (const rule of spec.rules) {
      const problem = rule.problem(config);
      if (problem) for (const name of rule.fields) check.fail(`${path}.${name}`, problem);
    }
  }
  if (executor === 'COMMAND') checkCommand(check, config, server, path);
  if (typeof config.evaluateWith === 'string')
    checkEvaluateWith(check, executor, config.evaluateWith, server, `${path}.evaluateWith`);
  return config;
}

/** evaluateWith names a judge this server can run now, on a run that leaves predictions. */
function checkEvaluateWith(check: InputChecker, executor: ExecutorName, judge: string, server: RunSettings, path: string) {
  const judges = describeJudges(server);
  const usable = judges.filter((candidate) => candidate.available).map((candidate) => candidate.name);
  if (executor === 'DRY_RUN') check.fail(path, 'a DRY_RUN run trains nothing and leaves no predictions to judge');
  else if (!judges.some((candidate) => candidate.name === judge))
    check.fail(path, `unknown judge "${judge.slice(0, 64)}"; this server has ${usable.join(', ')}`);
  else if (!usable.includes(judge))
    check.fail(
      path,
      judge === 'llm'
        ? 'the llm judge needs LLM_JUDGE_BASE_URL and LLM_JUDGE_MODEL on this server'
        : `the ${judge} judge is not available on this server`,
    );
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
