import { describe, expect, it } from 'vitest';
import { parseJudgeReply, resolveJudge } from './judges.ts';
import {
  answerCorrectnessVerdict,
  answersMatch,
  evaluationMetric,
  meanScoreVerdict,
  mockScore,
  mockVerdict,
  primaryScore,
  scorecard,
  unfinishedRunVerdict,
} from './scoring.ts';

// Expected values computed with Python: 50 + int(sha256(run_id).hexdigest(), 16) % 50.
const RUN_A = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b'; // 70
const RUN_B = '00000000-0000-0000-0000-000000000001'; // 82

describe('mock judge (§3.8)', () => {
  it('scores 50 + sha256(run id) mod 50, on the lowercase id', () => {
    expect(mockScore(RUN_A, null)).toBe(70);
    expect(mockScore(RUN_A.toUpperCase(), null)).toBe(70);
    expect(mockScore(RUN_B, 12)).toBe(82);
  });

  it('takes 10 off a run under a second, but not a zero duration (falsy in Python)', () => {
    expect(mockScore(RUN_A, 0.5)).toBe(60);
    expect(mockScore(RUN_A, 0)).toBe(70);
    expect(mockScore(RUN_A, 1.0)).toBe(70);
  });

  it('passes from 70, with the reference metrics and detailed metrics', () => {
    expect(mockVerdict(RUN_A, null, 123)).toEqual({
      score: 70,
      verdict: 'PASS',
      metrics: { accuracy: 0.7, compliance: 1.0, coherence: 0.85 },
      detailedMetrics: [
        { name: 'accuracy', score: 0.7, maxScore: 1 },
        { name: 'compliance', score: 1, maxScore: 1 },
        { name: 'coherence', score: 0.85, maxScore: 1 },
        { name: 'output_length', score: 123, maxScore: 10_000, details: { unit: 'chars' } },
      ],
      rawJudgeOutput: 'Mock judge execution successful.',
    });
    expect(mockVerdict(RUN_A, 0.2, 0).verdict).toBe('FAIL');
  });

  it('gives a run that did not succeed 0 and FAIL', () => {
    expect(unfinishedRunVerdict('FAILED')).toMatchObject({ score: 0, verdict: 'FAIL', metrics: { accuracy: 0, compliance: 0 } });
  });
});

describe('answer correctness (§3.8)', () => {
  it('compares strip().lower()', () => {
    expect(answersMatch('  Paris\n', 'paris')).toBe(true);
    expect(answersMatch('Paris.', 'paris')).toBe(false);
    expect(answersMatch('', '  ')).toBe(true);
  });

  it('is correct / all items × 100 and passes only at 100', () => {
    expect(answerCorrectnessVerdict(3, 4)).toMatchObject({ score: 75, verdict: 'FAIL', metrics: { answer_correctness: 0.75 } });
    expect(answerCorrectnessVerdict(4, 4)).toMatchObject({ score: 100, verdict: 'PASS' });
    expect(answerCorrectnessVerdict(0, 0)).toMatchObject({ score: 0, verdict: 'FAIL', metrics: { answer_correctness: 0 } });
  });

  it('counts a missing prediction as wrong', async () => {
    const judge = resolveJudge({ llmJudge: undefined, judges: [] }, 'answer_correctness');
    const judged = await judge.judgeItems(
      [
        { traceId: 'a', prompt: 'p', reference: '7', prediction: ' 7 ' },
        { traceId: 'b', prompt: 'p', reference: '8', prediction: null },
      ],
      new AbortController().signal,
    );
    expect(judged.map((item) => [item.score, item.correct, item.error !== null])).toEqual([
      [1, true, false],
      [0, false, true],
    ]);
  });
});

describe('primary score (§3.9, bug fixed)', () => {
  it('prefers metrics.answer_correctness, else score / 100 whatever its size', () => {
    expect(primaryScore(40, { answer_correctness: 0.9 })).toBe(0.9);
    expect(primaryScore(85, {})).toBe(0.85);
    // The reference read a 0–100 score of 1 as 100 %.
    expect(primaryScore(1, {})).toBe(0.01);
  });

  it('is null outside [0, 1]', () => {
    expect(primaryScore(50, { answer_correctness: 1.5 })).toBeNull();
    expect(primaryScore(150, {})).toBeNull();
  });
});

describe('scorecard', () => {
  it('has mean, population stddev, min, max and per-tag means over the scored items', () => {
    const card = scorecard([
      { score: 1, tags: ['math', 'easy'] },
      { score: 0, tags: ['math'] },
      { score: 0.5, tags: ['easy', 'easy'] },
      { score: null, tags: ['math'] },
    ]);
    expect(card).toMatchObject({ nItems: 4, nScored: 3, nSkipped: 1, mean: 0.5, min: 0, max: 1 });
    expect(card.stddev).toBeCloseTo(0.408248290463863, 12);
    expect(card.byTag).toEqual({ easy: 0.75, math: 0.5 });
  });

  it('has no stddev for one item and no statistics for none', () => {
    expect(scorecard([{ score: 0.3, tags: [] }])).toMatchObject({ mean: 0.3, stddev: null });
    expect(scorecard([])).toEqual({
      nItems: 0,
      nScored: 0,
      nSkipped: 0,
      mean: null,
      stddev: null,
      min: null,
      max: null,
      byTag: {},
    });
  });

  it('gives per-item judges an UNCERTAIN verdict when nothing could be scored', () => {
    expect(meanScoreVerdict([null, null], 0).verdict).toBe('UNCERTAIN');
    expect(meanScoreVerdict([1, 0.6, null], 1)).toMatchObject({ score: 80, verdict: 'PASS', metrics: { correctness: 0.8 } });
  });
});

describe('evaluation metrics by name', () => {
  const evaluation = {
    score: 60,
    primaryScore: null,
    metrics: { answer_correctness: 0.6 },
    detailedMetrics: [{ name: 'output_length', score: 42, maxScore: 10_000 }],
  };
  it('reads primary_score (score / 100 when unset), score, metrics and detailed metrics', () => {
    expect(evaluationMetric(evaluation, 'primary_score')).toBe(0.6);
    expect(evaluationMetric({ ...evaluation, primaryScore: 0.7 }, 'primaryScore')).toBe(0.7);
    expect(evaluationMetric(evaluation, 'score')).toBe(60);
    expect(evaluationMetric(evaluation, 'answer_correctness')).toBe(0.6);
    expect(evaluationMetric(evaluation, 'output_length')).toBe(42);
    expect(evaluationMetric(evaluation, 'nope')).toBeNull();
  });
});

describe("the LLM judge's reply", () => {
  it('is JSON, maybe fenced, with a score from 0 to 1', () => {
    expect(parseJudgeReply('```json\n{"score": 0.8, "correct": true, "reasoning": "ok"}\n```')).toEqual({
      score: 0.8,
      correct: true,
      reasoning: 'ok',
      error: null,
    });
    expect(parseJudgeReply('{"score": 0.2}')).toMatchObject({ correct: false, error: null });
  });

  it('is an item error when malformed, never a thrown error', () => {
    expect(parseJudgeReply('I think it is right').error).toMatch(/not JSON/);
    expect(parseJudgeReply('{"score": 85}').error).toMatch(/from 0 to 1/);
  });

  it('refuses unknown judges and settings', () => {
    expect(() => resolveJudge({ llmJudge: undefined, judges: [] }, 'gemma-judge')).toThrow(/Unknown judge/);
    expect(() => resolveJudge({ llmJudge: undefined, judges: [] }, 'llm')).toThrow(/not configured/);
    expect(() => resolveJudge({ llmJudge: undefined, judges: [] }, 'mock', { temperature: 1 })).toThrow(/takes no settings/);
  });
});
