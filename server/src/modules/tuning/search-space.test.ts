import { describe, expect, it } from 'vitest';
import { median, medianStoppingDecision, valueAtStep } from './early-stopping.ts';
import { checkSearchSpace, gridSize, mulberry32, type SearchSpace, sampleTrial, sampleTrials } from './search-space.ts';

const valid = (input: unknown): SearchSpace => {
  const { space, errors } = checkSearchSpace(input);
  expect(errors).toEqual([]);
  return space;
};

const messages = (input: unknown) => checkSearchSpace(input).errors.map((e) => `${e.path}: ${e.message}`);

describe('checkSearchSpace', () => {
  it('accepts every type and keeps only the keys each one uses', () => {
    const space = valid({
      lr: { type: 'loguniform', min: 0.001, max: 1 },
      wd: { type: 'uniform', min: 0, max: 0.1 },
      epochs: { type: 'randint', min: 1, max: 4 },
      batchSize: { type: 'choice', values: [16, 32] },
      device: { type: 'grid', values: ['cpu', 'auto'] },
    });
    expect(Object.keys(space)).toEqual(['batchSize', 'device', 'epochs', 'lr', 'wd']);
    expect(space.lr).toEqual({ type: 'loguniform', min: 0.001, max: 1 });
  });

  it('names each bad parameter with a clear reason', () => {
    expect(
      messages({
        lr: { type: 'loguniform', min: 0, max: 1 },
        wd: { type: 'uniform', min: 1, max: 1 },
        epochs: { type: 'randint', min: 1.5, max: 4 },
        batchSize: { type: 'choice', values: [] },
        device: { type: 'normal', mean: 0 },
        seed: { type: 'uniform', low: 0, high: 1 },
        warmup: 3,
        'bad-name': { type: 'choice', values: [1] },
      }).sort(),
    ).toEqual([
      'searchSpace.bad-name: a parameter name is a letter or _ followed by up to 63 letters, digits or _',
      'searchSpace.batchSize: choice needs a non-empty "values" array',
      'searchSpace.device: unknown type "normal"; expected one of choice, grid, uniform, loguniform, randint',
      'searchSpace.epochs: randint needs whole numbers min < max (max is exclusive)',
      'searchSpace.lr: loguniform needs 0 < min < max',
      'searchSpace.seed: uniform takes only type, min, max; unknown: low, high',
      'searchSpace.warmup: must be an object such as { "type": "uniform", "min": 0, "max": 1 }',
      'searchSpace.wd: uniform needs min < max',
    ]);
  });

  it('refuses an empty space, a non-object and a grid that is too large', () => {
    expect(messages({})).toEqual(['searchSpace: must name at least one parameter']);
    expect(messages([1, 2])[0]).toContain('must be a JSON object');
    expect(messages(null)[0]).toContain('must be a JSON object');
    const values = Array.from({ length: 11 }, (_, i) => i);
    expect(messages({ a: { type: 'grid', values }, b: { type: 'grid', values } })).toEqual([
      'searchSpace: the grid has 121 combinations; at most 100 are allowed',
    ]);
  });
});

describe('sampling', () => {
  const space = valid({
    lr: { type: 'loguniform', min: 0.001, max: 1 },
    wd: { type: 'uniform', min: 0.1, max: 0.2 },
    epochs: { type: 'randint', min: 1, max: 3 },
    batchSize: { type: 'choice', values: [16, 32, 64] },
  });

  it('gives the same params for the same seed, whatever the key order, and others for another seed', () => {
    const reordered = valid({
      batchSize: space.batchSize,
      wd: space.wd,
      epochs: space.epochs,
      lr: space.lr,
    });
    expect(sampleTrials(space, 7, 20)).toEqual(sampleTrials(reordered, 7, 20));
    expect(sampleTrials(space, 8, 20)).not.toEqual(sampleTrials(space, 7, 20));
    expect(sampleTrial(space, 7, 5)).toEqual(sampleTrials(space, 7, 6)[5]);
  });

  it('keeps every value in its bounds; randint never reaches max', () => {
    const trials = sampleTrials(space, 1, 2000);
    const epochs = new Set(trials.map((t) => t.epochs));
    expect([...epochs].sort()).toEqual([1, 2]);
    for (const t of trials) {
      expect(t.lr as number).toBeGreaterThanOrEqual(0.001);
      expect(t.lr as number).toBeLessThan(1);
      expect(t.wd as number).toBeGreaterThanOrEqual(0.1);
      expect(t.wd as number).toBeLessThan(0.2);
      expect([16, 32, 64]).toContain(t.batchSize);
    }
    expect(new Set(trials.map((t) => t.batchSize)).size).toBe(3);
  });

  it('samples loguniform evenly in log space', () => {
    const lrs = sampleTrials(space, 3, 4000).map((t) => t.lr as number);
    // Each decade of [0.001, 1) should get about a third of the samples.
    const share = (lo: number, hi: number) => lrs.filter((v) => v >= lo && v < hi).length / lrs.length;
    for (const [lo, hi] of [
      [0.001, 0.01],
      [0.01, 0.1],
      [0.1, 1],
    ] as const) {
      expect(share(lo, hi)).toBeGreaterThan(0.3);
      expect(share(lo, hi)).toBeLessThan(0.37);
    }
  });

  it('covers the cartesian product of the grid, combined with sampled params', () => {
    const gridded = valid({
      epochs: { type: 'grid', values: [1, 2, 3] },
      device: { type: 'grid', values: ['cpu', 'auto'] },
      lr: { type: 'uniform', min: 0, max: 1 },
    });
    expect(gridSize(gridded)).toBe(6);
    const trials = sampleTrials(gridded, 0, 12);
    const combos = trials.slice(0, 6).map((t) => `${t.device}/${t.epochs}`);
    expect(new Set(combos).size).toBe(6);
    // The first grid parameter by name (device) varies slowest; the grid then repeats.
    expect(combos).toEqual(['cpu/1', 'cpu/2', 'cpu/3', 'auto/1', 'auto/2', 'auto/3']);
    expect(trials.slice(6).map((t) => `${t.device}/${t.epochs}`)).toEqual(combos);
    expect(new Set(trials.map((t) => t.lr)).size).toBe(12);
  });

  it('uses mulberry32 (the first outputs of the reference implementation for seed 0)', () => {
    const random = mulberry32(0);
    expect([random(), random(), random()].map((v) => v.toFixed(6))).toEqual(['0.266429', '0.000330', '0.223272']);
  });
});

describe('median stopping rule', () => {
  const config = { rule: 'MEDIAN' as const, minTrialsCompleted: 2, graceSteps: 10 };
  const completed = [
    [
      { step: 10, value: 1.0 },
      { step: 20, value: 0.8 },
    ],
    [
      { step: 10, value: 1.2 },
      { step: 30, value: 0.6 },
    ],
    [{ step: 10, value: 1.4 }],
  ];

  it('reads the value at the step or the nearest step before it', () => {
    expect(valueAtStep(completed[0] ?? [], 25)).toBe(0.8);
    expect(valueAtStep(completed[0] ?? [], 5)).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });

  it('stops a MIN trial whose value is above the median, and not one at or below it', () => {
    expect(medianStoppingDecision({ config, mode: 'MIN', step: 10, value: 1.3, completed })).toEqual({
      stop: true,
      median: 1.2,
      compared: 3,
    });
    expect(medianStoppingDecision({ config, mode: 'MIN', step: 10, value: 1.2, completed }).stop).toBe(false);
    // At step 25: 0.8, 1.2 (nearest earlier) and 1.4 → median 1.2.
    expect(medianStoppingDecision({ config, mode: 'MIN', step: 25, value: 1.25, completed }).stop).toBe(true);
  });

  it('stops a MAX trial whose value is below the median', () => {
    expect(medianStoppingDecision({ config, mode: 'MAX', step: 10, value: 1.1, completed }).stop).toBe(true);
    expect(medianStoppingDecision({ config, mode: 'MAX', step: 10, value: 1.3, completed }).stop).toBe(false);
  });

  it('waits for the grace steps and for enough completed trials', () => {
    expect(medianStoppingDecision({ config, mode: 'MIN', step: 9, value: 99, completed }).stop).toBe(false);
    expect(medianStoppingDecision({ config, mode: 'MIN', step: 10, value: 99, completed: completed.slice(0, 1) })).toEqual({
      stop: false,
      median: null,
      compared: 1,
    });
  });
});
