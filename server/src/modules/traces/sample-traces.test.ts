import { describe, expect, it, vi } from 'vitest';
import { main } from '../../cli.ts';
import { InputChecker } from '../common/validation.ts';
import { cardName, sampleTraces, toTraceInput } from './sample-traces.ts';
import { checkTrace } from './traces.service.ts';

/** What `tunix-rt generate …` prints, run in this process. */
async function generate(args: string[]): Promise<string> {
  const written: string[] = [];
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  try {
    expect(await main(['generate', ...args])).toBe(0);
  } finally {
    write.mockRestore();
  }
  return written.join('');
}

describe('sample trace generators', () => {
  it('give the same traces for the same seed, other traces for another, episode k from seed + k', async () => {
    const first = await generate(['high-card-duel', '--count', '50', '--seed', '42']);
    expect(await generate(['high-card-duel', '--count', '50', '--seed', '42'])).toBe(first);
    expect(await generate(['high-card-duel', '--count', '50', '--seed', '43'])).not.toBe(first);
    const lines = first
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(50);
    // Episode k of seed s is episode k-1 of seed s+1.
    const shifted = [...sampleTraces('high-card-duel', 2, 41)][1];
    expect({ ...shifted?.meta, episode_index: 0, seed: 42 }).toEqual(lines[0].meta);
    expect(await generate(['arithmetic', '-n', '20', '-s', '1'])).toBe(await generate(['arithmetic', '-n', '20', '-s', '1']));
  });

  it('plays High Card Duel as the reference writes it (3.13)', () => {
    const traces = [...sampleTraces('high-card-duel', 200, 7)];
    const trace = traces[3];
    expect(trace).toMatchObject({
      trace_version: '1.0',
      prompt: 'High Card Duel: You have 1 hidden card. Action: reveal.',
      final_answer: 'reveal',
      steps: [
        { i: 0, type: 'legal_moves', content: 'Legal moves: [reveal]' },
        { i: 1, type: 'observation', content: `My hand: ${trace?.meta.my_card}` },
        { i: 2, type: 'unseen', content: 'Unseen cards: 51' },
        { i: 3, type: 'decision', content: 'Action chosen: reveal' },
      ],
      meta: { source: 'ungar', game: 'high_card_duel', episode_index: 3, seed: 7 },
    });
    const rank = (card: string) => '23456789TJQKA'.indexOf(card[0] as string);
    for (const { meta } of traces) {
      const mine = meta.my_card as string;
      const theirs = meta.opponent_card as string;
      expect(mine).toMatch(/^[2-9TJQKA][SHDC]$/);
      expect(theirs).not.toBe(mine);
      expect(meta.result).toBe(rank(mine) > rank(theirs) ? 'win' : rank(mine) < rank(theirs) ? 'loss' : 'tie');
    }
    expect(new Set(traces.map((t) => t.meta.result))).toEqual(new Set(['win', 'loss', 'tie']));
    expect([...sampleTraces('high-card-duel', 1, null)][0]?.meta).not.toHaveProperty('seed');
    expect([cardName({ rank: 'X', suit: 'S' }), cardName({ rank: 'A', suit: 'Z' }), cardName(null)]).toEqual(['?S', 'A?', '??']);
  });

  it('works sums column by column to the right answer, as valid traces', () => {
    for (const trace of sampleTraces('arithmetic', 100, 3)) {
      const { a, b } = trace.meta as { a: number; b: number };
      expect(trace.prompt).toBe(`What is ${a} + ${b}?`);
      expect(trace.final_answer).toBe(String(a + b));
      expect(trace.steps.at(-1)?.content).toBe(`${a} + ${b} = ${a + b}`);
      const check = new InputChecker();
      checkTrace(check, toTraceInput(trace));
      expect(() => check.done()).not.toThrow();
    }
  });
});
