// The evaluation formulas of the reference (domain §3.8–§3.9), with its bugs fixed: the mock
// judge's score, the normalised answer match, the primary score (never guessed from the value's
// size) and the scorecard over per-item scores.
import { createHash } from 'node:crypto';

export type VerdictName = 'PASS' | 'FAIL' | 'UNCERTAIN';

export interface DetailedMetric {
  name: string;
  score: number;
  maxScore: number;
  details?: Record<string, unknown>;
}

/** What a judge concludes about a whole run: the reference's EvaluationResponse minus ids. */
export interface RunVerdict {
  score: number;
  verdict: VerdictName;
  metrics: Record<string, number>;
  detailedMetrics: DetailedMetric[];
  rawJudgeOutput: string | null;
}

/**
 * MockJudge (`mock-judge`/v1): 50 + (sha256 of the lowercase hyphenated run id, as an integer,
 * mod 50), minus 10 for a run that took under a second, clamped to [0, 100]; PASS from 70.
 */
export function mockScore(runId: string, durationSeconds: number | null): number {
  const hash = BigInt(`0x${createHash('sha256').update(runId.toLowerCase()).digest('hex')}`);
  let score = 50 + Number(hash % 50n);
  // Python's truthiness: a duration of 0 (or none) is not "under a second".
  if (durationSeconds && durationSeconds < 1.0) score -= 10;
  return Math.min(100, Math.max(0, score));
}

export function mockVerdict(runId: string, durationSeconds: number | null, stdoutLength: number): RunVerdict {
  const score = mockScore(runId, durationSeconds);
  // score is a whole number, so score / 100 already is Python's round(score / 100, 2).
  const metrics = { accuracy: score / 100, compliance: 1.0, coherence: 0.85 };
  return {
    score,
    verdict: score >= 70 ? 'PASS' : 'FAIL',
    metrics,
    detailedMetrics: [
      ...Object.entries(metrics).map(([name, value]) => ({ name, score: value, maxScore: 1.0 })),
      { name: 'output_length', score: stdoutLength, maxScore: 10_000, details: { unit: 'chars' } },
    ],
    rawJudgeOutput: 'Mock judge execution successful.',
  };
}

/** What every judge answers for a run that did not succeed: 0, FAIL, with the reason (§3.8). */
export function unfinishedRunVerdict(status: string): RunVerdict {
  const reason = `run ended ${status}, not SUCCEEDED`;
  return {
    score: 0,
    verdict: 'FAIL',
    metrics: { accuracy: 0, compliance: 0 },
    detailedMetrics: [
      { name: 'accuracy', score: 0, maxScore: 1.0, details: { reason } },
      { name: 'compliance', score: 0, maxScore: 1.0, details: { reason } },
    ],
    rawJudgeOutput: null,
  };
}

/** Python's `str.strip().lower()`: the comparison of AnswerCorrectnessJudge. */
export const normalizeAnswer = (text: string): string => text.trim().toLowerCase();

export const answersMatch = (prediction: string, reference: string): boolean =>
  normalizeAnswer(prediction) === normalizeAnswer(reference);

/** AnswerCorrectnessJudge's aggregate: correct / all items × 100 (a missing prediction is wrong); PASS only at 100. */
export function answerCorrectnessVerdict(correct: number, total: number): RunVerdict {
  const score = total === 0 ? 0 : (correct / total) * 100;
  return {
    score,
    verdict: total > 0 && correct === total ? 'PASS' : 'FAIL',
    metrics: { answer_correctness: score / 100 },
    detailedMetrics: [],
    rawJudgeOutput: null,
  };
}

/** A per-item-score judge's aggregate (LLM and external judges): mean × 100, PASS from `passAt`. */
export function meanScoreVerdict(scores: readonly (number | null)[], correct: number, passAt = 0.7): RunVerdict {
  const scored = scores.filter((score): score is number => score !== null);
  const mean = scored.length ? scored.reduce((sum, score) => sum + score, 0) / scored.length : 0;
  const total = scores.length;
  return {
    score: mean * 100,
    // Nothing scorable is no evidence either way.
    verdict: scored.length === 0 ? 'UNCERTAIN' : mean >= passAt ? 'PASS' : 'FAIL',
    metrics: { correctness: mean, accuracy: total ? correct / total : 0 },
    detailedMetrics: [],
    rawJudgeOutput: null,
  };
}

/**
 * The primary score (0–1) of one evaluation: `metrics.answer_correctness` when present, else
 * score / 100. The reference divided by 100 only when the score was above 1 [BUG: a 0–100 score
 * of 1 read as 100 %]; our score is always 0–100. Outside [0, 1] it is null.
 */
export function primaryScore(score: number, metrics: Record<string, unknown>): number | null {
  const value = typeof metrics.answer_correctness === 'number' ? metrics.answer_correctness : score / 100;
  return Number.isFinite(value) && value >= 0 && value <= 1 ? value : null;
}

export interface ScorecardItem {
  /** 0–1, or null when the item could not be scored. */
  score: number | null;
  tags: readonly string[];
}

export interface Scorecard {
  nItems: number;
  nScored: number;
  nSkipped: number;
  /** Mean of the scored items: the scorecard's primary score. */
  mean: number | null;
  /** Population standard deviation, only with two or more scored items. */
  stddev: number | null;
  min: number | null;
  max: number | null;
  /** Mean score of the scored items carrying each tag. */
  byTag: Record<string, number>;
}

/** The reference's full scorecard (offline tools only there), over the items' scores. */
export function scorecard(items: readonly ScorecardItem[]): Scorecard {
  const scored = items.filter((item): item is ScorecardItem & { score: number } => item.score !== null);
  const values = scored.map((item) => item.score);
  const mean = values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
  const stddev =
    mean !== null && values.length >= 2
      ? Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length)
      : null;
  const tagSums = new Map<string, { sum: number; n: number }>();
  for (const item of scored) {
    for (const tag of new Set(item.tags)) {
      const entry = tagSums.get(tag) ?? { sum: 0, n: 0 };
      entry.sum += item.score;
      entry.n += 1;
      tagSums.set(tag, entry);
    }
  }
  return {
    nItems: items.length,
    nScored: values.length,
    nSkipped: items.length - values.length,
    mean,
    stddev,
    min: values.length ? Math.min(...values) : null,
    max: values.length ? Math.max(...values) : null,
    byTag: Object.fromEntries([...tagSums].sort(([a], [b]) => (a < b ? -1 : 1)).map(([tag, { sum, n }]) => [tag, sum / n])),
  };
}

/**
 * A metric of an evaluation by name, as regression checks and tuning read it: `primary_score`
 * (or primaryScore), `score`, then a key of `metrics`, then a detailed metric's score.
 */
export function evaluationMetric(
  evaluation: { score: number | null; primaryScore: number | null; metrics: unknown; detailedMetrics: unknown },
  name: string,
): number | null {
  if (name === 'primary_score' || name === 'primaryScore') {
    return evaluation.primaryScore ?? (evaluation.score === null ? null : evaluation.score / 100);
  }
  if (name === 'score') return evaluation.score;
  const metrics = (evaluation.metrics ?? {}) as Record<string, unknown>;
  if (typeof metrics[name] === 'number') return metrics[name] as number;
  const detailed = Array.isArray(evaluation.detailedMetrics) ? (evaluation.detailedMetrics as DetailedMetric[]) : [];
  const found = detailed.find((metric) => metric?.name === name);
  return typeof found?.score === 'number' ? found.score : null;
}
