// Built-in generators of sample traces (`tunix-rt generate`, `tunix-rt demo`). Each is deterministic
// for a seed: episode k is played from mulberry32(seed + k), so one episode can be reproduced alone.
// Traces come in the reference's JSON shape (trace_version, prompt, steps, final_answer, meta).
import { mulberry32 } from '../common/random.ts';
import type { TraceInput } from './traces.service.ts';

export interface SampleTrace {
  trace_version: string;
  prompt: string;
  steps: { i: number; type: string; content: string }[];
  final_answer: string;
  meta: Record<string, unknown>;
}

export const toTraceInput = (trace: SampleTrace): TraceInput => ({
  traceVersion: trace.trace_version,
  prompt: trace.prompt,
  steps: trace.steps,
  finalAnswer: trace.final_answer,
  meta: trace.meta,
});

const RANKS = ['2', '3', '4', '5', '6', '7', '8', '9', 'T', 'J', 'Q', 'K', 'A'] as const;
const SUITS = ['S', 'H', 'D', 'C'] as const;

/** A card in short notation: rank A,2–9,T,J,Q,K plus suit S,H,D,C; `?` for an unknown part, `??` when unreadable. */
export function cardName(card: { rank?: string; suit?: string } | null | undefined): string {
  if (!card || typeof card !== 'object') return '??';
  const rank = (RANKS as readonly string[]).includes(card.rank ?? '') ? card.rank : '?';
  const suit = (SUITS as readonly string[]).includes(card.suit ?? '') ? card.suit : '?';
  return `${rank}${suit}`;
}

/**
 * UNGAR's High Card Duel (reference §3.13): each player is dealt one card from a shuffled 52-card
 * deck; the higher rank (ace high) wins, equal ranks tie. The trace is player 0's view.
 */
export function highCardDuelTrace(k: number, seed: number | null): SampleTrace {
  const random = mulberry32(seed === null ? Math.floor(Math.random() * 2 ** 32) : seed + k);
  const deal = (exclude?: number) => {
    for (;;) {
      const index = Math.floor(random() * 52);
      if (index !== exclude) return index;
    }
  };
  const mine = deal();
  const theirs = deal(mine);
  const card = (index: number) => ({ rank: RANKS[index % 13], suit: SUITS[Math.floor(index / 13)] });
  const reward = Math.sign((mine % 13) - (theirs % 13));
  const myCard = cardName(card(mine));
  return {
    trace_version: '1.0',
    prompt: 'High Card Duel: You have 1 hidden card. Action: reveal.',
    steps: [
      { i: 0, type: 'legal_moves', content: 'Legal moves: [reveal]' },
      { i: 1, type: 'observation', content: `My hand: ${myCard}` },
      { i: 2, type: 'unseen', content: 'Unseen cards: 51' },
      { i: 3, type: 'decision', content: 'Action chosen: reveal' },
    ],
    final_answer: 'reveal',
    meta: {
      source: 'ungar',
      game: 'high_card_duel',
      episode_index: k,
      my_card: myCard,
      opponent_card: cardName(card(theirs)),
      result: reward > 0 ? 'win' : reward < 0 ? 'loss' : 'tie',
      ...(seed === null ? {} : { seed }),
    },
  };
}

/**
 * Two-digit addition worked column by column, the way the answer follows from the digits: a model
 * trained on enough of them can learn it, so evaluating against held-out sums means something.
 */
export function arithmeticTrace(k: number, seed: number | null): SampleTrace {
  const random = mulberry32(seed === null ? Math.floor(Math.random() * 2 ** 32) : seed + k);
  const a = 10 + Math.floor(random() * 90);
  const b = 10 + Math.floor(random() * 90);
  const ones = (a % 10) + (b % 10);
  const carry = ones >= 10 ? 1 : 0;
  const tens = Math.floor(a / 10) + Math.floor(b / 10) + carry;
  const sum = a + b;
  return {
    trace_version: '1.0',
    prompt: `What is ${a} + ${b}?`,
    steps: [
      { i: 0, type: 'ones', content: `Ones: ${a % 10} + ${b % 10} = ${ones}, write ${ones % 10}${carry ? ', carry 1' : ''}` },
      {
        i: 1,
        type: 'tens',
        content: `Tens: ${Math.floor(a / 10)} + ${Math.floor(b / 10)}${carry ? ' + 1' : ''} = ${tens}, write ${tens}`,
      },
      { i: 2, type: 'answer', content: `${a} + ${b} = ${sum}` },
    ],
    final_answer: String(sum),
    meta: { source: 'arithmetic', task: 'addition', episode_index: k, a, b, answer: sum, ...(seed === null ? {} : { seed }) },
  };
}

export const SAMPLE_GENERATORS = {
  'high-card-duel': highCardDuelTrace,
  arithmetic: arithmeticTrace,
} as const;

export type SampleKind = keyof typeof SAMPLE_GENERATORS;

/** The traces of episodes 0..count-1 of a generator, one at a time (any count in flat memory). */
export function* sampleTraces(kind: SampleKind, count: number, seed: number | null): Generator<SampleTrace> {
  for (let k = 0; k < count; k += 1) yield SAMPLE_GENERATORS[kind](k, seed);
}
