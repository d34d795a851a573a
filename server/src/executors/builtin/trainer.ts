// The built-in reference trainer: a character-level n-gram softmax language model trained with
// minibatch SGD on reasoning-trace text. It is deliberately tiny and dependency-free so that the
// platform can run real fine-tuning jobs on one CPU core with no ML stack installed, while still
// learning enough that learning rate, epochs, batch size, … change the outcome (a sweep has
// something to optimise).
//
// Model (a log-linear "backoff" n-gram): logits(next | prev2, prev1) = bias + W1[prev1] (+ W2[prev2,prev1]
// when contextSize = 2). The bigram row lets rare two-character contexts fall back on something
// better than uniform, and the objective stays convex, so zero initialisation is fine and results
// depend only on the seed through the data split and the sampling order.

import { mulberry32 } from '../../modules/common/random.ts';
import type { BuiltinRunConfig } from '../../modules/runs/run-config.ts';
import { RunFailure } from '../types.ts';

export interface TrainExample {
  /** One trace rendered as text (the caller renders prompt + steps + answer). */
  text: string;
}

/** What the model uses of a run's config, checked by run-config.ts: train trusts it. */
export type TrainHyperparams = Pick<
  BuiltinRunConfig,
  'learningRate' | 'epochs' | 'batchSize' | 'seed' | 'evalFraction' | 'contextSize' | 'maxStepsPerEpoch' | 'weightDecay'
>;

export interface TrainInput {
  examples: TrainExample[];
  hyperparams: TrainHyperparams;
  /** Steps between metric reports; defaults to about 10 reports per run. */
  evalEvery?: number;
}

export interface MetricPoint {
  name: 'trainLoss' | 'evalLoss' | 'evalAccuracy';
  step: number;
  epoch: number;
  value: number;
}

export interface TrainHooks {
  onMetric?(points: MetricPoint[]): void | Promise<void>;
  onLog?(line: string): void | Promise<void>;
  /** Abort → training stops at the next yield point and rejects with `signal.reason`. */
  signal?: AbortSignal;
}

export interface TrainResult {
  steps: number;
  initialEvalLoss: number;
  finalEvalLoss: number;
  finalTrainLoss: number;
  evalAccuracy: number;
  /** Serialized model (see `serializeModel`): deterministic for a given input. */
  weights: Uint8Array;
  /** Index 0 is `<unk>`; the others are single characters (code points). */
  vocab: string[];
  trainExamples: number;
  evalExamples: number;
}

export const UNK = '<unk>';
/** Characters kept in the vocabulary (plus `<unk>`): bounds the weight matrix and the softmax cost. */
export const MAX_VOCAB_CHARS = 96;
/** Eval positions scored per evaluation: keeps periodic evals cheap whatever the eval set size. */
export const EVAL_MAX_POSITIONS = 16_384;
/**
 * Training positions visited per epoch, at most: a fresh random sample each epoch. Every position
 * costs a softmax over the vocabulary, so without a cap 1,000 long traces take tens of seconds per
 * run; a few hundred thousand samples is where this model's loss curve has mostly flattened.
 */
export const EPOCH_MAX_POSITIONS = 262_144;
/** Trailing batches averaged into `trainLoss`: single batches are too noisy to plot. */
const TRAIN_LOSS_WINDOW = 20;
/** Positions processed between event-loop yields (~a few ms of work). */
const POSITIONS_PER_YIELD = 16_384;

const MAGIC = [0x54, 0x58, 0x4e, 0x47]; // "TXNG"
const FORMAT = 'tunix-rt/char-ngram';
const FORMAT_VERSION = 1;

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** Seeded randomness: mulberry32, shared with sampling and sweeps. */
export const createRng = mulberry32;

function shuffleInPlace(arr: { length: number; [i: number]: number }, rng: () => number): void {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = arr[i] as number;
    arr[i] = arr[j] as number;
    arr[j] = t;
  }
}

// ---------------------------------------------------------------------------------------------
// Data split, vocabulary and encoding

/**
 * The held-out split `train` uses, exposed so callers (and tests) can score the same eval texts.
 * Example-level, so no trace leaks into both sides; at least one eval example whenever there are
 * two or more examples, and at least one training example always.
 */
export function splitExamples<Example extends TrainExample>(
  examples: readonly Example[],
  seed: number,
  evalFraction: number,
): { train: Example[]; eval: Example[] } {
  const n = examples.length;
  if (n < 2) return { train: [...examples], eval: [] };
  const nEval = Math.min(n - 1, Math.max(1, Math.round(n * evalFraction)));
  const order = Array.from({ length: n }, (_, i) => i);
  // A separate stream from the batch sampler, so changing e.g. batchSize never changes the split.
  shuffleInPlace(order, createRng((seed ^ 0x5eed5eed) >>> 0));
  const evalIdx = order.slice(0, nEval).sort((a, b) => a - b);
  const isEval = new Uint8Array(n);
  for (const i of evalIdx) isEval[i] = 1;
  const train: Example[] = [];
  const evalSet: Example[] = [];
  for (let i = 0; i < n; i++) (isEval[i] ? evalSet : train).push(examples[i] as Example);
  return { train, eval: evalSet };
}

/** Calls `fn` with each code point of `text` (lone surrogates pass through as code units). */
function forEachCodePoint(text: string, fn: (cp: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        fn((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    fn(c);
  }
}

/** The most frequent characters of the training text, ties broken by code point for determinism. */
function buildVocab(texts: readonly string[]): string[] {
  const bmp = new Float64Array(0x10000);
  const astral = new Map<number, number>();
  for (const t of texts) {
    forEachCodePoint(t, (cp) => {
      if (cp < 0x10000) bmp[cp] = (bmp[cp] as number) + 1;
      else astral.set(cp, (astral.get(cp) ?? 0) + 1);
    });
  }
  const entries: [number, number][] = [];
  for (let cp = 0; cp < 0x10000; cp++) if (bmp[cp]) entries.push([cp, bmp[cp] as number]);
  for (const e of astral) entries.push(e);
  entries.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  return [UNK, ...entries.slice(0, MAX_VOCAB_CHARS).map(([cp]) => String.fromCodePoint(cp))];
}

class Encoder {
  private readonly bmp = new Int16Array(0x10000); // 0 = <unk>
  private readonly astral = new Map<number, number>();
  constructor(vocab: readonly string[]) {
    for (let id = 1; id < vocab.length; id++) {
      const cp = (vocab[id] as string).codePointAt(0) as number;
      if (cp < 0x10000) this.bmp[cp] = id;
      else this.astral.set(cp, id);
    }
  }
  encode(text: string, out: number[]): void {
    forEachCodePoint(text, (cp) => {
      out.push(cp < 0x10000 ? (this.bmp[cp] as number) : (this.astral.get(cp) ?? 0));
    });
  }
}

/** Every (context, next-token) position of the texts, as parallel arrays of row indices. */
interface Positions {
  count: number;
  target: Uint8Array;
  row1: Uint8Array;
  /** Row into W2 ((prev2 × rows1) + prev1); empty for contextSize 1. */
  row2: Uint16Array;
}

function buildPositions(texts: readonly string[], encoder: Encoder, vocabSize: number, contextSize: 1 | 2): Positions {
  const ids: number[] = [];
  const textStarts: number[] = [];
  for (const t of texts) {
    textStarts.push(ids.length);
    encoder.encode(t, ids);
  }
  textStarts.push(ids.length);
  const count = ids.length;
  const bos = vocabSize; // texts start from a dedicated "beginning" context, not from <unk>
  const rows1 = vocabSize + 1;
  const target = new Uint8Array(count);
  const row1 = new Uint8Array(count);
  const row2 = new Uint16Array(contextSize === 2 ? count : 0);
  for (let t = 0; t < texts.length; t++) {
    const start = textStarts[t] as number;
    const end = textStarts[t + 1] as number;
    for (let j = start; j < end; j++) {
      const p1 = j - 1 >= start ? (ids[j - 1] as number) : bos;
      target[j] = ids[j] as number;
      row1[j] = p1;
      if (contextSize === 2) {
        const p2 = j - 2 >= start ? (ids[j - 2] as number) : bos;
        row2[j] = p2 * rows1 + p1;
      }
    }
  }
  return { count, target, row1, row2 };
}

/** Evenly spaced subset, so a capped eval still covers every eval text rather than the first few. */
function capPositions(p: Positions, max: number): Positions {
  if (p.count <= max) return p;
  const target = new Uint8Array(max);
  const row1 = new Uint8Array(max);
  const row2 = new Uint16Array(p.row2.length ? max : 0);
  for (let i = 0; i < max; i++) {
    const j = Math.floor((i * p.count) / max);
    target[i] = p.target[j] as number;
    row1[i] = p.row1[j] as number;
    if (row2.length) row2[i] = p.row2[j] as number;
  }
  return { count: max, target, row1, row2 };
}

// ---------------------------------------------------------------------------------------------
// Model

interface Model {
  vocab: string[];
  contextSize: 1 | 2;
  /** Vocabulary size (output width); context rows are vocabSize + 1 to include "beginning". */
  v: number;
  bias: Float32Array;
  w1: Float32Array;
  w2: Float32Array;
}

function createModel(vocab: string[], contextSize: 1 | 2): Model {
  const v = vocab.length;
  const rows1 = v + 1;
  return {
    vocab,
    contextSize,
    v,
    bias: new Float32Array(v),
    w1: new Float32Array(rows1 * v),
    w2: new Float32Array(contextSize === 2 ? rows1 * rows1 * v : 0),
  };
}

/** Mean cross-entropy (nats) and argmax accuracy over the positions. */
function score(model: Model, p: Positions): { loss: number; accuracy: number } {
  const { v, bias, w1, w2 } = model;
  const two = model.contextSize === 2;
  const { count, target, row1, row2 } = p;
  const logits = new Float64Array(v);
  let lossSum = 0;
  let correct = 0;
  for (let j = 0; j < count; j++) {
    const o1 = (row1[j] as number) * v;
    let max = -Infinity;
    let argmax = 0;
    if (two) {
      const o2 = (row2[j] as number) * v;
      for (let k = 0; k < v; k++) {
        const z = (bias[k] as number) + (w1[o1 + k] as number) + (w2[o2 + k] as number);
        logits[k] = z;
        if (z > max) {
          max = z;
          argmax = k;
        }
      }
    } else {
      for (let k = 0; k < v; k++) {
        const z = (bias[k] as number) + (w1[o1 + k] as number);
        logits[k] = z;
        if (z > max) {
          max = z;
          argmax = k;
        }
      }
    }
    let sum = 0;
    for (let k = 0; k < v; k++) sum += Math.exp((logits[k] as number) - max);
    const y = target[j] as number;
    lossSum += Math.log(sum) - ((logits[y] as number) - max);
    if (argmax === y) correct++;
  }
  return { loss: lossSum / count, accuracy: correct / count };
}

// ---------------------------------------------------------------------------------------------
// Serialization: "TXNG" | u32 LE header length | header JSON (UTF-8) | zero pad to 4 | f32 LE data
// (bias, then W1, then W2). The header carries everything needed to rebuild the encoder.

interface Header {
  format: string;
  version: number;
  contextSize: 1 | 2;
  vocab: string[];
  tensors: { name: 'bias' | 'w1' | 'w2'; rows: number; cols: number }[];
}

function serializeModel(model: Model): Uint8Array {
  const rows1 = model.v + 1;
  const header: Header = {
    format: FORMAT,
    version: FORMAT_VERSION,
    contextSize: model.contextSize,
    vocab: model.vocab,
    tensors: [
      { name: 'bias', rows: 1, cols: model.v },
      { name: 'w1', rows: rows1, cols: model.v },
      ...(model.contextSize === 2 ? [{ name: 'w2' as const, rows: rows1 * rows1, cols: model.v }] : []),
    ],
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const dataStart = Math.ceil((8 + headerBytes.length) / 4) * 4;
  const floats = model.bias.length + model.w1.length + model.w2.length;
  const out = new Uint8Array(dataStart + floats * 4);
  out.set(MAGIC, 0);
  const view = new DataView(out.buffer);
  view.setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  let off = dataStart;
  for (const arr of [model.bias, model.w1, model.w2]) {
    for (let i = 0; i < arr.length; i++, off += 4) view.setFloat32(off, arr[i] as number, true);
  }
  return out;
}

function deserializeModel(bytes: Uint8Array): Model {
  const bad = (why: string): never => {
    throw new Error(`invalid model weights: ${why}`);
  };
  if (bytes.length < 8 || MAGIC.some((b, i) => bytes[i] !== b)) bad('missing TXNG magic');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLen = view.getUint32(4, true);
  if (8 + headerLen > bytes.length) bad('truncated header');
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLen))) as Header;
  } catch {
    return bad('header is not JSON');
  }
  if (header.format !== FORMAT || header.version !== FORMAT_VERSION) {
    bad(`unsupported format ${header.format} v${header.version}`);
  }
  if (header.contextSize !== 1 && header.contextSize !== 2) bad('bad contextSize');
  if (!Array.isArray(header.vocab) || header.vocab[0] !== UNK) bad('bad vocab');
  const model = createModel(header.vocab, header.contextSize);
  let off = Math.ceil((8 + headerLen) / 4) * 4;
  const expected = model.bias.length + model.w1.length + model.w2.length;
  if (bytes.length !== off + expected * 4) bad(`expected ${expected} float32 values`);
  for (const arr of [model.bias, model.w1, model.w2]) {
    for (let i = 0; i < arr.length; i++, off += 4) arr[i] = view.getFloat32(off, true);
  }
  return model;
}

/**
 * Scores texts with serialized weights. Uses the same evenly spaced cap as training evals by
 * default, so `evaluateLoss(result.weights, evalTexts)` reproduces `finalEvalLoss` exactly.
 */
export function evaluateLoss(
  weights: Uint8Array,
  texts: string[],
  options: { maxPositions?: number } = {},
): { loss: number; accuracy: number } {
  const model = deserializeModel(weights);
  const positions = capPositions(
    buildPositions(texts, new Encoder(model.vocab), model.v, model.contextSize),
    options.maxPositions ?? EVAL_MAX_POSITIONS,
  );
  if (positions.count === 0) throw new RangeError('evaluateLoss: no characters to score');
  return score(model, positions);
}

/** Greedy decoding with serialized weights: each next character is the model's most likely one. */
export class GreedyGenerator {
  private readonly model: Model;
  private readonly encoder: Encoder;

  constructor(weights: Uint8Array) {
    this.model = deserializeModel(weights);
    this.encoder = new Encoder(this.model.vocab);
  }

  /**
   * Continues `context` by at most `maxChars` characters, stopping early once `stop` is true of the
   * text generated so far. `<unk>` is never chosen (it stands for no character in particular).
   */
  continue(context: string, maxChars: number, stop: (generated: string) => boolean = () => false): string {
    const { v, bias, w1, w2, vocab } = this.model;
    const two = this.model.contextSize === 2;
    const bos = v; // texts start from the "beginning" context, as in training
    const ids: number[] = [];
    this.encoder.encode(context, ids);
    let prev2 = ids.length >= 2 ? (ids[ids.length - 2] as number) : bos;
    let prev1 = ids.length >= 1 ? (ids[ids.length - 1] as number) : bos;
    let generated = '';
    // A vocabulary of only <unk> has nothing to say.
    for (let n = 0; n < maxChars && v > 1 && !stop(generated); n++) {
      const o1 = prev1 * v;
      const o2 = (prev2 * (v + 1) + prev1) * v;
      let best = 1;
      let bestLogit = -Infinity;
      for (let k = 1; k < v; k++) {
        const z = (bias[k] as number) + (w1[o1 + k] as number) + (two ? (w2[o2 + k] as number) : 0);
        if (z > bestLogit) {
          bestLogit = z;
          best = k;
        }
      }
      generated += vocab[best];
      prev2 = prev1;
      prev1 = best;
    }
    return generated;
  }
}

// ---------------------------------------------------------------------------------------------
// Training

interface Scratch {
  logits: Float64Array;
  /** Unnormalised softmax numerators per batch position, kept until the whole batch is scored. */
  exps: Float64Array;
  invSums: Float64Array;
  gradBias: Float64Array;
  /** Last step that decayed each row, so a row used twice in a batch decays once. */
  stamp1: Int32Array;
  stamp2: Int32Array;
}

function createScratch(v: number, batchSize: number, contextSize: 1 | 2): Scratch {
  return {
    logits: new Float64Array(v),
    exps: new Float64Array(batchSize * v),
    invSums: new Float64Array(batchSize),
    gradBias: new Float64Array(v),
    stamp1: new Int32Array(v + 1),
    stamp2: new Int32Array(contextSize === 2 ? (v + 1) * (v + 1) : 0),
  };
}

/**
 * One minibatch SGD step on mean cross-entropy over positions order[begin .. begin+n); returns
 * the batch's mean loss (before the update). Kept synchronous and free of closures: it is the
 * hot loop, and V8 optimises a plain function over typed arrays best.
 */
function sgdStep(
  model: Model,
  pos: Positions,
  order: Uint32Array,
  begin: number,
  n: number,
  lr: number,
  weightDecay: number,
  step: number,
  sc: Scratch,
): number {
  const { v, bias, w1, w2 } = model;
  const two = model.contextSize === 2;
  const { target, row1, row2 } = pos;
  const { logits, exps, invSums, gradBias, stamp1, stamp2 } = sc;

  // Forward pass for the whole batch with frozen weights: a true minibatch gradient.
  let lossSum = 0;
  for (let i = 0; i < n; i++) {
    const j = order[begin + i] as number;
    const o1 = (row1[j] as number) * v;
    let max = -Infinity;
    if (two) {
      const o2 = (row2[j] as number) * v;
      for (let k = 0; k < v; k++) {
        const z = (bias[k] as number) + (w1[o1 + k] as number) + (w2[o2 + k] as number);
        logits[k] = z;
        if (z > max) max = z;
      }
    } else {
      for (let k = 0; k < v; k++) {
        const z = (bias[k] as number) + (w1[o1 + k] as number);
        logits[k] = z;
        if (z > max) max = z;
      }
    }
    let sum = 0;
    const g = i * v;
    for (let k = 0; k < v; k++) {
      const e = Math.exp((logits[k] as number) - max);
      exps[g + k] = e;
      sum += e;
    }
    const y = target[j] as number;
    lossSum += Math.log(sum) - ((logits[y] as number) - max);
    invSums[i] = 1 / sum;
  }

  if (weightDecay > 0) {
    // L2 decay is applied lazily to the rows this batch touches: decaying the whole
    // (up to ~1M-weight) matrix every step would dominate the cost of a sparse update.
    const decay = 1 - lr * weightDecay;
    for (let k = 0; k < v; k++) bias[k] = (bias[k] as number) * decay;
    for (let i = 0; i < n; i++) {
      const j = order[begin + i] as number;
      const r1 = row1[j] as number;
      if (stamp1[r1] !== step) {
        stamp1[r1] = step;
        for (let k = r1 * v, e = k + v; k < e; k++) w1[k] = (w1[k] as number) * decay;
      }
      if (two) {
        const r2 = row2[j] as number;
        if (stamp2[r2] !== step) {
          stamp2[r2] = step;
          for (let k = r2 * v, e = k + v; k < e; k++) w2[k] = (w2[k] as number) * decay;
        }
      }
    }
  }

  // dLoss/dlogit = softmax - onehot(y); the "- onehot" part is added back after each row's loop.
  const scale = lr / n;
  gradBias.fill(0);
  for (let i = 0; i < n; i++) {
    const j = order[begin + i] as number;
    const o1 = (row1[j] as number) * v;
    const y = target[j] as number;
    const g = i * v;
    const inv = invSums[i] as number;
    if (two) {
      const o2 = (row2[j] as number) * v;
      for (let k = 0; k < v; k++) {
        const p = (exps[g + k] as number) * inv;
        gradBias[k] = (gradBias[k] as number) + p;
        const d = scale * p;
        w1[o1 + k] = (w1[o1 + k] as number) - d;
        w2[o2 + k] = (w2[o2 + k] as number) - d;
      }
      w2[o2 + y] = (w2[o2 + y] as number) + scale;
    } else {
      for (let k = 0; k < v; k++) {
        const p = (exps[g + k] as number) * inv;
        gradBias[k] = (gradBias[k] as number) + p;
        w1[o1 + k] = (w1[o1 + k] as number) - scale * p;
      }
    }
    w1[o1 + y] = (w1[o1 + y] as number) + scale;
    gradBias[y] = (gradBias[y] as number) - 1;
  }
  for (let k = 0; k < v; k++) bias[k] = (bias[k] as number) - scale * (gradBias[k] as number);
  return lossSum / n;
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function train(input: TrainInput, hooks: TrainHooks = {}): Promise<TrainResult> {
  const h = input.hyperparams;
  if (input.examples.length === 0) throw new RangeError('no training examples');

  const { signal, onMetric, onLog } = hooks;
  signal?.throwIfAborted();
  const log = async (line: string): Promise<void> => {
    if (onLog) await onLog(line);
  };

  const split = splitExamples(input.examples, h.seed, h.evalFraction);
  const trainTexts = split.train.map((e) => e.text);
  const vocab = buildVocab(trainTexts);
  const encoder = new Encoder(vocab);
  const model = createModel(vocab, h.contextSize);
  const v = vocab.length;

  const trainPos = buildPositions(trainTexts, encoder, v, h.contextSize);
  if (trainPos.count === 0) throw new RangeError('training examples contain no text');
  let evalPos = capPositions(
    buildPositions(
      split.eval.map((e) => e.text),
      encoder,
      v,
      h.contextSize,
    ),
    EVAL_MAX_POSITIONS,
  );
  if (evalPos.count === 0) {
    // A single example (or empty eval texts) leaves nothing held out; report training fit rather
    // than NaN, and say so.
    evalPos = capPositions(trainPos, EVAL_MAX_POSITIONS);
    await log('no held-out text: eval metrics are measured on the training set');
  }

  const B = h.batchSize;
  const epochPositions = Math.min(trainPos.count, EPOCH_MAX_POSITIONS);
  const fullSteps = Math.ceil(epochPositions / B);
  const stepsPerEpoch = Math.min(fullSteps, h.maxStepsPerEpoch ?? fullSteps);
  const totalSteps = stepsPerEpoch * h.epochs;
  const evalEvery = input.evalEvery ?? Math.max(1, Math.ceil(totalSteps / 10));
  const yieldEvery = Math.max(1, Math.floor(POSITIONS_PER_YIELD / B));

  await log(
    `training on ${split.train.length} examples (${trainPos.count} chars), ` +
      `eval on ${split.eval.length} examples (${evalPos.count} chars scored), ` +
      `vocab ${v}, contextSize ${h.contextSize}, ${h.epochs} epochs × ${stepsPerEpoch} steps ` +
      `of ${B} (${Math.min(epochPositions, stepsPerEpoch * B)} positions per epoch)`,
  );

  const initial = score(model, evalPos);
  let lastEval = initial;
  if (onMetric) {
    await onMetric([
      { name: 'evalLoss', step: 0, epoch: 0, value: initial.loss },
      { name: 'evalAccuracy', step: 0, epoch: 0, value: initial.accuracy },
    ]);
  }

  const rng = createRng(h.seed);
  const order = new Uint32Array(trainPos.count);
  for (let i = 0; i < order.length; i++) order[i] = i;
  const scratch = createScratch(v, B, h.contextSize);
  const recent = new Float64Array(TRAIN_LOSS_WINDOW);
  let recentCount = 0;
  const trainLossNow = (): number => {
    const n = Math.min(recentCount, TRAIN_LOSS_WINDOW);
    let s = 0;
    for (let i = 0; i < n; i++) s += recent[i] as number;
    return s / n;
  };

  let step = 0;
  let lastReported = 0;
  const report = async (epoch: number): Promise<void> => {
    lastEval = score(model, evalPos);
    lastReported = step;
    const trainLoss = trainLossNow();
    if (onMetric) {
      await onMetric([
        { name: 'trainLoss', step, epoch, value: trainLoss },
        { name: 'evalLoss', step, epoch, value: lastEval.loss },
        { name: 'evalAccuracy', step, epoch, value: lastEval.accuracy },
      ]);
    }
    await log(
      `epoch ${epoch}/${h.epochs} step ${step}/${totalSteps} trainLoss=${trainLoss.toFixed(4)} ` +
        `evalLoss=${lastEval.loss.toFixed(4)} evalAccuracy=${lastEval.accuracy.toFixed(4)}`,
    );
    // Hooks can take a while (database writes): an abort may have arrived meanwhile.
    signal?.throwIfAborted();
  };

  for (let epoch = 1; epoch <= h.epochs; epoch++) {
    shuffleInPlace(order, rng);
    for (let s = 0; s < stepsPerEpoch; s++) {
      step++;
      const begin = s * B;
      const n = Math.min(B, trainPos.count - begin);
      const loss = sgdStep(model, trainPos, order, begin, n, h.learningRate, h.weightDecay, step, scratch);
      if (!Number.isFinite(loss)) {
        // The weights overflowed: every later step would only compute NaN.
        throw new RunFailure(
          `Training diverged at step ${step} of ${totalSteps}: the loss became ${loss} (the weights overflowed). Lower learningRate (now ${h.learningRate}) or weightDecay (now ${h.weightDecay})`,
        );
      }
      recent[recentCount++ % TRAIN_LOSS_WINDOW] = loss;
      if (step % evalEvery === 0) await report(epoch);
      if (step % yieldEvery === 0) {
        // Keep the server responsive, and give abort a chance to land.
        await yieldToEventLoop();
        signal?.throwIfAborted();
      }
    }
  }
  if (lastReported !== step) await report(h.epochs);

  return {
    steps: step,
    initialEvalLoss: initial.loss,
    finalEvalLoss: lastEval.loss,
    finalTrainLoss: trainLossNow(),
    evalAccuracy: lastEval.accuracy,
    weights: serializeModel(model),
    vocab,
    trainExamples: split.train.length,
    evalExamples: split.eval.length,
  };
}
