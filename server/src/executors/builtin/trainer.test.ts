import { describe, expect, it } from 'vitest';
import { type BuiltinRunConfig, runConfigSpec, withDefaults } from '../../modules/runs/run-config.ts';
import { RunFailure } from '../types.ts';
import {
  createRng,
  evaluateLoss,
  GreedyGenerator,
  type MetricPoint,
  splitExamples,
  type TrainExample,
  type TrainHyperparams,
  train,
} from './trainer.ts';

// Templated arithmetic reasoning traces (~500–1,500 chars): regular enough to be learnable, with
// varying numbers so that memorising one trace does not help much.
function makeTraces(n: number, seed: number): TrainExample[] {
  const rng = createRng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
  const items = ['apples', 'pears', 'boxes', 'coins', 'books'];
  const out: TrainExample[] = [];
  for (let i = 0; i < n; i++) {
    const item = items[int(0, items.length - 1)];
    let total = int(10, 99);
    const lines = [`Question: A shop starts with ${total} ${item}. Track the stock and report the final count.`, 'Reasoning:'];
    const steps = int(6, 18);
    for (let s = 1; s <= steps; s++) {
      const a = int(1, 60);
      if (rng() < 0.5) {
        lines.push(`Step ${s}: The shop receives ${a} ${item}, so ${total} + ${a} = ${total + a}.`);
        total += a;
      } else {
        lines.push(`Step ${s}: Customers buy ${a} ${item}, so ${total} - ${a} = ${total - a}.`);
        total -= a;
      }
    }
    lines.push(`Answer: ${total}`);
    out.push({ text: lines.join('\n') });
  }
  return out;
}

const traces = makeTraces(1000, 7);
// The BUILTIN spec's defaults: the API fills them in before a run reaches the trainer.
const defaultHyperparams = withDefaults(
  runConfigSpec('BUILTIN', { trainers: [], commandRawArgvEnabled: false }),
  {},
) as BuiltinRunConfig;
// Small, fixed amount of work per run keeps the whole file fast while still learning a lot.
const quick: TrainHyperparams = { ...defaultHyperparams, maxStepsPerEpoch: 300 };

describe('createRng', () => {
  it('is deterministic per seed and stays in [0, 1)', () => {
    const a = createRng(123);
    const b = createRng(123);
    const c = createRng(124);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 1000 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});

describe('splitExamples', () => {
  it('holds out at least one example and is deterministic from the seed', () => {
    const two = [{ text: 'a' }, { text: 'b' }];
    const s2 = splitExamples(two, 1, 0.01);
    expect(s2.eval).toHaveLength(1);
    expect(s2.train).toHaveLength(1);

    const s = splitExamples(traces, 42, 0.1);
    expect(s.eval).toHaveLength(100);
    expect(s.train).toHaveLength(900);
    expect(splitExamples(traces, 42, 0.1)).toEqual(s);
    expect(splitExamples(traces, 43, 0.1).eval).not.toEqual(s.eval);
    const evalSet = new Set(s.eval);
    expect(s.train.some((e) => evalSet.has(e))).toBe(false);
  });
});

describe('train failures', () => {
  it('stops with a RunFailure when the weights overflow, instead of training on NaN', async () => {
    // learningRate × weightDecay = 2.5: each step multiplies the weights by −1.5 (the API refuses
    // this combination; runs stored before that rule still reach a trainer).
    const run = train({ examples: traces, hyperparams: { ...quick, learningRate: 5, weightDecay: 0.5 } });
    await expect(run).rejects.toBeInstanceOf(RunFailure);
    await expect(run).rejects.toThrow(
      /^Training diverged at step \d+ of 900: the loss became (NaN|Infinity).*Lower learningRate \(now 5\)/,
    );
  });

  it('rejects an empty example set', async () => {
    await expect(train({ examples: [], hyperparams: quick })).rejects.toThrow(/no training/);
  });
});

describe('train', () => {
  it('learns: held-out loss falls well below the untrained loss', async () => {
    const result = await train({ examples: traces, hyperparams: quick });
    // Zero-initialised weights predict uniformly, so the untrained loss is ln(|vocab|).
    expect(result.initialEvalLoss).toBeCloseTo(Math.log(result.vocab.length), 6);
    expect(result.finalEvalLoss).toBeLessThan(result.initialEvalLoss - 2);
    expect(result.finalTrainLoss).toBeLessThan(result.initialEvalLoss - 2);
    expect(result.evalAccuracy).toBeGreaterThan(0.5);
    expect(result.steps).toBe(3 * 300);
    expect(result.trainExamples).toBe(900);
    expect(result.evalExamples).toBe(100);
    expect(result.vocab[0]).toBe('<unk>');
    expect(result.vocab.length).toBeLessThanOrEqual(97);
  });

  it('uses two characters of context to beat one', async () => {
    const [one, two] = await Promise.all([
      train({ examples: traces, hyperparams: { ...quick, contextSize: 1 } }),
      train({ examples: traces, hyperparams: { ...quick, contextSize: 2 } }),
    ]);
    expect(two.finalEvalLoss).toBeLessThan(one.finalEvalLoss - 0.3);
  });

  it('is bit-for-bit reproducible from the seed', async () => {
    const run = async (seed: number) => {
      const points: MetricPoint[] = [];
      const result = await train(
        { examples: traces, hyperparams: { ...quick, seed, weightDecay: 1e-3 } },
        { onMetric: (p) => void points.push(...p) },
      );
      return { result, points };
    };
    const a = await run(5);
    const b = await run(5);
    expect(b.result.finalEvalLoss).toBe(a.result.finalEvalLoss);
    expect(b.result.finalTrainLoss).toBe(a.result.finalTrainLoss);
    expect(b.result.evalAccuracy).toBe(a.result.evalAccuracy);
    expect(b.points).toEqual(a.points);
    expect(Buffer.from(b.result.weights).equals(Buffer.from(a.result.weights))).toBe(true);

    const c = await run(6);
    expect(Buffer.from(c.result.weights).equals(Buffer.from(a.result.weights))).toBe(false);
  });

  it('responds to the learning rate: a sensible one beats a tiny one', async () => {
    const [tiny, good, high] = await Promise.all(
      [1e-4, 0.5, 4].map((learningRate) => train({ examples: traces, hyperparams: { ...quick, learningRate } })),
    );
    if (!tiny || !good || !high) throw new Error('unreachable');
    expect(good.steps).toBe(tiny.steps);
    expect(new Set([tiny, good, high].map((r) => r.finalEvalLoss)).size).toBe(3);
    // 1e-4 barely moves from uniform in a few hundred steps.
    expect(tiny.initialEvalLoss - tiny.finalEvalLoss).toBeLessThan(0.1);
    expect(good.finalEvalLoss).toBeLessThan(tiny.finalEvalLoss - 1.5);
  });

  it('penalises weights with weightDecay', async () => {
    const [plain, decayed] = await Promise.all(
      [0, 0.05].map((weightDecay) => train({ examples: traces, hyperparams: { ...quick, weightDecay } })),
    );
    if (!plain || !decayed) throw new Error('unreachable');
    expect(decayed.finalEvalLoss).not.toBe(plain.finalEvalLoss);
    const norm = (w: Uint8Array) => {
      // Layout: 4-byte magic, u32 header length, header, padding to 4, then float32 data.
      const headerLen = new DataView(w.buffer, w.byteOffset).getUint32(4, true);
      const f = new Float32Array(w.slice(Math.ceil((8 + headerLen) / 4) * 4).buffer);
      let s = 0;
      for (const x of f) s += x * x;
      return s;
    };
    expect(norm(decayed.weights)).toBeLessThan(norm(plain.weights));
  });

  it('reports metrics with increasing steps, ending at the final step', async () => {
    const batches: MetricPoint[][] = [];
    const logs: string[] = [];
    const result = await train(
      { examples: traces, hyperparams: { ...quick, epochs: 2 }, evalEvery: 70 },
      {
        onMetric: async (points) => {
          // An async consumer (like a database write) is awaited before training continues.
          await new Promise((r) => setTimeout(r, 1));
          batches.push(points);
        },
        onLog: (line) => void logs.push(line),
      },
    );
    const steps = batches.map((b) => b[0]?.step);
    expect(steps[0]).toBe(0);
    expect(steps).toEqual([0, 70, 140, 210, 280, 350, 420, 490, 560, 600]);
    for (const b of batches) expect(new Set(b.map((p) => p.step)).size).toBe(1);
    expect(batches[0]?.map((p) => p.name)).toEqual(['evalLoss', 'evalAccuracy']);
    expect(batches[1]?.map((p) => p.name)).toEqual(['trainLoss', 'evalLoss', 'evalAccuracy']);
    expect(batches[1]?.[0]?.epoch).toBe(1);
    const last = batches.at(-1) ?? [];
    expect(last[0]?.epoch).toBe(2);
    expect(last.find((p) => p.name === 'evalLoss')?.value).toBe(result.finalEvalLoss);
    expect(last.find((p) => p.name === 'trainLoss')?.value).toBe(result.finalTrainLoss);
    expect(logs.some((l) => /^epoch 2\/2 step 600\/600 trainLoss=\d+\.\d{4} evalLoss=/.test(l))).toBe(true);
  });

  it('defaults to about ten metric reports per run', async () => {
    const steps: number[] = [];
    await train({ examples: traces, hyperparams: quick }, { onMetric: (p) => void steps.push(p[0]?.step ?? -1) });
    expect(steps).toEqual([0, 90, 180, 270, 360, 450, 540, 630, 720, 810, 900]);
  });

  it('yields to the event loop while training', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      await train({
        examples: traces,
        hyperparams: { ...quick, batchSize: 8, maxStepsPerEpoch: 4000 },
      });
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(2);
  });

  it('stops and rejects with the abort reason', async () => {
    const controller = new AbortController();
    const reason = new Error('cancelled by user');
    let reports = 0;
    const run = train(
      { examples: traces, hyperparams: { ...defaultHyperparams, maxStepsPerEpoch: 100_000 } },
      {
        signal: controller.signal,
        onMetric: () => {
          reports++;
          if (reports === 2) controller.abort(reason);
        },
      },
    );
    await expect(run).rejects.toBe(reason);
    expect(reports).toBe(2);

    const aborted = AbortSignal.abort(new Error('already'));
    await expect(train({ examples: traces, hyperparams: quick }, { signal: aborted })).rejects.toThrow('already');
  });

  it('aborts from outside between steps, not only in hooks', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const run = train(
      // Far more work than the test allows: only an abort lets it finish quickly.
      { examples: traces, hyperparams: { ...defaultHyperparams, epochs: 1000 } },
      { signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 50);
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('falls back to training-set metrics when there is a single example', async () => {
    const logs: string[] = [];
    const result = await train(
      { examples: traces.slice(0, 1), hyperparams: { ...quick, epochs: 1 } },
      { onLog: (l) => void logs.push(l) },
    );
    expect(result.evalExamples).toBe(0);
    expect(result.trainExamples).toBe(1);
    expect(Number.isFinite(result.finalEvalLoss)).toBe(true);
    expect(result.finalEvalLoss).toBeLessThan(result.initialEvalLoss);
    expect(logs.some((l) => l.includes('no held-out text'))).toBe(true);
  });
});

describe('evaluateLoss', () => {
  it('reproduces finalEvalLoss from the serialized weights', async () => {
    for (const contextSize of [1, 2] as const) {
      const hp = { ...quick, contextSize, seed: 11 };
      const result = await train({ examples: traces, hyperparams: hp });
      const evalTexts = splitExamples(traces, hp.seed, hp.evalFraction).eval.map((e) => e.text);
      const scored = evaluateLoss(result.weights, evalTexts);
      expect(Math.abs(scored.loss - result.finalEvalLoss)).toBeLessThan(1e-6);
      expect(scored.accuracy).toBeCloseTo(result.evalAccuracy, 9);
      // Unrelated text the model has never seen scores worse than its own trace format.
      const gibberish = evaluateLoss(result.weights, ['zqxj vkw 9f$# QZX ~~ plmb']);
      expect(gibberish.loss).toBeGreaterThan(scored.loss + 1);
    }
  });

  it('rejects corrupted weights and empty input', async () => {
    const result = await train({
      examples: traces.slice(0, 50),
      hyperparams: { ...quick, epochs: 1 },
    });
    expect(() => evaluateLoss(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), ['x'])).toThrow(/magic/);
    expect(() => evaluateLoss(result.weights.slice(0, -4), ['x'])).toThrow(/float32/);
    expect(() => evaluateLoss(result.weights, [''])).toThrow(/no characters/);
  });
});

describe('GreedyGenerator', () => {
  it('continues a text the way the trained model predicts it, within the bound and up to the stop', async () => {
    // Every two-character context of this text has one continuation.
    const examples = Array.from({ length: 20 }, () => ({ text: 'quick brown fox '.repeat(20) }));
    const result = await train({ examples, hyperparams: { ...quick, contextSize: 2, learningRate: 1, epochs: 3 } });
    const generator = new GreedyGenerator(result.weights);
    expect(generator.continue('quick b', 8)).toBe('rown fox');
    expect(generator.continue('quick b', 40, (text) => text.endsWith(' '))).toBe('rown ');
    expect(generator.continue('', 5)).toBe('quick');
    expect(generator.continue('quick', 0)).toBe('');
  });
});
