// The reference system's `baseline` trace score: rewards more steps (up to 10) and longer steps
// (up to 500 code points on average), 50 points each. Prompt and answer do not count.
import { codePoints, roundHalfEven } from '../common/text.ts';

export interface BaselineDetails {
  step_count: number;
  avg_step_length: number;
  total_chars: number;
  step_score: number;
  length_score: number;
  criteria: 'baseline';
  scored_at: string;
}

export function scoreBaseline(steps: { content: string }[], now = new Date()): { score: number; details: BaselineDetails } {
  const n = steps.length;
  const totalChars = steps.reduce((sum, step) => sum + codePoints(step.content), 0);
  const avg = n === 0 ? 0 : totalChars / n;
  const stepScore = Math.min(n / 10, 1) * 50;
  const lengthScore = Math.min(avg / 500, 1) * 50;
  return {
    score: roundHalfEven(stepScore + lengthScore, 2),
    details: {
      step_count: n,
      avg_step_length: roundHalfEven(avg, 2),
      total_chars: totalChars,
      step_score: roundHalfEven(stepScore, 2),
      length_score: roundHalfEven(lengthScore, 2),
      criteria: 'baseline',
      scored_at: now.toISOString(),
    },
  };
}
