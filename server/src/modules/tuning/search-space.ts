// Search spaces of tuning jobs: validation and seeded, reproducible sampling. Pure: no database.
//
// A search space maps a parameter name to one of:
//   { "type": "choice",     "values": [16, 32, 64] }         one value, drawn uniformly
//   { "type": "grid",       "values": [0.0, 0.01] }          every value, in turn (see below)
//   { "type": "uniform",    "min": 0.05, "max": 0.2 }        a float in [min, max)
//   { "type": "loguniform", "min": 0.0001, "max": 1 }        a float, uniform in log space; 0 < min < max
//   { "type": "randint",    "min": 1, "max": 5 }             an integer in [min, max): max is exclusive, as in Ray
// e.g. { "learningRate": { "type": "loguniform", "min": 0.01, "max": 1 }, "epochs": { "type": "randint", "min": 1, "max": 4 } }
//
// Trial n (0-based) takes grid combination n mod G (G = product of the grid sizes; the first
// grid parameter by name varies slowest) and draws every other parameter from one mulberry32
// stream seeded with the job's seed: one draw per sampled parameter per trial, parameters in name
// order. Names are sorted because PostgreSQL's JSONB does not keep key order, so the same seed
// gives the same params on every database and after every reload.
import type { FieldError } from '../../errors.ts';
import { mulberry32 } from '../common/random.ts';

export type ParamSpec =
  | { type: 'choice'; values: unknown[] }
  | { type: 'grid'; values: unknown[] }
  | { type: 'uniform'; min: number; max: number }
  | { type: 'loguniform'; min: number; max: number }
  | { type: 'randint'; min: number; max: number };

export type SearchSpace = Record<string, ParamSpec>;
export type TrialParams = Record<string, unknown>;

export const PARAM_TYPES = ['choice', 'grid', 'uniform', 'loguniform', 'randint'] as const;
export const MAX_PARAMS = 32;
export const MAX_VALUES = 100;
/** The grid may not need more trials than a job can have (numSamples ≤ 100). */
export const MAX_GRID_SIZE = 100;

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const KEYS: Record<ParamSpec['type'], readonly string[]> = {
  choice: ['type', 'values'],
  grid: ['type', 'values'],
  uniform: ['type', 'min', 'max'],
  loguniform: ['type', 'min', 'max'],
  randint: ['type', 'min', 'max'],
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a search space; every problem is reported under `path.<param>` (e.g.
 * `searchSpace.lr: loguniform needs 0 < min < max`). Returns the valid parameters normalized
 * (only the keys each type uses): the whole space when there are no errors.
 */
export function checkSearchSpace(input: unknown, path = 'searchSpace'): { space: SearchSpace; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const fail = (at: string, message: string) => errors.push({ path: at, message });
  if (!isObject(input)) {
    fail(path, 'must be a JSON object mapping parameter names to { "type": ..., ... }');
    return { space: {}, errors };
  }
  const names = Object.keys(input);
  if (names.length === 0) fail(path, 'must name at least one parameter');
  if (names.length > MAX_PARAMS) fail(path, `must have at most ${MAX_PARAMS} parameters (got ${names.length})`);
  const space: SearchSpace = {};
  for (const name of names.sort()) {
    const at = `${path}.${name}`;
    const spec = input[name];
    if (!NAME.test(name)) {
      fail(at, 'a parameter name is a letter or _ followed by up to 63 letters, digits or _');
      continue;
    }
    if (!isObject(spec)) {
      fail(at, 'must be an object such as { "type": "uniform", "min": 0, "max": 1 }');
      continue;
    }
    const type = spec.type;
    if (typeof type !== 'string' || !(PARAM_TYPES as readonly string[]).includes(type)) {
      fail(at, `unknown type ${JSON.stringify(type ?? null)}; expected one of ${PARAM_TYPES.join(', ')}`);
      continue;
    }
    const kind = type as ParamSpec['type'];
    const unknown = Object.keys(spec).filter((key) => !KEYS[kind].includes(key));
    if (unknown.length) {
      fail(at, `${kind} takes only ${KEYS[kind].join(', ')}; unknown: ${unknown.join(', ')}`);
      continue;
    }
    if (kind === 'choice' || kind === 'grid') {
      const values = spec.values;
      if (!Array.isArray(values) || values.length === 0) fail(at, `${kind} needs a non-empty "values" array`);
      else if (values.length > MAX_VALUES) fail(at, `${kind} takes at most ${MAX_VALUES} values (got ${values.length})`);
      else space[name] = { type: kind, values };
      continue;
    }
    const { min, max } = spec;
    if (typeof min !== 'number' || typeof max !== 'number' || !Number.isFinite(min) || !Number.isFinite(max)) {
      fail(at, `${kind} needs numbers "min" and "max"`);
    } else if (kind === 'uniform' && !(min < max)) {
      fail(at, 'uniform needs min < max');
    } else if (kind === 'loguniform' && !(min > 0 && min < max)) {
      fail(at, 'loguniform needs 0 < min < max');
    } else if (kind === 'randint' && !(Number.isInteger(min) && Number.isInteger(max) && min < max)) {
      fail(at, 'randint needs whole numbers min < max (max is exclusive)');
    } else {
      space[name] = { type: kind, min, max };
    }
  }
  const size = gridSize(space);
  if (size > MAX_GRID_SIZE) fail(path, `the grid has ${size} combinations; at most ${MAX_GRID_SIZE} are allowed`);
  return { space, errors };
}

/** How many combinations the grid parameters make (1 when there are none). */
export function gridSize(space: SearchSpace): number {
  let size = 1;
  for (const spec of Object.values(space)) if (spec.type === 'grid') size *= spec.values.length;
  return size;
}

export { mulberry32 };

function draw(spec: Exclude<ParamSpec, { type: 'grid' }>, u: number): unknown {
  switch (spec.type) {
    case 'choice':
      return spec.values[Math.floor(u * spec.values.length)];
    case 'uniform':
      return spec.min + u * (spec.max - spec.min);
    case 'loguniform':
      return Math.exp(Math.log(spec.min) + u * (Math.log(spec.max) - Math.log(spec.min)));
    case 'randint':
      return spec.min + Math.floor(u * (spec.max - spec.min));
  }
}

/** The params of the first `count` trials of a job (same space and seed → same params). */
export function sampleTrials(space: SearchSpace, seed: number, count: number): TrialParams[] {
  const names = Object.keys(space).sort();
  const gridNames = names.filter((name) => space[name]?.type === 'grid');
  const size = gridSize(space);
  const random = mulberry32(seed);
  const trials: TrialParams[] = [];
  for (let n = 0; n < count; n++) {
    const params: TrialParams = {};
    // Mixed-radix digits of n mod size: the last grid parameter varies fastest.
    let rest = n % size;
    for (const name of [...gridNames].reverse()) {
      const values = (space[name] as { values: unknown[] }).values;
      params[name] = values[rest % values.length];
      rest = Math.floor(rest / values.length);
    }
    for (const name of names) {
      const spec = space[name];
      if (spec && spec.type !== 'grid') params[name] = draw(spec, random());
    }
    trials.push(Object.fromEntries(names.map((name) => [name, params[name]])));
  }
  return trials;
}

/** The params of trial `index` (0-based). */
export function sampleTrial(space: SearchSpace, seed: number, index: number): TrialParams {
  return sampleTrials(space, seed, index + 1)[index] as TrialParams;
}
