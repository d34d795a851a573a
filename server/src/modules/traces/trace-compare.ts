// compareTraces (domain §2.2): both traces with their baseline scores, computed on the fly and not
// stored, plus what changed step by step: steps are matched in order by type and content (a
// longest-common-subsequence diff, from the `diff` package), and a removed step followed by an
// added one is reported as one changed step with a word diff of its content.
import { diffArrays, diffWords } from 'diff';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
import type { Trace } from '../../generated/prisma/client.ts';
import { scoreBaseline } from './scoring.ts';
import type { TraceStepInput } from './traces.service.ts';

export type StepChangeKind = 'UNCHANGED' | 'ADDED' | 'REMOVED' | 'CHANGED';

export interface TextPart {
  value: string;
  added: boolean;
  removed: boolean;
}

export interface StepChange {
  change: StepChangeKind;
  /** Position (0-based) of the step in the base trace's steps; null for an added step. */
  basePosition: number | null;
  otherPosition: number | null;
  base: TraceStepInput | null;
  other: TraceStepInput | null;
  /** CHANGED only: the base content turned into the other's, word by word. */
  contentDiff: TextPart[] | null;
}

const stepsOf = (trace: Trace) => trace.steps as unknown as TraceStepInput[];

/** The step-by-step difference between two step lists (see the file comment). */
export function diffSteps(baseSteps: TraceStepInput[], otherSteps: TraceStepInput[]): StepChange[] {
  const chunks = diffArrays(baseSteps, otherSteps, {
    comparator: (left, right) => left.type === right.type && left.content === right.content,
  });
  const changes: StepChange[] = [];
  let basePosition = 0;
  let otherPosition = 0;
  for (let index = 0; index < chunks.length; index++) {
    const chunk = chunks[index];
    if (!chunk) continue;
    if (!chunk.added && !chunk.removed) {
      for (const step of chunk.value) {
        changes.push({
          change: 'UNCHANGED',
          basePosition,
          otherPosition,
          base: step,
          other: otherSteps[otherPosition] ?? step,
          contentDiff: null,
        });
        basePosition++;
        otherPosition++;
      }
      continue;
    }
    // diff reports a replacement as "removed" then "added"; pair them up step by step.
    const next = chunks[index + 1];
    const removed = chunk.removed ? chunk.value : [];
    const added = chunk.added ? chunk.value : next?.added && chunk.removed ? next.value : [];
    if (chunk.removed && next?.added) index++;
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < Math.max(removed.length, added.length); k++) {
      const base = k < removed.length ? (removed[k] as TraceStepInput) : null;
      const other = k < added.length ? (added[k] as TraceStepInput) : null;
      changes.push({
        change: k < paired ? 'CHANGED' : base ? 'REMOVED' : 'ADDED',
        basePosition: base ? basePosition++ : null,
        otherPosition: other ? otherPosition++ : null,
        base,
        other,
        contentDiff:
          base && other
            ? diffWords(base.content, other.content).map((part) => ({
                value: part.value,
                added: Boolean(part.added),
                removed: Boolean(part.removed),
              }))
            : null,
      });
    }
  }
  return changes;
}

export async function compareTraces(deps: Deps, baseId: string, otherId: string) {
  const traces = await deps.prisma.trace.findMany({ where: { id: { in: [baseId, otherId] } } });
  const base = traces.find((trace) => trace.id === baseId);
  if (!base) throw notFound('Trace', baseId);
  const other = traces.find((trace) => trace.id === otherId);
  if (!other) throw notFound('Trace', otherId);
  const now = new Date();
  const baseScore = scoreBaseline(stepsOf(base), now);
  const otherScore = scoreBaseline(stepsOf(other), now);
  return {
    base: { trace: base, score: baseScore.score, details: baseScore.details },
    other: { trace: other, score: otherScore.score, details: otherScore.details },
    promptChanged: base.prompt !== other.prompt,
    finalAnswerChanged: base.finalAnswer !== other.finalAnswer,
    steps: diffSteps(stepsOf(base), stepsOf(other)),
  };
}
