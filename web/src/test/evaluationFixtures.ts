// API-shaped evaluation objects for component tests (see fixtures.ts).
import { connection } from './fixtures';

export function judgeInfo(name: string, kind: 'BUILTIN' | 'LLM' | 'PROGRAM', available = true) {
  return { __typename: 'JudgeInfo', name, version: '1', kind, description: `${name} judge`, available };
}

export const serverJudges = [
  judgeInfo('mock', 'BUILTIN'),
  judgeInfo('answer_correctness', 'BUILTIN'),
  judgeInfo('llm', 'LLM', false),
];

/** An evaluation as EvaluationSummary selects it. */
export function evaluationNode(n: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Evaluation',
    id: `RXZhbHVhdGlvbjo${n}`,
    status: 'SUCCEEDED',
    itemsDone: 4,
    itemsTotal: 4,
    score: 75,
    primaryScore: 0.75,
    verdict: 'PASS',
    error: null,
    createdAt: '2026-11-22T10:00:00.000Z',
    finishedAt: '2026-11-22T10:01:00.000Z',
    judge: { __typename: 'Judge', name: 'answer_correctness', version: '1', config: {} },
    evalDataset: null,
    scorecard: {
      __typename: 'Scorecard',
      nItems: 4,
      nScored: 4,
      nSkipped: 0,
      mean: 0.75,
      stddev: 0.433,
      min: 0,
      max: 1,
      byTag: [],
    },
    ...overrides,
  };
}

/** What a run's page asks about evaluations and regression checks, answered for a run with `evaluations`. */
export function runEvaluationResponders(runId: string, evaluations: Array<Record<string, unknown>> = []) {
  return {
    RunEvaluations: {
      data: {
        run: { __typename: 'Run', id: runId, evaluations: connection('RunEvaluationConnection', evaluations) },
        judges: serverJudges,
      },
    },
    RunRegressionChecks: {
      data: { run: { __typename: 'Run', id: runId, regressionChecks: connection('RunRegressionCheckConnection', []) } },
    },
    BaselineChoices: { data: { regressionBaselines: connection('RegressionBaselineConnection', []) } },
  };
}

/** compareRuns' evaluation side: each run's evaluation (or null) and the items whose correctness changed. */
export function compareEvaluationsResult(
  evaluations: Array<Record<string, unknown> | null>,
  changedItems: Array<Record<string, unknown>> = [],
) {
  return {
    data: {
      compareRuns: {
        __typename: 'RunComparison',
        evaluations,
        changedItemCount: changedItems.length,
        changedItems: connection('RunItemChangeConnection', changedItems),
      },
    },
  };
}
