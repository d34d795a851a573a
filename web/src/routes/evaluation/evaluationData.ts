// What the evaluation views compute from the API's answers, kept apart from the components so it is tested alone.
import { countOf, formatNumber, formatted } from '../../format';
import type { EvaluationSummaryFragment } from '../../graphql/generated/graphql';
import type { Tone } from '../../status';

export type EvaluationStatus = 'PENDING' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
export type Verdict = 'PASS' | 'FAIL' | 'UNCERTAIN';

/** SUCCEEDED and FAILED evaluations never change again (evaluationUpdated ends after them). */
export const isEvaluationFinished = (status: EvaluationStatus) => status === 'SUCCEEDED' || status === 'FAILED';

/** A judge's verdict, or a regression check's (PASS or FAIL), coloured by what it means. */
export const verdictTone: Record<Verdict, Tone> = { PASS: 'success', FAIL: 'danger', UNCERTAIN: 'warning' };

/** A 0–1 score as a percentage ("87.5 %"); null stays a dash. */
export function formatShare(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${formatted(value * 100, { maximumFractionDigits: 1 })} %`;
}

export interface Progress {
  done: number;
  total: number;
  /** "3 of 10 items", or what is happening while the total is unknown. */
  text: string;
}

/** How far a judge has come; the total is 0 until the worker has read the evaluation set. */
export function progressOf(evaluation: { status: EvaluationStatus; itemsDone: number; itemsTotal: number }): Progress {
  const { status, itemsDone, itemsTotal } = evaluation;
  if (itemsTotal === 0) {
    const text =
      status === 'PENDING' ? 'Waiting for a worker…' : status === 'RUNNING' ? 'Reading the evaluation set…' : 'No items';
    return { done: 0, total: 0, text };
  }
  return {
    done: Math.min(itemsDone, itemsTotal),
    total: itemsTotal,
    text: `${formatted(itemsDone)} of ${countOf(itemsTotal, 'item')}`,
  };
}

/** The API's Scorecard (generated from the schema), without the cache's __typename. */
type ScorecardFields = NonNullable<EvaluationSummaryFragment['scorecard']>;
export type ScorecardInput = Omit<ScorecardFields, '__typename' | 'byTag'> & {
  byTag: ReadonlyArray<Omit<ScorecardFields['byTag'][number], '__typename'>>;
};

export interface ScorecardView {
  stats: Array<{ label: string; value: string }>;
  /** Per trace tag, weakest first: where the run needs work. */
  tags: Array<{ tag: string; mean: string; share: number }>;
}

/** A scorecard's figures as text (scores 0–1 shown as given, counts grouped), tags weakest first. */
export function scorecardView(card: ScorecardInput): ScorecardView {
  return {
    stats: [
      { label: 'Items', value: formatted(card.nItems) },
      { label: 'Scored', value: formatted(card.nScored) },
      { label: 'Skipped', value: formatted(card.nSkipped) },
      { label: 'Mean', value: formatNumber(card.mean) },
      { label: 'Std dev', value: formatNumber(card.stddev) },
      { label: 'Min', value: formatNumber(card.min) },
      { label: 'Max', value: formatNumber(card.max) },
    ],
    tags: [...card.byTag]
      .sort((a, b) => a.mean - b.mean || a.tag.localeCompare(b.tag))
      .map(({ tag, mean }) => ({ tag, mean: formatNumber(mean), share: Math.max(0, Math.min(1, mean)) })),
  };
}

/**
 * Ranks in the server's order (score, then newest evaluation): equal scores share a rank and the
 * next score skips past them ("1, 2, 2, 4"), so a tie reads as a tie without reordering the board.
 */
export function rankEntries<TEntry extends { score: number | null }>(
  entries: readonly TEntry[],
): Array<TEntry & { rank: number }> {
  let rank = 0;
  return entries.map((entry, index) => {
    const previous = entries[index - 1];
    if (!previous || previous.score !== entry.score) rank = index + 1;
    return { ...entry, rank };
  });
}
